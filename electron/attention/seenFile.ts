import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SeenTimes } from './AttentionWatcher';

const seenSchema = z.object({ version: z.literal(1), seen: z.record(z.uuid(), z.number().int().nonnegative()) });
/** Enough for every ticket an agent touches in months; the oldest marks go first. */
const MAX_ENTRIES = 5000;

/**
 * When I last opened each ticket (`<userData>/seen-tickets.json`), so the unread count
 * survives a restart. A damaged file starts empty (logged): the worst case is a badge too high.
 */
export function seenFile(path: string, log: (message: string) => void): SeenTimes {
  const seen = new Map<string, number>();
  try {
    const parsed = seenSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) for (const [id, at] of Object.entries(parsed.data.seen)) seen.set(id, at);
    else log(`ignoring ${path}: not a seen-tickets file`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`ignoring ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    all: () => seen,
    mark(ticketId, at) {
      if (!z.uuid().safeParse(ticketId).success) return;
      seen.delete(ticketId);
      seen.set(ticketId, at);
      while (seen.size > MAX_ENTRIES) seen.delete(seen.keys().next().value!);
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(`${path}.tmp`, JSON.stringify({ version: 1, seen: Object.fromEntries(seen) }));
        renameSync(`${path}.tmp`, path);
      } catch (error) {
        log(`could not save ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
