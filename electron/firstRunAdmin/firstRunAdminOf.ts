import type { FirstRunAdmin } from '../../src/core/contract/channels/setupChannels';
import type { RunningHub } from '../../src/hub/startHub';

/**
 * What the window must show once after the embedded hub started: the admin login when this run
 * created a fresh (non-demo) hub, with where a copy was kept; null on every later run and for
 * the demo world (whose logins are public anyway).
 */
export function firstRunAdminOf(demo: boolean, seeded: RunningHub['demoCredentials'], keep: (login: { email: string; password: string }) => string | null): FirstRunAdmin | null {
  const admin = seeded[0];
  if (demo || !admin) return null;
  const login = { email: admin.email, password: admin.password };
  return { ...login, keptAt: keep(login) };
}
