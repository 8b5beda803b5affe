import { createDesktopCore, type DesktopCore } from '../../src/desktop/createDesktopCore';
import { call } from './call';
import { waitFor } from './waitFor';

/** A desktop core on a temp-file replica, signed in to the hub and done with its first sync. */
export async function signedInCore(dbPath: string, hubUrl: string, login: { email: string; password: string }): Promise<DesktopCore> {
  const core = await createDesktopCore({ dbPath, hubUrl, log: () => {} });
  await call(core, 'session.signIn', login);
  await waitFor(
    `${login.email}'s first sync`,
    async () => {
      const status = await call(core, 'sync.status', {});
      return status.connection === 'online' && !status.syncing;
    },
    { intervalMs: 20, timeoutMs: 300_000 },
  );
  return core;
}
