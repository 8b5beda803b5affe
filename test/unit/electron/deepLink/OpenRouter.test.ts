import { describe, expect, it } from 'vitest';
import type { OpenTarget } from '../../../../src/core';
import { OpenRouter } from '../../../../electron/deepLink/OpenRouter';

const target: OpenTarget = { kind: 'ticket', id: '0190a0c1-5e2f-7a3b-8c4d-112233445566' };

describe('OpenRouter', () => {
  it('focuses the window, announces the item and keeps it until taken once', () => {
    const announced: OpenTarget[] = [];
    let focused = 0;
    const router = new OpenRouter({ focusWindow: () => focused++, announce: (t) => announced.push(t) });
    router.open(target);
    expect(focused).toBe(1);
    expect(announced).toEqual([target]);
    expect(router.take()).toEqual(target);
    expect(router.take()).toBeNull();
  });

  it('ignores a null (rejected) link and keeps only the latest request', () => {
    const router = new OpenRouter({ focusWindow: () => undefined, announce: () => undefined });
    router.open(null);
    expect(router.take()).toBeNull();
    const other: OpenTarget = { kind: 'customer', id: target.id };
    router.open(target);
    router.open(other);
    expect(router.take()).toEqual(other);
  });
});
