import { describe, expect, it } from 'vitest';
import { badgePlan } from '../../../../electron/badge/badgePlan';

describe('badgePlan', () => {
  it('gives macOS and Linux the count', () => {
    expect(badgePlan(3, 'darwin')).toEqual({ kind: 'count', count: 3 });
    expect(badgePlan(0, 'linux')).toEqual({ kind: 'count', count: 0 });
  });

  it('gives Windows an overlay with a description, removed at zero', () => {
    expect(badgePlan(1, 'win32')).toEqual({ kind: 'overlay', description: '1 unread ticket' });
    expect(badgePlan(12, 'win32')).toEqual({ kind: 'overlay', description: '12 unread tickets' });
    expect(badgePlan(0, 'win32')).toEqual({ kind: 'overlay', description: null });
  });
});
