import { Badge, TagsInput } from '@mantine/core';
import type { TagDefRow } from '../../core';
import { tagColourOf } from './tagColourOf';

interface Props {
  value: string[];
  onChange(tags: string[]): void;
  tagDefs: readonly TagDefRow[];
  usedTags: readonly string[];
  error?: string | null;
  /** null: no visible label (the ticket header), the field is still named for screen readers. */
  label?: string | null;
  /** xs in the ticket header, where it shares a row with the fields. */
  size?: 'xs' | 'sm';
}

/** Tags with autocomplete (defined tags first, then tags in use); a new word becomes a grey tag. */
export function TagPicker({ value, onChange, tagDefs, usedTags, error, label = 'Tags', size = 'sm' }: Props) {
  const data = [...new Set([...tagDefs.map((d) => d.name), ...usedTags])];
  return (
    <TagsInput
      label={label ?? undefined}
      aria-label="Tags"
      placeholder={value.length === 0 ? (size === 'xs' ? 'Add a tag' : 'Type a tag, Enter adds it') : undefined}
      data={data}
      value={value}
      // Stored lower-case and trimmed, so "VIP" joins the existing "vip" tag.
      onChange={(tags) => onChange([...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))])}
      error={error}
      clearable={size === 'sm'}
      size={size}
      renderOption={({ option }) => (
        <Badge variant="light" color={tagColourOf(option.value, tagDefs)} size="sm">
          {option.value}
        </Badge>
      )}
      data-testid="tag-picker"
    />
  );
}
