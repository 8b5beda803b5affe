/*
 * The hub's tables, one module per area; drizzle-kit reads this file (drizzle.hub.config.ts).
 * Replicated tables' column keys mirror the core row fields, so a selected row IS the core row.
 */
export * from './peopleTables';
export * from './logisticsTables';
export * from './ticketTables';
export * from './workspaceTables';
export * from './savedViewTables';
export * from './warehouseTables';
export * from './syncTables';
export * from './rulesTables';
export * from './csatTables';
export * from './invoiceTables';
export * from './shipmentActionTables';
