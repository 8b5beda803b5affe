/** Mailbox providers shared by unrelated people: the same domain there says nothing. */
const publicDomains = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.de', 'gmx.net',
  'gmx.com', 'web.de', 't-online.de', 'proton.me', 'protonmail.com', 'mail.com', 'yandex.ru', 'zoho.com',
  'orange.fr', 'free.fr', 'libero.it', 'qq.com', '163.com',
]);

/** The company domain of a normalised email; null for public mailbox providers and non-emails. */
export function emailDomain(email: string | null): string | null {
  const domain = email?.split('@')[1] ?? null;
  return domain && !publicDomains.has(domain) ? domain : null;
}
