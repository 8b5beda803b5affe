import { describe, expect, it } from 'vitest';
import { allowedHostsFromEnv } from '../../../../src/hub/http/hostCheck/allowedHostsFromEnv';
import { hostPolicy } from '../../../../src/hub/http/hostCheck/hostPolicy';

describe('hostPolicy (DNS-rebinding defence)', () => {
  it('a loopback-bound hub answers only to the names 127.0.0.1, localhost and [::1] (any port: a local proxy may front it)', () => {
    const verdict = hostPolicy({ bindHost: '127.0.0.1' });
    for (const ok of ['127.0.0.1:4477', 'localhost:4477', 'LOCALHOST:4477', '[::1]:4477', '127.0.0.1:80', 'localhost']) expect(verdict(ok)).toBeNull();
    for (const bad of ['evil.example:4477', 'evil.example', '127.0.0.2:4477', 'localhost.evil.example:4477']) {
      expect(verdict(bad)).toMatch(/does not answer to Host .*allowed: 127\.0\.0\.1, localhost, \[::1\]/);
    }
    expect(verdict(undefined)).toMatch(/Host header is required/);
  });

  it('allowed hosts add names to a loopback hub (any port, or the one given)', () => {
    const verdict = hostPolicy({ bindHost: 'localhost', allowedHosts: ['relay.lan', 'hub.lan:8443'] });
    expect(verdict('relay.lan:4477')).toBeNull();
    expect(verdict('relay.lan')).toBeNull();
    expect(verdict('hub.lan:8443')).toBeNull();
    expect(verdict('hub.lan:4477')).not.toBeNull();
  });

  it('a hub bound to another address checks only when allowed hosts are configured', () => {
    expect(hostPolicy({ bindHost: '0.0.0.0' })('anything.example:1')).toBeNull();
    const verdict = hostPolicy({ bindHost: '0.0.0.0', allowedHosts: ['relay.example.com'] });
    expect(verdict('relay.example.com')).toBeNull();
    expect(verdict('127.0.0.1:4477')).toMatch(/allowed: relay\.example\.com;/);
  });

  it('reads RELAY_ALLOWED_HOSTS as a comma-separated list', () => {
    expect(allowedHostsFromEnv({ RELAY_ALLOWED_HOSTS: ' relay.example.com, hub.lan:8443 ,' })).toEqual(['relay.example.com', 'hub.lan:8443']);
    expect(allowedHostsFromEnv({})).toBeUndefined();
  });
});
