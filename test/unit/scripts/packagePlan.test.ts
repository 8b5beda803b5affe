import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { packagePlan } from '../../../scripts/package/packagePlan';

const root = resolve(import.meta.dirname, '../../..');
const fileConfig = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown>>;
// The schema electron-builder validates the merged configuration against.
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object);

const appleApiKey = { APPLE_API_KEY: '/keys/AuthKey.p8', APPLE_API_KEY_ID: 'ABC123', APPLE_API_ISSUER: 'issuer-uuid' };

describe('packagePlan (npm run package)', () => {
  it('builds unsigned, un-notarised installers without a feed when nothing is set, saying so', () => {
    const win = packagePlan({}, [], 'win32');
    expect(win.targets).toEqual(['win']);
    expect(win.errors).toEqual([]);
    expect(win.config).toEqual({});
    expect(win.notes).toEqual([
      'Windows: the installer is NOT signed (WIN_CSC_LINK / CSC_LINK is not set); SmartScreen will warn users.',
      'Updates: no update metadata (latest.yml) is written: set RELAY_UPDATE_FEED_URL to the https:// folder you upload installers to.',
    ]);
    const mac = packagePlan({}, [], 'darwin');
    // identity null: electron-builder must not sign with whatever identity the keychain holds.
    expect(mac.config).toEqual({ mac: { identity: null, notarize: false } });
    expect(mac.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(mac.notes[0]).toBe('macOS: the app is NOT signed (CSC_LINK / CSC_NAME is not set), so it is not notarised either; Gatekeeper will block it.');
  });

  it('signs Windows from WIN_CSC_LINK or CSC_LINK with a password', () => {
    expect(packagePlan({ WIN_CSC_LINK: 'cert.pfx', WIN_CSC_KEY_PASSWORD: 's3cret' }, ['--win'], 'linux').notes[0]).toBe('Windows: signing with the certificate in WIN_CSC_LINK.');
    expect(packagePlan({ CSC_LINK: 'cert.pfx', CSC_KEY_PASSWORD: 's3cret' }, ['--win'], 'linux').errors).toEqual([]);
    expect(packagePlan({ WIN_CSC_LINK: 'cert.pfx' }, ['--win'], 'win32').errors).toEqual([
      'Windows: WIN_CSC_LINK is set but WIN_CSC_KEY_PASSWORD / CSC_KEY_PASSWORD is not: the certificate cannot be opened.',
    ]);
  });

  it('signs and notarises macOS when a certificate and a complete set of Apple credentials are set', () => {
    const plan = packagePlan({ CSC_LINK: 'devid.p12', CSC_KEY_PASSWORD: 'pw', ...appleApiKey }, ['--mac'], 'darwin');
    expect(plan.errors).toEqual([]);
    expect(plan.config.mac).toEqual({ notarize: true });
    expect(plan.env).toEqual({});
    expect(plan.notes[0]).toBe('macOS: signing with CSC_LINK, notarising with APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER.');
    const appleId = packagePlan({ CSC_NAME: 'Developer ID Application: Relay Ltd', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' }, [], 'darwin');
    expect(appleId.config.mac).toEqual({ notarize: true });
  });

  it('signs but does not notarise without Apple credentials, and refuses a half-set of them by name', () => {
    const signedOnly = packagePlan({ CSC_NAME: 'Developer ID Application: Relay Ltd' }, [], 'darwin');
    expect(signedOnly.config.mac).toEqual({ notarize: false });
    expect(signedOnly.notes[0]).toContain('macOS: signing with CSC_NAME, NOT notarised');
    const half = packagePlan({ CSC_NAME: 'Developer ID Application: Relay Ltd', APPLE_ID: 'a@b.c' }, [], 'darwin');
    expect(half.errors).toEqual(['macOS: notarisation is half configured: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID missing (next to APPLE_ID).']);
  });

  it('publishes latest.yml to RELAY_UPDATE_FEED_URL, https only', () => {
    const plan = packagePlan({ RELAY_UPDATE_FEED_URL: 'https://updates.example.com/relay' }, ['--win', '--mac'], 'darwin');
    expect(plan.targets).toEqual(['win', 'mac']);
    expect(plan.config.publish).toEqual([{ provider: 'generic', url: 'https://updates.example.com/relay' }]);
    expect(packagePlan({ RELAY_UPDATE_FEED_URL: 'http://updates.example.com' }, [], 'win32').errors).toEqual([
      'Updates: RELAY_UPDATE_FEED_URL must be an https:// URL (got "http://updates.example.com").',
    ]);
  });

  it('asks for a target on other platforms', () => {
    expect(packagePlan({}, [], 'linux').errors).toEqual(["Relay ships Windows and macOS installers; on linux pass --win or --mac (electron-builder's own requirements apply)."]);
  });

  it('gives electron-builder a configuration it accepts, merged over electron-builder.yml', () => {
    const env = { CSC_NAME: 'Developer ID Application: Relay Ltd', ...appleApiKey, RELAY_UPDATE_FEED_URL: 'https://updates.example.com/relay' };
    for (const plan of [packagePlan({}, ['--mac', '--win'], 'darwin'), packagePlan(env, ['--mac', '--win'], 'darwin')]) {
      const merged = { ...fileConfig, ...plan.config, mac: { ...fileConfig['mac'], ...plan.config.mac } };
      expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
