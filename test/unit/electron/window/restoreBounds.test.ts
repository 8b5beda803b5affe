import { describe, expect, it } from 'vitest';
import { restoreBounds, type Rect } from '../../../../electron/window/restoreBounds';

const defaults = { width: 1280, height: 800, minWidth: 1024, minHeight: 640 };
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('without a saved state opens at the default size, centred by the OS', () => {
    expect(restoreBounds(null, [laptop], defaults)).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
  });

  it('restores a window that fits where it was, and its maximised flag', () => {
    const saved = { x: 1600, y: 100, width: 1500, height: 900, maximized: true };
    expect(restoreBounds(saved, [laptop, monitorRight], defaults)).toEqual({
      bounds: { x: 1600, y: 100, width: 1500, height: 900 },
      maximized: true,
    });
  });

  it('a window saved on a monitor that is gone reopens on the primary display, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({ bounds: { width: 1440, height: 875 }, maximized: false });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const saved = { x: 1200, y: -50, width: 1100, height: 700, maximized: false };
    // 240px on the laptop, 860px on the monitor: it belongs to the monitor.
    expect(restoreBounds(saved, [laptop, monitorRight], defaults).bounds).toEqual({ x: 1440, y: 0, width: 1100, height: 700 });
    const offBottom = { x: 100, y: 600, width: 1100, height: 700, maximized: false };
    expect(restoreBounds(offBottom, [laptop], defaults).bounds).toEqual({ x: 100, y: 175, width: 1100, height: 700 });
  });

  it('never restores below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(restoreBounds(saved, [laptop], defaults).bounds).toEqual({ x: 10, y: 10, width: 1024, height: 640 });
  });

  it('handles displays left of or above the primary (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -200, width: 1920, height: 1040 };
    const saved = { x: -1800, y: -150, width: 1280, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop, left], defaults).bounds).toEqual({ x: -1800, y: -150, width: 1280, height: 800 });
  });
});
