import { ActionIcon, Group, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { ticketPrioritySchema, type TicketRuleActionType } from '../../../core';
import { emptyAction, type ActionDraft } from './ruleDraft';
import { ruleLabels } from './ruleLabels';

export interface ActionChoices {
  teams: Array<{ id: string; name: string }>;
  agents: Array<{ id: string; name: string; teamId: string }>;
}

/** One action line of the actions builder: the kind, then its one or two inputs. */
export function ActionRow({ index, action, choices, onChange, onRemove }: { index: number; action: ActionDraft; choices: ActionChoices; onChange(next: ActionDraft): void; onRemove(): void }) {
  const label = `Action ${index + 1}`;
  const teamName = new Map(choices.teams.map((t) => [t.id, t.name]));
  const set = (patch: Partial<ActionDraft>) => onChange({ ...action, ...patch });
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid={`action-${index}`}>
      <Select
        aria-label={`${label}: what to do`}
        w={250}
        allowDeselect={false}
        data={Object.entries(ruleLabels.actions).map(([value, text]) => ({ value, label: text }))}
        value={action.type}
        onChange={(v) => v && onChange(emptyAction(v as TicketRuleActionType))}
      />
      {action.type === 'assign' ? (
        <Select aria-label={`${label}: agent`} style={{ flex: 1 }} searchable placeholder="Agent" data={choices.agents.map((a) => ({ value: a.id, label: `${a.name} (${teamName.get(a.teamId) ?? 'no team'})` }))} value={action.agentId || null} onChange={(v) => set({ agentId: v ?? '' })} />
      ) : null}
      {action.type === 'route' ? <Select aria-label={`${label}: team`} style={{ flex: 1 }} placeholder="Team" data={choices.teams.map((t) => ({ value: t.id, label: t.name }))} value={action.teamId || null} onChange={(v) => set({ teamId: v ?? '' })} /> : null}
      {action.type === 'set_priority' ? <Select aria-label={`${label}: priority`} style={{ flex: 1 }} allowDeselect={false} data={[...ticketPrioritySchema.options]} value={action.priority} onChange={(v) => set({ priority: v ?? 'high' })} /> : null}
      {action.type === 'add_tag' ? <TextInput aria-label={`${label}: tag`} style={{ flex: 1 }} placeholder="tag" value={action.tag} onChange={(e) => set({ tag: e.currentTarget.value })} /> : null}
      {action.type === 'set_field' ? (
        <>
          <TextInput aria-label={`${label}: field key`} w={140} placeholder="field key" value={action.key} onChange={(e) => set({ key: e.currentTarget.value })} />
          <TextInput aria-label={`${label}: value`} style={{ flex: 1 }} placeholder="value" value={action.value} onChange={(e) => set({ value: e.currentTarget.value })} />
        </>
      ) : null}
      {action.type === 'escalate' ? <TextInput aria-label={`${label}: note for the lead`} style={{ flex: 1 }} placeholder="Note for the lead (optional)" value={action.note} onChange={(e) => set({ note: e.currentTarget.value })} /> : null}
      {action.type === 'send_survey' ? <span style={{ flex: 1 }} /> : null}
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={onRemove} aria-label={`Remove action ${index + 1}`}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
