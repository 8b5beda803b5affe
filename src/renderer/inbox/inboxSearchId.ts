/** The inbox search box's element id: the `/` shortcut focuses it. */
export const inboxSearchId = 'inbox-search';
