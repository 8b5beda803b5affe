import { z } from 'zod';
import { emailDomain } from './emailDomain';
import { nameSimilarity } from './nameSimilarity';
import { normaliseEmail } from './normaliseEmail';
import { normalisePhone } from './normalisePhone';

export const duplicateReasonSchema = z.enum(['email', 'phone', 'domain', 'name']);
export type DuplicateReason = z.infer<typeof duplicateReasonSchema>;

/** What duplicate detection compares of a customer: its own and its contacts' addresses. */
export interface DuplicateProbe {
  name: string;
  emails: readonly (string | null)[];
  phones: readonly (string | null)[];
}

/** Names this alike are flagged alone; a shared company domain needs only a loosely similar name. */
export const sameNameThreshold = 0.85;
export const sameDomainNameThreshold = 0.5;

const keys = (values: readonly (string | null)[], normalise: (v: string | null) => string | null): Set<string> =>
  new Set(values.map(normalise).filter((v): v is string => v !== null));
const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((v) => b.has(v));

/**
 * Why two customers are likely the same, empty when they are not: the same normalised email or
 * phone; the same company email domain with a similar name; or a near-identical name.
 * `sharedDomains` are mailbox domains many unrelated customers use here (not a company's).
 */
export function duplicateReasons(a: DuplicateProbe, b: DuplicateProbe, sharedDomains: ReadonlySet<string> = new Set()): DuplicateReason[] {
  const emailsA = keys(a.emails, normaliseEmail);
  const emailsB = keys(b.emails, normaliseEmail);
  const similarity = nameSimilarity(a.name, b.name);
  const reasons: DuplicateReason[] = [];
  if (meets(emailsA, emailsB)) reasons.push('email');
  if (meets(keys(a.phones, normalisePhone), keys(b.phones, normalisePhone))) reasons.push('phone');
  const companyDomain = (e: string | null): string | null => {
    const d = emailDomain(e);
    return d !== null && !sharedDomains.has(d) ? d : null;
  };
  const domainsA = keys([...emailsA], companyDomain);
  if (meets(domainsA, keys([...emailsB], companyDomain)) && similarity >= sameDomainNameThreshold) reasons.push('domain');
  if (similarity >= sameNameThreshold) reasons.push('name');
  return reasons;
}
