/** Mailbox providers whose users are private people: a new sender there is a B2C customer. */
const consumerDomains = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.uk',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'proton.me',
  'protonmail.com', 'mail.com', 'yandex.ru', 'orange.fr', 'free.fr', 'libero.it', 'qq.com', '163.com',
]);

/**
 * How ingest files an unknown email sender: a consumer mailbox → a new B2C customer of their
 * own; a company domain → the B2B customer that domain belongs to (matched by the hub via an
 * existing contact on that domain), or a new B2B customer named after the domain.
 */
export function senderCustomerKind(email: string): { kind: 'b2c' } | { kind: 'b2b'; domain: string } {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return consumerDomains.has(domain) || domain === '' ? { kind: 'b2c' } : { kind: 'b2b', domain };
}
