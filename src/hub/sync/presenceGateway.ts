import type { Server as HttpServer } from 'node:http';
import { eq } from 'drizzle-orm';
import {
  PRESENCE_TTL_MS,
  presenceSetRequestSchema,
  teamScope,
  type Ack,
  type PresenceEntry,
  type PresenceSetResponse,
} from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { parseInput } from '../parseInput';
import { tickets } from '../store/schema';
import type { HubIo, HubSocket } from './HubSocket';
import { presenceLedger, type PresenceBroadcast } from './presenceLedger';
import { requireHello } from './requireHello';

const SWEEP_MS = 5_000;

/**
 * Presence (who views or types on a ticket): `presence:set` from a socket that said hello, for
 * a ticket of a team in its scopes; broadcast as `presence` to that team's room (through the
 * Redis adapter on every node). Held in memory per node and mirrored on `socket.data.presence`
 * so a newcomer learns who is there with `fetchSockets` across nodes. Never stored.
 */
export function presenceGateway(io: HubIo, ctx: HubContext, server: HttpServer): void {
  const ledger = presenceLedger();
  const send = (broadcasts: readonly PresenceBroadcast[], from?: HubSocket): void => {
    for (const b of broadcasts) (from ?? io).to(teamScope(b.teamId)).emit('presence', b.entry);
  };

  // Runs only while this node holds entries, and never keeps the process alive.
  let sweeper: NodeJS.Timeout | null = null;
  const sweep = (): void => {
    const gone = ledger.expire(ctx.now());
    for (const b of gone) forget(io, b.entry.key);
    send(gone);
    if (ledger.size() === 0 && sweeper) {
      clearInterval(sweeper);
      sweeper = null;
    }
  };
  const ensureSweeper = (): void => {
    if (sweeper) return;
    sweeper = setInterval(sweep, SWEEP_MS);
    sweeper.unref();
  };
  server.once('close', () => {
    if (sweeper) clearInterval(sweeper);
    sweeper = null;
  });

  io.on('connection', (socket) => {
    // One at a time per socket: a quick viewing → typing must not land in the opposite order.
    let tail: Promise<void> = Promise.resolve();
    socket.on('presence:set', (raw, ack) => {
      tail = tail.then(() => answer(ctx, ack, async () => {
        const scopes = requireHello(socket);
        const req = parseInput(presenceSetRequestSchema, raw, 'presence');
        if (req.state === 'idle') {
          socket.data.presence = undefined;
          send(ledger.leave(socket.id), socket);
          return { present: null };
        }
        const [ticket] = await ctx.db.select({ teamId: tickets.teamId }).from(tickets).where(eq(tickets.id, req.ticketId));
        if (!ticket || !scopes.includes(teamScope(ticket.teamId))) {
          throw new HubRequestError('forbidden', 'This ticket is not in your teams.');
        }
        if (!socket.connected) return { present: null };
        const now = ctx.now();
        const { broadcasts, joined } = ledger.set(socket.id, socket.data.agentId, req.ticketId, ticket.teamId, req.state, now);
        socket.data.presence = { ticketId: req.ticketId, state: req.state, refreshedAt: now };
        send(broadcasts, socket);
        ensureSweeper();
        return { present: joined ? await presentOn(io, ticket.teamId, req.ticketId, socket.id, now) : null };
      }));
    });
    socket.on('disconnect', () => {
      socket.data.presence = undefined;
      send(ledger.leave(socket.id));
    });
  });
}

/** Who else is on the ticket right now, on every node (socket.data travels with fetchSockets). */
async function presentOn(io: HubIo, teamId: string, ticketId: string, exceptKey: string, now: number): Promise<PresenceEntry[]> {
  const sockets = await io.in(teamScope(teamId)).fetchSockets();
  const present: PresenceEntry[] = [];
  for (const s of sockets) {
    const p = s.data.presence;
    if (s.id === exceptKey || !p || p.ticketId !== ticketId || now - p.refreshedAt >= PRESENCE_TTL_MS) continue;
    present.push({ key: s.id, agentId: s.data.agentId, ticketId, state: p.state });
  }
  return present;
}

function forget(io: HubIo, key: string): void {
  const socket = io.sockets.sockets.get(key);
  if (socket) socket.data.presence = undefined;
}

/** Same ack shape as the sync events: `{ok:true,data}` or `{ok:false,error}`; bugs are logged, not leaked. */
async function answer(ctx: HubContext, ack: Ack<PresenceSetResponse>, work: () => Promise<PresenceSetResponse>): Promise<void> {
  if (typeof ack !== 'function') return;
  try {
    ack({ ok: true, data: await work() });
  } catch (error) {
    if (error instanceof HubRequestError) {
      ack({ ok: false, error: { code: error.code, message: error.message } });
      return;
    }
    ctx.log.error({ err: error }, 'presence request failed');
    ack({ ok: false, error: { code: 'internal', message: 'The hub failed to handle this request; try again later.' } });
  }
}
