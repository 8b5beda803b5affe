import type { BulkTicketCall } from '../../../core';
import { relay } from '../../bridge/relay';
import type { BulkCallReply } from './runBulkTicketUpdate';

/** Sends one bulk call through its mutation channel (the channel's name is the mutation's). */
export function invokeBulkCall(call: BulkTicketCall): Promise<BulkCallReply> {
  switch (call.name) {
    case 'ticket.update':
      return relay().invoke('ticket.update', call.args);
    case 'ticket.setTags':
      return relay().invoke('ticket.setTags', call.args);
    case 'ticket.transfer':
      return relay().invoke('ticket.transfer', call.args);
  }
}
