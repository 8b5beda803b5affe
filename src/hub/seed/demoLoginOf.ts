import type { DemoLogin } from '../../core/contract/channels/setupChannels';
import type { SeedLogin } from './SeedLogin';

/**
 * The login the sign-in screen may suggest: a plain agent of the demo world (the most common
 * first look), and only for the demo world — a fresh install's admin is shown once elsewhere.
 */
export function demoLoginOf(demo: boolean, credentials: SeedLogin[]): DemoLogin | null {
  if (!demo) return null;
  const agent = credentials.find((c) => c.role === 'agent') ?? credentials[0];
  return agent ? { email: agent.email, password: agent.password } : null;
}
