import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCircleCheck, IconMessage2Share, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { exceptionTicketArgs, type AgentRow, type ExceptionDetail, type IpcInput } from '../../core';
import { useNavigation } from '../app/navigation/NavigationContext';
import { relay } from '../bridge/relay';

interface Props {
  detail: ExceptionDetail;
  me: AgentRow;
  onNotify(): void;
}

/** Acknowledge, assign, resolve with a note, open/create the ticket, notify: what a lead does with one exception. */
export function ExceptionActions({ detail, me, onNotify }: Props) {
  const navigation = useNavigation();
  const { exception, ticket } = detail;
  const [busy, setBusy] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const done = exception.status === 'resolved';

  async function update(action: string, input: IpcInput<'exception.update'>): Promise<boolean> {
    setBusy(action);
    const reply = await relay().invoke('exception.update', input);
    setBusy(null);
    if (!reply.ok) notifications.show({ color: 'red', title: 'Could not update the exception', message: reply.error.message });
    return reply.ok;
  }

  async function resolve() {
    if (!note.trim()) {
      setNoteError('Write what was done: the team reads this later.');
      return;
    }
    if (await update('resolve', { action: 'resolve', id: exception.id, note })) {
      setResolving(false);
      setNote('');
      notifications.show({ color: 'green', title: 'Exception resolved', message: 'It has left the active queue.' });
    }
  }

  async function createTicket() {
    // A warehouse exception (backorder, short pick) is about its order; the others about their shipment.
    const about = detail.shipment ?? (exception.shipmentId === null ? detail.order : null);
    if (!about) {
      notifications.show({ color: 'red', title: 'Could not open a ticket', message: 'The shipment or order of this exception has not arrived in this replica yet; try again in a moment.' });
      return;
    }
    setBusy('ticket');
    const args = exceptionTicketArgs(exception, about, '', Date.now());
    const reply = await relay().invoke('exception.openTicket', args);
    setBusy(null);
    if (reply.ok) navigation.openTicket(args.ticketId);
    else notifications.show({ color: 'red', title: 'Could not open a ticket', message: reply.error.message });
  }

  // Agents take work or let it go; leads and admins hand it to anyone in the team.
  const assignable = me.role === 'agent' ? detail.teamAgents.filter((a) => a.id === me.id) : detail.teamAgents;
  const assigneeOptions = assignable.map((a) => ({ value: a.id, label: a.id === me.id ? `${a.name} (me)` : a.name }));
  if (exception.assigneeId && !assigneeOptions.some((o) => o.value === exception.assigneeId)) {
    assigneeOptions.push({ value: exception.assigneeId, label: detail.assignee?.name ?? 'Someone else' });
  }
  const openTicket = ticket && ticket.status !== 'closed' ? ticket : null;

  return (
    <Stack gap="xs" data-testid="exception-actions">
      <Group gap="xs">
        {exception.status === 'open' && (
          <Button size="xs" leftSection={<IconCheck size={14} />} loading={busy === 'acknowledge'} onClick={() => void update('acknowledge', { action: 'acknowledge', id: exception.id })}>
            Acknowledge
          </Button>
        )}
        {!done && !resolving && (
          <Button size="xs" color="green" variant="light" leftSection={<IconCircleCheck size={14} />} onClick={() => setResolving(true)}>
            Resolve…
          </Button>
        )}
        {openTicket ? (
          <Button size="xs" variant="default" leftSection={<IconTicket size={14} />} onClick={() => navigation.openTicket(openTicket.id)}>
            Open ticket {openTicket.number === null ? '' : `#${openTicket.number}`}
          </Button>
        ) : (
          <Button size="xs" variant="default" leftSection={<IconTicket size={14} />} loading={busy === 'ticket'} onClick={() => void createTicket()}>
            Create ticket
          </Button>
        )}
        {/* Notices are shipment macros; a warehouse exception (about an order) is answered from its ticket. */}
        {exception.shipmentId !== null && (
          <Button size="xs" variant="default" leftSection={<IconMessage2Share size={14} />} onClick={onNotify}>
            Notify customer…
          </Button>
        )}
      </Group>
      {!done && (
        <Select
          size="xs"
          label="Assignee"
          placeholder="Unassigned"
          data={assigneeOptions}
          value={exception.assigneeId}
          clearable={me.role !== 'agent' || exception.assigneeId === me.id}
          disabled={busy === 'assign'}
          onChange={(v) => void update('assign', { action: 'assign', id: exception.id, assigneeId: v })}
          data-testid="exception-assignee"
        />
      )}
      {resolving && (
        <Stack gap={6}>
          <Textarea
            label="Resolution note"
            description="Required: what was done, so the team and the customer's next agent know."
            placeholder="e.g. Carrier rebooked delivery for Monday; customer informed."
            autosize
            minRows={2}
            maxRows={5}
            value={note}
            error={noteError}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setNoteError(null);
            }}
            autoFocus
          />
          <Group gap="xs">
            <Button size="xs" color="green" loading={busy === 'resolve'} onClick={() => void resolve()}>
              Resolve exception
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setResolving(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
