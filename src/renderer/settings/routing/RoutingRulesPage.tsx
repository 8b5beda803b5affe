import { ActionIcon, Alert, Badge, Button, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7, type IpcInput, type RoutingDraftRule } from '../../../core';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { OpenTicketCapCard } from './OpenTicketCapCard';
import { RoutingDryRun } from './RoutingDryRun';
import { RoutingRuleEditor } from './RoutingRuleEditor';
import { savedRules } from './savedRules';
import { summarizeConditions } from './summarizeConditions';

/**
 * Settings → Routing rules (leads and admins): which team a new inbound ticket goes to. The first
 * enabled rule whose conditions hold wins; the editor's dry run replays recent tickets through
 * core's chooseTeam. Writes are the queued mutation routingRule.save (works offline).
 */
export function RoutingRulesPage() {
  const settings = useRelayQuery('routing.settings', {}, ['automations', 'teams']);
  const [draft, setDraft] = useState<{ rule: RoutingDraftRule; isNew: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { rules, unreadable } = savedRules(settings.data?.rules ?? []);
  const teams = settings.data?.teams ?? [];
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? 'a removed team';

  const write = async (args: IpcInput<'routingRule.save'>) => {
    const reply = await relay().invoke('routingRule.save', args);
    setError(reply.ok ? null : reply.error.message);
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = rules.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    void write({ kind: 'order', ids });
  };
  const toggle = (rule: RoutingDraftRule, enabled: boolean) => void write({ kind: 'rule', ...rule, enabled });
  const startNew = () =>
    setDraft({ isNew: true, rule: { id: uuidv7(), name: '', enabled: true, config: { position: (rules.at(-1)?.config.position ?? -1) + 1, conditions: {}, teamId: teams[0]?.id ?? '', autoAssign: false } } });
  // The list as it would run with the draft saved: the edited rule in its place, a new one at the end.
  const withDraft = draft ? (draft.isNew ? [...rules, draft.rule] : rules.map((r) => (r.id === draft.rule.id ? draft.rule : r))) : rules;

  return (
    <Stack gap="md" data-testid="settings-routing">
      <div>
        <Title order={2} fz="h3">
          Routing rules
        </Title>
        <Text size="sm" c="dimmed">
          A new inbound ticket goes to the team of the first enabled rule it matches, top to bottom; with none, to the team that last helped the customer.
        </Text>
      </div>
      {(settings.error || error) && (
        <Alert color="red" role="alert" title="Routing rules">
          {settings.error?.message ?? error}
        </Alert>
      )}
      <Card withBorder radius="md" data-testid="routing-rules">
        <Group justify="space-between" mb="sm">
          <Text fw={600}>Rules, in the order they run</Text>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={startNew} disabled={teams.length === 0}>
            New rule
          </Button>
        </Group>
        {unreadable > 0 && (
          <Text size="sm" c="orange" mb="xs">
            {unreadable} rule{unreadable > 1 ? 's have' : ' has'} a configuration this version cannot read; the hub skips {unreadable > 1 ? 'them' : 'it'}.
          </Text>
        )}
        {rules.length === 0 ? (
          <Text size="sm" c="dimmed">
            No routing rules yet: every new ticket goes to the team that last helped its customer.
          </Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Routing rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Order</Table.Th>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Team</Table.Th>
                <Table.Th w={90}>Enabled</Table.Th>
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((r, i) => (
                <Table.Tr key={r.id} data-testid="routing-rule-row" bg={draft?.rule.id === r.id ? 'var(--mantine-color-default-hover)' : undefined}>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" size="sm" aria-label={`Move ${r.name} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                        <IconArrowUp size={14} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" size="sm" aria-label={`Move ${r.name} down`} disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                        <IconArrowDown size={14} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {summarizeConditions(r.config.conditions)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{teamName(r.config.teamId)}</Text>
                      {r.config.autoAssign && (
                        <Badge size="xs" variant="light">
                          auto-assign
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Switch aria-label={`${r.name} enabled`} checked={r.enabled} onChange={(e) => toggle(r, e.currentTarget.checked)} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setDraft({ rule: r, isNew: false })} aria-label={`Edit ${r.name}`}>
                      Edit
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {draft && (
        <>
          <RoutingRuleEditor key={draft.rule.id} rule={draft.rule} isNew={draft.isNew} teams={teams} onDraft={(rule) => setDraft({ ...draft, rule })} onDone={() => setDraft(null)} />
          <RoutingDryRun rules={withDraft} focusRuleId={draft.rule.id} teamName={teamName} />
        </>
      )}
      {settings.data && <OpenTicketCapCard cap={settings.data.cap} defaultCap={settings.data.defaultCap} />}
    </Stack>
  );
}
