import type { InboxQuery } from './InboxQuery';

/** All tickets, newest activity first, no filters. */
export const defaultInboxQuery: InboxQuery = { view: 'all', channel: [], status: [], priority: [], search: '', sort: 'newest', tags: [], fields: {} };
