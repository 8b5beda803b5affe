import { describe, expect, it } from 'vitest';
import { mentionNotifications, type MentionSeen } from '../../../../electron/attention/mentionNotifications';

const mention = (n: number): MentionSeen => ({
  messageId: `0196b000-0000-7000-8000-00000000000${n}`,
  ticketId: '0196b000-0000-7000-8000-0000000000aa',
  ticketNumber: 1042,
  subject: 'Pallet 3 of 5 missing',
  authorName: 'Priya Nair',
  preview: '@Maya Okafor can you call the depot?',
});

describe('mentionNotifications', () => {
  it('stays quiet on the first look, then notifies each new mention once, opening its ticket', () => {
    expect(mentionNotifications(null, [mention(1)])).toEqual([]);
    const notes = mentionNotifications(new Set([mention(1).messageId]), [mention(2), mention(1)]);
    expect(notes).toEqual([{ target: { kind: 'ticket', id: mention(2).ticketId }, title: 'Priya Nair mentioned you on #1042', body: 'Pallet 3 of 5 missing: @Maya Okafor can you call the depot?' }]);
  });
});
