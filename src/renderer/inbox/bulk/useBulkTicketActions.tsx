import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { planBulkTicketUpdate, type BulkTicketChange, type TicketListItem } from '../../../core';
import { invokeBulkCall } from './invokeBulkCall';
import { runBulkTicketUpdate } from './runBulkTicketUpdate';

const plural = (n: number) => `${n} ${n === 1 ? 'ticket' : 'tickets'}`;

/**
 * Applies one change to many tickets (one mutation each, through the outbox) and offers one "Undo"
 * for the batch, which puts each ticket's own previous value back (again one mutation each; a move
 * to another team has no undo: the tickets left this queue).
 */
export function useBulkTicketActions() {
  const [busy, setBusy] = useState(false);

  async function undo(toastId: string, calls: Parameters<typeof runBulkTicketUpdate>[1]) {
    notifications.hide(toastId);
    const outcome = await runBulkTicketUpdate(invokeBulkCall, calls);
    if (outcome.failed.length > 0) {
      notifications.show({ color: 'red', title: `Could not undo on ${plural(outcome.failed.length)}`, message: outcome.failed[0]?.message });
    } else {
      notifications.show({ color: 'gray', message: `Undone on ${plural(outcome.done.length)}` });
    }
  }

  async function run(tickets: readonly TicketListItem[], change: BulkTicketChange, label: string): Promise<void> {
    const plan = planBulkTicketUpdate(tickets, change);
    setBusy(true);
    const outcome = await runBulkTicketUpdate(invokeBulkCall, plan.apply);
    setBusy(false);
    const undoCalls = outcome.done.flatMap((id) => plan.undo.get(id) ?? []);
    const toastId = `bulk-${Date.now()}`;
    notifications.show({
      id: toastId,
      color: outcome.failed.length > 0 ? 'orange' : 'teal',
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="bulk-toast">
          <Text size="sm">
            {label} on {plural(outcome.done.length)}
            {outcome.failed.length > 0 ? ` — ${plural(outcome.failed.length)} refused: ${outcome.failed[0]?.message ?? ''}` : ''}
          </Text>
          {undoCalls.length > 0 && (
            <Button size="compact-sm" variant="light" onClick={() => void undo(toastId, undoCalls)}>
              Undo
            </Button>
          )}
        </Group>
      ),
    });
  }

  return { busy, run };
}
