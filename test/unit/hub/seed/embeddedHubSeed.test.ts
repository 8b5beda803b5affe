import { describe, expect, it } from 'vitest';
import { embeddedAdminEmail, embeddedHubSeed } from '../../../../src/hub/seed/embeddedHubSeed';
import { wantsDemoWorld } from '../../../../src/hub/seed/wantsDemoWorld';

describe('embedded hub world', () => {
  it('is the demo only when asked for (--demo or RELAY_DEMO=1)', () => {
    expect(wantsDemoWorld(['--demo'], {})).toBe(true);
    expect(wantsDemoWorld([], { RELAY_DEMO: '1' })).toBe(true);
    expect(wantsDemoWorld([], {})).toBe(false);
    expect(wantsDemoWorld(['--port', '1'], { RELAY_DEMO: '0' })).toBe(false);
  });

  it('otherwise a fresh install whose admin gets a new random strong password each time it is asked', () => {
    expect(embeddedHubSeed(true)).toEqual({ seed: 'demo' });
    const a = embeddedHubSeed(false);
    const b = embeddedHubSeed(false);
    expect(a).toMatchObject({ seed: 'install', seedAdmin: { email: embeddedAdminEmail } });
    expect(a.seedAdmin?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(a.seedAdmin?.password).not.toBe(b.seedAdmin?.password);
  });
});
