import { inboxPlaces } from '../../inbox/inboxPlaces';
import { settingsPages } from '../../settings/settingsPages';
import type { Address } from './Address';

// Ids are uuids or similar opaque tokens; anything with other characters is not an address of ours.
const idPattern = /^[A-Za-z0-9_-]{1,80}$/;
const id = (part: string | undefined): string | null => (part !== undefined && idPattern.test(part) ? part : null);
const home: Address = { section: 'inbox', place: null, ticketId: null };

/** The app's hash addresses: `#/inbox/<place>/<ticket>`, `#/tickets/<id>`, `#/customers/<id>/shipments/<id>`, … */
export const appAddress = {
  /** The address a hash names; the inbox for an empty or unknown one. */
  parse(hash: string): Address {
    const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
    const [head, a, b, c] = parts;
    switch (head) {
      case 'inbox':
        return { section: 'inbox', place: a === undefined ? null : inboxPlaces.parse(a), ticketId: id(b) };
      case 'tickets':
        return { section: 'inbox', place: null, ticketId: id(a) };
      case 'customers':
        return { section: 'customers', customerId: id(a), shipmentId: b === 'shipments' ? id(c) : null };
      case 'exceptions':
        return { section: 'exceptions', exceptionId: id(a) };
      case 'knowledge':
        return { section: 'knowledge', articleId: id(a) };
      case 'dashboard':
        return { section: 'dashboard' };
      case 'settings':
        return { section: 'settings', page: settingsPages.parse(a) };
      default:
        return home;
    }
  },
  /** The hash (with its `#`) of an address; the inverse of parse. */
  format(address: Address): string {
    switch (address.section) {
      case 'inbox':
        if (address.place === null) return address.ticketId ? `#/tickets/${address.ticketId}` : '#/inbox';
        return `#/inbox/${address.place}${address.ticketId ? `/${address.ticketId}` : ''}`;
      case 'customers':
        if (!address.customerId) return '#/customers';
        return `#/customers/${address.customerId}${address.shipmentId ? `/shipments/${address.shipmentId}` : ''}`;
      case 'exceptions':
        return `#/exceptions${address.exceptionId ? `/${address.exceptionId}` : ''}`;
      case 'knowledge':
        return `#/knowledge${address.articleId ? `/${address.articleId}` : ''}`;
      case 'dashboard':
        return '#/dashboard';
      case 'settings':
        return `#/settings${address.page ? `/${address.page}` : ''}`;
    }
  },
};
