import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7, type TicketRow } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';

const refreshOn = ['teams', 'tickets'] as const;

/** Move this ticket to another team with a note for them; it leaves this team's queue. */
export function TransferModal({ ticket, opened, onClose }: { ticket: TicketRow; opened: boolean; onClose(): void }) {
  const { data } = useRelayQuery('tickets.transferTargets', opened ? { ticketId: ticket.id } : null, refreshOn);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function transfer() {
    if (!teamId) return;
    setBusy(true);
    const reply = await relay().invoke('ticket.transfer', { id: ticket.id, teamId, noteId: uuidv7(), note });
    setBusy(false);
    // The note is kept in the box on failure, so nothing typed is lost.
    if (!reply.ok) return setError(reply.error.message);
    // No toast here: useMovedTicketAlerts announces every move (this one included) once.
    setNote('');
    setTeamId(null);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Move #${ticket.number ?? '—'} to another team`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          The receiving team gets the ticket with its whole thread and your note. It leaves your team&apos;s queue and is unassigned.
        </Text>
        {error && (
          <Alert color="red" title="Not moved" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Select
          label="Team"
          placeholder="Pick a team"
          data={(data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={teamId}
          onChange={setTeamId}
          data-testid="transfer-team"
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea label="Note for the team" placeholder="Why it belongs with them" autosize minRows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button leftSection={<IconArrowsExchange size={16} />} disabled={!teamId} loading={busy} onClick={() => void transfer()}>
            Move ticket
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
