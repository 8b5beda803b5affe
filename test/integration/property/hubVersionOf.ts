import { entityRowSchemas, historyBundleSchema, type AnyRow } from '../../../src/core';
import type { ComparedEntity } from './hubProbe';

/**
 * The hub's current version of a row the replica holds outside the replication window
 * (fetched on demand, or arrived live), read through the history routes as `token`'s agent;
 * undefined when the hub has none. Reference entities are replicated whole, so never asked.
 */
export async function hubVersionOf(hubUrl: string, token: string, entity: ComparedEntity, row: AnyRow): Promise<AnyRow | undefined> {
  const r = row as unknown as Record<string, string>;
  const path =
    entity === 'tickets'
      ? `tickets/${r.id}`
      : entity === 'messages'
        ? `tickets/${r.ticketId}`
        : entity === 'shipments'
          ? `shipments/${r.id}`
          : entity === 'tracking_events' || entity === 'exceptions'
            ? `shipments/${r.shipmentId}`
            : entity === 'orders'
              ? `customers/${r.customerId}?limit=200`
              : null;
  if (path === null) return undefined;
  const res = await fetch(`${hubUrl}/api/v1/history/${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status === 404) return undefined;
  const bundle = historyBundleSchema.parse(await res.json());
  const found = (bundle.rows[entity] ?? []).find((x) => x.id === row.id);
  return found === undefined ? undefined : entityRowSchemas[entity].parse(found);
}
