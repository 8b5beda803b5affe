import { Alert, Button, Divider, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ticketRuleEvents, ticketRuleTrigger, uuidv7, type DryRunTicket, type TicketRule, type TicketRuleEvent } from '../../../core';
import { relay } from '../../bridge/relay';
import { ActionRow, type ActionChoices } from './ActionRow';
import { ConditionRow } from './ConditionRow';
import type { NameLookup } from './describeAction';
import { DryRunResults } from './DryRunResults';
import { draftOf, emptyAction, parseDraft, type RuleDraft } from './ruleDraft';
import { ruleLabels } from './ruleLabels';

/**
 * Creates or edits one ticket rule: when (event), if (every condition), then (actions), with a
 * dry run over this computer's recent tickets; saved as a queued `automation.save` after core's
 * schema accepted it (the hub checks it again).
 */
export function TicketRuleEditor({ rule, position, choices, names, onClose }: { rule: TicketRule | null; position: number; choices: ActionChoices; names: NameLookup; onClose(): void }) {
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(rule, position));
  const [problems, setProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dryRun, setDryRun] = useState<{ rule: TicketRule; tickets: DryRunTicket[] } | null>(null);
  const update = (patch: Partial<RuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems([]);
    setDryRun(null);
  };

  const checked = () => {
    const parsed = parseDraft(draft);
    setProblems(parsed.ok ? [] : parsed.problems);
    return parsed.ok ? parsed.config : null;
  };
  const runDryRun = async () => {
    const config = checked();
    if (!config) return;
    const reply = await relay().invoke('automations.recentTickets', { limit: 200 });
    if (!reply.ok) return setFailure(reply.error.message);
    setDryRun({ rule: { ...config, id: rule?.id ?? 'draft', name: draft.name, enabled: true }, tickets: reply.data });
  };
  const save = async () => {
    const config = checked();
    if (!config) return;
    setSaving(true);
    const reply = await relay().invoke('automation.save', { id: rule?.id ?? uuidv7(), row: { name: draft.name.trim(), trigger: ticketRuleTrigger, enabled: draft.enabled, config } });
    setSaving(false);
    if (!reply.ok) return setFailure(reply.error.message);
    notifications.show({ color: 'teal', title: 'Rule saved', message: `“${draft.name.trim()}” ${draft.enabled ? 'runs from now on' : 'is saved, switched off'}.` });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={rule ? `Edit rule: ${rule.name}` : 'New ticket rule'} size="xl">
      <Stack gap="md" data-testid="ticket-rule-editor">
        <Group grow align="flex-start">
          <TextInput label="Name" required value={draft.name} onChange={(e) => update({ name: e.currentTarget.value })} data-testid="rule-name" data-autofocus />
          <Select label="When" allowDeselect={false} data={ticketRuleEvents.map((e) => ({ value: e, label: ruleLabels.events[e] }))} value={draft.event} onChange={(v) => v && update({ event: v as TicketRuleEvent })} data-testid="rule-event" />
        </Group>
        <Divider label="If every condition holds (none: every ticket)" labelPosition="left" />
        {draft.conditions.map((c, i) => (
          <ConditionRow key={i} index={i} condition={c} teams={choices.teams} onChange={(next) => update({ conditions: draft.conditions.map((x, j) => (j === i ? next : x)) })} onRemove={() => update({ conditions: draft.conditions.filter((_, j) => j !== i) })} />
        ))}
        <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => update({ conditions: [...draft.conditions, { fact: 'body', op: 'contains', values: [] }] })} data-testid="add-condition">
          Add condition
        </Button>
        <Divider label="Then" labelPosition="left" />
        {draft.actions.map((a, i) => (
          <ActionRow key={i} index={i} action={a} choices={choices} onChange={(next) => update({ actions: draft.actions.map((x, j) => (j === i ? next : x)) })} onRemove={() => update({ actions: draft.actions.filter((_, j) => j !== i) })} />
        ))}
        <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => update({ actions: [...draft.actions, emptyAction()] })} data-testid="add-action">
          Add action
        </Button>
        <Group>
          <Switch label="Stop here: later rules do not run for this event" checked={draft.stop} onChange={(e) => update({ stop: e.currentTarget.checked })} />
          <Switch label="On" checked={draft.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />
        </Group>
        {problems.length > 0 ? (
          <Alert color="red" title="Not ready yet" data-testid="rule-problems">
            {problems.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        ) : null}
        {dryRun ? <DryRunResults rule={dryRun.rule} tickets={dryRun.tickets} names={names} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={() => void runDryRun()} data-testid="rule-dry-run">
            Dry run on recent tickets
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => void save()} loading={saving} data-testid="rule-save">
              Save rule
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
