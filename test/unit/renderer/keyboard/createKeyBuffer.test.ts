import { describe, expect, it } from 'vitest';
import { createKeyBuffer } from '../../../../src/renderer/spotlight/createKeyBuffer';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the palette key buffer', () => {
  it('keeps every character typed before the search box has focus, in order', () => {
    const buffer = createKeyBuffer();
    for (const k of '1141') expect(buffer.push(key(k))).toBe(true);
    expect(buffer.take()).toBe('1141');
    expect(buffer.take()).toBe('');
  });

  it('keeps spaces, symbols and characters outside ASCII; Backspace takes the last one back', () => {
    const buffer = createKeyBuffer();
    for (const k of ['M', 'ü', 'l', 'l', 'e', 'r', ' ', '#', '😀', 'Backspace']) buffer.push(key(k));
    expect(buffer.take()).toBe('Müller #');
  });

  it('leaves named keys and shortcuts alone (they are not text)', () => {
    const buffer = createKeyBuffer();
    expect(buffer.push(key('Enter'))).toBe(false);
    expect(buffer.push(key('ArrowDown'))).toBe(false);
    expect(buffer.push(key('Shift'))).toBe(false);
    expect(buffer.push(key('k', { ctrlKey: true }))).toBe(false);
    expect(buffer.push(key('k', { metaKey: true }))).toBe(false);
    expect(buffer.push(key('1', { altKey: true }))).toBe(false);
    expect(buffer.take()).toBe('');
  });
});
