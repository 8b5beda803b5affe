import { z } from 'zod';
import {
  agentRowSchema,
  customerRowSchema,
  messageRowSchema,
  teamRowSchema,
  ticketRowSchema,
  type AgentRow,
  type CustomerRow,
  type MessageRow,
  type TeamRow,
  type TicketRow,
} from './rows';
import {
  contactRowSchema,
  exceptionRowSchema,
  orderRowSchema,
  shipmentRowSchema,
  trackingEventRowSchema,
  type ContactRow,
  type ExceptionRow,
  type OrderRow,
  type ShipmentRow,
  type TrackingEventRow,
} from './logisticsRows';
import { customerDuplicateRowSchema, type CustomerDuplicateRow } from './customerDuplicateRow';
import {
  automationRowSchema,
  csatResponseRowSchema,
  kbArticleRowSchema,
  macroRowSchema,
  slaPolicyRowSchema,
  type AutomationRow,
  type CsatResponseRow,
  type KbArticleRow,
  type MacroRow,
  type SlaPolicyRow,
} from './workspaceRows';
import { fieldDefRowSchema, tagDefRowSchema, type FieldDefRow, type TagDefRow } from './ticketLabelRows';
import { savedViewRowSchema, type SavedViewRow } from './savedViewRows';
import { invoiceRowSchema, type InvoiceRow } from './invoiceRow';
import { warehouseEventRowSchema, type WarehouseEventRow } from './warehouseEventRow';
import { shipmentActionRowSchema, type ShipmentActionRow } from './shipmentActionRow';

/** Entities replicated in the `tenant` scope, parents first. */
export const tenantEntityNames = [
  'teams',
  'agents',
  'customers',
  'contacts',
  'customer_duplicates',
  'orders',
  // ERP invoices: tenant-wide like orders; their PDFs stay on the hub (fetched on demand).
  'invoices',
  'shipments',
  'tracking_events',
  'warehouse_events',
  // Requests to carriers (reschedule, claim…): tenant-wide like the shipment, so every team sees what is pending on it.
  'shipment_actions',
  'kb_articles',
  'macros',
  'automations',
  'sla_policies',
  'tag_defs',
  'field_defs',
  // Saved inbox views: tenant-wide so a personal view follows its owner across team changes; queries show only the agent's own and their team's.
  'saved_views',
] as const;

/** Entities replicated in a `team:<id>` scope (rows of that team's tickets), parents first. */
export const teamEntityNames = ['tickets', 'messages', 'exceptions', 'csat_responses'] as const;

/** The replicated entities, in the order a snapshot sends them (parents before children). */
export const entityNames = [...tenantEntityNames, ...teamEntityNames] as const;
export const entityNameSchema = z.enum(entityNames);
export type EntityName = z.infer<typeof entityNameSchema>;

export interface EntityRowMap {
  teams: TeamRow;
  agents: AgentRow;
  customers: CustomerRow;
  contacts: ContactRow;
  customer_duplicates: CustomerDuplicateRow;
  orders: OrderRow;
  invoices: InvoiceRow;
  shipments: ShipmentRow;
  tracking_events: TrackingEventRow;
  warehouse_events: WarehouseEventRow;
  shipment_actions: ShipmentActionRow;
  kb_articles: KbArticleRow;
  macros: MacroRow;
  automations: AutomationRow;
  sla_policies: SlaPolicyRow;
  tag_defs: TagDefRow;
  field_defs: FieldDefRow;
  saved_views: SavedViewRow;
  tickets: TicketRow;
  messages: MessageRow;
  exceptions: ExceptionRow;
  csat_responses: CsatResponseRow;
}

export type AnyRow = EntityRowMap[EntityName];

export const entityRowSchemas = {
  teams: teamRowSchema,
  agents: agentRowSchema,
  customers: customerRowSchema,
  contacts: contactRowSchema,
  customer_duplicates: customerDuplicateRowSchema,
  orders: orderRowSchema,
  invoices: invoiceRowSchema,
  shipments: shipmentRowSchema,
  tracking_events: trackingEventRowSchema,
  warehouse_events: warehouseEventRowSchema,
  shipment_actions: shipmentActionRowSchema,
  kb_articles: kbArticleRowSchema,
  macros: macroRowSchema,
  automations: automationRowSchema,
  sla_policies: slaPolicyRowSchema,
  tag_defs: tagDefRowSchema,
  field_defs: fieldDefRowSchema,
  saved_views: savedViewRowSchema,
  tickets: ticketRowSchema,
  messages: messageRowSchema,
  exceptions: exceptionRowSchema,
  csat_responses: csatResponseRowSchema,
} satisfies { [E in EntityName]: z.ZodType<EntityRowMap[E]> };
