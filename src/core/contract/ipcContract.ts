import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { agentRowSchema, customerRowSchema, messageRowSchema, ticketRowSchema } from '../domain/rows';
import { entityNameSchema } from '../domain/entities';
import { exceptionSeveritySchema, exceptionStatusSchema, exceptionTypeSchema } from '../logistics/exceptionKinds';
import { shipmentStatusSchema } from '../logistics/trackingStatus';
import { syncStatusSchema } from './syncStatus';
import { customerChannels } from './channels/customerChannels';
import { dashboardChannels } from './channels/dashboardChannels';
import { exceptionChannels } from './channels/exceptionChannels';
import { knowledgeChannels } from './channels/knowledgeChannels';
import { presenceChannels } from './channels/presenceChannels';
import { inboxChannels } from './channels/inboxChannels';
import { newTicketChannels } from './channels/newTicketChannels';
import { historyChannels } from './channels/historyChannels';
import { setupChannels } from './channels/setupChannels';
import { sessionChannels } from './channels/sessionChannels';
import { noticeChannels } from './channels/noticeChannels';
import { attachmentChannels } from './channels/attachmentChannels';
import { accountChannels } from './channels/accountChannels';
import { mentionChannels } from './channels/mentionChannels';
import { shipmentActionChannels } from './channels/shipmentActionChannels';
import { routingChannels } from './channels/routingChannels';
import { peopleChannels } from './channels/peopleChannels';
import { connectorChannels } from './channels/connectorChannels';
import { deskSettingsChannels } from './channels/deskSettingsChannels';
import { macroSettingsChannels } from './channels/macroSettingsChannels';
import { routingSettingsChannels } from './channels/routingSettingsChannels';
import { governanceChannels } from './channels/governanceChannels';
import { automationChannels } from './channels/automationChannels';
import { mutationChannels } from './channels/mutationChannels';
import { invoiceChannels } from './channels/invoiceChannels';
import { reportChannels } from './channels/reportChannels';
import { ticketFilterSchema, ticketSortSchema } from './ticketQuerySchemas';

export const ticketListItemSchema = ticketRowSchema.extend({
  customerName: z.string(),
  assigneeName: z.string().nullable(),
  lastMessagePreview: z.string(),
  messageCount: z.number().int(),
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

export const threadMessageSchema = messageRowSchema.extend({
  authorName: z.string().nullable(),
  /** True while the hub has not yet confirmed this message. */
  pending: z.boolean(),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

/** Another ticket as the ticket view names it (merge links). */
export const ticketRefSchema = z.object({ id: idSchema, number: z.number().int().nullable(), subject: z.string() });
export type TicketRef = z.infer<typeof ticketRefSchema>;

export const ticketDetailSchema = z.object({
  ticket: ticketRowSchema,
  customer: customerRowSchema.nullable(),
  assignee: agentRowSchema.nullable(),
  /** The thread, with the messages of duplicates merged into this ticket (their ticketId tells which). */
  messages: z.array(threadMessageSchema),
  /** Agents of the ticket's team: who it can be assigned to. */
  teamAgents: z.array(agentRowSchema).default(() => []),
  /** Set when this ticket is a duplicate merged into another. */
  mergedInto: ticketRefSchema.nullable().default(null),
  /** Duplicates merged into this ticket. */
  mergedFrom: z.array(ticketRefSchema).default(() => []),
  /** The linked order and shipment, when in the replica. */
  order: z.object({ id: idSchema, number: z.string(), status: z.string() }).nullable().default(null),
  shipment: z.object({ id: idSchema, carrier: z.string(), trackingNumber: z.string(), status: shipmentStatusSchema }).nullable().default(null),
  /** The customer's satisfaction answer (csat_responses), when they gave one. */
  csat: z.object({ score: z.number().int().min(1).max(5), comment: z.string().nullable(), createdAt: z.number() }).nullable().default(null),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

/** A local change the hub refused: what it was, and why, in words the agent can act on. */
export const failedChangeSchema = z.object({
  id: idSchema,
  /** e.g. "Reply on #1001 Pallet 3 of 5 missing". */
  summary: z.string(),
  code: z.string(),
  message: z.string(),
  failedAt: z.number(),
  ticketId: idSchema.nullable(),
  /** The words of a refused reply or note, so the agent can reuse them; null for other changes. */
  text: z.string().nullable(),
});
export type FailedChange = z.infer<typeof failedChangeSchema>;

export { fieldFilterSchema, ticketFilterSchema, ticketSortSchema, ticketViewSchema } from './ticketQuerySchemas';
export type { FieldFilter, TicketFilter, TicketSort } from './ticketQuerySchemas';

/** Something the desktop shell asks the window to show: from a deep link or a notification click. */
export const openTargetSchema = z.object({ kind: z.enum(['ticket', 'customer', 'exception']), id: idSchema });
export type OpenTarget = z.infer<typeof openTargetSchema>;

/** An open high/critical exception in the replica, as the desktop shell's notifications need it. */
export const urgentExceptionSchema = z.object({
  id: idSchema,
  type: exceptionTypeSchema,
  severity: exceptionSeveritySchema,
  status: exceptionStatusSchema,
  ticketId: idSchema.nullable(),
  customerId: idSchema,
  customerName: z.string(),
  detectedAt: z.number(),
});
export type UrgentException = z.infer<typeof urgentExceptionSchema>;

/**
 * Where the hub session token is kept. os_encrypted: the OS keychain; plain_text: a file
 * without OS encryption (Linux without a keyring); not_persisted: memory only, sign in at
 * every start; unknown: the host does not say (plain Node).
 */
export const tokenStorageSchema = z.enum(['os_encrypted', 'plain_text', 'not_persisted', 'unknown']);
export type TokenStorage = z.infer<typeof tokenStorageSchema>;

export const appInfoSchema = z.object({
  /** True inside the Electron desktop app (false in browser mode and tests). */
  desktopShell: z.boolean(),
  tokenStorage: tokenStorageSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;
export type { TicketView } from './ticketQuerySchemas';

/**
 * The API the renderer calls, `domain.verb` → input and output schemas (writes are the
 * mutations' own names, e.g. `ticket.update`). The main process
 * (or the browser bridge) validates every input; the preload allows only these channels.
 */
export const ipcContract = {
  ...sessionChannels,
  /** Answered by the host: the Electron shell overrides the desktop core's plain-Node answer. */
  'app.info': { input: z.object({}), output: appInfoSchema },
  /** The item a deep link asked for before the window could show it (taken once), else null. */
  'app.pendingOpen': { input: z.object({}), output: openTargetSchema.nullable() },
  /** Open high and critical exceptions of the teams in this replica, newest first (at most 200). */
  'exceptions.urgent': { input: z.object({}), output: z.array(urgentExceptionSchema) },
  'sync.status': { input: z.object({}), output: syncStatusSchema },
  'sync.setPaused': { input: z.object({ paused: z.boolean() }), output: syncStatusSchema },
  'sync.failures': { input: z.object({}), output: z.array(failedChangeSchema) },
  'sync.dismissFailure': { input: z.object({ id: idSchema }), output: z.object({ ok: z.literal(true) }) },
  /** Queues a refused change again (same effect, new mutation id); the refusal is then gone. */
  'sync.retryFailure': { input: z.object({ id: idSchema }), output: z.object({ mutationId: idSchema }) },
  /** Sleep/resume or a network change: try the hub now instead of waiting out the backoff. */
  'sync.reconnectNow': { input: z.object({}), output: syncStatusSchema },
  /** A page of a view (offset paging: the inbox's virtual list asks for the rows it shows). */
  'tickets.list': {
    input: ticketFilterSchema.extend({
      sort: ticketSortSchema.default('newest'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(ticketListItemSchema),
  },
  'tickets.get': { input: z.object({ id: idSchema }), output: ticketDetailSchema.nullable() },
  ...customerChannels,
  ...exceptionChannels,
  ...knowledgeChannels,
  ...dashboardChannels,
  ...presenceChannels,
  ...inboxChannels,
  ...newTicketChannels,
  ...historyChannels,
  ...setupChannels,
  ...noticeChannels,
  ...attachmentChannels,
  ...accountChannels,
  ...mentionChannels,
  ...shipmentActionChannels,
  ...routingChannels,
  ...peopleChannels,
  ...connectorChannels,
  ...invoiceChannels,
  ...reportChannels,
  ...deskSettingsChannels,
  ...macroSettingsChannels,
  ...routingSettingsChannels,
  ...governanceChannels,
  ...automationChannels,
  /** Every write: one channel per agent mutation, named as it, its args schema as input. */
  ...mutationChannels,
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcInput<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['output']>;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Events the main process pushes to the renderer. */
export const ipcEvents = {
  'sync.status': syncStatusSchema,
  'data.changed': z.object({ entities: z.array(entityNameSchema) }),
  /** The shell asks the window to open an item (deep link, notification click). */
  'app.open': openTargetSchema,
  /** Who is viewing or typing on this ticket changed: re-read `presence.get`. */
  'presence.changed': z.object({ ticketId: idSchema }),
} as const;
export type IpcEventName = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEventName> = z.output<(typeof ipcEvents)[E]>;
export const ipcEventNames = Object.keys(ipcEvents) as IpcEventName[];

/** An IPC failure as the renderer sees it: a code it can branch on and a sentence it can show. */
export const ipcErrorSchema = z.object({
  code: z.enum(['invalid_input', 'unknown_channel', 'unauthorized', 'offline', 'failed']),
  message: z.string(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcReply<C extends IpcChannel> = { ok: true; data: IpcOutput<C> } | { ok: false; error: IpcError };

/** What `window.relay` offers the renderer, in Electron (preload) and in browser mode alike. */
export interface RelayBridge {
  invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcReply<C>>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
}
