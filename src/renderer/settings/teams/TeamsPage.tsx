import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { mayEditTeamHours, type AgentRow } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';
import { summarizeWeek } from './summarizeWeek';
import { TeamHoursEditor } from './TeamHoursEditor';

/**
 * Settings → Teams (leads and admins): every team with its time zone, hours and holidays, which
 * its SLA clocks run on. Admins edit every team; a lead edits their own team's hours.
 */
export function TeamsPage({ agent }: { agent: AgentRow }) {
  const teams = useRelayQuery('teams.calendars', {}, ['teams', 'agents']);
  const [editing, setEditing] = useState<string | null>(null);
  const list = teams.data ?? [];
  const open = list.find((t) => t.id === editing) ?? null;
  return (
    <Stack gap="md" data-testid="settings-teams">
      <div>
        <Title order={2} fz="h3">
          Teams
        </Title>
        <Text size="sm" c="dimmed">
          SLA clocks count only a team&apos;s opening hours, in its time zone, and stop on its holidays.
        </Text>
      </div>
      {teams.error ? (
        <Alert color="red" title="Teams could not be read">
          {teams.error.message}
        </Alert>
      ) : teams.loading && !teams.data ? (
        <Loader size="sm" />
      ) : list.length === 0 ? (
        <Text c="dimmed">No teams yet: this desktop has not received any from the hub.</Text>
      ) : null}
      {open ? <TeamHoursEditor key={open.id} team={open} teams={list} agent={agent} onClose={() => setEditing(null)} /> : null}
      {list.map((team) => {
        const editable = mayEditTeamHours(agent, team.id);
        return (
          <Card key={team.id} withBorder radius="md" data-testid="team-card" data-team={team.name}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{team.name}</Text>
                  <Badge variant="light" color="gray" tt="none">
                    {team.agentCount === 1 ? '1 agent' : `${team.agentCount} agents`}
                  </Badge>
                  {team.id === agent.teamId ? (
                    <Badge variant="light" tt="none">
                      Your team
                    </Badge>
                  ) : null}
                </Group>
                {team.calendar ? (
                  <>
                    <Group gap={6}>
                      <IconClockHour4 size={14} />
                      <Text size="sm" data-testid="team-hours">
                        {summarizeWeek(team.calendar.week)}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed" data-testid="team-zone">
                      {team.calendar.timeZone} · {team.calendar.holidays.length === 0 ? 'no holidays' : team.calendar.holidays.length === 1 ? '1 holiday' : `${team.calendar.holidays.length} holidays`}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed" data-testid="team-hours">
                    Around the clock (no business hours set)
                  </Text>
                )}
              </Stack>
              {editable ? (
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(team.id)} disabled={editing === team.id} aria-label={`Edit ${team.name}`}>
                  Edit
                </Button>
              ) : (
                <Text size="xs" c="dimmed" maw={160} ta="right">
                  Its lead or an admin sets these hours.
                </Text>
              )}
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
