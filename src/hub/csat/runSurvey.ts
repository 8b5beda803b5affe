import { and, eq, max } from 'drizzle-orm';
import { csatSurveySetting, decideSurvey, MutationRejection, uuidv7, type LiveChanges, type SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import { loadCustomerReach } from '../rules/loadCustomerReach';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { automations, csatSurveys } from '../store/schema';
import { commitChanges } from '../write/commitChanges';
import { commitMutation } from '../write/commitMutation';

const rulesActor: SystemActor = { kind: 'system', systemId: 'system:rules' };

/**
 * Takes one due survey inside the caller's write-lane transaction: decided again now (core's
 * decideSurvey: reopened, merged, consent, address, the customer's cooldown, quiet hours), then
 * sent as `csat.requestSurvey` by system:rules with signed links, put off, or skipped with the
 * reason audited (`options.now`: a rule asked for it, the delay is not waited for). Only a `scheduled` row is taken, so a survey is acted on once across nodes
 * (the write lane's global lock serialises them). Without links (no address yet) it waits.
 */
export async function runSurvey(ctx: HubContext, tx: HubTx, id: string, now: number, options: { now?: boolean } = {}): Promise<LiveChanges[]> {
  const links = ctx.surveyLinks;
  const [survey] = await tx.select().from(csatSurveys).where(and(eq(csatSurveys.id, id), eq(csatSurveys.status, 'scheduled')));
  if (!survey || !links || survey.dueAt > now) return [];
  const ticket = await loadRow(tx, 'tickets', survey.ticketId);
  const customer = ticket ? await loadRow(tx, 'customers', ticket.customerId) : undefined;
  const skip = async (reason: string): Promise<LiveChanges[]> => {
    await tx.update(csatSurveys).set({ status: 'skipped', skipReason: reason }).where(eq(csatSurveys.id, id));
    const audit = [{ actorId: null, action: 'csat.survey_skipped', entity: 'tickets', entityId: survey.ticketId, detail: { surveyId: id, reason } }];
    return (await commitChanges(tx, { changes: [], audit, now })).batches;
  };
  if (!ticket || !customer) return skip('ticket_gone');
  const setting = csatSurveySetting.timing(await tx.select().from(automations).where(eq(automations.trigger, csatSurveySetting.trigger)));
  // A ticket rule's "send survey" asks for it now: no waiting for the delay (consent, cooldown and quiet hours still hold).
  const timing = setting && options.now ? { ...setting, delayMs: 0 } : setting;
  const reach = await loadCustomerReach(tx, [customer], now);
  const [last] = await tx
    .select({ at: max(csatSurveys.sentAt) })
    .from(csatSurveys)
    .where(and(eq(csatSurveys.customerId, customer.id), eq(csatSurveys.status, 'sent')));
  const decision = decideSurvey({
    ticket,
    timing,
    preferences: customer.preferences,
    reachable: reach.reachable.get(customer.id) ?? new Set(),
    lastSurveyAt: last?.at ?? null,
    now,
  });
  if (decision.action === 'skip') return skip(decision.reason);
  if (decision.action === 'defer') {
    await tx.update(csatSurveys).set({ dueAt: decision.until }).where(eq(csatSurveys.id, id));
    return [];
  }
  const claim = { surveyId: id, ticketId: ticket.id, expiresAt: decision.expiresAt };
  const messageId = uuidv7(now);
  const args = { surveyId: id, ticketId: ticket.id, customerId: customer.id, messageId, channel: decision.channel, links: links.linksFor(claim, decision.channel), expiresAt: decision.expiresAt };
  try {
    const committed = await commitMutation(tx, { name: 'csat.requestSurvey', args }, rulesActor, now);
    await tx
      .update(csatSurveys)
      .set({ status: 'sent', customerId: customer.id, channel: decision.channel, messageId, sentAt: now, expiresAt: decision.expiresAt })
      .where(eq(csatSurveys.id, id));
    return committed.batches;
  } catch (err) {
    // apply() refused before writing anything: the transaction is intact.
    if (err instanceof MutationRejection) return skip(`refused: ${err.message}`);
    throw err;
  }
}
