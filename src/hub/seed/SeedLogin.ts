import type { AgentRole } from '../../core';

/** A login a seed created or found (demo agents, or the install's admin), reported by startHub as `demoCredentials`. */
export interface SeedLogin {
  email: string;
  password: string;
  name: string;
  role: AgentRole;
  teamName: string;
}
