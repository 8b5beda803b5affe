import { Alert, Box, Button, Group, Kbd, Popover, SegmentedControl, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { checkChannelLimit, uuidv7, type Channel, type TicketRow } from '../../core';
import { hotkeysFor } from '../app/shortcuts/hotkeysFor';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ArticlePicker } from './composer/ArticlePicker';
import { ChannelChooser } from './composer/ChannelChooser';
import { ChannelCounter } from './composer/ChannelCounter';
import { insertText } from './composer/insertText';
import { MacroPicker } from './composer/MacroPicker';
import { MentionMenu } from './composer/MentionMenu';
import { replyWarnings } from './composer/replyWarnings';
import { useMacroRefill } from './composer/useMacroRefill';
import { useMentions } from './composer/useMentions';
import { AttachButton, AttachedFiles, CopyFields, SignaturePreview } from './composer/ReplyExtrasBar';
import { InvoiceAttachMenu } from '../invoices/InvoiceAttachMenu';
import { mentionedIds } from './composer/mentionedIds';
import { useReplyExtras } from './composer/useReplyExtras';
import { leaveComposer } from './leaveComposer';
import { replyBoxId } from './replyBoxId';

type Kind = 'reply' | 'note';

/** How a reply reaches the customer, phrased for the hint under the toggle. */
const replyRoute: Record<Channel, string> = {
  email: 'by email',
  chat: 'in the chat',
  sms: 'by SMS',
  social: 'as a social message',
  phone: 'as a call note',
};

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const placeholderPattern = /\{\{\s*[^{}\s]+\s*\}\}/g;

/**
 * Reply to the customer (on a channel of theirs) or add an internal note with @mentions;
 * macros and knowledge articles insert at the cursor. Ctrl/Cmd+Enter sends. Works offline.
 */
export function ReplyComposer({ ticket }: { ticket: TicketRow }) {
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [channel, setChannel] = useState<Channel>(ticket.channel);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const options = useRelayQuery('composer.options', { ticketId: ticket.id }, ['customers', 'contacts', 'agents', 'tickets']);
  const mentions = useMentions(options.data?.mentionable ?? [], kind === 'note');
  const extras = useReplyExtras(ticket.id);
  const account = useRelayQuery('account.signature', {}, ['agents']);
  const closed = ticket.status === 'closed';
  const note = kind === 'note';
  const target = options.data?.channels.find((c) => c.channel === channel);
  const [unknownNames, setUnknownNames] = useState<ReadonlySet<string>>(new Set());
  const leftovers = [...new Set(body.match(placeholderPattern) ?? [])];
  const unknownLeft = leftovers.filter((p) => unknownNames.has(p.replace(/[{}\s]/g, '')));
  const missingLeft = leftovers.filter((p) => !unknownLeft.includes(p));
  const refill = useMacroRefill(ticket, setBody);
  const tooLong = !note && checkChannelLimit(channel, body).message !== null;
  const warnings = note || closed ? [] : replyWarnings({ body, channel, recipient: options.data?.recipient ?? null, inserted: refill.inserted, now: Date.now() });
  // Unfilled placeholders and a passed ETA would reach the customer as written: fix them first.
  const emailReply = !note && channel === 'email';
  const badCopy = emailReply && [...extras.cc, ...extras.bcc].some((a) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a));
  const blocked = tooLong || badCopy || (!note && leftovers.length > 0) || warnings.some((w) => w.blocking);

  async function send() {
    if (sending || closed || body.trim() === '' || blocked) return;
    setSending(true);
    setError(null);
    const via = !note && channel !== ticket.channel ? { channel } : {};
    const mentioned = note ? mentionedIds(body, options.data?.mentionable ?? []) : [];
    const reply = await relay().invoke('message.send', { id: uuidv7(), ticketId: ticket.id, kind, body, ...via, ...extras.args(emailReply, account.data?.agentId ?? null), mentions: mentioned });
    setSending(false);
    if (reply.ok) {
      setBody('');
      extras.reset();
      refill.forget();
    } else setError(reply.error.message);
  }

  /** Puts text at the cursor (or the end) and leaves the cursor after it. */
  function insert(text: string) {
    // A textarea keeps its selection after losing focus to the picker, so this is where the agent was.
    const start = box.current?.selectionStart ?? body.length;
    const next = insertText(body, text, start, box.current?.selectionEnd ?? start);
    setBody(next.body);
    requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  function edit(value: string, cursor: number) {
    setBody(value);
    mentions.track(value, cursor);
  }

  function pickMention(person: { id: string; name: string }) {
    const next = mentions.pick(body, person);
    setBody(next.body);
    requestAnimationFrame(() => box.current?.setSelectionRange(next.cursor, next.cursor));
  }

  const sendHotkey = getHotkeyHandler(hotkeysFor({ send: () => void send(), leave: leaveComposer }));
  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (mentions.open && !e.ctrlKey && !e.metaKey) {
      const person = mentions.matches[mentions.active];
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        mentions.move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && person) {
        e.preventDefault();
        pickMention(person);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        mentions.close();
        return;
      }
    }
    sendHotkey(e);
  }

  return (
    <Box
      px="lg"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-testid="reply-composer"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        if (!closed) void extras.add([...e.dataTransfer.files]);
      }}
    >
      <Group justify="space-between" mb={6} wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => setKind(v === 'note' ? 'note' : 'reply')}
            data={[
              { value: 'reply', label: 'Reply' },
              { value: 'note', label: 'Internal note' },
            ]}
          />
          {!note && options.data && <ChannelChooser channels={options.data.channels} value={channel} onChange={setChannel} />}
        </Group>
        <Text size="xs" c="dimmed" truncate ta="right" style={{ flex: 1, width: 0 }} data-testid="composer-hint">
          {note
            ? 'Only your team sees internal notes. Type @ to mention a teammate.'
            : `Goes to the customer ${replyRoute[channel]}${target?.address ? ` (${target.address})` : ''}.`}
        </Text>
      </Group>
      {error && (
        <Alert color="red" mb={6} py={6} title="Not sent" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {emailReply && <CopyFields extras={extras} />}
      {/* withRoles off: the target is a plain wrapper div, where aria-expanded/haspopup are not allowed. */}
      <Popover opened={mentions.open} position="top-start" offset={4} withinPortal withRoles={false}>
        <Popover.Target>
          <Box>
            <Textarea
              ref={box}
              id={replyBoxId}
              aria-label={note ? 'Internal note' : 'Reply'}
              placeholder={closed ? 'This ticket is closed.' : note ? 'Write an internal note… (@ mentions a teammate)' : 'Write your reply…'}
              autosize
              minRows={3}
              maxRows={8}
              value={body}
              disabled={closed}
              onChange={(e) => edit(e.currentTarget.value, e.currentTarget.selectionStart)}
              onSelect={(e) => mentions.track(e.currentTarget.value, e.currentTarget.selectionStart)}
              onBlur={() => mentions.close()}
              onKeyDown={onKeyDown}
              styles={note ? { input: { background: 'light-dark(var(--mantine-color-yellow-0), rgba(250, 176, 5, 0.1))' } } : undefined}
            />
          </Box>
        </Popover.Target>
        <Popover.Dropdown p={0} style={{ border: 0, background: 'transparent' }}>
          <MentionMenu people={mentions.matches} active={mentions.active} onPick={pickMention} />
        </Popover.Dropdown>
      </Popover>
      {leftovers.length > 0 && (
        <Text size="xs" c="orange" mt={4} data-testid="placeholder-warning">
          Fill in before sending: {missingLeft.length > 0 && `${missingLeft.join(', ')} (this ticket has no value for it)`}
          {missingLeft.length > 0 && unknownLeft.length > 0 && '; '}
          {unknownLeft.length > 0 && `${unknownLeft.join(', ')} (not a known placeholder)`}.
        </Text>
      )}
      {emailReply && <SignaturePreview extras={extras} signature={account.data?.signature ?? ''} />}
      <AttachedFiles extras={extras} />
      {!note && <ChannelCounter channel={channel} text={body} />}
      {warnings.map((w) => (
        <Text key={w.code} size="xs" c={w.blocking ? 'red' : 'orange'} mt={4} data-testid="reply-warning" data-code={w.code}>
          {w.message}
        </Text>
      ))}
      {/* Wraps rather than pushing "Send reply" out of a narrow window. */}
      <Group justify="space-between" mt={6} gap={6} wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <MacroPicker
            ticketId={ticket.id}
            channel={channel}
            disabled={closed}
            onInsert={(rendered, macroId) => {
              setUnknownNames((known) => new Set([...known, ...rendered.unknown]));
              refill.remember({ macroId, values: rendered.values, etaAt: rendered.etaAt });
              insert(rendered.text);
            }}
            onError={setError}
          />
          <ArticlePicker ticketId={ticket.id} disabled={closed} onInsert={insert} onError={setError} />
          <AttachButton extras={extras} disabled={closed} />
          <InvoiceAttachMenu customerId={ticket.customerId} extras={extras} disabled={closed} />
        </Group>
        <Group gap="sm" wrap="nowrap" ml="auto">
          <Text size="xs" c="dimmed" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
            <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> to send
          </Text>
          <Button
            size="xs"
            color={note ? 'yellow' : undefined}
            leftSection={note ? <IconLock size={14} /> : <IconSend size={14} />}
            onClick={() => void send()}
            loading={sending}
            disabled={closed || body.trim() === '' || blocked}
          >
            {note ? 'Add note' : 'Send reply'}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
