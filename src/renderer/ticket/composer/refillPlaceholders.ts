type Values = Readonly<Record<string, string | null>>;

/**
 * The composer text with a macro's placeholder values brought up to date after the ticket's
 * links changed (a shipment linked): a placeholder left visible for lack of a value gets the new
 * value, and an old value still in the text (not edited away) is swapped for the new one. Values
 * that vanished are left alone: the agent's text is never emptied behind their back.
 */
export function refillPlaceholders(body: string, before: Values, after: Values): string {
  let next = body;
  for (const [name, value] of Object.entries(after)) {
    const old = before[name] ?? null;
    if (value === null || value === '' || value === old) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    next = next.replace(new RegExp(`\\{\\{\\s*${escaped}\\s*\\}\\}`, 'g'), () => value);
    // Too short an old value (a single letter) could match ordinary words; leave those.
    if (old !== null && old.length >= 3) next = next.split(old).join(value);
  }
  return next;
}
