import { channelSchema, idSchema, ticketStatusSchema, ticketViewSchema } from '../../core';
import { defaultInboxQuery } from './defaultInboxQuery';
import type { InboxPlace } from './InboxPlace';
import type { InboxQuery } from './InboxQuery';

/** Reading navbar places from addresses, and the query each starts from. */
export const inboxPlaces = {
  /** The place an address segment names, or null for anything else. */
  parse(text: string): InboxPlace | null {
    const view = ticketViewSchema.safeParse(text);
    if (view.success) return view.data;
    const [kind, value] = text.split(/-(.*)/s);
    if (kind === 'channel' && channelSchema.safeParse(value).success) return text as InboxPlace;
    if (kind === 'status' && ticketStatusSchema.safeParse(value).success) return text as InboxPlace;
    if (kind === 'saved' && idSchema.safeParse(value).success) return text as InboxPlace;
    return null;
  },
  /** The saved view's id when the place is one. */
  savedViewId(place: InboxPlace): string | null {
    return place.startsWith('saved-') ? place.slice('saved-'.length) : null;
  },
  /** What a place shows before the agent narrows it: SLA views read best due-soonest first. */
  baseQuery(place: InboxPlace): InboxQuery {
    const [kind, value] = place.split(/-(.*)/s);
    const channel = channelSchema.safeParse(kind === 'channel' ? value : undefined);
    const status = ticketStatusSchema.safeParse(kind === 'status' ? value : undefined);
    const view = ticketViewSchema.safeParse(place);
    return {
      ...defaultInboxQuery,
      view: view.success ? view.data : 'all',
      channel: channel.success ? [channel.data] : [],
      status: status.success ? [status.data] : [],
      sort: place === 'sla_at_risk' || place === 'sla_breached' ? 'sla_due' : 'newest',
    };
  },
};
