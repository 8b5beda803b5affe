import type { WebhookSource } from './webhookSources';

export interface IngestOptions {
  /** Secret per source; `default` applies to every source without its own. */
  secrets: Partial<Record<WebhookSource | 'default', string>>;
  /** Largest attachment kept; bigger ones are rejected (listed in the result), the rest kept. */
  maxAttachmentBytes: number;
  /** Largest request body accepted on ingest routes. */
  bodyLimitBytes: number;
  /** Accept legacy v1 signatures (no delivery id or source in the MAC); off unless asked for. */
  acceptV1?: boolean;
}

const MB = 1024 * 1024;

/**
 * From the environment: RELAY_WEBHOOK_SECRET for every source, RELAY_WEBHOOK_SECRET_<SOURCE>
 * (e.g. RELAY_WEBHOOK_SECRET_X12) to override one; RELAY_INGEST_MAX_ATTACHMENT_BYTES (10 MB);
 * RELAY_WEBHOOK_ACCEPT_V1=1 lets senders still on v1 signatures in.
 */
export function ingestOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IngestOptions {
  const secrets: IngestOptions['secrets'] = {};
  for (const [key, value] of Object.entries(env)) {
    if (!value) continue;
    if (key === 'RELAY_WEBHOOK_SECRET') secrets.default = value;
    const match = /^RELAY_WEBHOOK_SECRET_([A-Z0-9]+)$/.exec(key);
    if (match?.[1]) secrets[match[1].toLowerCase() as WebhookSource] = value;
  }
  const maxAttachment = Number(env.RELAY_INGEST_MAX_ATTACHMENT_BYTES);
  const maxAttachmentBytes = Number.isSafeInteger(maxAttachment) && maxAttachment > 0 ? maxAttachment : 10 * MB;
  return { secrets, maxAttachmentBytes, bodyLimitBytes: Math.max(25 * MB, maxAttachmentBytes * 3), acceptV1: env.RELAY_WEBHOOK_ACCEPT_V1 === '1' };
}
