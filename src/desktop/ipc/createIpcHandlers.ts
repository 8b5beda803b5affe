import { MutationRejection } from '../../core';
import { recordOpen } from '../prune/recordOpen';
import { getTicketDetail } from '../queries/tickets/getTicketDetail';
import { listFailedChanges } from '../queries/status/listFailedChanges';
import { listTickets } from '../queries/tickets/listTickets';
import { retryFailedMutation } from '../outbox/retryFailedMutation';
import { createReplyHandlers } from './replyHandlers';
import { createCustomerHandlers } from './customerHandlers';
import { createDashboardHandlers } from './dashboardHandlers';
import { createExceptionHandlers } from './exceptionHandlers';
import { fetchTicketOnDemand } from './fetchTicketOnDemand';
import { createHistoryHandlers } from './historyHandlers';
import { createInvoiceHandlers } from './invoiceHandlers';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { IpcHandlers } from './IpcHandlers';
import { createInboxHandlers } from './inboxHandlers';
import { inboxViewer } from './inboxViewer';
import { createKnowledgeHandlers } from './knowledgeHandlers';
import { createMutationHandlers } from './mutationHandlers';
import { createNewTicketHandlers } from './newTicketHandlers';
import { createNoticeHandlers } from './noticeHandlers';
import { listUrgentExceptions } from './listUrgentExceptions';
import { createPeopleHandlers } from './peopleHandlers';
import { createConnectorHandlers } from './connectorHandlers';
import { createPresenceHandlers } from './presenceHandlers';
import { createRoutingHandlers } from './routingHandlers';
import { createDeskSettingsHandlers } from './deskSettingsHandlers';
import { createMacroRoutingSettingsHandlers } from './macroRoutingSettingsHandlers';
import { createGovernanceHandlers } from './governanceHandlers';
import { createAutomationHandlers } from './automationHandlers';
import { createSetupHandlers } from './setupHandlers';
import { createSessionHandlers } from './sessionHandlers';
import { createShipmentActionHandlers } from './shipmentActionHandlers';
import { createReportHandlers } from './reportHandlers';

export type { HandlerContext } from './HandlerContext';
export type { IpcHandlers } from './IpcHandlers';

/** One handler per contract channel; inputs arrive already validated by the dispatcher. */
export function createIpcHandlers(ctx: HandlerContext) {
  return {
    ...createCustomerHandlers(ctx),
    ...createExceptionHandlers(ctx),
    ...createKnowledgeHandlers(ctx),
    ...createDashboardHandlers(ctx),
    ...createPresenceHandlers(ctx),
    ...createInboxHandlers(ctx),
    ...createNewTicketHandlers(ctx),
    ...createHistoryHandlers(ctx),
    ...createInvoiceHandlers(ctx),
    ...createSetupHandlers(ctx),
    ...createNoticeHandlers(ctx),
    ...createReplyHandlers(ctx),
    ...createRoutingHandlers(ctx),
    ...createPeopleHandlers(ctx),
    ...createConnectorHandlers(ctx),
    ...createDeskSettingsHandlers(ctx),
    ...createMacroRoutingSettingsHandlers(ctx),
    ...createGovernanceHandlers(ctx),
    ...createAutomationHandlers(ctx),
    ...createSessionHandlers(ctx),
    ...createShipmentActionHandlers(ctx),
    ...createReportHandlers(ctx),
    ...createMutationHandlers(ctx),
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
    'tickets.list': async (input) => listTickets(ctx.store.db, input, inboxViewer(ctx)),
    // Not in the replica: older than the replication window, so fetch and cache it (offline: a clear 'offline' error).
    'tickets.get': async (input) => {
      recordOpen(ctx.store, 'tickets', input.id, ctx.now());
      return getTicketDetail(ctx.store.db, input.id) ?? ((await fetchTicketOnDemand(ctx, input.id)) ? getTicketDetail(ctx.store.db, input.id) : null);
    },
  } satisfies IpcHandlers;
}
