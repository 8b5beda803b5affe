import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the hub keeps its PGlite data when no folder is given: env RELAY_HUB_DATA, else ~/.local/share/relay/hub. */
export function defaultHubDataDir(): string {
  return process.env.RELAY_HUB_DATA || join(homedir(), '.local', 'share', 'relay', 'hub');
}
