import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { entityNames } from '../../../core';

/** What the audit page filters on, as typed (dates as YYYY-MM-DD, empty = any). */
export interface AuditFilterValues {
  actorId: string | null;
  entity: string | null;
  action: string;
  fromDay: string;
  toDay: string;
  q: string;
}

export const noAuditFilters: AuditFilterValues = { actorId: null, entity: null, action: '', fromDay: '', toDay: '', q: '' };

// Audited kinds that are not replicated entities (hub-only facts and settings).
const entityOptions = [...new Set([...entityNames, 'agents', 'teams', 'sla_policies', 'automations', 'macros', 'none'])].sort();

/** The filter bar above the audit table. */
export function AuditFilters({
  values,
  actors,
  onChange,
}: {
  values: AuditFilterValues;
  actors: Array<{ value: string; label: string }>;
  onChange(next: AuditFilterValues): void;
}) {
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...values, ...patch });
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="audit-filters">
      <TextInput label="Words" leftSection={<IconSearch size={14} />} placeholder="Name, id, value…" value={values.q} onChange={(e) => set({ q: e.currentTarget.value })} w={200} />
      <Select label="Actor" placeholder="Anyone" data={actors} value={values.actorId} onChange={(v) => set({ actorId: v })} searchable clearable w={190} />
      <Select label="Record kind" placeholder="Any" data={entityOptions} value={values.entity} onChange={(v) => set({ entity: v })} searchable clearable w={170} />
      <TextInput label="Action" placeholder="e.g. agent. or tagDef.save" value={values.action} onChange={(e) => set({ action: e.currentTarget.value })} w={180} />
      <TextInput label="From" type="date" value={values.fromDay} onChange={(e) => set({ fromDay: e.currentTarget.value })} w={150} />
      <TextInput label="Until (inclusive)" type="date" value={values.toDay} onChange={(e) => set({ toDay: e.currentTarget.value })} w={150} />
    </Group>
  );
}
