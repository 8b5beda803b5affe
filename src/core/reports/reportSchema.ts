import { z } from 'zod';
import { idSchema } from '../domain/ids';

const DAY = 86_400_000;
const count = z.number().int().nonnegative();
const ratio = z.number().nullable();

export const reportKindSchema = z.enum(['agents', 'carriers', 'lanes', 'tags', 'fields']);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** What a report answers for: [from, to) in UTC ms, optionally one team (else every team the caller sees). */
export const reportPeriodSchema = z
  .object({
    from: z.coerce.number().int().nonnegative(),
    to: z.coerce.number().int().positive(),
    teamId: idSchema.optional(),
  })
  .refine((p) => p.from < p.to, { message: 'the period must end after it starts' })
  .refine((p) => p.to - p.from <= 732 * DAY, { message: 'choose a period of at most two years' });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** The IPC request (the hub route takes the kind in its path and the period as query). */
export const reportRequestSchema = z.intersection(z.object({ kind: reportKindSchema }), reportPeriodSchema);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const agentReportRowSchema = z.object({
  agentId: idSchema,
  agentName: z.string(),
  replies: count,
  solved: count,
  firstResponses: count,
  medianFirstResponseMs: ratio,
  csatResponses: count,
  csatAverage: ratio,
});
export type AgentReportRow = z.infer<typeof agentReportRowSchema>;

/** Delivery figures shared by the carrier and lane rows (definitions in computeDeliveryRows). */
const deliveryFigures = {
  shipments: count,
  delivered: count,
  onTime: count,
  onTimeRate: ratio,
  exceptions: count,
  exceptionsPer1000: ratio,
  late: count,
  medianDelayHours: ratio,
};
export const carrierReportRowSchema = z.object({ carrier: z.string(), ...deliveryFigures });
export type CarrierReportRow = z.infer<typeof carrierReportRowSchema>;
export const laneReportRowSchema = z.object({ origin: z.string(), destination: z.string(), ...deliveryFigures });
export type LaneReportRow = z.infer<typeof laneReportRowSchema>;

export const tagReportRowSchema = z.object({ tag: z.string(), tickets: count, share: z.number() });
export type TagReportRow = z.infer<typeof tagReportRowSchema>;
export const fieldReportRowSchema = z.object({ fieldKey: z.string(), fieldLabel: z.string(), value: z.string(), tickets: count, share: z.number() });
export type FieldReportRow = z.infer<typeof fieldReportRowSchema>;

const answerBase = {
  from: z.number(),
  to: z.number(),
  teamId: idSchema.nullable(),
  /** Where the figures came from: the local replica (offline-capable) or the hub (any period). */
  source: z.enum(['replica', 'hub']),
  /** Tickets (tags, fields) or shipments the shares and rates are out of. */
  total: count,
};

export const reportAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agents'), ...answerBase, rows: z.array(agentReportRowSchema) }),
  z.object({ kind: z.literal('carriers'), ...answerBase, rows: z.array(carrierReportRowSchema) }),
  z.object({ kind: z.literal('lanes'), ...answerBase, rows: z.array(laneReportRowSchema) }),
  z.object({ kind: z.literal('tags'), ...answerBase, rows: z.array(tagReportRowSchema) }),
  z.object({ kind: z.literal('fields'), ...answerBase, rows: z.array(fieldReportRowSchema) }),
]);
export type ReportAnswer = z.infer<typeof reportAnswerSchema>;
