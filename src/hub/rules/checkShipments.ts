import { asc } from 'drizzle-orm';
import {
  detectExceptions,
  exceptionRowDefaults,
  reconcileExceptions,
  teamScope,
  uuidv7,
  type CustomerRow,
  type ExceptionRow,
  type OrderRow,
  type RowChange,
  type ShipmentMode,
  type ShipmentRow,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { customers, exceptions, orders, shipments } from '../store/schema';
import type { ShipmentTrigger } from './ShipmentTrigger';
import { ScanHistory, type ScanFact } from './ScanHistory';
import { chooseTeams } from './chooseTeams';
import { findTicketsForShipments } from './findTicketsForShipments';
import type { RulesWork } from './runRulesWrite';
import { anyOf } from '../store/anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * Runs exception detection for many shipments against what is stored: shipments, their scans,
 * exceptions, orders and customers read in a few set-based queries, core's detectExceptions /
 * reconcileExceptions per shipment in memory. Opens new exceptions (linked to the open ticket
 * about the shipment, in that ticket's team), resolves cleared ones, escalates worse ones,
 * links unlinked ones once a ticket exists; tickets and teams are looked up (set-based) only
 * for shipments with something to write. Re-running with nothing new writes nothing.
 */
export async function checkShipments(
  tx: HubTx,
  ids: readonly string[],
  now: number,
  staleThresholds: Partial<Record<ShipmentMode, number>> | undefined,
  history: ScanHistory = new ScanHistory(),
): Promise<RulesWork<ShipmentTrigger[]>> {
  const work: RulesWork<ShipmentTrigger[]> = { value: [], changes: [], audit: [] };
  const loaded = await loadFacts(tx, [...new Set(ids)], history);
  const planned = [];
  for (const shipment of loaded.shipments) {
    const order = shipment.orderId ? loaded.orders.get(shipment.orderId) : undefined;
    const customer = loaded.customers.get(shipment.customerId);
    const stored = loaded.exceptions.get(shipment.id) ?? [];
    const detected = detectExceptions(
      {
        id: shipment.id,
        mode: shipment.mode,
        status: shipment.status,
        promisedAt: shipment.promisedDate ?? order?.promisedDate ?? null,
        eta: shipment.eta,
        declaredValue: order?.total ?? null,
        customerTier: customer?.tier ?? 'standard',
      },
      loaded.events.get(shipment.id) ?? [],
      now,
      staleThresholds ? { staleThresholds } : {},
    );
    const plan = reconcileExceptions(detected, stored);
    const unlinked = stored.filter((e) => e.status !== 'resolved' && e.ticketId === null);
    if (plan.open.length === 0 && plan.resolve.length === 0 && plan.escalate.length === 0 && unlinked.length === 0) continue;
    planned.push({ shipment, stored, plan, unlinked });
  }
  // Tickets and owning teams only for the shipments with something to write, all at once.
  const tickets = await findTicketsForShipments(tx, planned.map((p) => p.shipment));
  const teams = await chooseTeams(tx, planned.filter((p) => p.plan.open.length > 0 && !tickets.get(p.shipment.id)).map((p) => p.shipment.customerId));
  for (const { shipment, stored, plan, unlinked } of planned) {
    const ticket = tickets.get(shipment.id) ?? null;
    const put = (row: ExceptionRow): void => {
      work.changes.push({ op: 'upsert', entity: 'exceptions', id: row.id, scope: teamScope(row.teamId), row } satisfies RowChange);
    };
    const updated = new Map<string, ExceptionRow>();
    const edit = (row: ExceptionRow, patch: Partial<ExceptionRow>): void => {
      updated.set(row.id, { ...(updated.get(row.id) ?? row), ...patch });
    };
    for (const k of plan.resolve) edit(stored.find((s) => s.id === k.id)!, { status: 'resolved', resolvedAt: now });
    for (const e of plan.escalate) edit(stored.find((s) => s.id === e.exception.id)!, { severity: e.severity, note: e.reason });
    if (ticket) for (const row of unlinked) if (!plan.resolve.some((r) => r.id === row.id)) edit(row, { ticketId: ticket.id });
    for (const row of updated.values()) put(row);

    const teamId = ticket?.teamId ?? (plan.open.length > 0 ? (teams.get(shipment.customerId) ?? null) : null);
    if (!teamId) continue;
    for (const d of plan.open) {
      const row: ExceptionRow = {
        ...exceptionRowDefaults(),
        id: uuidv7(now),
        type: d.type,
        severity: d.severity,
        status: 'open',
        shipmentId: shipment.id,
        customerId: shipment.customerId,
        teamId,
        ticketId: ticket?.id ?? null,
        detectedAt: now,
        acknowledgedAt: null,
        resolvedAt: null,
        note: d.reason,
        dedupeKey: d.dedupeKey,
      };
      put(row);
      const base = { shipmentId: shipment.id, customerId: shipment.customerId };
      work.value.push({ event: { ...base, trigger: 'exception.opened', exceptionType: d.type }, exceptionId: row.id });
      if (d.type === 'delay') work.value.push({ event: { ...base, trigger: 'shipment.delayed', exceptionType: 'delay' }, exceptionId: row.id });
    }
  }
  return work;
}

/** Everything detection reads for `ids`, one query per table (chunked), grouped in memory; scans through `history` when given. */
async function loadFacts(tx: HubTx, ids: readonly string[], history: ScanHistory) {
  const found = { shipments: [] as ShipmentRow[], events: new Map<string, readonly ScanFact[]>(), exceptions: new Map<string, ExceptionRow[]>(), orders: new Map<string, OrderRow>(), customers: new Map<string, CustomerRow>() };
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const [rows, scans, stored] = await Promise.all([
      tx.select().from(shipments).where(anyOf(shipments.id, part)).orderBy(asc(shipments.id)),
      history.load(tx, part),
      tx.select().from(exceptions).where(anyOf(exceptions.shipmentId, part)),
    ]);
    found.shipments.push(...rows);
    for (const [id, list] of scans) found.events.set(id, list);
    for (const e of stored) if (e.shipmentId) push(found.exceptions, e.shipmentId, e);
  }
  const orderIds = [...new Set(found.shipments.flatMap((s) => (s.orderId ? [s.orderId] : [])))];
  const customerIds = [...new Set(found.shipments.map((s) => s.customerId))];
  for (let i = 0; i < Math.max(orderIds.length, customerIds.length); i += chunk) {
    const [os, cs] = await Promise.all([
      orderIds.length > i ? tx.select().from(orders).where(anyOf(orders.id, orderIds.slice(i, i + chunk))) : Promise.resolve([]),
      customerIds.length > i ? tx.select().from(customers).where(anyOf(customers.id, customerIds.slice(i, i + chunk))) : Promise.resolve([]),
    ]);
    for (const o of os) found.orders.set(o.id, o);
    for (const c of cs) found.customers.set(c.id, c);
  }
  return found;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
