import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { channelSchema, ticketStatusSchema } from '../domain/rows';
import { exceptionTypeSchema } from '../logistics/exceptionKinds';

const DAY = 86_400_000;
const count = z.number().int().nonnegative();
const ms = z.number().nullable();

/** The period every panel reads: [from, to) in UTC ms, bucketed in the viewer's local days. */
export const dashboardInputSchema = z
  .object({
    from: z.number().int().nonnegative(),
    to: z.number().int().positive(),
    /** Only this team's tickets, CSAT and exceptions; omitted = every team in the replica. */
    teamId: idSchema.optional(),
    /** Minutes east of UTC (e.g. 60 for CET): where the viewer's days begin. */
    utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
  })
  .refine((p) => p.from < p.to, { message: 'the period must end after it starts' })
  .refine((p) => p.to - p.from <= 732 * DAY, { message: 'choose a period of at most two years' });

const segmentRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  customers: count,
  orders: count,
  units: z.number().nonnegative(),
  revenueEur: z.number(),
  shipments: count,
  shipmentsWithException: count,
  exceptionRate: z.number().nullable(),
});

/** Every dashboard panel; metric definitions live beside each query in desktop/queries/dashboard/. */
export const dashboardSchema = z.object({
  period: z.object({ from: z.number(), to: z.number(), granularity: z.enum(['day', 'week']), buckets: z.array(z.number()) }),
  /** When the numbers were computed (the "now" of open tickets and SLA misses). */
  at: z.number(),
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
  openTickets: z.object({
    total: count,
    byStatus: z.array(z.object({ status: ticketStatusSchema, count })),
    byChannel: z.array(z.object({ channel: channelSchema, count })),
  }),
  responseTimes: z.object({
    firstResponse: z.object({ count, medianMs: ms }),
    resolution: z.object({ count, medianMs: ms }),
    series: z.array(z.object({ at: z.number(), firstResponses: count, firstResponseMedianMs: ms, resolutions: count, resolutionMedianMs: ms })),
  }),
  sla: z.object({
    firstResponse: z.object({ met: count, missed: count }),
    resolution: z.object({ met: count, missed: count }),
    series: z.array(
      z.object({ at: z.number(), firstResponseMet: count, firstResponseMissed: count, resolutionMet: count, resolutionMissed: count }),
    ),
  }),
  csat: z.object({
    responses: count,
    average: z.number().nullable(),
    satisfied: count,
    series: z.array(z.object({ at: z.number(), responses: count, average: z.number().nullable(), satisfied: count })),
  }),
  exceptions: z.object({
    total: count,
    byType: z.array(z.object({ type: exceptionTypeSchema, count })),
    series: z.array(z.object({ at: z.number(), counts: z.partialRecord(exceptionTypeSchema, count) })),
  }),
  delivery: z.object({
    delivered: count,
    onTime: count,
    series: z.array(z.object({ at: z.number(), delivered: count, onTime: count })),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** Customers with orders in the period, grouped per dimension (buckets: core segmentBuckets). */
export const dashboardSegmentsSchema = z.object({
  customers: count,
  frequency: z.array(segmentRowSchema),
  volume: z.array(segmentRowSchema),
  revenue: z.array(segmentRowSchema),
  exceptionRate: z.array(segmentRowSchema),
  segment: z.array(segmentRowSchema),
});
export type DashboardSegments = z.infer<typeof dashboardSegmentsSchema>;
export type DashboardInput = z.input<typeof dashboardInputSchema>;

