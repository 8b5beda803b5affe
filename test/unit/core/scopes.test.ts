import { describe, expect, it } from 'vitest';
import { scopeSchema, scopesForAgent, teamIdOfScope, teamScope, uuidv7 } from '../../../src/core';

describe('scopes', () => {
  const t1 = uuidv7();
  const t2 = uuidv7();

  it('gives agents and leads the tenant plus their own team only', () => {
    expect(scopesForAgent({ role: 'agent', teamId: t1 }, [t1, t2])).toEqual(['tenant', `team:${t1}`]);
    expect(scopesForAgent({ role: 'lead', teamId: t2 }, [t1, t2])).toEqual(['tenant', `team:${t2}`]);
  });

  it('gives admins every team, sorted and without duplicates', () => {
    expect(scopesForAgent({ role: 'admin', teamId: t1 }, [t2, t1, t2])).toEqual(['tenant', ...[t1, t2].sort().map(teamScope)]);
  });

  it('round-trips team ids and rejects malformed scopes', () => {
    expect(teamIdOfScope(teamScope(t1))).toBe(t1);
    expect(teamIdOfScope('tenant')).toBeNull();
    expect(scopeSchema.safeParse('team:not-a-uuid').success).toBe(false);
    expect(scopeSchema.safeParse('everything').success).toBe(false);
  });
});
