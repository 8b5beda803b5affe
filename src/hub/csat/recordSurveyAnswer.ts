import { and, eq, inArray } from 'drizzle-orm';
import { csatLowScoreSetting, uuidv7, type SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import { agents, automations } from '../store/schema';
import { commitMutation } from '../write/commitMutation';

const surveyActor: SystemActor = { kind: 'system', systemId: 'system:survey' };

export interface SurveyAnswer {
  surveyId: string;
  ticketId: string;
  customerId: string;
  teamId: string;
  score: number;
  comment: string | null;
}

/**
 * Records a customer's answer as `csat.record` by system:survey in one write-lane transaction:
 * the hub looks up what the pure mutation cannot (the enabled low-score automation, the ticket
 * team's active leads, or its admins when it has no lead) and passes them in. Desktops get the answer live.
 */
export async function recordSurveyAnswer(ctx: HubContext, answer: SurveyAnswer): Promise<void> {
  await ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const [low] = await tx
      .select({ id: automations.id })
      .from(automations)
      .where(and(eq(automations.trigger, csatLowScoreSetting.trigger), eq(automations.enabled, true)))
      .limit(1);
    const people = await tx
      .select({ id: agents.id, role: agents.role })
      .from(agents)
      .where(and(eq(agents.teamId, answer.teamId), inArray(agents.role, ['lead', 'admin']), eq(agents.active, true)));
    // The team's leads; a team without one has its admins told instead.
    const leads = people.some((p) => p.role === 'lead') ? people.filter((p) => p.role === 'lead') : people;
    const args = {
      responseId: answer.surveyId,
      ticketId: answer.ticketId,
      customerId: answer.customerId,
      score: answer.score,
      comment: answer.comment,
      lowScoreAutomationId: low?.id ?? null,
      leadIds: leads.slice(0, 20).map((l) => l.id),
      noteId: uuidv7(now),
    };
    const committed = await commitMutation(tx, { name: 'csat.record', args }, surveyActor, now);
    return { value: null, batches: committed.batches };
  });
}
