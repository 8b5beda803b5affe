import { z } from 'zod';
import { auditPageSchema, retentionRuleSchema, retentionSetting } from '../../core';
import type { governanceChannels } from '../../core/contract/channels/governanceChannels';
import { requestHub } from '../session/requestHub';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';

const OFFLINE = 'Data governance runs on the hub: connect to use this page.';
const touched = z.record(z.string(), z.number());

/** Handlers of the governance channels (core/contract/channels/governanceChannels.ts): admin hub routes, never queued. */
export function createGovernanceHandlers(ctx: HandlerContext): FeatureHandlers<typeof governanceChannels> {
  const call = <T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> => {
    const access = ctx.session.hubAccess();
    const me = ctx.session.view().agent;
    if (!access || !me) throw new IpcFailure('unauthorized', 'Sign in first.');
    if (me.role !== 'admin') throw new IpcFailure('unauthorized', 'Only administrators manage data governance.');
    if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', OFFLINE);
    return requestHub({ ...access, method, path: `/api/v1/admin${path}`, body }, schema);
  };
  return {
    'governance.erase': async ({ customerId, confirmName }) =>
      (await call('POST', `/customers/${customerId}/erase`, z.object({ erasure: z.object({ touched }) }), { confirmName })).erasure,
    'governance.export': async ({ customerId }) => {
      const data = await call('GET', `/customers/${customerId}/export`, z.record(z.string(), z.unknown()));
      return { filename: `customer-${customerId}.json`, json: JSON.stringify(data, null, 2) };
    },
    'governance.retention': async () => call('GET', '/retention', retentionSetting.configSchema),
    'governance.saveRetention': async (input) => call('POST', '/retention', retentionSetting.configSchema, input),
    'governance.runRetention': async () => call('POST', '/retention/run', z.object({ rules: z.array(retentionRuleSchema.extend({ touched })) })),
    'governance.runs': async () => call('GET', '/governance/runs', auditPageSchema),
  };
}
