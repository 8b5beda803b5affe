import { Alert, Badge, Card, Group, ScrollArea, Switch, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { RoutingDraftRule } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';

const recentCount = 200;

interface Props {
  /** The whole list as it would be saved, the edited rule in its place. */
  rules: readonly RoutingDraftRule[];
  focusRuleId: string;
  teamName(id: string | null): string;
}

/** Which of the last 200 tickets here the edited rule matches, and which team the whole list would choose for each. */
export function RoutingDryRun({ rules, focusRuleId, teamName }: Props) {
  const [onlyMatches, setOnlyMatches] = useState(true);
  const [draft] = useDebouncedValue(rules, 250);
  const run = useRelayQuery('routing.dryRun', { rules: [...draft], focusRuleId, limit: recentCount }, ['tickets', 'messages', 'customers']);
  const rows = (run.data?.rows ?? []).filter((r) => !onlyMatches || r.matched);
  const ruleName = (id: string | null) => (id === null ? 'no rule: the customer’s last team' : (draft.find((r) => r.id === id)?.name ?? 'a rule'));
  return (
    <Card withBorder radius="md" data-testid="routing-dry-run">
      <Group justify="space-between" mb="xs">
        <div>
          <Text fw={600}>Dry run</Text>
          <Text size="sm" c="dimmed" data-testid="dry-run-summary">
            {run.data ? `This rule would have matched ${run.data.matchedCount} of the last ${run.data.rows.length} tickets on this computer.` : 'Running the rules over recent tickets…'}
          </Text>
        </div>
        <Switch label="Only tickets this rule matches" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.currentTarget.checked)} />
      </Group>
      {run.error && (
        <Alert color="red" title="The dry run failed">
          {run.error.message}
        </Alert>
      )}
      {run.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {onlyMatches ? 'No recent ticket matches this rule.' : 'No tickets on this computer yet.'}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360}>
          <Table verticalSpacing={4} fz="sm" aria-label="Dry run results" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ticket</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Team now</Table.Th>
                <Table.Th>The rules would choose</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.ticketId} data-testid="dry-run-row">
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {r.matched && (
                        <Badge size="xs" variant="light" color="green" style={{ flexShrink: 0 }}>
                          match
                        </Badge>
                      )}
                      <Text size="sm" lineClamp={1}>
                        {r.number === null ? '' : `#${r.number} `}
                        {r.subject}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.channel}</Table.Td>
                  <Table.Td>{teamName(r.teamId)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={r.chosenRuleId === focusRuleId ? 600 : undefined}>
                      {r.chosenTeamId === null ? <Text span c="dimmed" size="sm">{ruleName(null)}</Text> : `${teamName(r.chosenTeamId)} (${ruleName(r.chosenRuleId)})`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}
