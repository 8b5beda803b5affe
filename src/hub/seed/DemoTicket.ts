import type { Channel, TicketPriority, TicketStatus } from '../../core';
import type { DemoAgentKey, DemoCustomerKey, DemoTeamKey } from './demoPeople';

/** A demo ticket in words; `seedDemo` turns it into rows. Times are minutes after DEMO_BASE_TIME. */
export interface DemoTicket {
  team: DemoTeamKey;
  customer: DemoCustomerKey;
  subject: string;
  channel: Channel;
  status: TicketStatus;
  priority: TicketPriority;
  assignee: DemoAgentKey | null;
  messages: ReadonlyArray<{
    at: number;
    /** 'customer' = inbound; an agent key = that agent's reply, or internal note with `note`. */
    from: 'customer' | DemoAgentKey;
    note?: true;
    body: string;
    /** Inbound email HTML as received (the body is its plain-text part). */
    html?: string;
  }>;
}
