/**
 * The subject line of a ticket email: the ticket reference `[#1042]` (which ingest threads
 * on) exactly once, and "Re: " when answering the customer's own message.
 */
export function emailSubject(subject: string, ticketNumber: number | null, isReply: boolean): string {
  let text = subject.replace(/^\s*((re|aw|fwd?|sv)\s*:\s*)+/i, '').trim();
  if (ticketNumber !== null && !text.includes(`[#${ticketNumber}]`)) text = `[#${ticketNumber}] ${text}`;
  return isReply ? `Re: ${text}` : text;
}
