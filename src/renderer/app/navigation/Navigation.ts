import type { InboxPlace } from '../../inbox/InboxPlace';
import type { NavigationMemory } from './NavigationMemory';
import type { Section } from './Section';
import type { SettingsPage } from '../../settings/SettingsPage';

/** Where the agent is (read from the address bar), and the one way any screen moves them elsewhere. */
export interface Navigation extends NavigationMemory {
  section: Section;
  go(section: Section): void;
  openPlace(place: InboxPlace): void;
  openTicket(id: string): void;
  openCustomer(id: string): void;
  openShipment(customerId: string, shipmentId: string): void;
  /** null closes the open exception (its address becomes the queue's). */
  openException(id: string | null): void;
  openArticle(id: string): void;
  openSettings(page: SettingsPage): void;
  /** The address `go(section)` opens, for real links (focusable, middle-click opens a tab). */
  hrefOf(section: Section): string;
  /** The address `openPlace(place)` opens. */
  placeHref(place: InboxPlace): string;
}
