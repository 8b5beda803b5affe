import type { InboxPlace } from '../../inbox/InboxPlace';
import type { SettingsPage } from '../../settings/SettingsPage';

/** The open item of every workspace, including those not shown now. */
export interface NavigationMemory {
  place: InboxPlace;
  ticketId: string | null;
  customerId: string | null;
  shipmentId: string | null;
  exceptionId: string | null;
  articleId: string | null;
  /** null: the first page the role may see. */
  settingsPage: SettingsPage | null;
}
