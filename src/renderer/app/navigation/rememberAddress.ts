import type { Address } from './Address';
import type { NavigationMemory } from './NavigationMemory';

/** Memory after visiting `address`: its workspace's open item follows it, the others are kept. */
export function rememberAddress(memory: NavigationMemory, address: Address): NavigationMemory {
  switch (address.section) {
    case 'inbox':
      return { ...memory, place: address.place ?? memory.place, ticketId: address.ticketId };
    case 'customers':
      return { ...memory, customerId: address.customerId, shipmentId: address.shipmentId };
    case 'exceptions':
      return { ...memory, exceptionId: address.exceptionId };
    case 'knowledge':
      return { ...memory, articleId: address.articleId };
    case 'dashboard':
      return memory;
    case 'settings':
      return { ...memory, settingsPage: address.page ?? memory.settingsPage };
  }
}
