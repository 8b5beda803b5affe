import { z } from 'zod';
import { OutboundError } from '../outbound/OutboundError';
import { signOutboundWebhook } from '../outbound/signOutboundWebhook';
import type { CarrierConnector } from './CarrierConnectorStore';
import type { ConnectorRequest } from './connectorRequestSchema';

/** A connector may answer at once with a reference and even a decision; both optional. */
const replySchema = z
  .object({ reference: z.string().max(200), status: z.enum(['accepted', 'refused']), reason: z.string().max(2000) })
  .partial();
export type ConnectorReply = z.infer<typeof replySchema>;

/**
 * One signed POST of an action to its carrier's connector, like our outbound webhooks: headers
 * x-relay-timestamp / x-relay-delivery (the action id) / x-relay-signature v2, idempotency-key.
 * 408/429/5xx and network errors are transient (retried); any other 4xx is final with its reason.
 */
export async function postToConnector(connector: CarrierConnector, request: ConnectorRequest, nowSeconds: number, timeoutMs = 10_000): Promise<ConnectorReply> {
  const body = JSON.stringify(request);
  let response: Response;
  try {
    response = await fetch(connector.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-relay-timestamp': String(nowSeconds),
        'x-relay-delivery': request.actionId,
        'x-relay-signature': signOutboundWebhook(connector.secret, connector.url, request.actionId, nowSeconds, body),
        'idempotency-key': request.actionId,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new OutboundError(`The ${connector.carrier} connector is unreachable: ${error instanceof Error ? error.message : String(error)}`, false);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const transient = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new OutboundError(`The ${connector.carrier} connector answered ${response.status}: ${text.slice(0, 500)}`, !transient);
  }
  try {
    const parsed = replySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
