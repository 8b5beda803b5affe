import type { z } from 'zod';
import { MutationRejection, uuidv7, type IpcChannel, type IpcOutput, type ipcContract, type MutationName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { getTicketDetail } from '../queries/getTicketDetail';
import { listFailedChanges } from '../queries/listFailedChanges';
import { listTickets } from '../queries/listTickets';
import type { SessionController } from '../session/SessionController';
import type { StatusTracker } from '../status/StatusTracker';
import { runLocalWrite } from '../outbox/runLocalWrite';
import { retryFailedMutation } from '../outbox/retryFailedMutation';
import { IpcFailure } from './IpcFailure';
import { listUrgentExceptions } from './listUrgentExceptions';

export type IpcHandlers = {
  [C in IpcChannel]: (input: z.output<(typeof ipcContract)[C]['input']>) => Promise<IpcOutput<C>>;
};

export interface HandlerContext {
  store: LocalStore;
  session: SessionController;
  status: StatusTracker;
  now: () => number;
}

/** Runs a mutation through the write path as the signed-in agent; returns the mutation id. */
function writeLocally(ctx: HandlerContext, name: MutationName, args: unknown): string {
  const actor = ctx.session.actor();
  if (!actor) throw new IpcFailure('unauthorized', 'Sign in first.');
  const createdAt = ctx.now();
  const envelope = { id: uuidv7(createdAt), name, args, clientId: ctx.store.state.clientId(), createdAt };
  try {
    ctx.session.localWrite(runLocalWrite(ctx.store, envelope, actor));
  } catch (error) {
    if (error instanceof MutationRejection) {
      throw new IpcFailure(error.code === 'invalid_args' ? 'invalid_input' : 'failed', error.message);
    }
    throw error;
  }
  return envelope.id;
}

/** One handler per contract channel; inputs arrive already validated by the dispatcher. */
export function createIpcHandlers(ctx: HandlerContext) {
  return {
    'session.get': async () => ctx.session.view(),
    'session.signIn': async (input) => ctx.session.signIn(input),
    'session.signOut': async () => {
      await ctx.session.signOut();
      return { ok: true as const };
    },
    // Plain-Node hosts (browser mode, tests); the Electron shell answers these two itself.
    'app.info': async () => ({ desktopShell: false, tokenStorage: 'unknown' as const }),
    'app.pendingOpen': async () => null,
    'exceptions.urgent': async () => listUrgentExceptions(ctx.store.db),
    'sync.status': async () => ctx.status.get(),
    'sync.setPaused': async (input) => ctx.session.setPaused(input.paused),
    'sync.failures': async () => listFailedChanges(ctx.store.db),
    'sync.dismissFailure': async (input) => {
      ctx.store.outbox.dismissFailure(input.id);
      ctx.status.set(ctx.store.outbox.counts());
      return { ok: true as const };
    },
    'sync.retryFailure': async (input) => {
      const actor = ctx.session.actor();
      if (!actor) throw new IpcFailure('unauthorized', 'Sign in first.');
      let retried: ReturnType<typeof retryFailedMutation>;
      try {
        retried = retryFailedMutation(ctx.store, input.id, actor, ctx.now());
      } catch (error) {
        if (error instanceof MutationRejection) throw new IpcFailure('failed', `It still cannot be applied: ${error.message}`);
        throw error;
      }
      if (!retried) throw new IpcFailure('invalid_input', 'There is no refused change with this id (already retried or dismissed).');
      ctx.session.localWrite(retried.entities);
      return { mutationId: retried.mutationId };
    },
    'sync.reconnectNow': async () => ctx.session.reconnectNow(),
    'tickets.list': async (input) => listTickets(ctx.store.db, input, ctx.session.actor()?.agentId ?? null),
    'tickets.get': async (input) => getTicketDetail(ctx.store.db, input.id),
    'tickets.update': async (input) => {
      const args = {
        id: input.id,
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
      };
      return { mutationId: writeLocally(ctx, 'ticket.update', args) };
    },
    'messages.send': async (input) => {
      const messageId = uuidv7(ctx.now());
      const mutationId = writeLocally(ctx, 'message.send', { id: messageId, ticketId: input.ticketId, kind: input.kind, body: input.body });
      return { mutationId, messageId };
    },
  } satisfies IpcHandlers;
}
