import { ActionIcon, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { channelSchema, conditionFacts, customerTierSchema, ticketPrioritySchema, ticketStatusSchema, type Condition, type ConditionFact, type ConditionOp } from '../../../core';
import { ruleLabels } from './ruleLabels';

const textFacts: ReadonlySet<ConditionFact> = new Set(['subject', 'body']);
const languages = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'nl', label: 'Dutch' },
];

/** One "fact op values" line of the conditions builder; known facts pick from their values, others take typed words. */
export function ConditionRow({ index, condition, teams, onChange, onRemove }: { index: number; condition: Condition; teams: Array<{ id: string; name: string }>; onChange(next: Condition): void; onRemove(): void }) {
  const ops: ConditionOp[] = textFacts.has(condition.fact) ? ['contains'] : ['is', 'is_not', 'any_of'];
  const known: Partial<Record<ConditionFact, Array<{ value: string; label: string }>>> = {
    channel: channelSchema.options.map((v) => ({ value: v, label: v })),
    priority: ticketPrioritySchema.options.map((v) => ({ value: v, label: v })),
    status: ticketStatusSchema.options.map((v) => ({ value: v, label: v.replace('_', ' ') })),
    tier: customerTierSchema.options.map((v) => ({ value: v, label: v })),
    team: teams.map((t) => ({ value: t.id, label: t.name })),
    language: languages,
  };
  const options = known[condition.fact];
  const label = `Condition ${index + 1}`;
  const setFact = (fact: ConditionFact) => onChange({ fact, op: textFacts.has(fact) ? 'contains' : 'is', values: [], ...(fact === 'field' ? { key: '' } : {}) });
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid={`condition-${index}`}>
      <Select aria-label={`${label}: what to test`} w={170} allowDeselect={false} data={conditionFacts.map((f) => ({ value: f, label: ruleLabels.facts[f] }))} value={condition.fact} onChange={(v) => v && setFact(v as ConditionFact)} />
      {condition.fact === 'field' ? <TextInput aria-label={`${label}: field key`} placeholder="field key" w={120} value={condition.key ?? ''} onChange={(e) => onChange({ ...condition, key: e.currentTarget.value })} /> : null}
      <Select aria-label={`${label}: comparison`} w={160} allowDeselect={false} data={ops.map((o) => ({ value: o, label: ruleLabels.ops[o] }))} value={condition.op} onChange={(v) => v && onChange({ ...condition, op: v as ConditionOp, values: v === 'is' ? condition.values.slice(0, 1) : condition.values })} />
      {options ? (
        <MultiSelect aria-label={`${label}: values`} style={{ flex: 1 }} data={options} value={condition.values} maxValues={condition.op === 'is' ? 1 : undefined} onChange={(values) => onChange({ ...condition, values })} placeholder="Pick" />
      ) : (
        <TagsInput aria-label={`${label}: values`} style={{ flex: 1 }} value={condition.values} onChange={(values) => onChange({ ...condition, values })} placeholder={textFacts.has(condition.fact) ? 'Words, Enter after each' : 'Values, Enter after each'} maxTags={condition.op === 'is' ? 1 : undefined} />
      )}
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={onRemove} aria-label={`Remove condition ${index + 1}`}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
