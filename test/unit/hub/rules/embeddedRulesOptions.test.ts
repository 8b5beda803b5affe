import { describe, expect, it } from 'vitest';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { embeddedRulesOptions } from '../../../../src/hub/rules/embeddedRulesOptions';

describe('embeddedRulesOptions', () => {
  it('no configuration: no connectors (messages are held), no timed fleet scan, default sweep', () => {
    expect(embeddedRulesOptions({})).toEqual({ connectors: {}, sweepShipments: false });
  });

  it('connectors come from the same environment as the CLI hub', () => {
    const options = embeddedRulesOptions({ RELAY_SMTP_HOST: 'smtp.example' });
    expect(options.connectors.email).toBeInstanceOf(SmtpEmailConnector);
    expect(options.sweepShipments).toBe(false);
    options.connectors.email?.close?.();
  });
});
