/** The newest inbound message and the newest reply by `me` in a thread (epoch ms, null if none). */
export function summarizeThread(
  messages: readonly { direction: string; authorId: string | null; createdAt: number }[],
  me: string,
): { lastInboundAt: number | null; lastOwnReplyAt: number | null } {
  let lastInboundAt: number | null = null;
  let lastOwnReplyAt: number | null = null;
  for (const m of messages) {
    if (m.direction === 'inbound') lastInboundAt = Math.max(lastInboundAt ?? m.createdAt, m.createdAt);
    // Internal notes are not an answer to the customer.
    if (m.direction === 'outbound' && m.authorId === me) lastOwnReplyAt = Math.max(lastOwnReplyAt ?? m.createdAt, m.createdAt);
  }
  return { lastInboundAt, lastOwnReplyAt };
}
