import { Alert, Box, Button, Group, Kbd, SegmentedControl, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { TicketRow } from '../../core';
import { relay } from '../bridge/relay';
import { replyBoxId } from './replyBoxId';

type Kind = 'reply' | 'note';

/** How a reply reaches the customer, phrased for the hint under the toggle. */
const replyRoute: Record<TicketRow['channel'], string> = {
  email: 'by email',
  chat: 'in the chat',
  sms: 'by SMS',
  social: 'as a social message',
  phone: 'as a call note',
};

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Reply to the customer or add an internal note; Ctrl/Cmd+Enter sends. Works offline (outbox). */
export function ReplyComposer({ ticket }: { ticket: TicketRow }) {
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closed = ticket.status === 'closed';

  async function send() {
    if (sending || closed || body.trim() === '') return;
    setSending(true);
    setError(null);
    const reply = await relay().invoke('messages.send', { ticketId: ticket.id, kind, body });
    setSending(false);
    if (reply.ok) setBody('');
    else setError(reply.error.message);
  }

  const note = kind === 'note';
  return (
    <Box
      px="lg"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="reply-composer"
    >
      <Group justify="space-between" mb={6}>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => setKind(v === 'note' ? 'note' : 'reply')}
          data={[
            { value: 'reply', label: 'Reply' },
            { value: 'note', label: 'Internal note' },
          ]}
        />
        <Text size="xs" c="dimmed">
          {note ? 'Only your team sees internal notes.' : `Goes to the customer ${replyRoute[ticket.channel]}.`}
        </Text>
      </Group>
      {error && (
        <Alert color="red" mb={6} py={6} title="Not sent" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Textarea
        id={replyBoxId}
        aria-label={note ? 'Internal note' : 'Reply'}
        placeholder={closed ? 'This ticket is closed.' : note ? 'Write an internal note…' : 'Write your reply…'}
        autosize
        minRows={3}
        maxRows={8}
        value={body}
        disabled={closed}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void send()]])}
        styles={note ? { input: { background: 'light-dark(var(--mantine-color-yellow-0), rgba(250, 176, 5, 0.1))' } } : undefined}
      />
      <Group justify="space-between" mt={6}>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> to send
        </Text>
        <Button
          size="xs"
          color={note ? 'yellow' : undefined}
          leftSection={note ? <IconLock size={14} /> : <IconSend size={14} />}
          onClick={() => void send()}
          loading={sending}
          disabled={closed || body.trim() === ''}
        >
          {note ? 'Add note' : 'Send reply'}
        </Button>
      </Group>
    </Box>
  );
}
