/** Shared by playwright.config.ts (which starts the launcher) and the specs (which open the page). */
export const e2ePort = Number(process.env['RELAY_E2E_PORT'] || 5191);
export const e2eToken = 'e2e0'.repeat(16);
/** The embedded hub's port in the e2e run, so a test can act as another agent on the hub. */
export const e2eHubPort = Number(process.env['RELAY_E2E_HUB_PORT'] || 5192);
/** The embedded hub's webhook secret, so a spec can post signed feed deliveries to it. */
export const e2eWebhookSecret = 'whsec-relay-e2e';
