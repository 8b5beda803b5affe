import { createContext, useContext } from 'react';

/** What the form starts with: the customer when opened from a customer's 360. */
export interface NewTicketPrefill {
  customerId?: string;
}

/** Opens the new-ticket form from anywhere (inbox header, customer 360, palette, Ctrl/Cmd+N). */
export const NewTicketContext = createContext<(prefill?: NewTicketPrefill) => void>(() => {});

export function useOpenNewTicket(): (prefill?: NewTicketPrefill) => void {
  return useContext(NewTicketContext);
}
