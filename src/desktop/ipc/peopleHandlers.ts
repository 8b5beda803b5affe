import { z } from 'zod';
import { auditPageSchema, managedAgentSchema, type AgentRow } from '../../core';
import type { peopleChannels } from '../../core/contract/channels/peopleChannels';
import { requestHub } from '../session/requestHub';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';

const OFFLINE = 'Agents and the audit log are managed on the hub: connect to use this page.';
const agentReply = z.object({ agent: managedAgentSchema });
/** Create and change answer the replicated row; `active` is known from what was done. */
const rowReply = z.object({ agent: managedAgentSchema.omit({ active: true }) });

/** Handlers of the people channels (see core/contract/channels/peopleChannels.ts): hub routes, never queued. */
export function createPeopleHandlers(ctx: HandlerContext): FeatureHandlers<typeof peopleChannels> {
  /** The signed-in agent and a caller of hub routes as them; offline (or working offline) fails at once. */
  const hub = (): { me: AgentRow; call: <T>(method: 'GET' | 'POST' | 'PATCH', path: string, schema: z.ZodType<T>, body?: unknown) => Promise<T> } => {
    const access = ctx.session.hubAccess();
    const me = ctx.session.view().agent;
    if (!access || !me) throw new IpcFailure('unauthorized', 'Sign in first.');
    if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', OFFLINE);
    return { me, call: (method, path, schema, body) => requestHub({ ...access, method, path, body }, schema) };
  };
  const adminPath = (me: AgentRow, rest: string): string => {
    if (me.role !== 'admin') throw new IpcFailure('unauthorized', 'Only administrators change agents.');
    return `/api/v1/admin/agents${rest}`;
  };
  return {
    'people.agents': async () => {
      const { me, call } = hub();
      const path = me.role === 'admin' ? '/api/v1/admin/agents' : `/api/v1/teams/${me.teamId}/agents`;
      return (await call('GET', path, z.object({ agents: z.array(managedAgentSchema) }))).agents;
    },
    'people.invite': async (input) => {
      const { me, call } = hub();
      const reply = await call('POST', adminPath(me, ''), rowReply.extend({ initialPassword: z.string().optional() }), input);
      return { agent: { ...reply.agent, active: true }, initialPassword: reply.initialPassword ?? null };
    },
    'people.update': async (input) => {
      const { me, call } = hub();
      const { agent } = await call('PATCH', adminPath(me, `/${input.id}`), rowReply, input.change);
      return { ...agent, active: true };
    },
    'people.deactivate': async (input) => {
      const { me, call } = hub();
      return (await call('POST', adminPath(me, `/${input.id}/deactivate`), agentReply, {})).agent;
    },
    'people.reactivate': async (input) => {
      const { me, call } = hub();
      return (await call('POST', adminPath(me, `/${input.id}/reactivate`), agentReply, {})).agent;
    },
    'people.resetPassword': async (input) => {
      const { me, call } = hub();
      const reply = await call('POST', adminPath(me, `/${input.id}/password`), z.object({ newPassword: z.string() }), {});
      return { newPassword: reply.newPassword };
    },
    'people.signOutEverywhere': async (input) => {
      const { me, call } = hub();
      const reply = await call('POST', adminPath(me, `/${input.id}/sign-out`), z.object({ disconnectedSockets: z.number().int().nonnegative() }), {});
      return { disconnectedSockets: reply.disconnectedSockets };
    },
    'people.auditLog': async (input) => {
      const { me, call } = hub();
      const query = new URLSearchParams(Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
      const base = me.role === 'admin' ? '/api/v1/admin/audit-log' : `/api/v1/teams/${me.teamId}/audit-log`;
      return call('GET', `${base}?${query.toString()}`, auditPageSchema);
    },
  };
}
