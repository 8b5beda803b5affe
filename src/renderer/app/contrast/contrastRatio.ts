import { luminance } from '@mantine/core';

/** WCAG contrast ratio of two opaque colors (1 to 21); 4.5 is the floor for body text (AA). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
