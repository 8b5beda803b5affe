import { count, desc, inArray } from 'drizzle-orm';
import type { CarrierConnectorView } from '../../core';
import type { HubDb } from '../store/openStore';
import { shipmentActions, shipments } from '../store/schema';
import type { CarrierConnectorStore } from './CarrierConnectorStore';

const answered = ['sent', 'accepted', 'refused', 'failed'] as const;

/**
 * Every carrier an admin may connect: those with a connector and those of the hub's shipments,
 * each with its requests held and its latest request's state (three queries, whatever the count).
 */
export async function listConnectorViews(db: HubDb, store: CarrierConnectorStore): Promise<CarrierConnectorView[]> {
  const [connectors, carriers, held, latest] = await Promise.all([
    store.list(),
    db.selectDistinct({ carrier: shipments.carrier }).from(shipments),
    db.select({ carrier: shipmentActions.carrier, n: count() }).from(shipmentActions).where(inArray(shipmentActions.state, ['waiting'])).groupBy(shipmentActions.carrier),
    db
      .selectDistinctOn([shipmentActions.carrier], { carrier: shipmentActions.carrier, state: shipmentActions.state, reason: shipmentActions.reason, at: shipmentActions.updatedAt })
      .from(shipmentActions)
      .where(inArray(shipmentActions.state, [...answered]))
      .orderBy(shipmentActions.carrier, desc(shipmentActions.updatedAt)),
  ]);
  const waiting = new Map(held.map((h) => [h.carrier, Number(h.n)]));
  const last = new Map(latest.map((l) => [l.carrier, l]));
  const names = [...new Set([...connectors.map((c) => c.carrier), ...carriers.map((c) => c.carrier)])].sort((a, b) => a.localeCompare(b));
  return names.map((carrier) => {
    const connector = connectors.find((c) => c.carrier === carrier);
    const outcome = last.get(carrier);
    return {
      carrier,
      url: connector?.url ?? null,
      secretSet: Boolean(connector?.secret),
      enabled: connector?.enabled ?? false,
      updatedAt: connector?.updatedAt ?? null,
      waiting: waiting.get(carrier) ?? 0,
      lastOutcome: outcome && (answered as readonly string[]).includes(outcome.state) ? { state: outcome.state as (typeof answered)[number], reason: outcome.reason, at: outcome.at } : null,
    };
  });
}
