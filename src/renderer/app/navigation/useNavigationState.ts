import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { shipmentFocus } from '../../customer/shipmentFocus';
import type { InboxPlace } from '../../inbox/InboxPlace';
import type { Address } from './Address';
import { addressOf } from './addressOf';
import { appAddress } from './appAddress';
import type { Navigation } from './Navigation';
import type { NavigationMemory } from './NavigationMemory';
import { rememberAddress } from './rememberAddress';
import type { Section } from './Section';
import type { SettingsPage } from '../../settings/SettingsPage';

const start: NavigationMemory = { place: 'all', ticketId: null, customerId: null, shipmentId: null, exceptionId: null, articleId: null, settingsPage: null };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const readHash = (): string => window.location.hash;

function visit(address: Address): void {
  window.location.hash = appAddress.format(address);
}

/**
 * The Workspace's navigation, kept in the address bar's hash (a file:// page in Electron has no
 * server for history URLs): reload, back/forward and links all land where the address says.
 */
export function useNavigationState(): Navigation {
  const hash = useSyncExternalStore(subscribe, readHash);
  const address = useMemo(() => appAddress.parse(hash), [hash]);
  const memory = useRef(start);
  // Pure and idempotent, so re-running it in a repeated render changes nothing.
  const remembered = useMemo(() => (memory.current = rememberAddress(memory.current, address)), [address]);

  // A shipment's address expands it in the customer's 360 (once per visit).
  useEffect(() => {
    if (address.section === 'customers' && address.customerId && address.shipmentId) shipmentFocus.set(address.customerId, address.shipmentId);
  }, [address]);

  return useMemo(() => {
    const at = (): NavigationMemory => memory.current;
    return {
      section: address.section,
      ...remembered,
      go: (section: Section) => visit(addressOf(section, at())),
      openPlace: (place: InboxPlace) => visit({ section: 'inbox', place, ticketId: at().ticketId }),
      openTicket: (id: string) => visit({ section: 'inbox', place: at().place, ticketId: id }),
      openCustomer: (id: string) => visit({ section: 'customers', customerId: id, shipmentId: null }),
      openShipment: (customerId: string, shipmentId: string) => visit({ section: 'customers', customerId, shipmentId }),
      openException: (id: string | null) => visit({ section: 'exceptions', exceptionId: id }),
      openArticle: (id: string) => visit({ section: 'knowledge', articleId: id }),
      openSettings: (page: SettingsPage) => visit({ section: 'settings', page }),
      hrefOf: (section: Section) => appAddress.format(addressOf(section, at())),
      placeHref: (place: InboxPlace) => appAddress.format({ section: 'inbox', place, ticketId: null }),
    };
  }, [address, remembered]);
}
