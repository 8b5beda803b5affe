/**
 * The ticket number a customer's subject line refers to: "[#1042]", "Ticket #1042",
 * "ticket 1042", "Re: [Relay #1042]". Null when there is none.
 */
export function ticketReference(subject: string): number | null {
  const match = /\[[^\]]*#(\d{1,12})\]/.exec(subject) ?? /\bticket\s*(?:no\.?|number)?\s*#?\s*(\d{1,12})\b/i.exec(subject);
  if (!match?.[1]) return null;
  const n = Number(match[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
