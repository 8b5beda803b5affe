import { darken, lighten, toRgba } from '@mantine/core';
import { contrastRatio } from './contrastRatio';

/** AA for normal-size text: the app's dimmed and colored text is 12–14 px. */
export const minTextContrast = 4.5;

const hex = (color: string): string => {
  const { r, g, b } = toRgba(color);
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
};

/**
 * `color`, darkened (light scheme) or lightened (dark scheme) in small steps until it reads at
 * `minTextContrast` on every one of `backgrounds`: the palette's hue is kept, only as much
 * lightness changes as contrast needs.
 */
export function readableColor(color: string, backgrounds: readonly string[], direction: 'darker' | 'lighter'): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = hex(direction === 'darker' ? darken(color, step * 0.04) : lighten(color, step * 0.04));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= minTextContrast)) return candidate;
  }
  return direction === 'darker' ? '#000000' : '#ffffff';
}
