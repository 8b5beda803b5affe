import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { channelSchema, fieldFilterSchema, tagNameSchema, ticketPrioritySchema, ticketSortSchema, ticketStatusSchema } from '../../core';
import type { InboxPlace } from './InboxPlace';
import type { InboxQuery } from './InboxQuery';
import { inboxPlaces } from './inboxPlaces';

/** What is kept per place: the filter bar and the sort (the search is for the moment only). */
const keptSchema = z.object({
  channel: z.array(channelSchema),
  status: z.array(ticketStatusSchema),
  priority: z.array(ticketPrioritySchema),
  sort: ticketSortSchema,
  // Defaults: filters kept before tags and fields existed still parse.
  tags: z.array(tagNameSchema).default(() => []),
  fields: fieldFilterSchema.default(() => ({})),
});
type Kept = z.infer<typeof keptSchema>;

const storageKey = (agentId: string): string => `relay.inboxFilters.${agentId}`;

/** Each place's kept filters; entries that no longer parse (older app, hand edits) are dropped, the rest kept. */
function load(agentId: string): Partial<Record<string, Kept>> {
  let raw: unknown;
  try {
    raw = JSON.parse(window.localStorage.getItem(storageKey(agentId)) ?? '{}');
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const kept: Partial<Record<string, Kept>> = {};
  for (const [place, value] of Object.entries(raw)) {
    const parsed = keptSchema.safeParse(value);
    if (inboxPlaces.parse(place) && parsed.success) kept[place] = parsed.data;
  }
  return kept;
}

/**
 * The inbox query of a place: its own filters and sort, kept per place across place switches
 * and reloads (per agent, in this browser's storage), plus the search being typed. A saved
 * view's place starts from `saved` (its stored query, search included); changes to it last until
 * the agent leaves it or the view is saved again, so the view itself stays what was saved.
 */
export function useInboxQuery(agentId: string, place: InboxPlace, saved?: InboxQuery): [InboxQuery, (query: InboxQuery) => void] {
  const [kept, setKept] = useState(() => load(agentId));
  const [search, setSearch] = useState('');
  const [override, setOverride] = useState<{ place: InboxPlace; base: InboxQuery | undefined; query: InboxQuery } | null>(null);
  const isSaved = inboxPlaces.savedViewId(place) !== null;
  const query = useMemo<InboxQuery>(() => {
    if (isSaved) {
      if (override && override.place === place && override.base === saved) return override.query;
      return saved ?? inboxPlaces.baseQuery(place);
    }
    return { ...inboxPlaces.baseQuery(place), ...kept[place], search };
  }, [isSaved, override, saved, kept, place, search]);
  const change = useCallback(
    (next: InboxQuery) => {
      if (isSaved) {
        setOverride({ place, base: saved, query: next });
        return;
      }
      setSearch(next.search);
      setKept((all) => {
        const updated = { ...all, [place]: { channel: next.channel, status: next.status, priority: next.priority, sort: next.sort, tags: next.tags, fields: next.fields } };
        window.localStorage.setItem(storageKey(agentId), JSON.stringify(updated));
        return updated;
      });
    },
    [agentId, place, isSaved, saved],
  );
  return [query, change];
}
