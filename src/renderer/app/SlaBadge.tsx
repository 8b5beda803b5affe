import { Badge, Tooltip } from '@mantine/core';
import { IconAlarm, IconClockExclamation, IconClockPause } from '@tabler/icons-react';
import { calendarOfTeam, runningSlaTarget, slaAlert, type SlaBreachKind, type TicketRow } from '../../core';
import { formatOpening } from './formatOpening';
import { formatTime } from './formatTime';
import { useSlaAtRiskMs } from './useSlaAtRiskMs';
import { useTeamCalendars } from './useTeamCalendars';

/** "3 h", "2 d", "35 min": how far from a due time, in the unit an agent reads at a glance. */
function span(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

const targetNames: Record<SlaBreachKind, string> = { first_response: 'First response', next_response: 'Next reply', resolution: 'Resolution' };

/**
 * The ticket's running SLA target when it needs attention (core's slaAlert, on the team's
 * business hours): red once breached, orange when its open time left is within the lead's
 * threshold. `long` (the ticket view) adds which target and its due time, and says when the
 * clock waits for the team to open ("paused — opens Mon 08:00") even when nothing is urgent.
 */
export function SlaBadge({ ticket, now, long = false }: { ticket: TicketRow; now: number; long?: boolean }) {
  const team = useTeamCalendars().get(ticket.teamId);
  const calendar = calendarOfTeam(team);
  const alert = slaAlert(ticket, now, useSlaAtRiskMs(), calendar);
  const size = long ? 12 : 10;
  if (alert === null) {
    if (!long || ticket.status === 'solved' || ticket.status === 'closed') return null;
    const running = runningSlaTarget(ticket, now, calendar)?.view;
    if (!running || running.state !== 'running' || running.opensAt === null) return null;
    const opens = formatOpening(running.opensAt, calendar.timeZone);
    return (
      <Tooltip label={`Outside ${team?.name ?? 'the team'}'s hours (${calendar.timeZone}): the SLA clock runs again ${opens}; ${span(running.remainingMs ?? 0)} of open time left`} withArrow openDelay={300}>
        <Badge size="sm" tt="none" variant="light" color="gray" leftSection={<IconClockPause size={size} />} data-testid="sla-badge" data-sla="paused">
          SLA paused — opens {opens}
        </Badge>
      </Tooltip>
    );
  }
  const breached = alert.level === 'breached';
  const what = targetNames[alert.kind];
  const due = formatTime.dayTime(alert.dueAt);
  const text = breached ? `${span(alert.remainingMs)} late` : `due in ${span(alert.remainingMs)}`;
  const paused = alert.opensAt === null ? '' : ` · paused — opens ${formatOpening(alert.opensAt, calendar.timeZone)}`;
  return (
    <Tooltip label={`${what} ${breached ? 'was due' : 'due'} ${due}${breached ? '' : ' (time left counts the team\'s open hours)'}`} withArrow openDelay={300}>
      <Badge
        size={long ? 'sm' : 'xs'}
        tt="none"
        variant={breached ? 'filled' : 'light'}
        color={breached ? 'red' : 'orange'}
        leftSection={breached ? <IconClockExclamation size={size} /> : <IconAlarm size={size} />}
        data-testid="sla-badge"
        data-sla={breached ? 'breached' : 'at_risk'}
        style={{ flexShrink: 0, maxWidth: '100%' }}
      >
        {long ? `${what}: ${breached ? `overdue ${span(alert.remainingMs)}` : `due in ${span(alert.remainingMs)}`} · ${due}${paused}` : text}
      </Badge>
    </Tooltip>
  );
}
