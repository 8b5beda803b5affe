import { Anchor, Badge, Switch, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AutomationRow, NotificationThrottle } from '../../../core';

/** One customer-notification automation in the table, whatever its trigger's config shape. */
export function NotificationRow({
  row,
  readable,
  onToggle,
  onEdit,
  when,
  message,
  throttle,
}: {
  /** The automation row shown. */
  row: AutomationRow;
  /** Its config parsed; false shows "Unreadable settings" and no controls. */
  readable: boolean;
  /** Switches it on or off. */
  onToggle: (enabled: boolean) => void;
  /** Opens its editor; null = edited elsewhere (name shown as plain text). */
  onEdit: (() => void) | null;
  /** The trigger in words, with any detail beneath. */
  when: ReactNode;
  /** Which macro(s) on which channel. */
  message: ReactNode;
  /** Its throttles (read from its config). */
  throttle: NotificationThrottle | null;
}) {
  return (
    <Table.Tr data-testid="notification-row">
      <Table.Td>{readable ? <Switch aria-label={`${row.name} on`} checked={row.enabled} onChange={(e) => onToggle(e.currentTarget.checked)} /> : null}</Table.Td>
      <Table.Td>
        {readable && onEdit ? (
          <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={onEdit} aria-label={`Edit notification ${row.name}`}>
            {row.name}
          </Anchor>
        ) : (
          <Text size="sm" fw={readable ? 600 : undefined}>
            {row.name}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{when}</Table.Td>
      <Table.Td>
        {readable ? (
          message
        ) : (
          <Badge color="red" variant="light" tt="none">
            Unreadable settings
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {readable && throttle ? (
          <Text size="sm">
            {throttle.perShipmentHours} h per shipment · {throttle.perCustomerPerDay}/day
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
