import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { planTicketRuleActions, type DryRunTicket, type TicketRule } from '../../../core';
import { describeAction, type NameLookup } from './describeAction';

/**
 * What the rule would have done to the replica's recent tickets, computed here with core's
 * planner (the hub runs the same one): the matches, each with its actions in words. The rule is
 * tried alone, as if it were the only one for its event.
 */
export function DryRunResults({ rule, tickets, names }: { rule: TicketRule; tickets: DryRunTicket[]; names: NameLookup }) {
  const matches = tickets.flatMap((t) => {
    const plan = planTicketRuleActions([{ ...rule, enabled: true }], t.facts, rule.event);
    return plan.matched.length > 0 ? [{ ticket: t, plan }] : [];
  });
  return (
    <Stack gap="xs" data-testid="dry-run">
      <Text size="sm" fw={600} data-testid="dry-run-summary">
        Would have matched {matches.length} of the {tickets.length} most recent tickets on this computer.
      </Text>
      {tickets.length === 0 ? (
        <Alert color="gray">There are no tickets on this computer yet to try the rule on.</Alert>
      ) : matches.length === 0 ? (
        <Text size="sm" c="dimmed">
          None of them: loosen a condition, or check the words and values.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} mah={260}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ticket</Table.Th>
                <Table.Th>Customer</Table.Th>
                <Table.Th>Would</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matches.slice(0, 50).map(({ ticket, plan }) => (
                <Table.Tr key={ticket.facts.ticket.id} data-testid="dry-run-match">
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {ticket.number ? `#${ticket.number} ` : ''}
                      {ticket.facts.ticket.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>{ticket.customerName ?? '—'}</Table.Td>
                  <Table.Td>
                    {plan.actions.map((a, i) => (
                      <Badge key={i} variant="light" color="gray" tt="none" mr={4}>
                        {describeAction(a, names)}
                      </Badge>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {matches.length > 50 ? (
        <Text size="xs" c="dimmed">
          Showing the first 50.
        </Text>
      ) : null}
    </Stack>
  );
}
