import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { commandPalette } from './commandPalette';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A search-field look-alike in the header that opens the command palette. */
export function PaletteButton() {
  return (
    <UnstyledButton
      onClick={commandPalette.open}
      data-testid="palette-button"
      px="sm"
      h={34}
      w={300}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        background: 'var(--mantine-color-default)',
      }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <IconSearch size={15} color="var(--mantine-color-dimmed)" />
          <Text size="sm" c="dimmed">
            Search…
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          <Kbd size="xs">{mac ? '⌘' : 'Ctrl'}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}
