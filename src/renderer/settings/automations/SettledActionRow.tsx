import { Badge, Switch, Table, Text } from '@mantine/core';
import { actionSettledConfigSchema, type AutomationRow } from '../../../core';
import { relay } from '../../bridge/relay';

/**
 * A "shipment action answered → tell the customer" automation in the notifications table: on/off
 * here, with its macro per outcome shown; its per-outcome macros are set through the admin route.
 */
export function SettledActionRow({ row, macroTitle, onFailure }: { row: AutomationRow; macroTitle: ReadonlyMap<string, string>; onFailure: (message: string | null) => void }) {
  const parsed = actionSettledConfigSchema.safeParse(row.config);
  const toggle = async (enabled: boolean) => {
    if (!parsed.success) return;
    const reply = await relay().invoke('automation.save', { id: row.id, row: { name: row.name, trigger: row.trigger, enabled, config: parsed.data } });
    onFailure(reply.ok ? null : reply.error.message);
  };
  const told = parsed.success
    ? Object.entries(parsed.data.outcomes).flatMap(([outcome, id]) => (id ? [`${outcome}: ${macroTitle.get(id) ?? 'Missing macro'}`] : []))
    : [];
  return (
    <Table.Tr data-testid="notification-row">
      <Table.Td>{parsed.success ? <Switch aria-label={`${row.name} on`} checked={row.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} /> : null}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {row.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">A shipment action is answered</Text>
      </Table.Td>
      <Table.Td>
        {parsed.success ? (
          <Text size="sm">
            {told.join(' · ')} · {parsed.data.channel ?? 'preferred channel'}
          </Text>
        ) : (
          <Badge color="red" variant="light" tt="none">
            Unreadable settings
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {parsed.success ? (
          <Text size="sm">
            {parsed.data.throttle.perShipmentHours} h per shipment · {parsed.data.throttle.perCustomerPerDay}/day
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
