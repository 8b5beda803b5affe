import { z } from 'zod';

export type Target = 'win' | 'mac';

/** What `npm run package` passes to electron-builder on top of electron-builder.yml. */
export interface PackagePlan {
  targets: Target[];
  /** Merged over electron-builder.yml by electron-builder's `build({ config })`. */
  config: { mac?: { identity?: null; notarize: boolean }; publish?: { provider: 'generic'; url: string }[] };
  /** Set for the build: stops electron-builder signing with whatever identity a keychain happens to hold. */
  env: Record<string, string>;
  /** Printed before building: what is signed, notarised, published, and why not. */
  notes: string[];
  /** A half-set configuration: building would ship something other than what was asked for. */
  errors: string[];
}

const set = (env: Record<string, string | undefined>, name: string) => Boolean(env[name]?.trim());
const feedSchema = z.url({ protocol: /^https$/ });

const appleCredentialSets = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'],
] as const;

function targetsOf(argv: string[], platform: string): Target[] | string {
  const asked = (['win', 'mac'] as const).filter((t) => argv.includes(`--${t}`));
  if (asked.length > 0) return asked;
  if (platform === 'win32') return ['win'];
  if (platform === 'darwin') return ['mac'];
  return `Relay ships Windows and macOS installers; on ${platform} pass --win or --mac (electron-builder's own requirements apply).`;
}

function windowsSigning(env: Record<string, string | undefined>, plan: PackagePlan): void {
  const link = set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : set(env, 'CSC_LINK') ? 'CSC_LINK' : null;
  if (!link) {
    plan.notes.push('Windows: the installer is NOT signed (WIN_CSC_LINK / CSC_LINK is not set); SmartScreen will warn users.');
    return;
  }
  const password = link === 'WIN_CSC_LINK' ? ['WIN_CSC_KEY_PASSWORD', 'CSC_KEY_PASSWORD'] : ['CSC_KEY_PASSWORD'];
  if (!password.some((name) => set(env, name))) plan.errors.push(`Windows: ${link} is set but ${password.join(' / ')} is not: the certificate cannot be opened.`);
  else plan.notes.push(`Windows: signing with the certificate in ${link}.`);
}

function macSigning(env: Record<string, string | undefined>, plan: PackagePlan): void {
  const identity = set(env, 'CSC_LINK') ? 'CSC_LINK' : set(env, 'CSC_NAME') ? 'CSC_NAME' : null;
  if (!identity) {
    plan.config.mac = { identity: null, notarize: false };
    plan.env['CSC_IDENTITY_AUTO_DISCOVERY'] = 'false';
    plan.notes.push('macOS: the app is NOT signed (CSC_LINK / CSC_NAME is not set), so it is not notarised either; Gatekeeper will block it.');
    return;
  }
  if (identity === 'CSC_LINK' && !set(env, 'CSC_KEY_PASSWORD')) plan.errors.push('macOS: CSC_LINK is set but CSC_KEY_PASSWORD is not: the certificate cannot be opened.');
  const complete = appleCredentialSets.find((names) => names.every((name) => set(env, name)));
  const partial = appleCredentialSets.find((names) => names.some((name) => set(env, name)) && !names.every((name) => set(env, name)));
  if (!complete && partial) {
    plan.errors.push(`macOS: notarisation is half configured: ${partial.filter((name) => !set(env, name)).join(', ')} missing (next to ${partial.filter((name) => set(env, name)).join(', ')}).`);
  }
  plan.config.mac = { notarize: Boolean(complete) };
  plan.notes.push(
    complete
      ? `macOS: signing with ${identity}, notarising with ${complete.join(' + ')}.`
      : `macOS: signing with ${identity}, NOT notarised (set APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER, or APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID).`,
  );
}

/** Decides signing, notarisation and the update feed from the environment alone (nothing is read or run here). */
export function packagePlan(env: Record<string, string | undefined>, argv: string[], platform: string): PackagePlan {
  const targets = targetsOf(argv, platform);
  const plan: PackagePlan = { targets: typeof targets === 'string' ? [] : targets, config: {}, env: {}, notes: [], errors: typeof targets === 'string' ? [targets] : [] };
  if (plan.targets.includes('win')) windowsSigning(env, plan);
  if (plan.targets.includes('mac')) macSigning(env, plan);
  const feed = env['RELAY_UPDATE_FEED_URL']?.trim();
  if (!feed) {
    plan.notes.push('Updates: no update metadata (latest.yml) is written: set RELAY_UPDATE_FEED_URL to the https:// folder you upload installers to.');
  } else if (!feedSchema.safeParse(feed).success) {
    plan.errors.push(`Updates: RELAY_UPDATE_FEED_URL must be an https:// URL (got "${feed}").`);
  } else {
    plan.config.publish = [{ provider: 'generic', url: feed }];
    plan.notes.push(`Updates: latest.yml points at ${feed}; installs update from there once their updateFeedUrl setting names it.`);
  }
  return plan;
}
