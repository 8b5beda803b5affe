import type { ExceptionNotifyResult, IpcInput, IpcReply, RelayBridge } from '../../core';

/**
 * Bulk notify in two steps: the desktop plans it from the replica (`exceptions.notifyPlan`,
 * which writes nothing and says why each skipped exception is skipped), then the plan's args
 * go out as one `exception.notifyCustomers` mutation. The hub applies all or none, so a
 * refusal is every planned exception's reason.
 */
export async function sendExceptionNotices(
  bridge: Pick<RelayBridge, 'invoke'>,
  input: IpcInput<'exceptions.notifyPlan'>,
): Promise<IpcReply<'exceptions.notifyPlan'>> {
  const plan = await bridge.invoke('exceptions.notifyPlan', input);
  if (!plan.ok || plan.data.args === null) return plan;
  const sent = await bridge.invoke('exception.notifyCustomers', plan.data.args);
  if (sent.ok) return plan;
  const refused = (r: ExceptionNotifyResult): ExceptionNotifyResult =>
    r.outcome === 'queued' ? { ...r, outcome: 'skipped', reason: sent.error.message, ticketId: null } : r;
  return { ok: true, data: { args: null, results: plan.data.results.map(refused) } };
}
