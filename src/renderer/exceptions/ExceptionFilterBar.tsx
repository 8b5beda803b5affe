import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { ExceptionAge, ExceptionCounts, ExceptionGroupBy, ExceptionLane } from '../../core';
import { exceptionUi } from './exceptionUi';
import { exceptionSearchId } from './exceptionSearchId';

export interface QueueFilters {
  carriers: string[];
  lane: ExceptionLane | null;
  ages: ExceptionAge[];
  assignee: 'any' | 'me' | 'unassigned';
  search: string;
}

interface Props {
  counts: ExceptionCounts | undefined;
  filters: QueueFilters;
  groupBy: ExceptionGroupBy;
  active: boolean;
  onChange(filters: QueueFilters): void;
  onGroupBy(groupBy: ExceptionGroupBy): void;
  onClear(): void;
}

const laneSeparator = ' → ';
const groupOptions: { value: ExceptionGroupBy; label: string }[] = [
  { value: 'none', label: 'No grouping' },
  { value: 'severity', label: 'Group: severity' },
  { value: 'type', label: 'Group: type' },
  { value: 'carrier', label: 'Group: carrier' },
  { value: 'lane', label: 'Group: lane' },
  { value: 'age', label: 'Group: age' },
];

/** Carrier, lane, age, assignee and text filters, plus grouping; options carry their counts. */
export function ExceptionFilterBar({ counts, filters, groupBy, active, onChange, onGroupBy, onClear }: Props) {
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const ageCount = new Map(counts?.byAge.map((c) => [c.key, c.count]));
  const laneKey = (l: ExceptionLane) => `${l.origin}${laneSeparator}${l.destination}`;
  const lanes = (counts?.byLane ?? []).map((l) => ({ value: laneKey(l), label: `${laneKey(l)} (${l.count})` }));
  if (filters.lane && !lanes.some((l) => l.value === laneKey(filters.lane!))) lanes.unshift({ value: laneKey(filters.lane), label: laneKey(filters.lane) });
  const carriers = (counts?.byCarrier ?? []).map((c) => ({ value: c.key, label: `${c.key} (${c.count})` }));
  for (const c of filters.carriers) if (!carriers.some((o) => o.value === c)) carriers.push({ value: c, label: c });

  return (
    <Group gap="xs" wrap="nowrap" data-testid="exception-filters">
      <TextInput
        id={exceptionSearchId}
        size="xs"
        w={170}
        placeholder="Customer, tracking…"
        aria-label="Search exceptions"
        leftSection={<IconSearch size={14} />}
        value={filters.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
      />
      <MultiSelect
        size="xs"
        w={170}
        placeholder={filters.carriers.length ? undefined : 'Carrier'}
        aria-label="Carrier"
        data={carriers}
        value={filters.carriers}
        onChange={(carriers) => set({ carriers })}
        clearable
        searchable
        maxDropdownHeight={260}
      />
      <Select
        size="xs"
        w={200}
        placeholder="Lane (origin → destination)"
        aria-label="Lane"
        data={lanes}
        value={filters.lane ? laneKey(filters.lane) : null}
        onChange={(v) => {
          const [origin, destination] = v ? v.split(laneSeparator) : [];
          set({ lane: origin !== undefined && destination !== undefined ? { origin, destination } : null });
        }}
        clearable
        searchable
        comboboxProps={{ width: 320, position: 'bottom-start' }}
      />
      <MultiSelect
        size="xs"
        w={130}
        placeholder={filters.ages.length ? undefined : 'Age'}
        aria-label="Age"
        data={exceptionUi.ageOrder.map((a) => ({ value: a, label: `${exceptionUi.ageLabel[a]} (${ageCount.get(a) ?? 0})` }))}
        value={filters.ages}
        onChange={(v) => set({ ages: v as ExceptionAge[] })}
        clearable
        comboboxProps={{ width: 180 }}
      />
      <Select
        size="xs"
        w={120}
        aria-label="Assignee"
        data={[
          { value: 'any', label: 'Anyone' },
          { value: 'me', label: 'Mine' },
          { value: 'unassigned', label: 'Unassigned' },
        ]}
        value={filters.assignee}
        onChange={(v) => set({ assignee: (v ?? 'any') as QueueFilters['assignee'] })}
        allowDeselect={false}
      />
      <Select
        size="xs"
        w={140}
        aria-label="Group by"
        data={groupOptions}
        value={groupBy}
        onChange={(v) => onGroupBy((v ?? 'none') as ExceptionGroupBy)}
        allowDeselect={false}
      />
      {active && (
        <Button size="xs" variant="subtle" leftSection={<IconFilterOff size={14} />} onClick={onClear}>
          Clear
        </Button>
      )}
    </Group>
  );
}
