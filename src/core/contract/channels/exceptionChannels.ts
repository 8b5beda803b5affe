import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { agentRowSchema, customerRowSchema, ticketRowSchema } from '../../domain/rows';
import { exceptionRowSchema, orderRowSchema, shipmentRowSchema, trackingEventRowSchema } from '../../domain/logisticsRows';
import { macroRowSchema } from '../../domain/workspaceRows';
import { exceptionNotifyCustomersArgs } from '../../mutations/exceptionNotifyCustomers';
import { exceptionSeveritySchema, exceptionTypeSchema } from '../../logistics/exceptionKinds';
import { noticePreviewSchema } from './noticePreviewSchema';

/** Which part of the queue: `active` = open + acknowledged (the working queue). */
export const exceptionQueueStatusSchema = z.enum(['active', 'open', 'acknowledged', 'resolved', 'all']);
export type ExceptionQueueStatus = z.infer<typeof exceptionQueueStatusSchema>;

/** How long ago the exception was detected. */
export const exceptionAgeSchema = z.enum(['under_4h', '4h_24h', '1d_3d', 'over_3d']);
export type ExceptionAge = z.infer<typeof exceptionAgeSchema>;

export const exceptionGroupBySchema = z.enum(['none', 'type', 'severity', 'carrier', 'lane', 'age']);
export type ExceptionGroupBy = z.infer<typeof exceptionGroupBySchema>;

/** A lane is the shipment's origin → destination, as the TMS writes them. */
export const exceptionLaneSchema = z.object({ origin: z.string().max(300), destination: z.string().max(300) });
export type ExceptionLane = z.infer<typeof exceptionLaneSchema>;

export const exceptionFiltersSchema = z.object({
  status: exceptionQueueStatusSchema.default('active'),
  types: z.array(exceptionTypeSchema).max(20).default([]),
  severities: z.array(exceptionSeveritySchema).max(10).default([]),
  carriers: z.array(z.string().max(100)).max(50).default([]),
  lane: exceptionLaneSchema.nullable().default(null),
  ages: z.array(exceptionAgeSchema).max(4).default([]),
  /** `me` = assigned to the signed-in agent. */
  assignee: z.union([z.enum(['any', 'me', 'unassigned']), idSchema]).default('any'),
  /** Admins see every team's queue; this narrows to one. */
  teamId: idSchema.nullable().default(null),
  /** Customer name, tracking number or carrier, case-insensitive substring. */
  search: z.string().trim().max(200).default(''),
});
export type ExceptionFilters = z.infer<typeof exceptionFiltersSchema>;

export const exceptionListItemSchema = exceptionRowSchema.extend({
  customerName: z.string(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  /** A warehouse exception's order (it has no shipment). */
  orderNumber: z.string().nullable().default(null),
  origin: z.string().nullable(),
  destination: z.string().nullable(),
  teamName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  ticketNumber: z.number().int().nullable(),
  ticketStatus: z.string().nullable(),
  age: exceptionAgeSchema,
  /** The group this row falls in for the requested grouping ('' when none). */
  group: z.string(),
});
export type ExceptionListItem = z.infer<typeof exceptionListItemSchema>;

const countSchema = z.object({ key: z.string(), count: z.number().int() });

export const exceptionCountsSchema = z.object({
  total: z.number().int(),
  byType: z.array(countSchema),
  bySeverity: z.array(countSchema),
  byCarrier: z.array(countSchema),
  byLane: z.array(z.object({ origin: z.string(), destination: z.string(), count: z.number().int() })),
  byAge: z.array(countSchema),
  byStatus: z.array(countSchema),
});
export type ExceptionCounts = z.infer<typeof exceptionCountsSchema>;

export const exceptionDetailSchema = z.object({
  exception: exceptionRowSchema,
  shipment: shipmentRowSchema.nullable(),
  /** Latest scans first (at most 20). */
  events: z.array(trackingEventRowSchema),
  customer: customerRowSchema.nullable(),
  order: orderRowSchema.nullable(),
  ticket: ticketRowSchema.nullable(),
  teamName: z.string().nullable(),
  assignee: agentRowSchema.nullable(),
  acknowledgedByName: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** Who it may be assigned to: the members of its team. */
  teamAgents: z.array(agentRowSchema),
  /** Other unresolved exceptions on the same shipment. */
  siblings: z.array(z.object({ id: idSchema, type: exceptionTypeSchema, severity: exceptionSeveritySchema })),
});
export type ExceptionDetail = z.infer<typeof exceptionDetailSchema>;

export const exceptionNotifyResultSchema = z.object({
  exceptionId: idSchema,
  customerName: z.string(),
  outcome: z.enum(['queued', 'skipped']),
  /** Why it was skipped, in words a lead can act on. */
  reason: z.string().nullable(),
  ticketId: idSchema.nullable(),
});
export type ExceptionNotifyResult = z.infer<typeof exceptionNotifyResultSchema>;

/**
 * IPC channels of the exception feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const exceptionChannels = {
  /** The queue, filtered, sorted (severity, then age) and grouped; at most `limit` rows. */
  'exceptions.list': {
    input: exceptionFiltersSchema.extend({
      groupBy: exceptionGroupBySchema.default('none'),
      sort: z.enum(['severity', 'newest', 'oldest']).default('severity'),
      limit: z.number().int().min(1).max(2000).default(500),
    }),
    output: z.object({ items: z.array(exceptionListItemSchema), total: z.number().int() }),
  },
  /** Counts by category for the queue part in `status` (and team), ignoring the other filters. */
  'exceptions.counts': {
    input: z.object({ status: exceptionQueueStatusSchema.default('active'), teamId: idSchema.nullable().default(null) }),
    output: exceptionCountsSchema,
  },
  'exceptions.get': { input: z.object({ id: idSchema }), output: exceptionDetailSchema.nullable() },
  /**
   * Prepares a bulk notify, writing nothing: the `exception.notifyCustomers` args for the
   * exceptions that can be notified (null when none) and one result per exception (`queued`: in
   * the args; `skipped`: why not). The renderer then sends the args on that mutation's channel.
   */
  'exceptions.notifyPlan': {
    input: z.object({
      ids: z.array(idSchema).min(1, 'select at least one exception').max(200),
      macroId: idSchema,
      /** Per exception, the text the agent reviewed and edited in the preview; others get the macro as rendered. */
      bodies: z.record(idSchema, z.string().trim().min(1, 'a message is empty').max(100_000)).default({}),
    }),
    output: z.object({ args: exceptionNotifyCustomersArgs.nullable(), results: z.array(exceptionNotifyResultSchema) }),
  },
  /** The macro filled for each selected exception's customer, with what is known to warn about; writes nothing. */
  'exceptions.notifyPreview': {
    input: z.object({ ids: z.array(idSchema).min(1).max(200), macroId: idSchema }),
    output: z.object({ recipients: z.array(noticePreviewSchema) }),
  },
  /** Teams in this replica (an admin's queue filter), by name. */
  'exceptions.teams': { input: z.object({}), output: z.array(z.object({ id: idSchema, name: z.string() })) },
  /** Macros for the notify picker (title order). */
  'exceptions.macros': { input: z.object({}), output: z.array(macroRowSchema) },
} as const;
