import { ActionIcon, Alert, Anchor, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ticketRulesOf, ticketRuleTrigger, type AutomationRow, type TicketRule } from '../../../core';
import { relay } from '../../bridge/relay';
import type { ActionChoices } from './ActionRow';
import { describeAction, type NameLookup } from './describeAction';
import { ruleLabels } from './ruleLabels';
import { TicketRuleEditor } from './TicketRuleEditor';

const byPosition = (a: TicketRule, b: TicketRule) => a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The ticket rules in the order they run: switch on/off, move up/down, edit, delete, add. */
export function TicketRulesTab({ rows, choices, names }: { rows: AutomationRow[]; choices: ActionChoices; names: NameLookup }) {
  const rules = ticketRulesOf(rows).sort(byPosition);
  const [editing, setEditing] = useState<{ rule: TicketRule | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const write = async (rule: TicketRule, patch: Partial<TicketRule> | null) => {
    const next = { ...rule, ...patch };
    const { id, name, enabled, ...config } = next;
    const reply = await relay().invoke('automation.save', { id, row: patch === null ? null : { name, trigger: ticketRuleTrigger, enabled, config } });
    setFailure(reply.ok ? null : reply.error.message);
  };
  // Positions become 10, 20, 30… in the new order; only rules whose position changes are saved.
  const move = async (index: number, by: -1 | 1) => {
    const order = [...rules];
    const [taken] = order.splice(index, 1);
    if (!taken) return;
    order.splice(index + by, 0, taken);
    for (const [i, rule] of order.entries()) if (rule.position !== (i + 1) * 10) await write(rule, { position: (i + 1) * 10 });
  };
  return (
    <Stack gap="sm" data-testid="ticket-rules">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Rules run top to bottom when their event happens; each sees what the rules above it did.
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ rule: null })} data-testid="new-rule">
          New rule
        </Button>
      </Group>
      {failure ? (
        <Alert color="red" title="Not saved" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="rules-empty">
          No ticket rules yet. A rule can tag, prioritise, move or assign tickets, escalate them to a lead or send the survey.
        </Text>
      ) : (
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>On</Table.Th>
              <Table.Th>Rule</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Then</Table.Th>
              <Table.Th aria-label="Order and delete" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((rule, i) => (
              <Table.Tr key={rule.id} data-testid="rule-row" data-rule-name={rule.name}>
                <Table.Td>
                  <Switch aria-label={`${rule.name} on`} checked={rule.enabled} onChange={(e) => void write(rule, { enabled: e.currentTarget.checked })} />
                </Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => setEditing({ rule })} aria-label={`Edit rule ${rule.name}`}>
                    {rule.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {rule.conditions.all.length === 0 ? 'Every ticket' : `${rule.conditions.all.length} condition${rule.conditions.all.length === 1 ? '' : 's'}`}
                    {rule.stop ? ' · stops later rules' : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{ruleLabels.events[rule.event]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{rule.actions.map((a) => describeAction(a, names)).join(' · ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" disabled={i === 0} onClick={() => void move(i, -1)} aria-label={`Move ${rule.name} up`}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" disabled={i === rules.length - 1} onClick={() => void move(i, 1)} aria-label={`Move ${rule.name} down`}>
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" onClick={() => void write(rule, null)} aria-label={`Delete ${rule.name}`}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? <TicketRuleEditor rule={editing.rule} position={((rules.at(-1)?.position ?? 0) + 10)} choices={choices} names={names} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
