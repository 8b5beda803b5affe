import { Badge, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';

const label = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The team's closed dates (local dates in its zone), sorted; pick one and add it, remove any. */
export function HolidaysEditor({ holidays, error, onChange }: { holidays: string[]; error: string | null; onChange(holidays: string[]): void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const add = () => {
    if (!picked || holidays.includes(picked)) return;
    onChange([...holidays, picked].sort());
    setPicked(null);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <DatePickerInput label="Add a holiday" placeholder="Pick a date" size="xs" w={200} value={picked} onChange={setPicked} valueFormat="D MMM YYYY" clearable data-testid="holiday-date" />
        <Button size="xs" variant="light" leftSection={<IconCalendarPlus size={14} />} disabled={!picked || holidays.includes(picked)} onClick={add} data-testid="add-holiday">
          Add holiday
        </Button>
      </Group>
      {holidays.length === 0 ? (
        <Text size="sm" c="dimmed">
          No holidays: the team works every week as above.
        </Text>
      ) : (
        <Group gap={6} data-testid="holiday-list">
          {holidays.map((h) => (
            <Badge key={h} variant="light" color="gray" tt="none" pr={2} rightSection={<CloseButton size="xs" aria-label={`Remove holiday ${label(h)}`} onClick={() => onChange(holidays.filter((x) => x !== h))} />}>
              {label(h)}
            </Badge>
          ))}
        </Group>
      )}
      {error ? (
        <Text size="xs" c="red">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
