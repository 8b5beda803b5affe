import { useState } from 'react';
import type { Mentionable } from './MentionMenu';
import { mentionQuery } from './mentionQuery';

const shown = 6;

/**
 * @mention autocomplete for a textarea: tracks the `@name` before the cursor, filters the
 * teammates and, on pick, replaces it with "@Full Name ". Notes store mentions as that text.
 */
export function useMentions(people: Mentionable[], enabled: boolean) {
  const [at, setAt] = useState<{ start: number; query: string; cursor: number } | null>(null);
  const [active, setActive] = useState(0);
  const q = at?.query.toLowerCase() ?? '';
  const matches = enabled && at ? people.filter((p) => p.name.toLowerCase().split(/\s+/).some((part) => part.startsWith(q)) || p.name.toLowerCase().startsWith(q)).slice(0, shown) : [];

  return {
    open: matches.length > 0,
    matches,
    active: Math.min(active, Math.max(0, matches.length - 1)),
    /** Call after every edit or cursor move. */
    track(body: string, cursor: number) {
      const found = mentionQuery(body, cursor);
      setAt(found ? { ...found, cursor } : null);
      if (found?.query !== at?.query) setActive(0);
    },
    move(step: 1 | -1) {
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
    },
    close() {
      setAt(null);
    },
    /** The body with the typed `@que` replaced by the person's name, and the cursor after it. */
    pick(body: string, person: Mentionable): { body: string; cursor: number } {
      if (!at) return { body, cursor: body.length };
      const text = `@${person.name} `;
      const after = body.slice(at.cursor).replace(/^ /, '');
      setAt(null);
      return { body: body.slice(0, at.start) + text + after, cursor: at.start + text.length };
    },
  };
}
