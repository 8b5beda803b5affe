import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/renderer/app/contrast/contrastRatio';
import { contrastVariablesResolver } from '../../../src/renderer/app/contrast/contrastVariablesResolver';
import { theme } from '../../../src/renderer/app/theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const { light, dark } = contrastVariablesResolver(merged);

describe('contrastVariablesResolver', () => {
  it("fixes Mantine's defaults that miss AA: dimmed grey and white on the filled primary", () => {
    // The defaults this replaces, as axe found them.
    expect(contrastRatio('#868e96', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#ffffff', merged.colors.indigo[6])).toBeLessThan(4.5);
    expect(contrastRatio(light['--mantine-color-dimmed']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(light['--mantine-color-dimmed']!, merged.colors.indigo[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark['--mantine-color-dimmed']!, merged.colors.dark[5])).toBeGreaterThanOrEqual(4.5);
  });

  it('every palette color reads at 4.5:1 as filled (white text), as text and as tinted-badge text, in both schemes', () => {
    for (const [name, tuple] of Object.entries(merged.colors)) {
      for (const vars of [light, dark]) {
        expect(contrastRatio('#ffffff', vars[`--mantine-color-${name}-filled`]!), `${name} filled`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(light[`--mantine-color-${name}-text`]!, '#ffffff'), `${name} text, light`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(dark[`--mantine-color-${name}-text`]!, merged.colors.dark[7]), `${name} text, dark`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(light[`--mantine-color-${name}-light-color`]!, tuple[1]), `${name} light variant`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the hue: only as dark as contrast needs (indigo stays blue, dimmed stays grey)', () => {
    const filled = light['--mantine-color-indigo-filled']!;
    expect(filled).toMatch(/^#[0-9a-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(filled.slice(i, i + 2), 16)) as [number, number, number];
    expect(b).toBeGreaterThan(r);
    expect(b).toBeGreaterThan(g);
    expect(contrastRatio(light['--mantine-color-dimmed']!, '#ffffff')).toBeLessThan(7);
  });
});
