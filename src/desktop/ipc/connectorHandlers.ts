import { z } from 'zod';
import { carrierConnectorViewSchema } from '../../core';
import type { connectorChannels } from '../../core/contract/channels/connectorChannels';
import { requestHub } from '../session/requestHub';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';

const OFFLINE = 'Carrier connectors are managed on the hub: connect to use this page.';

/** Handlers of the connector channels (core/contract/channels/connectorChannels.ts): admin hub routes, never queued. */
export function createConnectorHandlers(ctx: HandlerContext): FeatureHandlers<typeof connectorChannels> {
  /** A caller of the hub as the signed-in admin; offline (or working offline) fails at once. */
  const hub = <T>(method: 'GET' | 'PUT', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> => {
    const access = ctx.session.hubAccess();
    const me = ctx.session.view().agent;
    if (!access || !me) throw new IpcFailure('unauthorized', 'Sign in first.');
    if (me.role !== 'admin') throw new IpcFailure('unauthorized', 'Only administrators manage carrier connectors.');
    if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', OFFLINE);
    return requestHub({ ...access, method, path, body }, schema);
  };
  return {
    'connectors.list': async () => (await hub('GET', '/api/v1/admin/connectors', z.object({ connectors: z.array(carrierConnectorViewSchema) }))).connectors,
    'connectors.save': async ({ carrier, connector }) =>
      (await hub('PUT', `/api/v1/admin/connectors/${encodeURIComponent(carrier)}`, z.object({ connector: z.object({ carrier: z.string(), enabled: z.boolean() }) }), connector)).connector,
  };
}
