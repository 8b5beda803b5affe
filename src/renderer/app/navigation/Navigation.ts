import type { Section } from './Section';

/** Where the agent is, and the one way any screen moves them elsewhere. */
export interface Navigation {
  section: Section;
  /** The open item of each workspace; kept while the agent visits other workspaces. */
  ticketId: string | null;
  customerId: string | null;
  exceptionId: string | null;
  articleId: string | null;
  go(section: Section): void;
  openTicket(id: string): void;
  openCustomer(id: string): void;
  openException(id: string): void;
  openArticle(id: string): void;
}
