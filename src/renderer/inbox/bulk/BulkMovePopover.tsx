import { Button, Group, Popover, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { TeamRow } from '../../../core';

interface Props {
  teams: readonly TeamRow[];
  /** How many tickets are selected (the button says it). */
  count: number;
  /** Disables the button while a batch runs. */
  busy: boolean;
  onMove(teamId: string, teamName: string, note: string): void;
}

/** "Move to team": every selected ticket goes to one team with one note (tickets already there stay). */
export function BulkMovePopover({ teams, count, busy, onMove }: Props) {
  const [opened, setOpened] = useState(false);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const team = teams.find((t) => t.id === teamId);

  function move() {
    if (!team) return;
    onMove(team.id, team.name, note);
    setNote('');
    setTeamId(null);
    setOpened(false);
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="compact-xs" variant="default" rightSection={<IconChevronDown size={12} />} disabled={busy} aria-label="Bulk move to team" onClick={() => setOpened((o) => !o)}>
          Move to team
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={280}>
          <Select
            label="Team"
            placeholder="Pick a team"
            data={teams.map((t) => ({ value: t.id, label: t.name }))}
            value={teamId}
            onChange={setTeamId}
            data-testid="bulk-move-team"
            comboboxProps={{ withinPortal: false }}
          />
          <Textarea label="Note for the team" placeholder="Why they belong with them" autosize minRows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Text size="xs" c="dimmed">
            They leave your team&apos;s queue and are unassigned; a move has no undo.
          </Text>
          <Group justify="flex-end">
            <Button size="xs" leftSection={<IconArrowsExchange size={14} />} disabled={!team} onClick={move}>
              Move {count} {count === 1 ? 'ticket' : 'tickets'}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
