import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, parseDeepLink } from '../../../../electron/deepLink/parseDeepLink';

const id = '0190a0c1-5e2f-7a3b-8c4d-112233445566';

describe('parseDeepLink', () => {
  it('reads ticket and customer links (case-insensitive scheme and kind, trailing slash)', () => {
    expect(parseDeepLink(`relay://ticket/${id}`)).toEqual({ kind: 'ticket', id });
    expect(parseDeepLink(`relay://customer/${id}/`)).toEqual({ kind: 'customer', id });
    expect(parseDeepLink(`RELAY://Ticket/${id.toUpperCase()}`)).toEqual({ kind: 'ticket', id });
  });

  it('ignores, with a log line, anything that is not exactly such a link', () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const bad = [
      'relay://ticket/not-a-uuid',
      `relay://ticket/${id}/delete`,
      `relay://ticket/${id}?action=close`,
      `relay://exception/${id}`,
      `relay://settings/${id}`,
      `https://ticket/${id}`,
      `relay:ticket/${id}`,
      'relay://ticket/',
      `relay://ticket/${id}${'x'.repeat(300)}`,
    ];
    for (const url of bad) expect(parseDeepLink(url, log), url).toBeNull();
    expect(logs).toHaveLength(bad.length);
    expect(logs[0]).toContain('relay://ticket/not-a-uuid');
  });
});

describe('deepLinkFromArgv', () => {
  it('finds the link among the arguments Windows/Linux pass to a (second) instance', () => {
    const argv = ['C:\\Program Files\\Relay\\Relay.exe', '--allow-file-access-from-files', `relay://customer/${id}`];
    expect(deepLinkFromArgv(argv)).toEqual({ kind: 'customer', id });
  });

  it('returns null without a link or with a malformed one', () => {
    expect(deepLinkFromArgv(['/usr/bin/relay', '--no-sandbox'])).toBeNull();
    expect(deepLinkFromArgv(['/usr/bin/relay', 'relay://ticket/1'], () => undefined)).toBeNull();
  });
});
