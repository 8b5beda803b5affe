import { messageRowDefaults, ticketRowDefaults, uuidv7, type AgentActor, type MessageRow, type TicketRow } from '../src/core';
import { openLocalStore } from '../src/desktop/db/localStore';
import { openReplica } from '../src/desktop/db/openReplica';
import { runLocalWrite } from '../src/desktop/outbox/runLocalWrite';
import { benchBody } from './lib/benchHub';
import { figure, type BenchOutcome } from './lib/Figure';
import { nowMs } from './lib/timer';
import { tempDir } from './lib/tempDir';

const actor: AgentActor = { agentId: uuidv7(), role: 'agent', teamId: uuidv7() };
const ROUNDS = 5;

function openTicket(now: number): TicketRow {
  return {
    ...ticketRowDefaults(),
    id: uuidv7(now),
    number: 1001,
    subject: 'Pallet 3 of 5 missing',
    customerId: uuidv7(now),
    teamId: actor.teamId,
    assigneeId: actor.agentId,
    channel: 'email',
    status: 'open',
    priority: 'normal',
    createdAt: now,
    updatedAt: now,
    lastMessageAt: now,
  };
}

/** The row message.send writes for a reply, so the baseline inserts exactly what the app does. */
function replyRow(ticket: TicketRow, i: number, now: number): MessageRow {
  return { ...messageRowDefaults(), id: uuidv7(now), ticketId: ticket.id, direction: 'outbound', channel: ticket.channel, authorId: actor.agentId, body: benchBody(i), deliveryStatus: 'queued', createdAt: now };
}

/** One contender: writes `count` replies and says how long that took (ms); `close` releases its file. */
interface Writer {
  write(count: number): number;
  close(): void;
}

/** Replies through runLocalWrite (mutation + stash + outbox row, one transaction each). */
function appWriter(path: string): Writer {
  const store = openLocalStore(path);
  const ticket = openTicket(Date.now());
  store.rows.put('tickets', ticket);
  const clientId = uuidv7();
  return {
    write(count) {
      const start = nowMs();
      for (let i = 0; i < count; i++) {
        const now = Date.now();
        const args = { id: uuidv7(now), ticketId: ticket.id, kind: 'reply', body: benchBody(i) };
        runLocalWrite(store, { id: uuidv7(now), name: 'message.send', args, clientId, createdAt: now }, actor);
      }
      return nowMs() - start;
    },
    close: () => store.close(),
  };
}

/** The same message rows inserted with a prepared statement: one transaction per row, or all in one. */
function rawWriter(path: string, oneTransaction: boolean): Writer {
  const replica = openReplica(path);
  const ticket = openTicket(Date.now());
  const insert = replica.sqlite.prepare(
    'INSERT INTO messages (id, ticket_id, direction, channel, author_id, body, delivery_status, created_at) ' +
      'VALUES (@id, @ticketId, @direction, @channel, @authorId, @body, @deliveryStatus, @createdAt)',
  );
  const one = replica.sqlite.transaction((row: MessageRow) => insert.run(row));
  const all = replica.sqlite.transaction((rows: MessageRow[]) => {
    for (const row of rows) insert.run(row);
  });
  return {
    write(count) {
      // Rows are built inside the timed section, as the app builds its rows too.
      const start = nowMs();
      if (oneTransaction) all(Array.from({ length: count }, (_, i) => replyRow(ticket, i, Date.now())));
      else for (let i = 0; i < count; i++) one(replyRow(ticket, i, Date.now()));
      return nowMs() - start;
    },
    close: () => replica.close(),
  };
}

/** Bench 1: the desktop's local write path against raw SQLite inserts on the same kind of file. */
export async function benchLocalWrite(scale: number): Promise<BenchOutcome> {
  const n = Math.max(ROUNDS, Math.round(2000 * scale));
  const perRound = Math.ceil(n / ROUNDS);
  const dir = tempDir('relay-bench-write-');
  // Each contender has its own file (same pragmas and schema via openReplica).
  const writers = { app: appWriter(dir.file('app.sqlite')), raw: rawWriter(dir.file('raw.sqlite'), false), batch: rawWriter(dir.file('batch.sqlite'), true) };
  try {
    const ms = { app: 0, raw: 0, batch: 0 };
    const rounds: Array<Record<string, number>> = [];
    const order = ['app', 'raw', 'batch'] as const;
    for (const name of order) writers[name].write(50);
    // Interleaved rounds, rotating who goes first, so a burst of disk noise from other processes hits all three alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < order.length; k++) {
        const name = order[(round + k) % order.length] ?? 'app';
        const elapsed = writers[name].write(perRound);
        ms[name] += elapsed;
        (rounds[round] ??= {})[`${name}OpsPerSec`] = perRound / (elapsed / 1000);
      }
    }
    const total = perRound * ROUNDS;
    const rate = (elapsed: number): number => total / (elapsed / 1000);
    const [app, raw, batched] = [rate(ms.app), rate(ms.raw), rate(ms.batch)];
    const bench = 'local write (WAL, synchronous=FULL)';
    const measure = `runLocalWrite message.send ×${total}`;
    return {
      figures: [
        figure({ bench, measure, value: app, unit: 'ops/s', baseline: 'raw INSERT, 1 tx/row', baselineValue: raw }),
        figure({ bench, measure, value: app, unit: 'ops/s', baseline: 'raw INSERT, all in 1 tx', baselineValue: batched }),
      ],
      details: { n: total, rounds: ROUNDS, appOpsPerSec: app, rawPerRowOpsPerSec: raw, rawOneTxOpsPerSec: batched, perRound: rounds },
    };
  } finally {
    for (const w of Object.values(writers)) w.close();
    dir.remove();
  }
}
