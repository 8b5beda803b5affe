import type { HubContext } from '../HubContext';

/** One failing piece of rules work is logged and skipped: it must not stop the rest of the round. */
export async function guardRulesWork<T>(log: HubContext['log'], what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (err) {
    log.error({ err }, `rules: ${what} failed`);
    return undefined;
  }
}
