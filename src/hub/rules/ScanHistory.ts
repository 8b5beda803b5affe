import { and, asc, eq, gt, max, sql } from 'drizzle-orm';
import { tenantScope, trackingStatusSchema, type TrackingStatus } from '../../core';
import type { HubTx } from '../store/openStore';
import { anyOf } from '../store/anyOf';
import { changes, trackingEvents } from '../store/schema';

/** One scan as exception detection reads it. */
export interface ScanFact {
  id: string;
  occurredAt: number;
  status: TrackingStatus;
}

/** Known statuses, checked per scan with a set lookup (a zod parse per scan showed in profiles). */
const knownStatuses: ReadonlySet<string> = new Set(trackingStatusSchema.options);
const asStatus = (status: string): TrackingStatus => (knownStatuses.has(status) ? (status as TrackingStatus) : 'unknown');
/** Ids bound per list. */
const chunk = 1_000;
/** A catch-up longer than this drops the cache instead (a node that was idle a long time). */
const maxCatchUp = 50_000;

/**
 * The scan history of recently checked shipments, kept by one rules engine so a round reads only
 * the scans committed since the last one instead of every shipment's whole history again (that
 * re-read grew with every scan and dominated bursts). A shipment not cached is read from the
 * table; cached ones are brought up to date from the change log, whose seqs are handed out under
 * the write lane's lock, so "seq > cursor" is exactly what committed since. The cursor is read
 * BEFORE the table, so a scan committing in between arrives twice and is kept once (by id).
 * Tracking events are append-only (a repeat is not written again, none moves to another
 * shipment); a delete in the log drops the whole cache. Bounded: least recently used shipments
 * are forgotten past `capacity`.
 */
export class ScanHistory {
  private readonly cached = new Map<string, { scans: ScanFact[]; ids: Set<string> }>();
  private cursor: number | null = null;

  constructor(private readonly capacity = 20_000) {}

  /** Every scan of each of `shipmentIds` (any order; detection sorts). */
  async load(tx: HubTx, shipmentIds: readonly string[]): Promise<Map<string, ScanFact[]>> {
    await this.catchUp(tx);
    const missing = shipmentIds.filter((id) => !this.cached.has(id));
    const fresh = new Map(missing.map((id) => [id, { scans: [] as ScanFact[], ids: new Set<string>() }]));
    for (let i = 0; i < missing.length; i += chunk) {
      const rows = await tx
        .select({ id: trackingEvents.id, shipmentId: trackingEvents.shipmentId, occurredAt: trackingEvents.occurredAt, status: trackingEvents.status })
        .from(trackingEvents)
        .where(anyOf(trackingEvents.shipmentId, missing.slice(i, i + chunk)))
        .orderBy(asc(trackingEvents.shipmentId), asc(trackingEvents.occurredAt));
      for (const r of rows) {
        const entry = fresh.get(r.shipmentId);
        if (entry && !entry.ids.has(r.id)) {
          entry.ids.add(r.id);
          entry.scans.push({ id: r.id, occurredAt: r.occurredAt, status: asStatus(r.status) });
        }
      }
    }
    // Cached only once read in full: a failed read leaves nothing half-known behind.
    for (const [id, entry] of fresh) this.cached.set(id, entry);
    const found = new Map<string, ScanFact[]>();
    for (const id of shipmentIds) {
      const entry = this.cached.get(id)!;
      // Most recently used last: eviction takes from the front.
      this.cached.delete(id);
      this.cached.set(id, entry);
      found.set(id, entry.scans);
    }
    while (this.cached.size > this.capacity) this.cached.delete(this.cached.keys().next().value!);
    return found;
  }

  /** Scans committed since the cursor, appended to the shipments cached. */
  private async catchUp(tx: HubTx): Promise<void> {
    if (this.cursor === null || this.cached.size === 0) {
      this.cached.clear();
      this.cursor = await this.head(tx);
      return;
    }
    const log = changes;
    const rows = await tx
      .select({
        seq: log.seq,
        op: log.op,
        id: log.entityId,
        shipmentId: sql<string | null>`${log.row}->>'shipmentId'`,
        status: sql<string | null>`${log.row}->>'status'`,
        occurredAt: sql<string | null>`${log.row}->>'occurredAt'`,
      })
      .from(log)
      .where(and(eq(log.scope, tenantScope), gt(log.seq, this.cursor), eq(log.entity, 'tracking_events')))
      .orderBy(asc(log.seq))
      .limit(maxCatchUp + 1);
    if (rows.length > maxCatchUp || rows.some((r) => r.op === 'delete')) {
      this.cached.clear();
      this.cursor = await this.head(tx);
      return;
    }
    for (const r of rows) {
      if (r.shipmentId && r.status && r.occurredAt && this.cached.has(r.shipmentId)) this.add(r.shipmentId, { id: r.id, occurredAt: Number(r.occurredAt), status: asStatus(r.status) });
      this.cursor = Math.max(this.cursor, Number(r.seq));
    }
  }

  /** The change log's newest seq of the tenant scope (where tracking events replicate). */
  private async head(tx: HubTx): Promise<number> {
    const [row] = await tx.select({ seq: max(changes.seq) }).from(changes).where(eq(changes.scope, tenantScope));
    return Number(row?.seq ?? 0);
  }

  private add(shipmentId: string, scan: ScanFact): void {
    const entry = this.cached.get(shipmentId);
    if (!entry || entry.ids.has(scan.id)) return;
    entry.ids.add(scan.id);
    entry.scans.push(scan);
  }
}
