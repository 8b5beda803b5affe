import { describe, expect, it } from 'vitest';
import { roleSatisfies } from '../../../../src/hub/auth/routeAccess';

describe('roleSatisfies', () => {
  it('ranks agent < lead < admin and lets anyone through public and webhook routes', () => {
    expect(roleSatisfies('agent', 'agent')).toBe(true);
    expect(roleSatisfies('agent', 'lead')).toBe(false);
    expect(roleSatisfies('agent', 'admin')).toBe(false);
    expect(roleSatisfies('lead', 'lead')).toBe(true);
    expect(roleSatisfies('lead', 'admin')).toBe(false);
    expect(roleSatisfies('admin', 'admin')).toBe(true);
    expect(roleSatisfies('agent', 'public')).toBe(true);
    expect(roleSatisfies('agent', 'webhook')).toBe(true);
  });
});
