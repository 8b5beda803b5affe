import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { actorLabel, erasedText, retentionCutoff, retentionSetting, type Actor, type RetentionRule } from '../../core';
import { blobStoreOf } from '../blobs/blobStoreOf';
import type { HubContext } from '../HubContext';
import { anyOf } from '../store/anyOf';
import { automations, csatResponses, messages, tickets } from '../store/schema';
import { commitChanges } from '../write/commitChanges';
import { commitMutation } from '../write/commitMutation';
import { redactHistory } from './redactHistory';

/** What one rule touched in one run. */
export interface RetentionRuleReport extends RetentionRule {
  touched: { tickets: number; messages: number; csat_responses: number; files: number; changeLogRows: number };
}

/** Tickets per commit: bounded transactions on a big backlog. */
const batch = 200;

/** The tenant's rules (the enabled `governance.retention` automation), or none. */
export async function retentionRulesOf(ctx: Pick<HubContext, 'db'>): Promise<RetentionRule[]> {
  const [row] = await ctx.db.select().from(automations).where(and(eq(automations.trigger, retentionSetting.trigger), eq(automations.enabled, true)));
  const parsed = retentionSetting.configSchema.safeParse(row?.config);
  return parsed.success ? parsed.data.rules : [];
}

/**
 * One retention run: for each rule, the channel's solved or closed tickets solved before the
 * cut-off are anonymised (already anonymised ones are left alone) or deleted with their messages
 * and survey answers, as `retention.apply` in batches, each with its history redacted in the same
 * transaction and audited (`retention.apply`); the run is audited as `governance.retention` with what each rule touched. Files go after each commit.
 */
export async function runRetention(ctx: Pick<HubContext, 'db' | 'lane' | 'now' | 'log' | 'blobs'>, actor: Actor): Promise<RetentionRuleReport[]> {
  const reports: RetentionRuleReport[] = [];
  for (const rule of await retentionRulesOf(ctx)) {
    const touched = { tickets: 0, messages: 0, csat_responses: 0, files: 0, changeLogRows: 0 };
    for (;;) {
      const files = await ctx.lane.transact(async (tx) => {
        const cutoff = retentionCutoff(rule, ctx.now());
        const due = await tx
          .select({ id: tickets.id })
          .from(tickets)
          .where(
            and(
              eq(tickets.channel, rule.channel),
              inArray(tickets.status, ['solved', 'closed']),
              lt(sql`coalesce(${tickets.solvedAt}, ${tickets.updatedAt})`, cutoff),
              rule.action === 'anonymise' ? ne(tickets.subject, erasedText.ticketSubject) : undefined,
            ),
          )
          .orderBy(tickets.id)
          .limit(batch);
        if (due.length === 0) return { value: null, batches: [] };
        const ticketIds = due.map((t) => t.id);
        const thread = await tx.select({ id: messages.id, attachments: messages.attachments }).from(messages).where(anyOf(messages.ticketId, ticketIds));
        const answers = await tx.select({ id: csatResponses.id }).from(csatResponses).where(anyOf(csatResponses.ticketId, ticketIds));
        const history = await redactHistory(tx, { tickets: ticketIds, messages: thread.map((m) => m.id), csat_responses: answers.map((a) => a.id) });
        const keys = [...new Set(thread.flatMap((m) => m.attachments.map((a) => a.storageKey)))];
        const counts = { tickets: ticketIds.length, messages: thread.length, csat_responses: answers.length, files: keys.length, changeLogRows: history.changeLogRows };
        const args = { action: rule.action, ticketIds, messageIds: thread.map((m) => m.id), csatIds: answers.map((a) => a.id) };
        const { batches } = await commitMutation(tx, { name: 'retention.apply', args }, actor, ctx.now(), {
          audit: { action: 'retention.apply', entity: 'tickets', entityId: rule.channel, detail: { rule, touched: counts } },
        });
        for (const [key, n] of Object.entries(counts) as [keyof typeof counts, number][]) touched[key] += n;
        return { value: keys, batches };
      });
      if (files === null) break;
      const blobs = blobStoreOf(ctx);
      for (const key of files) await blobs.delete(key).catch((err: unknown) => ctx.log.error({ err, key }, 'retention: a file could not be deleted'));
    }
    reports.push({ ...rule, touched });
  }
  // The run itself, touched or not: the governance run log lists these.
  await ctx.lane.transact(async (tx) => {
    const detail = { actor: actorLabel(actor), rules: reports };
    const audit = { actorId: actor.kind === 'system' ? null : actor.agentId, action: 'governance.retention', entity: 'tickets', entityId: 'all', detail };
    return { value: null, batches: (await commitChanges(tx, { changes: [], audit: [audit], now: ctx.now() })).batches };
  });
  return reports;
}
