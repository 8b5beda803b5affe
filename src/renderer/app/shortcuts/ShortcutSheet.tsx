import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Fragment, useState } from 'react';
import { hotkeysFor } from './hotkeysFor';
import { keyLabel } from './keyLabel';
import type { Shortcut, ShortcutScope } from './Shortcut';
import { shortcuts } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const scopes: ShortcutScope[] = ['Anywhere', 'Lists', 'Open ticket', 'Reply box'];

function Keys({ shortcut }: { shortcut: Shortcut }) {
  const shown = shortcut.shown ? [shortcut.shown] : shortcut.keys;
  return (
    <Group gap={6} wrap="nowrap">
      {shown.map((hotkey, i) => (
        <Fragment key={hotkey}>
          {i > 0 && (
            <Text span size="xs" c="dimmed">
              or
            </Text>
          )}
          <Group gap={2} wrap="nowrap">
            {keyLabel(hotkey, isMac).map((part) => (
              <Kbd key={part} size="xs">
                {part}
              </Kbd>
            ))}
          </Group>
        </Fragment>
      ))}
    </Group>
  );
}

/** The `?` sheet: every shortcut from the one registry the handlers bind. */
export function ShortcutSheet() {
  const [opened, setOpened] = useState(false);
  useHotkeys(hotkeysFor({ help: () => setOpened((o) => !o) }));
  const all: Shortcut[] = Object.values(shortcuts);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={<Title order={2} size="h4">Keyboard shortcuts</Title>} size="lg" data-testid="shortcut-sheet">
      <Stack gap="md">
        {scopes.map((scope) => (
          <Table key={scope} verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th colSpan={2}>{scope}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all
                .filter((s) => s.scope === scope)
                .map((s) => (
                  <Table.Tr key={s.description} data-testid="shortcut-row">
                    <Table.Td w={170}>
                      <Keys shortcut={s} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.description}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Modal>
  );
}
