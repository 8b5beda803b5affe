/** An email as a duplicate key: trimmed, lower-case, "+tag" dropped from the local part; null if not an email. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  const email = (raw ?? '').trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1 || /\s/.test(email)) return null;
  const local = email.slice(0, at).split('+')[0] ?? '';
  return local === '' ? null : `${local}@${email.slice(at + 1)}`;
}
