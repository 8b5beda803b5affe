import { Badge, Tooltip } from '@mantine/core';
import { IconAlarm, IconClockExclamation } from '@tabler/icons-react';
import { slaAlert, type TicketRow } from '../../core';
import { formatTime } from './formatTime';
import { useSlaAtRiskMs } from './useSlaAtRiskMs';

/** "3 h", "2 d", "35 min": how far from a due time, in the unit an agent reads at a glance. */
function span(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

/**
 * The ticket's running SLA target when it needs attention (core's slaAlert): red once breached,
 * orange when due within the lead's at-risk threshold; nothing otherwise. `long` adds which
 * target and its due time.
 */
export function SlaBadge({ ticket, now, long = false }: { ticket: TicketRow; now: number; long?: boolean }) {
  const alert = slaAlert(ticket, now, useSlaAtRiskMs());
  if (alert === null) return null;
  const breached = alert.level === 'breached';
  const what = alert.kind === 'first_response' ? 'First response' : 'Resolution';
  const due = formatTime.dayTime(alert.dueAt);
  const text = breached ? `${span(alert.remainingMs)} late` : `due in ${span(alert.remainingMs)}`;
  return (
    <Tooltip label={`${what} ${breached ? 'was due' : 'due'} ${due}`} withArrow openDelay={300}>
      <Badge
        size={long ? 'sm' : 'xs'}
        tt="none"
        variant={breached ? 'filled' : 'light'}
        color={breached ? 'red' : 'orange'}
        leftSection={breached ? <IconClockExclamation size={long ? 12 : 10} /> : <IconAlarm size={long ? 12 : 10} />}
        data-testid="sla-badge"
        data-sla={breached ? 'breached' : 'at_risk'}
        style={{ flexShrink: 0, maxWidth: '100%' }}
      >
        {long ? `${what}: ${breached ? `overdue ${span(alert.remainingMs)}` : `due in ${span(alert.remainingMs)}`} · ${due}` : text}
      </Badge>
    </Tooltip>
  );
}
