import type { Channel } from '../../core';
import type { OutboundConnectors } from '../outbound/deliverMessage';
import { SmtpEmailConnector } from '../outbound/SmtpEmailConnector';
import { WebhookConnector } from '../outbound/WebhookConnector';
import { signFileUrl } from '../blobs/signFileUrl';
import type { RulesOptions } from './RulesOptions';

/**
 * Rules and connectors from the environment (the CLI's defaults):
 *   RELAY_SMTP_HOST, RELAY_SMTP_PORT (587), RELAY_SMTP_SECURE=1, RELAY_SMTP_REQUIRE_TLS=0 (local relay
 *   only: STARTTLS is required otherwise), RELAY_SMTP_USER/RELAY_SMTP_PASS,
 *   RELAY_SMTP_FROM, RELAY_MESSAGE_ID_DOMAIN — email;
 *   RELAY_OUTBOUND_SMS_URL / _CHAT_URL / _SOCIAL_URL with RELAY_OUTBOUND_SECRET — signed webhooks
 *   (the same secret verifies provider delivery callbacks); RELAY_PUBLIC_URL — the hub's address
 *   providers can reach, for signed links to a reply's files (startHub uses it for survey links too);
 *   RELAY_RULES_SWEEP_MS — sweep interval (60 s).
 * A channel without configuration has no connector: its messages are marked failed with that reason.
 */
export function rulesOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RulesOptions {
  const connectors: OutboundConnectors = {};
  if (env.RELAY_SMTP_HOST) {
    connectors.email = new SmtpEmailConnector({
      host: env.RELAY_SMTP_HOST,
      port: Number(env.RELAY_SMTP_PORT) || 587,
      secure: env.RELAY_SMTP_SECURE === '1',
      // TLS is required unless a relay on this host is named with RELAY_SMTP_REQUIRE_TLS=0.
      requireTls: env.RELAY_SMTP_REQUIRE_TLS !== '0',
      ...(env.RELAY_SMTP_USER ? { auth: { user: env.RELAY_SMTP_USER, pass: env.RELAY_SMTP_PASS ?? '' } } : {}),
      from: env.RELAY_SMTP_FROM ?? 'Relay Support <support@relay.invalid>',
      messageIdDomain: env.RELAY_MESSAGE_ID_DOMAIN ?? 'relay.invalid',
    });
  }
  const secret = env.RELAY_OUTBOUND_SECRET;
  const webhookChannels: Array<[Channel, string | undefined]> = [
    ['sms', env.RELAY_OUTBOUND_SMS_URL],
    ['chat', env.RELAY_OUTBOUND_CHAT_URL],
    ['social', env.RELAY_OUTBOUND_SOCIAL_URL],
  ];
  const publicUrl = env.RELAY_PUBLIC_URL;
  const fileUrl = secret && publicUrl ? (key: string) => signFileUrl(publicUrl, secret, key, Date.now()) : undefined;
  if (secret) for (const [channel, url] of webhookChannels) if (url) connectors[channel] = new WebhookConnector({ url, secret, ...(fileUrl ? { fileUrl } : {}) });
  const sweep = Number(env.RELAY_RULES_SWEEP_MS);
  return {
    connectors,
    ...(Number.isFinite(sweep) && sweep >= 0 && env.RELAY_RULES_SWEEP_MS ? { sweepIntervalMs: sweep } : {}),
    ...(secret ? { deliveryCallbackSecret: secret } : {}),
  };
}
