import { Alert, Badge, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { resolveSlaTarget, type AgentRow, type CustomerTier, type TicketPriority } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { formatMinutes } from './formatMinutes';
import { SlaTargetModal, type SlaCell } from './SlaTargetModal';

const priorities: TicketPriority[] = ['urgent', 'high', 'normal', 'low'];
const tiers: CustomerTier[] = ['standard', 'gold', 'platinum'];
const tierLabels: Record<CustomerTier, string> = { standard: 'Standard customers', gold: 'Gold customers', platinum: 'Platinum customers' };
const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * Settings → SLA policies (leads read, admins edit: the policy is the whole workspace's): first
 * response, next reply and resolution targets per priority × customer tier (a row from before next
 * replies shows its first-response target there, which is what applies); a cell without a policy row shows
 * core's defaults, marked so.
 */
export function SlaPoliciesPage({ agent }: { agent: AgentRow }) {
  const policies = useRelayQuery('sla.policies', {}, ['sla_policies']);
  const [cell, setCell] = useState<SlaCell | null>(null);
  const rows = policies.data ?? [];
  const editable = agent.role === 'admin';
  const cellOf = (priority: TicketPriority, tier: CustomerTier): SlaCell => {
    const row = rows.find((r) => r.priority === priority && r.tier === tier) ?? null;
    const target = resolveSlaTarget(rows, priority, tier);
    return {
      priority,
      tier,
      row,
      firstResponseMinutes: minutes(target.firstResponseMs),
      nextResponseMinutes: minutes(target.nextResponseMs),
      resolutionMinutes: minutes(target.resolutionMs),
    };
  };
  return (
    <Stack gap="md" data-testid="settings-sla">
      <div>
        <Title order={2} fz="h3">
          SLA policies
        </Title>
        <Text size="sm" c="dimmed">
          Targets count the opening hours of the ticket&apos;s team, in its time zone. {editable ? 'Click a cell to change it.' : 'Admins change them; you see what applies.'}
        </Text>
      </div>
      {policies.error ? (
        <Alert color="red" title="SLA policies could not be read">
          {policies.error.message}
        </Alert>
      ) : policies.loading && !policies.data ? (
        <Loader size="sm" />
      ) : null}
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="sla-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Priority</Table.Th>
            {tiers.map((tier) => (
              <Table.Th key={tier}>{tierLabels[tier]}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priorities.map((priority) => (
            <Table.Tr key={priority}>
              <Table.Td tt="capitalize" fw={600}>
                {priority}
              </Table.Td>
              {tiers.map((tier) => {
                const c = cellOf(priority, tier);
                const body = (
                  <Stack gap={2}>
                    <Text size="sm">First response {formatMinutes(c.firstResponseMinutes)}</Text>
                    <Text size="sm" data-testid={`sla-next-${priority}-${tier}`}>
                      Next reply {formatMinutes(c.nextResponseMinutes)}
                    </Text>
                    <Text size="sm">Resolution {formatMinutes(c.resolutionMinutes)}</Text>
                    {c.row ? null : (
                      <Badge size="xs" variant="light" color="gray" tt="none" w="fit-content">
                        default
                      </Badge>
                    )}
                  </Stack>
                );
                return (
                  <Table.Td key={tier} data-testid={`sla-cell-${priority}-${tier}`} data-default={c.row ? 'false' : 'true'}>
                    {editable ? (
                      <UnstyledButton onClick={() => setCell(c)} aria-label={`Edit SLA targets for ${priority} priority, ${tier} customers`} w="100%">
                        {body}
                      </UnstyledButton>
                    ) : (
                      body
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {cell ? <SlaTargetModal key={`${cell.priority}-${cell.tier}`} cell={cell} onClose={() => setCell(null)} /> : null}
    </Stack>
  );
}
