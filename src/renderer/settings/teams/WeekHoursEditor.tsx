import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconX } from '@tabler/icons-react';
import { isoWeekdays, type BusinessCalendar, type IsoWeekday, type OpenInterval } from '../../../core';
import { weekdayNames } from './summarizeWeek';

const fullNames: Record<IsoWeekday, string> = { '1': 'Monday', '2': 'Tuesday', '3': 'Wednesday', '4': 'Thursday', '5': 'Friday', '6': 'Saturday', '7': 'Sunday' };

/**
 * One row per weekday: its open stretches (start–end, local time of the team), each removable, and
 * "Add hours"; a day without stretches is closed. Errors come from the shared zod schema, by day.
 */
export function WeekHoursEditor({ week, errors, onChange }: { week: BusinessCalendar['week']; errors: Partial<Record<IsoWeekday, string>>; onChange(week: BusinessCalendar['week']): void }) {
  const setDay = (day: IsoWeekday, stretches: OpenInterval[]) => onChange({ ...week, [day]: stretches });
  return (
    <Stack gap={6} data-testid="week-hours">
      {isoWeekdays.map((day) => {
        const stretches = week[day] ?? [];
        const add = () => {
          const last = stretches.at(-1);
          setDay(day, [...stretches, last ? { start: last.end < '23:00' ? last.end : '23:00', end: '24:00' } : { start: '08:00', end: '18:00' }]);
        };
        return (
          <Group key={day} gap="xs" align="flex-start" wrap="nowrap" data-testid={`hours-day-${day}`}>
            <Text w={90} size="sm" fw={500} pt={6}>
              {fullNames[day]}
            </Text>
            <Stack gap={4} flex={1}>
              {stretches.length === 0 ? (
                <Text size="sm" c="dimmed" pt={6}>
                  Closed
                </Text>
              ) : (
                stretches.map((s, i) => (
                  <Group key={i} gap={6} wrap="nowrap">
                    <TimeInput
                      size="xs"
                      w={110}
                      aria-label={`${weekdayNames[day]} opens (stretch ${i + 1})`}
                      value={s.start}
                      onChange={(e) => setDay(day, stretches.map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)))}
                    />
                    <Text size="sm">–</Text>
                    <TimeInput
                      size="xs"
                      w={110}
                      aria-label={`${weekdayNames[day]} closes (stretch ${i + 1})`}
                      value={s.end === '24:00' ? '23:59' : s.end}
                      onChange={(e) => setDay(day, stretches.map((x, j) => (j === i ? { ...x, end: e.currentTarget.value === '23:59' ? '24:00' : e.currentTarget.value } : x)))}
                    />
                    <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${weekdayNames[day]} ${s.start}–${s.end}`} onClick={() => setDay(day, stretches.filter((_, j) => j !== i))}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Group>
                ))
              )}
              {errors[day] ? (
                <Text size="xs" c="red">
                  {errors[day]}
                </Text>
              ) : null}
            </Stack>
            <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={add} aria-label={`Add hours on ${fullNames[day]}`} disabled={stretches.length >= 6}>
              Add hours
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}
