/** The ingest webhooks, each with its own route, secret and content type. */
export const webhookSources = ['email', 'chat', 'sms', 'social', 'phone', 'orders', 'shipments', 'tracking', 'x12', 'invoices', 'warehouse'] as const;
export type WebhookSource = (typeof webhookSources)[number];
