import { afterAll, describe, expect, it } from 'vitest';
import { customerRowSchema, exceptionRowSchema, uuidv7 } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { listUrgentExceptions } from '../../../../src/desktop/ipc/listUrgentExceptions';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('listUrgentExceptions', () => {
  const dir = tempDir('relay-urgent-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('lists open high and critical exceptions newest first, with the customer name', () => {
    const customer = customerRowSchema.parse({ id: uuidv7(1), name: 'Acme Freight', email: null, phone: null, kind: 'b2b', tier: 'gold', createdAt: 1, updatedAt: 1 });
    const team = uuidv7(2);
    const exception = (detectedAt: number, severity: string, status: string, customerId = customer.id) =>
      exceptionRowSchema.parse({
        id: uuidv7(detectedAt),
        type: 'delay',
        severity,
        status,
        shipmentId: uuidv7(3),
        customerId,
        teamId: team,
        ticketId: null,
        detectedAt,
        acknowledgedAt: null,
        resolvedAt: null,
        note: null,
        dedupeKey: `k${detectedAt}`,
      });
    const rows = [
      exception(10, 'high', 'open'),
      exception(20, 'critical', 'open'),
      exception(30, 'medium', 'open'),
      exception(40, 'critical', 'acknowledged'),
      exception(50, 'high', 'resolved'),
      exception(60, 'high', 'open', uuidv7(4)), // its customer has not replicated yet
    ];
    store.transaction(() => {
      store.rows.put('customers', customer);
      for (const row of rows) store.rows.put('exceptions', row);
    });
    const listed = listUrgentExceptions(store.db);
    expect(listed.map((e) => e.detectedAt)).toEqual([60, 20, 10]);
    expect(listed[1]).toMatchObject({ severity: 'critical', status: 'open', customerName: 'Acme Freight', ticketId: null });
    expect(listed[0]!.customerName).toBe('Unknown customer');
  });
});
