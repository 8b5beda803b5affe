import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const savedWindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export interface RestoredWindow {
  /** No x/y: let the OS centre the window on the primary display. */
  bounds: Rect | { width: number; height: number };
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Where to open the window: the saved bounds, moved and shrunk to lie wholly inside the work
 * area of the display it mostly overlapped. A window saved on a display that is gone (or with
 * no display given) reopens at its saved size, centred by the OS on the primary display.
 * `displays` are work areas (screen minus task bar / menu bar), primary first.
 */
export function restoreBounds(saved: SavedWindowState | null, displays: readonly Rect[], defaults: WindowDefaults): RestoredWindow {
  if (!saved) return { bounds: { width: defaults.width, height: defaults.height }, maximized: false };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of displays) {
    const shared = overlap(saved, area);
    if (shared > bestArea) {
      best = area;
      bestArea = shared;
    }
  }
  const limit = best ?? displays[0];
  const width = clamp(saved.width, defaults.minWidth, limit?.width ?? saved.width);
  const height = clamp(saved.height, defaults.minHeight, limit?.height ?? saved.height);
  if (!best) return { bounds: { width, height }, maximized: saved.maximized };
  const x = clamp(saved.x, best.x, best.x + best.width - width);
  const y = clamp(saved.y, best.y, best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
