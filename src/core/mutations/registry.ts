import type { z } from 'zod';
import { agentDeactivate } from './agentDeactivate';
import { agentSave } from './agentSave';
import { articleSave } from './articleSave';
import { exceptionNotifyCustomer } from './exceptionNotifyCustomer';
import { exceptionNotifyCustomers } from './exceptionNotifyCustomers';
import { exceptionOpenTicket } from './exceptionOpenTicket';
import { exceptionUpdate } from './exceptionUpdate';
import { messageReceive } from './messageReceive';
import { messageSend } from './messageSend';
import { notificationQueue } from './notificationQueue';
import { orderUpsert } from './orderUpsert';
import { seedLoad } from './seedLoad';
import { settingSave } from './settingSave';
import { shipmentUpsert } from './shipmentUpsert';
import { teamSave } from './teamSave';
import { ticketCreate } from './ticketCreate';
import { ticketMerge } from './ticketMerge';
import { ticketTransfer } from './ticketTransfer';
import { ticketUpdate } from './ticketUpdate';
import { trackingRecord } from './trackingRecord';

/** Every mutation Relay knows, by name. The hub refuses any name not listed here. */
export const mutationRegistry = {
  [agentDeactivate.name]: agentDeactivate,
  [agentSave.name]: agentSave,
  [articleSave.name]: articleSave,
  [exceptionNotifyCustomer.name]: exceptionNotifyCustomer,
  [exceptionNotifyCustomers.name]: exceptionNotifyCustomers,
  [exceptionOpenTicket.name]: exceptionOpenTicket,
  [exceptionUpdate.name]: exceptionUpdate,
  [messageReceive.name]: messageReceive,
  [messageSend.name]: messageSend,
  [notificationQueue.name]: notificationQueue,
  [orderUpsert.name]: orderUpsert,
  [seedLoad.name]: seedLoad,
  [settingSave.name]: settingSave,
  [shipmentUpsert.name]: shipmentUpsert,
  [teamSave.name]: teamSave,
  [ticketCreate.name]: ticketCreate,
  [ticketMerge.name]: ticketMerge,
  [ticketTransfer.name]: ticketTransfer,
  [ticketUpdate.name]: ticketUpdate,
  [trackingRecord.name]: trackingRecord,
} as const;

export type MutationName = keyof typeof mutationRegistry;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutationRegistry)[N]['args']>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationRegistry, name);
}
