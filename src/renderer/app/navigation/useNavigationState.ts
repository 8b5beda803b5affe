import { useMemo, useState } from 'react';
import type { Navigation } from './Navigation';
import type { Section } from './Section';

type Open = Pick<Navigation, 'section' | 'ticketId' | 'customerId' | 'exceptionId' | 'articleId'>;

/** The Workspace's navigation state: one section shown, one open item per section. */
export function useNavigationState(): Navigation {
  const [state, setState] = useState<Open>({ section: 'inbox', ticketId: null, customerId: null, exceptionId: null, articleId: null });
  return useMemo(
    () => ({
      ...state,
      go: (section: Section) => setState((s) => ({ ...s, section })),
      openTicket: (id: string) => setState((s) => ({ ...s, section: 'inbox', ticketId: id })),
      openCustomer: (id: string) => setState((s) => ({ ...s, section: 'customers', customerId: id })),
      openException: (id: string) => setState((s) => ({ ...s, section: 'exceptions', exceptionId: id })),
      openArticle: (id: string) => setState((s) => ({ ...s, section: 'knowledge', articleId: id })),
    }),
    [state],
  );
}
