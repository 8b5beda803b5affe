import { Alert, Button, Card, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { teamCalendarSchema, type AgentRow, type BusinessCalendar, type IsoWeekday, type TeamCalendarItem } from '../../../core';
import { relay } from '../../bridge/relay';
import { HolidaysEditor } from './HolidaysEditor';
import { timeZoneOptions } from './timeZoneOptions';
import { WeekHoursEditor } from './WeekHoursEditor';

const officeHours: BusinessCalendar = {
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  week: Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  holidays: [],
};

interface Errors {
  zone?: string;
  week?: string;
  days: Partial<Record<IsoWeekday, string>>;
  holidays?: string;
}

/**
 * Edits one team: its name (admins) and its business calendar (its lead or an admin). Checked with
 * core's teamCalendarSchema, the hub's own check, before anything is queued; both writes are
 * queued mutations, so they work offline and reach the hub when it is back.
 */
export function TeamHoursEditor({ team, teams, agent, onClose }: { team: TeamCalendarItem; teams: readonly TeamCalendarItem[]; agent: AgentRow; onClose(): void }) {
  const [name, setName] = useState(team.name);
  const [aroundTheClock, setAroundTheClock] = useState(team.calendar === null);
  const [calendar, setCalendar] = useState<BusinessCalendar>(team.calendar ?? officeHours);
  const [errors, setErrors] = useState<Errors>({ days: {} });
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zones = useMemo(timeZoneOptions, []);
  const isAdmin = agent.role === 'admin';

  const save = async () => {
    setFailure(null);
    const trimmed = name.trim();
    const clash = teams.find((t) => t.id !== team.id && t.name.toLowerCase() === trimmed.toLowerCase());
    setNameError(trimmed === '' ? 'A team needs a name.' : clash ? `A team named "${clash.name}" already exists.` : null);
    // A closed day is stored as no entry, not an empty list.
    const week = Object.fromEntries(Object.entries(calendar.week).filter(([, stretches]) => stretches.length > 0));
    const parsed = aroundTheClock ? null : teamCalendarSchema.safeParse({ ...calendar, week });
    const next: Errors = { days: {} };
    for (const issue of parsed && !parsed.success ? parsed.error.issues : []) {
      const [field, day] = issue.path.map(String);
      if (field === 'timeZone') next.zone = issue.message;
      else if (field === 'holidays') next.holidays = issue.message;
      else if (field === 'week' && day) next.days[day as IsoWeekday] = issue.message;
      else next.week = issue.message;
    }
    setErrors(next);
    if (trimmed === '' || clash || (parsed && !parsed.success)) return;
    setSaving(true);
    const writes = [relay().invoke('team.setCalendar', { id: team.id, calendar: parsed ? parsed.data : null })];
    if (isAdmin && trimmed !== team.name) writes.push(relay().invoke('team.save', { id: team.id, name: trimmed }));
    const replies = await Promise.all(writes);
    setSaving(false);
    const refused = replies.find((r) => !r.ok);
    if (refused && !refused.ok) return setFailure(refused.error.message);
    notifications.show({ color: 'teal', title: `${trimmed} saved`, message: 'SLA clocks of its tickets follow the new hours.' });
    onClose();
  };

  return (
    <Card withBorder radius="md" data-testid="team-editor">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} fz="h4">
            {team.name}
          </Title>
          <Text size="xs" c="dimmed">
            {isAdmin ? 'Admins edit every team.' : 'You lead this team: you set its hours.'}
          </Text>
        </Group>
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={!isAdmin} description={isAdmin ? undefined : 'Only admins rename teams.'} error={nameError} maw={360} data-testid="team-name" />
        <Switch
          label="Around the clock (no business hours: SLA clocks never pause for closing time)"
          checked={aroundTheClock}
          onChange={(e) => setAroundTheClock(e.currentTarget.checked)}
          data-testid="team-around-the-clock"
        />
        {aroundTheClock ? null : (
          <>
            <Select
              label="Time zone"
              description="Hours and holidays are the team's local time, summer time included."
              data={zones}
              value={calendar.timeZone}
              onChange={(zone) => zone && setCalendar({ ...calendar, timeZone: zone })}
              searchable
              nothingFoundMessage="No such time zone"
              maw={360}
              error={errors.zone}
              data-testid="team-time-zone"
            />
            <div>
              <Text size="sm" fw={500} mb={6}>
                Opening hours
              </Text>
              <WeekHoursEditor week={calendar.week} errors={errors.days} onChange={(week) => setCalendar({ ...calendar, week })} />
              {errors.week ? (
                <Text size="xs" c="red" mt={4}>
                  {errors.week}
                </Text>
              ) : null}
            </div>
            <div>
              <Text size="sm" fw={500} mb={6}>
                Holidays
              </Text>
              <HolidaysEditor holidays={calendar.holidays} error={errors.holidays ?? null} onChange={(holidays) => setCalendar({ ...calendar, holidays })} />
            </div>
          </>
        )}
        {failure ? (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} loading={saving} onClick={() => void save()} data-testid="save-team">
            Save team
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
