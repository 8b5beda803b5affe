import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { adminActor } from '../admin/adminActor';
import { adminWrite } from '../admin/adminWrite';
import { AdminRefusal } from '../admin/AdminRefusal';
import { parseInput } from '../parseInput';
import type { CarrierConnectorStore } from './CarrierConnectorStore';
import type { ShipmentActionDispatcher } from './ShipmentActionDispatcher';

const carrierParams = z.object({ carrier: z.string().trim().min(1).max(100) });
const connectorBody = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  secret: z.string().min(16, 'use a secret of at least 16 characters').max(500),
});
const admin = { config: { access: 'admin' as const } };

/**
 * Admins set one connector per carrier (its URL and the secret both sides sign with); the list
 * never shows secrets. Saving one sends that carrier's waiting actions. Audited without the secret.
 */
export function connectorAdminRoutes(app: FastifyInstance, ctx: HubContext, store: CarrierConnectorStore, dispatcher: ShipmentActionDispatcher): void {
  app.get('/api/v1/admin/connectors', admin, async () => ({
    connectors: (await store.list()).map(({ carrier, url, updatedAt }) => ({ carrier, url, updatedAt })),
  }));

  app.put('/api/v1/admin/connectors/:carrier', admin, async (request) => {
    const actor = adminActor(request);
    const { carrier } = parseInput(carrierParams, request.params, 'carrier');
    const body = parseInput(connectorBody, request.body ?? {}, 'connector');
    const saved = await adminWrite(ctx, actor, async (tx, now) => {
      const before = await store.in(tx).get(carrier);
      const row = { carrier, url: body.url, secret: body.secret, updatedAt: now };
      await store.in(tx).save(row);
      return { value: { carrier, url: row.url, updatedAt: now }, audit: { action: 'connector.save', entity: 'carrier_connectors', entityId: carrier, before: before ? { url: before.url } : null, after: { url: row.url } } };
    });
    await dispatcher.retryWaiting(carrier);
    return { connector: saved };
  });

  app.delete('/api/v1/admin/connectors/:carrier', admin, async (request) => {
    const actor = adminActor(request);
    const { carrier } = parseInput(carrierParams, request.params, 'carrier');
    await adminWrite(ctx, actor, async (tx) => {
      const before = await store.in(tx).get(carrier);
      if (!before || !(await store.in(tx).remove(carrier))) throw new AdminRefusal(404, 'not_found', `No connector is configured for ${carrier}.`);
      return { value: null, audit: { action: 'connector.remove', entity: 'carrier_connectors', entityId: carrier, before: { url: before.url }, after: null } };
    });
    return { ok: true };
  });
}
