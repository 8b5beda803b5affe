import type { ShellNotification } from './ShellNotification';

export interface MentionSeen {
  messageId: string;
  ticketId: string;
  ticketNumber: number | null;
  subject: string;
  authorName: string | null;
  preview: string;
}

/** One OS notification per message that newly @mentions me; none on the first look (`known` null). */
export function mentionNotifications(known: ReadonlySet<string> | null, mentions: readonly MentionSeen[]): ShellNotification[] {
  if (known === null) return [];
  return mentions
    .filter((m) => !known.has(m.messageId))
    .slice(0, 3)
    .map((m) => ({
      target: { kind: 'ticket', id: m.ticketId },
      title: `${m.authorName ?? 'Someone'} mentioned you on #${m.ticketNumber ?? '—'}`,
      body: `${m.subject}: ${m.preview}`,
    }));
}
