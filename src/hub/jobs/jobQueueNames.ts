/** The hub's job queues: signed webhook deliveries, and the rules' reactions to committed writes. */
export const jobQueueNames = ['ingest-delivery', 'rules-reaction', 'customer-duplicates', 'shipment-actions', 'retention'] as const;

export type JobQueueName = (typeof jobQueueNames)[number];
