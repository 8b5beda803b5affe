import { duplicateReasons, type DuplicateProbe, type DuplicateReason } from './duplicateReasons';
import { emailDomain } from './emailDomain';
import { normaliseEmail } from './normaliseEmail';
import { normalisePhone } from './normalisePhone';

/** A live customer as detection sees it: its own email and phone first, then its contacts'. */
export interface DuplicateCandidate extends DuplicateProbe {
  id: string;
  createdAt: number;
}

export interface DuplicatePair {
  /** The older customer of the two (the natural survivor). */
  customerId: string;
  otherId: string;
  reasons: DuplicateReason[];
}

/** Keys two duplicates are likely to share; only customers sharing one are compared (no n² scan). */
function blockKeys(c: DuplicateCandidate): string[] {
  const emails = c.emails.map(normaliseEmail).filter((e): e is string => e !== null);
  const keys = [
    ...emails.map((e) => `e:${e}`),
    ...emails.map(emailDomain).filter((d): d is string => d !== null).map((d) => `d:${d}`),
    ...c.phones.map(normalisePhone).filter((p): p is string => p !== null).map((p) => `p:${p}`),
  ];
  // Near-identical names share the first three letters of some word.
  const words = c.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (const w of words) if (w.length >= 3) keys.push(`n:${w.slice(0, 3)}`);
  return [...new Set(keys)];
}

/** A domain in the own emails of this many customers is a mailbox provider here, not one company. */
export const sharedDomainCustomers = 10;

function sharedDomains(candidates: readonly DuplicateCandidate[]): Set<string> {
  const count = new Map<string, number>();
  for (const c of candidates) {
    const domain = emailDomain(normaliseEmail(c.emails[0]));
    if (domain) count.set(domain, (count.get(domain) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= sharedDomainCustomers).map(([d]) => d));
}

/**
 * Likely duplicate pairs among `candidates`; with `focus`, only pairs involving one of those
 * (the customers just written). Each pair once, older customer first, reasons from core's rule.
 */
export function findDuplicatePairs(candidates: readonly DuplicateCandidate[], focus?: ReadonlySet<string>): DuplicatePair[] {
  const shared = sharedDomains(candidates);
  const blocks = new Map<string, DuplicateCandidate[]>();
  for (const c of candidates) for (const key of blockKeys(c)) blocks.set(key, [...(blocks.get(key) ?? []), c]);
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const members of blocks.values()) {
    // A block as big as this is a common word, not a signal (e.g. "logistics").
    if (members.length < 2 || members.length > 200) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!].sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id)) as [DuplicateCandidate, DuplicateCandidate];
        const key = `${a.id}|${b.id}`;
        if (seen.has(key) || (focus && !focus.has(a.id) && !focus.has(b.id))) continue;
        seen.add(key);
        const reasons = duplicateReasons(a, b, shared);
        if (reasons.length > 0) pairs.push({ customerId: a.id, otherId: b.id, reasons });
      }
    }
  }
  return pairs;
}
