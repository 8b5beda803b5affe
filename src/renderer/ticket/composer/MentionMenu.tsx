import { Avatar, Group, Paper, Text, UnstyledButton } from '@mantine/core';

export interface Mentionable {
  id: string;
  name: string;
}

/** The teammates matching the `@name` being typed; the highlighted one is taken by Enter or Tab. */
export function MentionMenu({ people, active, onPick }: { people: Mentionable[]; active: number; onPick(person: Mentionable): void }) {
  return (
    <Paper shadow="md" withBorder p={4} w={260} role="listbox" aria-label="Mention a teammate" data-testid="mention-menu">
      {people.map((p, i) => (
        <UnstyledButton
          key={p.id}
          role="option"
          aria-selected={i === active}
          w="100%"
          px="xs"
          py={4}
          // Keep focus (and the cursor) in the textarea while choosing with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(p)}
          style={{ borderRadius: 'var(--mantine-radius-sm)', background: i === active ? 'var(--mantine-primary-color-light)' : undefined }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar size={22} radius="xl" name={p.name} color="initials" />
            <Text size="sm" truncate>
              {p.name}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Paper>
  );
}
