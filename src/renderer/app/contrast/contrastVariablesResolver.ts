import { darken, getPrimaryShade, type CSSVariablesResolver, type MantineColorShade, type MantineColorsTuple, type MantineTheme } from '@mantine/core';
import { readableColor } from './readableColor';

type Variables = Record<string, string>;

/** Where text sits in the light scheme: page, paper and striped rows, the selected (primary-tinted) row. */
function lightBackgrounds(theme: MantineTheme): string[] {
  const primary = theme.colors[theme.primaryColor]!;
  return [theme.white, theme.colors.gray[0], theme.colors.gray[1], primary[0], primary[1]];
}

/** The dark scheme's page, paper and hover greys and the selected row's primary tint. */
function darkBackgrounds(theme: MantineTheme): string[] {
  const primary = theme.colors[theme.primaryColor]!;
  return [theme.colors.dark[7], theme.colors.dark[6], theme.colors.dark[5], darken(primary[9], 0.5), darken(primary[9], 0.3)];
}

function lightColorVariables(theme: MantineTheme, name: string, tuple: MantineColorsTuple): Variables {
  const refs = lightBackgrounds(theme);
  const filled = readableColor(tuple[getPrimaryShade(theme, 'light')], [theme.white], 'darker');
  const text = readableColor(tuple[getPrimaryShade(theme, 'light')], refs, 'darker');
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    [`--mantine-color-${name}-text`]: text,
    [`--mantine-color-${name}-outline`]: text,
    [`--mantine-color-${name}-light-color`]: readableColor(tuple[9], [tuple[1], tuple[2]], 'darker'),
  };
}

function darkColorVariables(theme: MantineTheme, name: string, tuple: MantineColorsTuple): Variables {
  const refs = darkBackgrounds(theme);
  const shade = getPrimaryShade(theme, 'dark');
  const filled = readableColor(tuple[shade], [theme.white], 'darker');
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    [`--mantine-color-${name}-text`]: readableColor(tuple[4], refs, 'lighter'),
    [`--mantine-color-${name}-outline`]: readableColor(tuple[Math.max(shade - 4, 0) as MantineColorShade], refs, 'lighter'),
    [`--mantine-color-${name}-light-color`]: readableColor(tuple[0], [darken(tuple[9], 0.5), darken(tuple[9], 0.3)], 'lighter'),
  };
}

/**
 * Mantine's default text colors miss WCAG AA (dimmed grey #868e96 on white is 3.3:1, white on
 * the filled indigo 4.3:1). This keeps the palette and only shifts each color variable's
 * lightness until it reads at 4.5:1 where the app puts it, in both schemes, so no component
 * needs its own fix.
 */
export const contrastVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Variables = {};
  const dark: Variables = {};
  for (const [name, tuple] of Object.entries(theme.colors)) {
    Object.assign(light, lightColorVariables(theme, name, tuple));
    Object.assign(dark, darkColorVariables(theme, name, tuple));
  }
  const primary = theme.primaryColor;
  Object.assign(light, {
    '--mantine-color-dimmed': readableColor(theme.colors.gray[6], lightBackgrounds(theme), 'darker'),
    '--mantine-color-anchor': `var(--mantine-color-${primary}-text)`,
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
  });
  Object.assign(dark, {
    '--mantine-color-dimmed': readableColor(theme.colors.dark[2], darkBackgrounds(theme), 'lighter'),
    '--mantine-color-anchor': `var(--mantine-color-${primary}-text)`,
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    '--mantine-color-success': 'var(--mantine-color-teal-text)',
  });
  return { variables: {}, light, dark };
};
