import { uuidv7, type Actor, type MessageRow, type TicketRow } from '../src/core';
import { openLocalStore } from '../src/desktop/db/localStore';
import { openReplica } from '../src/desktop/db/openReplica';
import { runLocalWrite } from '../src/desktop/outbox/runLocalWrite';
import { benchBody } from './lib/benchHub';
import { figure, type BenchOutcome } from './lib/Figure';
import { nowMs } from './lib/timer';
import { tempDir } from './lib/tempDir';

const actor: Actor = { agentId: uuidv7(), role: 'agent', teamId: uuidv7() };

function openTicket(now: number): TicketRow {
  return {
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
  return { id: uuidv7(now), ticketId: ticket.id, direction: 'outbound', channel: ticket.channel, authorId: actor.agentId, body: benchBody(i), deliveryStatus: 'queued', createdAt: now };
}

/** Replies through runLocalWrite (mutation + stash + outbox row, one transaction each). */
function appWritePath(path: string, n: number): number {
  const store = openLocalStore(path);
  try {
    const ticket = openTicket(Date.now());
    store.rows.put('tickets', ticket);
    const clientId = uuidv7();
    const warmup = Math.min(50, n);
    const send = (i: number): void => {
      const now = Date.now();
      runLocalWrite(store, { id: uuidv7(now), name: 'message.send', args: { id: uuidv7(now), ticketId: ticket.id, kind: 'reply', body: benchBody(i) }, clientId, createdAt: now }, actor);
    };
    for (let i = 0; i < warmup; i++) send(i);
    const start = nowMs();
    for (let i = 0; i < n; i++) send(i);
    return n / ((nowMs() - start) / 1000);
  } finally {
    store.close();
  }
}

/** The same message rows inserted with a prepared statement: one transaction per row, or all in one. */
function rawInserts(path: string, n: number, oneTransaction: boolean): number {
  const replica = openReplica(path);
  try {
    const ticket = openTicket(Date.now());
    const insert = replica.sqlite.prepare(
      'INSERT INTO messages (id, ticket_id, direction, channel, author_id, body, delivery_status, created_at) ' +
        'VALUES (@id, @ticketId, @direction, @channel, @authorId, @body, @deliveryStatus, @createdAt)',
    );
    const one = replica.sqlite.transaction((row: MessageRow) => insert.run(row));
    const all = replica.sqlite.transaction((rows: MessageRow[]) => {
      for (const row of rows) insert.run(row);
    });
    for (let i = 0; i < Math.min(50, n); i++) one(replyRow(ticket, i, Date.now()));
    // Rows are built inside the timed loop for the per-row case, as the app builds its rows too.
    const start = nowMs();
    if (oneTransaction) all(Array.from({ length: n }, (_, i) => replyRow(ticket, i, Date.now())));
    else for (let i = 0; i < n; i++) one(replyRow(ticket, i, Date.now()));
    return n / ((nowMs() - start) / 1000);
  } finally {
    replica.close();
  }
}

/** Bench 1: the desktop's local write path against raw SQLite inserts on the same kind of file. */
export async function benchLocalWrite(scale: number): Promise<BenchOutcome> {
  const n = Math.round(2000 * scale);
  const dir = tempDir('relay-bench-write-');
  try {
    // Each variant gets a fresh file (same pragmas and schema via openReplica) so none inherits another's size.
    const raw = rawInserts(dir.file('raw.sqlite'), n, false);
    const app = appWritePath(dir.file('app.sqlite'), n);
    const batched = rawInserts(dir.file('batch.sqlite'), n, true);
    const bench = 'local write (WAL, synchronous=FULL)';
    return {
      figures: [
        figure({ bench, measure: `runLocalWrite message.send ×${n}`, value: app, unit: 'ops/s', baseline: 'raw INSERT, 1 tx/row', baselineValue: raw }),
        figure({ bench, measure: `runLocalWrite message.send ×${n}`, value: app, unit: 'ops/s', baseline: 'raw INSERT, all in 1 tx', baselineValue: batched }),
      ],
      details: { n, appOpsPerSec: app, rawPerRowOpsPerSec: raw, rawOneTxOpsPerSec: batched },
    };
  } finally {
    dir.remove();
  }
}
