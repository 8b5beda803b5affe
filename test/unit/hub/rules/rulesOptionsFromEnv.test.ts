import { describe, expect, it } from 'vitest';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { WebhookConnector } from '../../../../src/hub/outbound/WebhookConnector';
import { rulesOptionsFromEnv } from '../../../../src/hub/rules/rulesOptionsFromEnv';

describe('rulesOptionsFromEnv', () => {
  it('no configuration: no connectors, no callback route, default sweep', () => {
    expect(rulesOptionsFromEnv({})).toEqual({ connectors: {} });
  });

  it('SMTP and webhook channels from the environment', () => {
    const options = rulesOptionsFromEnv({
      RELAY_SMTP_HOST: 'smtp.example',
      RELAY_OUTBOUND_SECRET: 's3cret',
      RELAY_OUTBOUND_SMS_URL: 'https://sms.example/send',
      RELAY_RULES_SWEEP_MS: '0',
    });
    expect(options.connectors.email).toBeInstanceOf(SmtpEmailConnector);
    expect(options.connectors.sms).toBeInstanceOf(WebhookConnector);
    expect(options.connectors.chat).toBeUndefined();
    expect(options.deliveryCallbackSecret).toBe('s3cret');
    expect(options.sweepIntervalMs).toBe(0);
    options.connectors.email?.close?.();
  });

  it('webhook URLs without a secret are not used (unsigned webhooks are never sent)', () => {
    expect(rulesOptionsFromEnv({ RELAY_OUTBOUND_SMS_URL: 'https://sms.example/send' }).connectors).toEqual({});
  });
});
