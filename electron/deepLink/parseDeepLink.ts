import { z } from 'zod';
import type { OpenTarget } from '../../src/core/contract/ipcContract';

export const deepLinkScheme = 'relay';

const linkPattern = /^relay:\/\/(ticket|customer)\/([^/?#]+)\/?$/i;
const idSchema = z.uuid();

/**
 * `relay://ticket/<uuid>` or `relay://customer/<uuid>` → what to open. Anything else (other
 * kinds, extra path, query strings, a non-UUID id) is ignored and logged: a link can come from
 * any web page or email, so it may only ever select an item, never carry an action.
 */
export function parseDeepLink(raw: string, log: (message: string) => void = () => undefined): OpenTarget | null {
  const match = raw.length <= 200 ? linkPattern.exec(raw.trim()) : null;
  const id = match ? idSchema.safeParse(match[2]?.toLowerCase()) : null;
  if (!match || !id?.success) {
    log(`ignored deep link ${JSON.stringify(raw.slice(0, 200))}`);
    return null;
  }
  return { kind: match[1]!.toLowerCase() === 'ticket' ? 'ticket' : 'customer', id: id.data };
}

/** Windows and Linux pass a clicked link as a command-line argument (first launch or second instance). */
export function deepLinkFromArgv(argv: readonly string[], log?: (message: string) => void): OpenTarget | null {
  const arg = argv.find((a) => a.toLowerCase().startsWith(`${deepLinkScheme}:`));
  return arg ? parseDeepLink(arg, log) : null;
}
