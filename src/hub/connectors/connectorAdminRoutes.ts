import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { carrierConnectorInputSchema } from '../../core';
import type { HubContext } from '../HubContext';
import { adminActor } from '../admin/adminActor';
import { adminWrite } from '../admin/adminWrite';
import { AdminRefusal } from '../admin/AdminRefusal';
import { parseInput } from '../parseInput';
import type { CarrierConnectorStore } from './CarrierConnectorStore';
import type { ShipmentActionDispatcher } from './ShipmentActionDispatcher';
import { listConnectorViews } from './listConnectorViews';

const carrierParams = z.object({ carrier: z.string().trim().min(1).max(100) });
const admin = { config: { access: 'admin' as const } };

/**
 * Admins set one connector per carrier (its URL and the secret both sides sign with); the list
 * never shows secrets. Saving one sends that carrier's waiting actions (unless saved disabled:
 * a disabled connector holds new requests as waiting). Audited without the secret.
 */
export function connectorAdminRoutes(app: FastifyInstance, ctx: HubContext, store: CarrierConnectorStore, dispatcher: ShipmentActionDispatcher): void {
  app.get('/api/v1/admin/connectors', admin, async () => ({ connectors: await listConnectorViews(ctx.db, store) }));

  app.put('/api/v1/admin/connectors/:carrier', admin, async (request) => {
    const actor = adminActor(request);
    const { carrier } = parseInput(carrierParams, request.params, 'carrier');
    const body = parseInput(carrierConnectorInputSchema, request.body ?? {}, 'connector');
    const saved = await adminWrite(ctx, actor, async (tx, now) => {
      const before = await store.in(tx).get(carrier);
      const secret = body.secret ?? before?.secret;
      if (!secret) throw new AdminRefusal(400, 'invalid_request', `Invalid connector: secret: a new connector needs a secret of at least 16 characters.`);
      const row = { carrier, url: body.url, secret, enabled: body.enabled, updatedAt: now };
      await store.in(tx).save(row);
      const audit = { action: 'connector.save', entity: 'carrier_connectors', entityId: carrier, before: before ? { url: before.url, enabled: before.enabled } : null, after: { url: row.url, enabled: row.enabled, secretChanged: body.secret !== undefined } };
      return { value: { carrier, url: row.url, enabled: row.enabled, updatedAt: now }, audit };
    });
    if (saved.enabled) await dispatcher.retryWaiting(carrier);
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
