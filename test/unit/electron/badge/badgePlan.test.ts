import { describe, expect, it } from 'vitest';
import { badgePlan } from '../../../../electron/badge/badgePlan';
import { trayTooltip } from '../../../../electron/badge/trayTooltip';

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

describe('trayTooltip', () => {
  it('shows the unread count only when there is one', () => {
    expect(trayTooltip(0)).toBe('Relay');
    expect(trayTooltip(1)).toBe('Relay: 1 unread ticket');
    expect(trayTooltip(4)).toBe('Relay: 4 unread tickets');
  });
});
