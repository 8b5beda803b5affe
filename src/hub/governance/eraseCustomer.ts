import { agentActorOf } from '../../core';
import { eq } from 'drizzle-orm';
import type { AgentRow } from '../../core';
import { AdminRefusal } from '../admin/AdminRefusal';
import { blobStoreOf } from '../blobs/blobStoreOf';
import type { HubContext } from '../HubContext';
import { ingestIdentities } from '../ingest/ingestTables';
import { loadRow } from '../store/rowStore';
import { commitMutation } from '../write/commitMutation';
import { customerRecords } from './customerRecords';
import { redactHistory } from './redactHistory';

/** What one erasure touched, shown in the governance run log. */
export interface ErasureReport {
  customerId: string;
  touched: Record<string, number>;
}

/**
 * Erases one customer: `customer.erase` (the anonymised rows, replicated to every desktop,
 * including one offline now, when it catches up) plus, in the same transaction, the rewrite of
 * the change log and audit log and the removal of hub-only identities. Files go after the
 * commit (the blob store is not in the transaction); one that fails to go is counted, not hidden.
 * `confirmName` must be the customer's current name, as typed by the admin.
 */
export async function eraseCustomer(ctx: HubContext, admin: AgentRow, customerId: string, confirmName: string): Promise<ErasureReport> {
  const { report, files } = await ctx.lane.transact(async (tx) => {
    const customer = await loadRow(tx, 'customers', customerId);
    if (!customer) throw new AdminRefusal(404, 'not_found', `Customer ${customerId} does not exist.`);
    if (customer.name.trim().toLowerCase() !== confirmName.trim().toLowerCase()) {
      throw new AdminRefusal(400, 'invalid_request', "The name typed does not match the customer's name; nothing was erased.");
    }
    const held = await customerRecords(tx, customerId);
    const history = await redactHistory(tx, {
      customers: [customerId],
      contacts: held.contacts.map((c) => c.id),
      tickets: held.tickets.map((t) => t.id),
      messages: held.messages.map((m) => m.id),
      csat_responses: held.csat_responses.map((r) => r.id),
    });
    const identities = await tx.delete(ingestIdentities).where(eq(ingestIdentities.customerId, customerId)).returning({ key: ingestIdentities.key });
    const files = [...new Set(held.messages.flatMap((m) => m.attachments.map((a) => a.storageKey)))];
    const touched = {
      customers: 1,
      contacts: held.contacts.length,
      tickets: held.tickets.length,
      messages: held.messages.length,
      csat_responses: held.csat_responses.length,
      files: files.length,
      identities: identities.length,
      changeLogRows: history.changeLogRows,
      auditEntries: history.auditEntries,
    };
    const actor = agentActorOf(admin);
    const { batches } = await commitMutation(tx, { name: 'customer.erase', args: { customerId, messageIds: held.messages.map((m) => m.id) } }, actor, ctx.now(), {
      // No name in the entry: it would outlive the erasure it records.
      audit: { action: 'governance.erase', entity: 'customers', entityId: customerId, detail: { touched } },
    });
    return { value: { report: { customerId, touched }, files }, batches };
  });
  const blobs = blobStoreOf(ctx);
  let failed = 0;
  for (const key of files) {
    await blobs.delete(key).catch((err: unknown) => {
      failed += 1;
      ctx.log.error({ err, key }, 'erasure: a file could not be deleted');
    });
  }
  return { ...report, touched: { ...report.touched, filesNotDeleted: failed } };
}
