import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  PRESENCE_REFRESH_MS,
  presenceEntrySchema,
  presenceSetResponseSchema,
  type PresenceEntry,
  type PresenceState,
} from '../../core';
import type { Logger } from '../log/Logger';
import { PresenceBook } from './PresenceBook';
import type { PresenceLink } from './PresenceLink';

/** The renderer repeats presence.set while a ticket is open; past this silence the window is gone. */
const RENDERER_SILENCE_MS = 90_000;
const ACK_TIMEOUT_MS = 10_000;
const EXPIRE_EVERY_MS = 5_000;

const ackSchema = z.union([
  z.object({ ok: z.literal(true), data: presenceSetResponseSchema }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

export interface PresenceRelayOptions {
  /** Presence on this ticket changed (the `presence.changed` event). */
  changed(ticketId: string): void;
  now(): number;
  log: Logger;
}

/**
 * The desktop side of presence: relays the agent's state on the open ticket to the hub
 * (refreshing it while the window keeps asking, re-sending it after a reconnect) and keeps
 * what it hears about others in a PresenceBook. Offline it knows nobody.
 */
export class PresenceRelay implements PresenceLink {
  private readonly book = new PresenceBook();
  private own: { ticketId: string; state: Exclude<PresenceState, 'idle'>; askedAt: number } | null = null;
  private socket: Socket | null = null;
  private readonly listening = new WeakSet<Socket>();
  private refreshTimer: NodeJS.Timeout | null = null;
  private expireTimer: NodeJS.Timeout | null = null;
  /** An older hub refuses the event (and closes the socket): stop asking it until restart. */
  private hubLacksPresence = false;

  constructor(private readonly options: PresenceRelayOptions) {}

  /** The renderer's presence.set; true when it went to the hub now. */
  set(ticketId: string, state: PresenceState): boolean {
    if (state === 'idle') {
      // A late 'idle' for a ticket already left must not end presence on the one now open.
      if (this.own?.ticketId !== ticketId) return false;
      this.own = null;
    } else {
      this.own = { ticketId, state, askedAt: this.options.now() };
    }
    this.ensureTimers();
    return this.send(ticketId, state);
  }

  /** Live entries of other sockets on the ticket (the agent's own other desktops included). */
  on(ticketId: string): PresenceEntry[] {
    return this.book.on(ticketId, this.options.now());
  }

  connected(socket: Socket): void {
    this.socket = socket;
    if (!this.listening.has(socket)) {
      this.listening.add(socket);
      socket.on('presence', (raw: unknown) => this.hear(raw));
    }
    if (this.own) this.send(this.own.ticketId, this.own.state);
    this.ensureTimers();
  }

  disconnected(): void {
    this.socket = null;
    this.announce(this.book.clear());
  }

  close(): void {
    this.disconnected();
    this.own = null;
    this.ensureTimers();
  }

  private hear(raw: unknown): void {
    const parsed = presenceEntrySchema.safeParse(raw);
    if (!parsed.success || !this.socket) return;
    // Our own socket's entries never come back (the hub excludes the sender), other desktops' do.
    this.announce(this.book.receive(parsed.data, this.options.now()));
    this.ensureTimers();
  }

  private send(ticketId: string, state: PresenceState): boolean {
    const socket = this.socket;
    if (!socket?.connected || this.hubLacksPresence) return false;
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('presence:set', { ticketId, state })
      .then((reply: unknown) => {
        const ack = ackSchema.safeParse(reply);
        if (!ack.success) return this.options.log('presence: unexpected reply from the hub', reply);
        if (!ack.data.ok) {
          if (ack.data.error.code === 'forbidden' && ack.data.error.message.includes('is not allowed')) this.hubLacksPresence = true;
          return this.options.log(`presence refused: ${ack.data.error.message}`);
        }
        const present = ack.data.data.present;
        if (present && this.socket === socket) this.announce(this.book.replace(ticketId, present, this.options.now()));
        this.ensureTimers();
      })
      .catch((error: unknown) => {
        // Offline or slow: the next refresh or reconnect sends it again.
        if (this.socket === socket) this.options.log('presence: no answer from the hub', error);
      });
    return true;
  }

  private refresh(): void {
    const own = this.own;
    if (!own) return;
    if (this.options.now() - own.askedAt >= RENDERER_SILENCE_MS) {
      this.own = null;
      this.send(own.ticketId, 'idle');
      return;
    }
    this.send(own.ticketId, own.state);
  }

  private announce(ticketIds: readonly string[]): void {
    for (const ticketId of ticketIds) this.options.changed(ticketId);
  }

  /** Timers run only while there is something to refresh or expire, and never hold the process. */
  private ensureTimers(): void {
    const wantRefresh = this.own !== null;
    if (wantRefresh && !this.refreshTimer) {
      this.refreshTimer = setInterval(() => this.refresh(), PRESENCE_REFRESH_MS);
      this.refreshTimer.unref();
    } else if (!wantRefresh && this.refreshTimer) {
      clearInterval(this.refreshTimer);
      this.refreshTimer = null;
    }
    const wantExpire = this.book.size > 0;
    if (wantExpire && !this.expireTimer) {
      this.expireTimer = setInterval(() => {
        this.announce(this.book.expire(this.options.now()));
        this.ensureTimers();
      }, EXPIRE_EVERY_MS);
      this.expireTimer.unref();
    } else if (!wantExpire && this.expireTimer) {
      clearInterval(this.expireTimer);
      this.expireTimer = null;
    }
  }
}
