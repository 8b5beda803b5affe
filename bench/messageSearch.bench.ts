import { statSync } from 'node:fs';
import { uuidv7 } from '../src/core';
import { openLocalStore } from '../src/desktop/db/localStore';
import { searchMessages } from '../src/desktop/queries/messages/searchMessages';
import { figure, type BenchOutcome } from './lib/Figure';
import { summarize } from './lib/stats';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';

// Support-mail vocabulary: a few very common words (every third message says "parcel"), many rarer ones.
const common = ['parcel', 'delivery', 'order', 'please', 'thanks', 'tracking', 'hello', 'today', 'shipment', 'address'];
const rare = ('pallet damaged customs invoice refund broken missing label driver depot warehouse courier weekend neighbour signature ' +
  'photo carton vase fridge returned rerouted duties paperwork insurance claim voucher pickup locker collection postcode landing forklift ' +
  'tailgate crate freight reefer container seal manifest incoterms broker clearance hold delay storm strike reschedule saturday evening').split(' ');

/** A deterministic pseudo-random source, so every run indexes the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const ups = (n: number) => `1Z${String(n).padStart(6, '0')}AA${String(n * 7919).padStart(10, '0')}`;

function body(r: () => number, i: number): string {
  const words: string[] = [];
  const length = 12 + Math.floor(r() * 40);
  for (let w = 0; w < length; w++) words.push(r() < 0.35 ? pick(r, common) : pick(r, rare));
  // Every message names a tracking or order number of its own, as real threads do.
  words.splice(Math.floor(r() * words.length), 0, i % 2 === 0 ? ups(i) : `SO-${100000 + i}`);
  return words.join(' ');
}

/**
 * Full-text search inside messages (FTS5 messages_fts, `searchMessages` exactly as the inbox
 * calls it: ranked by bm25, highlighted subject and snippet, joined to ticket and customer) on a
 * replica of N messages. Queries: a tracking number, an order number with a dash, a rare word, two
 * words, a common word typed as a prefix. Baseline: `body LIKE '%number%'` over the same messages
 * (what finding a number inside messages costs without the index), fewer samples (it scans).
 */
export async function benchMessageSearch(scale: number): Promise<BenchOutcome> {
  const dir = tempDir('relay-bench-search-');
  try {
    const n = Math.max(1000, Math.round(1_000_000 * scale));
    const path = dir.file('replica.sqlite');
    const store = openLocalStore(path);
    const r = rng(42);
    const now = Date.UTC(2026, 11, 1);
    const buildStart = nowMs();
    const customers = Array.from({ length: 1000 }, (_, i) => ({ id: uuidv7(now - i), name: `Customer ${i}` }));
    const tickets = Array.from({ length: Math.ceil(n / 8) }, (_, i) => uuidv7(now - i));
    const insertCustomer = store.sqlite.prepare(
      `INSERT INTO customers (id, name, email, phone, kind, tier, created_at, updated_at) VALUES (?, ?, NULL, NULL, 'b2c', 'standard', ?, ?)`,
    );
    const insertTicket = store.sqlite.prepare(
      `INSERT INTO tickets (id, number, subject, customer_id, team_id, channel, status, priority, created_at, updated_at, last_message_at)
       VALUES (?, ?, ?, ?, ?, 'email', 'open', 'normal', ?, ?, ?)`,
    );
    const insertMessage = store.sqlite.prepare(
      `INSERT INTO messages (id, ticket_id, direction, channel, subject, body, delivery_status, created_at) VALUES (?, ?, 'inbound', 'email', ?, ?, 'received', ?)`,
    );
    const team = uuidv7(now);
    store.sqlite.transaction(() => {
      for (const c of customers) insertCustomer.run(c.id, c.name, now, now);
      tickets.forEach((id, i) => insertTicket.run(id, 1000 + i, `${pick(r, rare)} ${pick(r, common)} question`, pick(r, customers).id, team, now, now, now));
    })();
    // Messages in chunks: one transaction of a million rows would hold the whole WAL.
    for (let start = 0; start < n; start += 50_000) {
      store.sqlite.transaction(() => {
        for (let i = start; i < Math.min(n, start + 50_000); i++) {
          insertMessage.run(uuidv7(now - n + i), tickets[i % tickets.length]!, i % 8 === 0 ? `Re: ${pick(r, rare)} ${pick(r, common)}` : null, body(r, i), now - n + i);
        }
      })();
    }
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const buildMs = nowMs() - buildStart;
    const fileMb = statSync(path).size / 2 ** 20;

    const kinds = {
      tracking: (i: number) => ups((i * 7717) % n - ((i * 7717) % n) % 2),
      order: (i: number) => `SO-${100000 + (((i * 7717) % n) | 1)}`,
      rareWord: (i: number) => pick(rng(i), rare),
      twoWords: (i: number) => `${pick(rng(i), rare)} ${pick(rng(i + 1), rare)}`,
      commonPrefix: (i: number) => pick(rng(i), common).slice(0, 5),
    };
    for (let i = 0; i < 20; i++) searchMessages(store, kinds.tracking(i), 20); // warm-up
    const byKind: Record<string, ReturnType<typeof summarize>> = {};
    const all: number[] = [];
    let hits = 0;
    for (const [kind, make] of Object.entries(kinds)) {
      const samples: number[] = [];
      for (let i = 0; i < 60; i++) {
        const q = make(i + 100);
        const t = nowMs();
        hits += searchMessages(store, q, 20).length;
        samples.push(nowMs() - t);
      }
      byKind[kind] = summarize(samples);
      all.push(...samples);
    }
    const like = store.sqlite.prepare(`SELECT id FROM messages WHERE body LIKE ? LIMIT 20`);
    const likeSamples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = nowMs();
      like.all(`%${kinds.tracking(i + 100)}%`);
      likeSamples.push(nowMs() - t);
    }
    store.close();
    const fts = summarize(all);
    const scan = summarize(likeSamples);
    const baseline = `LIKE '%number%' over the same ${n.toLocaleString()} bodies`;
    return {
      figures: [
        figure({ bench: 'search', measure: `message search p50 (${n.toLocaleString()} messages)`, value: fts.p50, unit: 'ms', baseline, baselineValue: scan.p50 }),
        figure({ bench: 'search', measure: `message search p95 (${n.toLocaleString()} messages; target ≤ 20 ms)`, value: fts.p95, unit: 'ms', baseline, baselineValue: scan.p95 }),
      ],
      details: { messages: n, tickets: tickets.length, buildMs, fileMb, byKind, fts, likeScan: scan, hitsReturned: hits },
    };
  } finally {
    dir.remove();
  }
}
