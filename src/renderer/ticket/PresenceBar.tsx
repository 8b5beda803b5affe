import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcOutput, PresenceState } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';
import { replyBoxId } from './replyBoxId';

type Present = IpcOutput<'presence.get'>;

/** Back to 'viewing' after this long without a keystroke in the reply box. */
const TYPING_IDLE_MS = 4_000;
/** The core drops our presence after 90 s without hearing from this window. */
const HEARTBEAT_MS = 30_000;

const firstName = (name: string): string => name.split(' ')[0] ?? name;
const phrase = (p: Present[number]): string => `${firstName(p.name)} ${p.state === 'typing' ? 'is typing…' : 'is viewing'}`;

/**
 * Who else has this ticket open, and who is typing a reply (orange: two answers may collide).
 * Also reports this agent's own presence: 'viewing' while mounted, 'typing' while the reply box
 * gets input. Renders nothing while nobody else is there.
 */
export function PresenceBar({ ticketId }: { ticketId: string }) {
  const [present, setPresent] = useState<Present>([]);
  const load = useCallback(() => {
    void relay()
      .invoke('presence.get', { ticketId })
      .then((reply) => setPresent(reply.ok ? reply.data : []));
  }, [ticketId]);
  useEffect(load, [load]);
  useRelayEvent('presence.changed', (e) => {
    if (e.ticketId === ticketId) load();
  });
  useOwnPresence(ticketId);

  if (present.length === 0) return null;
  const typing = present.filter((p) => p.state === 'typing');
  return (
    <Group gap="xs" px="lg" py={4} wrap="nowrap" data-testid="presence-bar" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Avatar.Group spacing="xs">
        {present.map((p) => (
          <Tooltip key={p.agentId} label={phrase(p)} withArrow>
            <Avatar
              size="sm"
              name={p.name}
              color={p.state === 'typing' ? 'orange' : 'initials'}
              variant={p.state === 'typing' ? 'filled' : 'light'}
              aria-label={phrase(p)}
            />
          </Tooltip>
        ))}
      </Avatar.Group>
      <Text size="xs" c={typing.length > 0 ? 'orange' : 'dimmed'} fw={typing.length > 0 ? 600 : 400} truncate style={{ minWidth: 0 }}>
        {typing.length > 0 ? `${typing.map(phrase).join(', ')} — check before you send` : present.map(phrase).join(', ')}
      </Text>
    </Group>
  );
}

/** The ticket whose bar is mounted: a leave is sent only if no bar for it came back meanwhile. */
let mountedTicket: string | null = null;

/** Tells the core this agent views the ticket, and types while the reply box receives input. */
function useOwnPresence(ticketId: string): void {
  const state = useRef<PresenceState>('viewing');
  useEffect(() => {
    mountedTicket = ticketId;
    const tell = (next: PresenceState): void => {
      state.current = next;
      void relay().invoke('presence.set', { ticketId, state: next });
    };
    let backToViewing: ReturnType<typeof setTimeout> | null = null;
    // Listening on the document: the composer belongs to another feature and is re-created per ticket.
    const onInput = (event: Event): void => {
      if (!(event.target instanceof Element) || event.target.id !== replyBoxId) return;
      if (state.current !== 'typing') tell('typing');
      if (backToViewing) clearTimeout(backToViewing);
      backToViewing = setTimeout(() => tell('viewing'), TYPING_IDLE_MS);
    };
    tell('viewing');
    const heartbeat = setInterval(() => tell(state.current), HEARTBEAT_MS);
    document.addEventListener('input', onInput, true);
    return () => {
      document.removeEventListener('input', onInput, true);
      clearInterval(heartbeat);
      if (backToViewing) clearTimeout(backToViewing);
      if (mountedTicket === ticketId) mountedTicket = null;
      // A remount (StrictMode, a re-render of the view) re-sends 'viewing' at once; a leave sent
      // now could overtake it on the way to the core and end presence until the next heartbeat.
      setTimeout(() => {
        if (mountedTicket !== ticketId) void relay().invoke('presence.set', { ticketId, state: 'idle' });
      }, 0);
    };
  }, [ticketId]);
}
