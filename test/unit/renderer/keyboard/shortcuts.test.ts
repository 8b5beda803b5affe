import { describe, expect, it } from 'vitest';
import { hotkeysFor } from '../../../../src/renderer/app/shortcuts/hotkeysFor';
import { keyLabel } from '../../../../src/renderer/app/shortcuts/keyLabel';
import type { Shortcut } from '../../../../src/renderer/app/shortcuts/Shortcut';
import { shortcuts } from '../../../../src/renderer/app/shortcuts/shortcuts';
import { stepCursor } from '../../../../src/renderer/app/shortcuts/stepCursor';

const all: [string, Shortcut][] = Object.entries(shortcuts);

describe('the shortcut registry', () => {
  it('binds no key to two shortcuts where both could fire (a handler and the ? sheet would disagree)', () => {
    // A key may serve two places that never hold focus at once (Escape: the list, the reply box), never "Anywhere" and another.
    const uses = all.flatMap(([name, s]) => s.keys.map((k) => ({ key: k.toLowerCase(), scope: s.scope, name })));
    for (const a of uses) {
      for (const b of uses) {
        if (a.name >= b.name || a.key !== b.key) continue;
        expect(a.scope === 'Anywhere' || b.scope === 'Anywhere' || a.scope === b.scope, `${a.key}: ${a.name} (${a.scope}) and ${b.name} (${b.scope})`).toBe(false);
      }
    }
    expect(uses.filter((u) => u.key === 'escape').map((u) => u.scope).sort()).toEqual(['Lists', 'Reply box']);
  });

  it('lists the shortcuts the new user missed: ?, Escape out of the reply box, list keys', () => {
    expect(shortcuts.help.keys).toContain('?');
    expect(shortcuts.leave.keys).toEqual(['Escape']);
    expect([shortcuts.search, shortcuts.next, shortcuts.previous, shortcuts.open].map((s) => s.keys[0])).toEqual(['/', 'j', 'k', 'Enter']);
    for (const [, s] of all) expect(s.description.length).toBeGreaterThan(5);
  });

  it('hotkeysFor binds every key of each handled shortcut; Enter passes through to focused buttons', () => {
    const help = () => undefined;
    const open = () => undefined;
    const bound = hotkeysFor({ help, open });
    expect(bound.map(([key, handler, options]) => [key, handler, options?.preventDefault])).toEqual([
      ['shift+?', help, true],
      ['?', help, true],
      ['Enter', open, false],
    ]);
  });

  it('labels keys as their caps read, Cmd and Option on a Mac', () => {
    expect(keyLabel('mod+K', false)).toEqual(['Ctrl', 'K']);
    expect(keyLabel('mod+Enter', true)).toEqual(['⌘', 'Enter']);
    expect(keyLabel('alt+1', true)).toEqual(['⌥', '1']);
    expect(keyLabel('Escape', false)).toEqual(['Esc']);
  });
});

describe('j/k on a list', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves from the cursor, else from the open row, else from an end', () => {
    expect(stepCursor(ids, 'b', 'd', 1)).toBe(2);
    expect(stepCursor(ids, null, 'b', 1)).toBe(2);
    expect(stepCursor(ids, 'gone', 'c', -1)).toBe(1);
    expect(stepCursor(ids, null, null, 1)).toBe(0);
    expect(stepCursor(ids, null, null, -1)).toBe(3);
  });
  it('stops at the ends and finds nothing in an empty list', () => {
    expect(stepCursor(ids, 'd', null, 1)).toBe(3);
    expect(stepCursor(ids, 'a', null, -1)).toBe(0);
    expect(stepCursor([], 'a', null, 1)).toBe(-1);
  });
});
