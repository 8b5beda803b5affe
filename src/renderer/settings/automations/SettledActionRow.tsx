import { Text } from '@mantine/core';
import { actionSettledConfigSchema, type AutomationRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { NotificationRow } from './NotificationRow';

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
    <NotificationRow
      row={row}
      readable={parsed.success}
      onToggle={(enabled) => void toggle(enabled)}
      onEdit={null}
      when={<Text size="sm">A shipment action is answered</Text>}
      message={
        <Text size="sm">
          {told.join(' · ')} · {parsed.data?.channel ?? 'preferred channel'}
        </Text>
      }
      throttle={parsed.data?.throttle ?? null}
    />
  );
}
