import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const isLoopbackUrl = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

const configSchema = z.object({
  /** The team's hub; absent: run the embedded demo hub. */
  hubUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Let the packaged app download and install updates (electron-updater). Off by default. */
  autoUpdate: z.boolean().default(false),
  /** The team's update server (electron-updater's generic feed); updates stay off until it is set. */
  updateFeedUrl: z
    .url({ protocol: /^https?$/ })
    // Installers come from here: plain http only for a server on this machine (testing an update).
    .refine((url) => url.startsWith('https:') || isLoopbackUrl(url), 'must use https:// (http:// only for localhost)')
    .optional(),
});
export type AppConfig = z.infer<typeof configSchema>;

/**
 * `<userData>/config.json` (RELAY_HUB_URL overrides its hubUrl). A broken file is reported and
 * the defaults used: a typo there must not stop the agent from starting Relay.
 */
export function appConfig(userData: string, env: NodeJS.ProcessEnv, log: (message: string) => void): AppConfig {
  const file = join(userData, 'config.json');
  let config: AppConfig = { autoUpdate: false };
  if (existsSync(file)) {
    try {
      const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) config = parsed.data;
      else log(`Ignoring ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (error) {
      log(`Ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const fromEnv = env['RELAY_HUB_URL'];
  return fromEnv ? { ...config, hubUrl: fromEnv } : config;
}
