import type { TagColour, TagDefRow } from '../../core';

/** A tag's colour: its definition's, or grey for a tag nobody defined. */
export function tagColourOf(tag: string, defs: readonly TagDefRow[]): TagColour {
  return defs.find((d) => d.name === tag)?.colour ?? 'gray';
}
