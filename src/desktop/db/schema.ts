/*
 * The desktop replica. Replicated tables mirror the core row schemas column for column and
 * declare no foreign keys: rows arrive in any order (a message may land before its ticket).
 * JSON fields are text (mode json), booleans integers (mode boolean). These files import only
 * drizzle (and types) so drizzle-kit can load them on their own.
 */
export * from './replicaPeopleTables';
export * from './replicaLogisticsTables';
export * from './replicaTicketTables';
export * from './replicaWorkspaceTables';
export * from './localStateTables';
export * from './replicaSavedViewTables';
export * from './replicaInvoiceTables';
export * from './replicaWarehouseTables';
export * from './replicaShipmentActionTables';
