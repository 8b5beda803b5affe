import { Autocomplete, Button, Group, Popover, Stack } from '@mantine/core';
import { IconChevronDown, IconTag } from '@tabler/icons-react';
import { useState } from 'react';
import { tagNameSchema } from '../../../core';

interface Props {
  /** Tags offered while typing (defined ones and ones in use). */
  tags: readonly string[];
  /** Disables the button while a batch runs. */
  busy: boolean;
  onTag(tag: string): void;
}

/** "Tag": one tag added to every selected ticket; a new word becomes a grey tag, as in the ticket header. */
export function BulkTagPopover({ tags, busy, onTag }: Props) {
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const parsed = tagNameSchema.safeParse(value);
  const error = value.trim() !== '' && !parsed.success ? (parsed.error.issues[0]?.message ?? 'Not a tag') : null;

  function add() {
    if (!parsed.success) return;
    onTag(parsed.data);
    setValue('');
    setOpened(false);
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="compact-xs" variant="default" rightSection={<IconChevronDown size={12} />} disabled={busy} aria-label="Bulk tag" onClick={() => setOpened((o) => !o)}>
          Tag
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={240}>
          <Autocomplete
            label="Add a tag"
            placeholder="e.g. claim"
            data={[...tags]}
            value={value}
            onChange={setValue}
            error={error}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
            data-testid="bulk-tag-input"
            comboboxProps={{ withinPortal: false }}
          />
          <Group justify="flex-end">
            <Button size="xs" leftSection={<IconTag size={14} />} disabled={!parsed.success} onClick={add}>
              Add tag
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
