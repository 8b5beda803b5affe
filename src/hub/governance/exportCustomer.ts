import { recordsToCsv, type AgentRow, type CustomerRow } from '../../core';
import { AdminRefusal } from '../admin/AdminRefusal';
import type { HubContext } from '../HubContext';
import { loadRow } from '../store/rowStore';
import { commitChanges } from '../write/commitChanges';
import { customerRecords, type CustomerRecords } from './customerRecords';

/** An access request's answer: every record as JSON, and the same records as one CSV per entity. */
export interface CustomerExport {
  exportedAt: number;
  customer: CustomerRow;
  records: CustomerRecords;
  csv: Record<string, string>;
}

/**
 * Everything the hub holds about one customer, read and audited in one write-lane transaction
 * (the audit entry says who exported whom and how many rows, never the rows).
 */
export async function exportCustomer(ctx: HubContext, admin: AgentRow, customerId: string): Promise<CustomerExport> {
  return ctx.lane.transact(async (tx) => {
    const customer = await loadRow(tx, 'customers', customerId);
    if (!customer) throw new AdminRefusal(404, 'not_found', `Customer ${customerId} does not exist.`);
    const records = await customerRecords(tx, customerId);
    const csv: Record<string, string> = { customers: recordsToCsv([customer]) };
    const touched: Record<string, number> = { customers: 1 };
    for (const [entity, rows] of Object.entries(records) as [string, Record<string, unknown>[]][]) {
      csv[entity] = recordsToCsv(rows);
      touched[entity] = rows.length;
    }
    const now = ctx.now();
    const audit = { actorId: admin.id, action: 'governance.export', entity: 'customers', entityId: customerId, detail: { touched } };
    const { batches } = await commitChanges(tx, { changes: [], audit: [audit], now });
    return { value: { exportedAt: now, customer, records, csv }, batches };
  });
}
