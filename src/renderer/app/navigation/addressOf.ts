import type { Address } from './Address';
import type { NavigationMemory } from './NavigationMemory';
import type { Section } from './Section';

/** Where a workspace link leads: the workspace with the item last open in it. */
export function addressOf(section: Section, memory: NavigationMemory): Address {
  switch (section) {
    case 'inbox':
      return { section, place: memory.place, ticketId: memory.ticketId };
    case 'customers':
      return { section, customerId: memory.customerId, shipmentId: null };
    case 'exceptions':
      return { section, exceptionId: memory.exceptionId };
    case 'knowledge':
      return { section, articleId: memory.articleId };
    case 'dashboard':
      return { section };
    case 'settings':
      return { section, page: memory.settingsPage };
  }
}
