import { rulesOptionsFromEnv } from './rulesOptionsFromEnv';
import type { RulesOptions } from './RulesOptions';

/**
 * The rules engine of an embedded demo hub (browser mode, the desktop app's first run): the
 * same rules as the CLI, connectors from the same environment variables (usually none, so
 * replies and notifications are `held`, not failed), but no timed scan of the whole fleet.
 * The demo world is a snapshot frozen at the date it describes; scanning it against today's
 * clock would flag every unfinished demo shipment stale or late and write to its customer.
 * Shipments are still checked whenever something happens to them (ingest, scans, edits), and
 * the timer still records SLA breaches, sends due deferrals and retries waiting messages.
 */
export function embeddedRulesOptions(env: NodeJS.ProcessEnv = process.env): RulesOptions {
  return { ...rulesOptionsFromEnv(env), sweepShipments: false };
}
