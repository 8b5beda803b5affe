import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { actionSettledTrigger, exceptionLabels, notificationConfigSchema, notificationTriggers, type AutomationRow, type NotificationConfig } from '../../../core';
import { relay } from '../../bridge/relay';
import { NotificationEditor } from './NotificationEditor';
import { NotificationRow } from './NotificationRow';
import { SettledActionRow } from './SettledActionRow';

const triggerLabels: Record<string, string> = {
  'shipment.delayed': 'A shipment is late',
  'exception.opened': 'An exception opens',
  'shipment.out_for_delivery': 'Out for delivery',
  'shipment.delivered': 'Delivered',
};

/** The customer notification automations (one per trigger core knows): on/off and an editor for macro, kinds, channel and throttles. */
export function NotificationsTab({ rows, macros }: { rows: AutomationRow[]; macros: Array<{ id: string; title: string }> }) {
  const [editing, setEditing] = useState<{ row: AutomationRow; config: NotificationConfig } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const triggers: readonly string[] = notificationTriggers;
  const items = rows.filter((r) => triggers.includes(r.trigger) && r.trigger !== actionSettledTrigger).map((row) => ({ row, parsed: notificationConfigSchema.safeParse(row.config) }));
  const macroTitle = new Map(macros.map((m) => [m.id, m.title]));
  const toggle = async (row: AutomationRow, config: NotificationConfig, enabled: boolean) => {
    const reply = await relay().invoke('automation.save', { id: row.id, row: { name: row.name, trigger: row.trigger, enabled, config } });
    setFailure(reply.ok ? null : reply.error.message);
  };
  const settled = rows.filter((r) => r.trigger === actionSettledTrigger);
  if (items.length + settled.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="notifications-empty">
        No customer notifications are set up in this workspace.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="notification-automations">
      {failure ? <Text c="red" size="sm">{failure}</Text> : null}
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>On</Table.Th>
            <Table.Th>Notification</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Message</Table.Th>
            <Table.Th>Limits</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map(({ row, parsed }) => (
            <NotificationRow
              key={row.id}
              row={row}
              readable={parsed.success}
              onToggle={(enabled) => {
                if (parsed.success) void toggle(row, parsed.data, enabled);
              }}
              onEdit={parsed.success ? () => setEditing({ row, config: parsed.data }) : null}
              when={
                <>
                  <Text size="sm">{triggerLabels[row.trigger] ?? row.trigger}</Text>
                  {parsed.data?.exceptionTypes ? <Text size="xs" c="dimmed">{parsed.data.exceptionTypes.map((t) => exceptionLabels.type[t]).join(', ')}</Text> : null}
                </>
              }
              message={
                <Text size="sm">
                  {(parsed.data && macroTitle.get(parsed.data.macroId)) ?? 'Missing macro'} · {parsed.data?.channel ?? 'preferred channel'}
                </Text>
              }
              throttle={parsed.data?.throttle ?? null}
            />
          ))}
          {settled.map((row) => (
            <SettledActionRow key={row.id} row={row} macroTitle={macroTitle} onFailure={setFailure} />
          ))}
        </Table.Tbody>
      </Table>
      {editing ? <NotificationEditor row={editing.row} config={editing.config} macros={macros} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
