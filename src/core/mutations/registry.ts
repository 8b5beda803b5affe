import type { z } from 'zod';
import { agentDeactivate } from './agentDeactivate';
import { agentSave } from './agentSave';
import { agentSetSignature } from './agentSetSignature';
import { articleSave } from './articleSave';
import { automationSave } from './automationSave';
import { contactRemove } from './contactRemove';
import { contactSave } from './contactSave';
import { csatRecord } from './csatRecord';
import { csatRequestSurvey } from './csatRequestSurvey';
import { customerDuplicateDismiss } from './customerDuplicateDismiss';
import { customerDuplicateRecord } from './customerDuplicateRecord';
import { customerErase } from './customerErase';
import { customerMerge } from './customerMerge';
import { customerUpdate } from './customerUpdate';
import { exceptionNotifyCustomer } from './exceptionNotifyCustomer';
import { exceptionNotifyCustomers } from './exceptionNotifyCustomers';
import { exceptionOpenTicket } from './exceptionOpenTicket';
import { exceptionUpdate } from './exceptionUpdate';
import { fieldDefSave } from './fieldDefSave';
import { invoiceUpsert } from './invoiceUpsert';
import { macroSave } from './macroSave';
import { messageReceive } from './messageReceive';
import { messageSend } from './messageSend';
import { notificationQueue } from './notificationQueue';
import { orderUpsert } from './orderUpsert';
import { routingRuleSave } from './routingRuleSave';
import { retentionApply } from './retentionApply';
import { seedLoad } from './seedLoad';
import { settingSave } from './settingSave';
import { shipmentActionRequest } from './shipmentActionRequest';
import { shipmentActionSettle } from './shipmentActionSettle';
import { shipmentUpsert } from './shipmentUpsert';
import { tagDefSave } from './tagDefSave';
import { teamSave } from './teamSave';
import { teamSetCalendar } from './teamSetCalendar';
import { ticketApplyRules } from './ticketApplyRules';
import { ticketCreate } from './ticketCreate';
import { ticketMerge } from './ticketMerge';
import { ticketSetFields } from './ticketSetFields';
import { ticketSetTags } from './ticketSetTags';
import { ticketTransfer } from './ticketTransfer';
import { ticketUpdate } from './ticketUpdate';
import { trackingRecord } from './trackingRecord';
import { viewDelete } from './viewDelete';
import { viewSave } from './viewSave';
import { warehouseRecord } from './warehouseRecord';

/** Every mutation Relay knows, by name. The hub refuses any name not listed here. */
export const mutationRegistry = {
  [agentDeactivate.name]: agentDeactivate,
  [agentSave.name]: agentSave,
  [agentSetSignature.name]: agentSetSignature,
  [articleSave.name]: articleSave,
  [automationSave.name]: automationSave,
  [contactRemove.name]: contactRemove,
  [contactSave.name]: contactSave,
  [csatRecord.name]: csatRecord,
  [csatRequestSurvey.name]: csatRequestSurvey,
  [customerDuplicateDismiss.name]: customerDuplicateDismiss,
  [customerDuplicateRecord.name]: customerDuplicateRecord,
  [customerErase.name]: customerErase,
  [customerMerge.name]: customerMerge,
  [customerUpdate.name]: customerUpdate,
  [exceptionNotifyCustomer.name]: exceptionNotifyCustomer,
  [exceptionNotifyCustomers.name]: exceptionNotifyCustomers,
  [exceptionOpenTicket.name]: exceptionOpenTicket,
  [exceptionUpdate.name]: exceptionUpdate,
  [fieldDefSave.name]: fieldDefSave,
  [invoiceUpsert.name]: invoiceUpsert,
  [macroSave.name]: macroSave,
  [messageReceive.name]: messageReceive,
  [messageSend.name]: messageSend,
  [notificationQueue.name]: notificationQueue,
  [orderUpsert.name]: orderUpsert,
  [routingRuleSave.name]: routingRuleSave,
  [retentionApply.name]: retentionApply,
  [seedLoad.name]: seedLoad,
  [settingSave.name]: settingSave,
  [shipmentActionRequest.name]: shipmentActionRequest,
  [shipmentActionSettle.name]: shipmentActionSettle,
  [shipmentUpsert.name]: shipmentUpsert,
  [tagDefSave.name]: tagDefSave,
  [teamSave.name]: teamSave,
  [teamSetCalendar.name]: teamSetCalendar,
  [ticketApplyRules.name]: ticketApplyRules,
  [ticketCreate.name]: ticketCreate,
  [ticketMerge.name]: ticketMerge,
  [ticketSetFields.name]: ticketSetFields,
  [ticketSetTags.name]: ticketSetTags,
  [ticketTransfer.name]: ticketTransfer,
  [ticketUpdate.name]: ticketUpdate,
  [trackingRecord.name]: trackingRecord,
  [viewDelete.name]: viewDelete,
  [viewSave.name]: viewSave,
  [warehouseRecord.name]: warehouseRecord,
} as const;

export type MutationName = keyof typeof mutationRegistry;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutationRegistry)[N]['args']>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationRegistry, name);
}
