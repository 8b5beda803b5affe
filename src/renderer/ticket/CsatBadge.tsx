import { Badge, Tooltip } from '@mantine/core';
import { IconMoodHappy, IconMoodNeutral, IconMoodSad } from '@tabler/icons-react';
import { csatScoreLabels, type TicketDetail } from '../../core';
import { formatTime } from '../app/formatTime';

/**
 * The customer's satisfaction answer on the ticket (from the survey page, live): green for 4–5,
 * yellow for 3, red for 1–2; the comment and when it was given on hover. Nothing before an answer.
 */
export function CsatBadge({ csat }: { csat: TicketDetail['csat'] }) {
  if (!csat) return null;
  const score = csat.score as keyof typeof csatScoreLabels;
  const color = score >= 4 ? 'teal' : score === 3 ? 'yellow' : 'red';
  const Icon = score >= 4 ? IconMoodHappy : score === 3 ? IconMoodNeutral : IconMoodSad;
  const said = csat.comment ? `“${csat.comment}”` : 'No comment';
  return (
    <Tooltip label={`${said} · rated ${formatTime.dayTime(csat.createdAt)}`} withArrow openDelay={300} multiline maw={320}>
      <Badge size="sm" tt="none" variant="light" color={color} leftSection={<Icon size={12} />} data-testid="ticket-csat" data-score={score} style={{ flexShrink: 0 }}>
        Satisfaction {score}/5 · {csatScoreLabels[score]}
      </Badge>
    </Tooltip>
  );
}
