import type { InboxPlace } from '../../inbox/InboxPlace';
import type { SettingsPage } from '../../settings/SettingsPage';

/**
 * What the address bar (the hash) names: a workspace and its open item. Each ticket, customer,
 * shipment, exception and article has one, so reloads and links land on the same thing.
 */
export type Address =
  | { section: 'inbox'; place: InboxPlace | null; ticketId: string | null }
  | { section: 'customers'; customerId: string | null; shipmentId: string | null }
  | { section: 'exceptions'; exceptionId: string | null }
  | { section: 'knowledge'; articleId: string | null }
  | { section: 'dashboard' }
  | { section: 'settings'; page: SettingsPage | null };
