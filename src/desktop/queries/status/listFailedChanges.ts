import { desc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FailedChange } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { failedMutations, tickets } from '../../db/schema';

const ticketArgs = z.object({
  ticketId: z.string().optional(),
  id: z.string().optional(),
  sourceId: z.string().optional(),
  kind: z.string().optional(),
  body: z.string().optional(),
});

const labels: Record<string, (kind: string | undefined) => string> = {
  'message.send': (kind) => (kind === 'note' ? 'Internal note' : 'Reply'),
  'ticket.update': () => 'Ticket change',
  'ticket.create': () => 'New ticket',
  'ticket.merge': () => 'Merge',
  'ticket.transfer': () => 'Move to another team',
  'exception.update': () => 'Exception change',
  'exception.openTicket': () => 'Ticket for an exception',
  'exception.notifyCustomer': () => 'Customer notification',
  'exception.notifyCustomers': () => 'Customer notifications',
  'article.save': () => 'Knowledge article',
  'shipmentAction.request': () => 'Shipment action for the carrier',
};

/** Which ticket a refused change was about, by mutation (null when it was not about one). */
function ticketOf(name: string, args: z.infer<typeof ticketArgs>): string | undefined {
  if (name === 'message.send' || name === 'exception.openTicket' || name === 'exception.notifyCustomer' || name === 'shipmentAction.request') return args.ticketId;
  if (name === 'ticket.merge') return args.sourceId;
  if (name === 'ticket.update' || name === 'ticket.create' || name === 'ticket.transfer') return args.id;
  return undefined;
}

/** Changes the hub refused, newest first, each described by what it touched. */
export function listFailedChanges(db: ReplicaDb): FailedChange[] {
  const failures = db.select().from(failedMutations).orderBy(desc(failedMutations.failedAt)).all();
  const parsed = failures.map((f) => {
    const args = ticketArgs.safeParse(JSON.parse(f.args));
    const ticketId = args.success ? ticketOf(f.name, args.data) : undefined;
    return {
      failure: f,
      ticketId: ticketId ?? null,
      kind: args.success ? args.data.kind : undefined,
      text: args.success && f.name === 'message.send' ? (args.data.body ?? null) : null,
    };
  });
  const ids = parsed.flatMap((p) => (p.ticketId ? [p.ticketId] : []));
  const known = new Map(
    ids.length === 0
      ? []
      : db.select({ id: tickets.id, number: tickets.number, subject: tickets.subject }).from(tickets).where(inArray(tickets.id, ids)).all().map((t) => [t.id, t]),
  );
  return parsed.map(({ failure, ticketId, kind, text }) => {
    const ticket = ticketId ? known.get(ticketId) : undefined;
    const what = labels[failure.name]?.(kind) ?? failure.name;
    const where = ticket ? ` on #${ticket.number ?? '—'} ${ticket.subject}` : '';
    return {
      id: failure.id,
      summary: `${what}${where}`,
      code: failure.code,
      message: failure.message,
      failedAt: failure.failedAt,
      ticketId: ticket ? ticketId : null,
      text,
    };
  });
}
