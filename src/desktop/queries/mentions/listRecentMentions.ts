import { desc, eq, sql } from 'drizzle-orm';
import type { RecentMention } from '../../../core/contract/channels/mentionChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, messages, tickets } from '../../db/schema';

/** The newest messages whose `mentions` name the agent (json_each over the stored ids). */
export function listRecentMentions(db: ReplicaDb, agentId: string | null): RecentMention[] {
  if (!agentId) return [];
  return db
    .select({
      messageId: messages.id,
      ticketId: messages.ticketId,
      ticketNumber: tickets.number,
      subject: tickets.subject,
      authorName: agents.name,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(tickets, eq(tickets.id, messages.ticketId))
    .leftJoin(agents, eq(agents.id, messages.authorId))
    .where(sql`exists (select 1 from json_each(${messages.mentions}) j where j.value = ${agentId})`)
    .orderBy(desc(messages.createdAt))
    .limit(50)
    .all()
    .map(({ body, ...m }) => ({ ...m, preview: body.replace(/\s+/g, ' ').slice(0, 140) }));
}
