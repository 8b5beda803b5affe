import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../HubContext';
import { AdminRefusal } from '../admin/AdminRefusal';
import type { CarrierConnectorStore } from './CarrierConnectorStore';
import { connectorAdminRoutes } from './connectorAdminRoutes';
import { registerConnectorCallbackRoute } from './registerConnectorCallbackRoute';
import type { ShipmentActionDispatcher } from './ShipmentActionDispatcher';

/** The connectors' routes: admins' configuration (/api/v1/admin/connectors) and carriers' signed callbacks. */
export function registerConnectorRoutes(app: FastifyInstance, ctx: HubContext, store: CarrierConnectorStore, dispatcher: ShipmentActionDispatcher, acceptV1: boolean): void {
  app.register(async (scope) => {
    scope.setErrorHandler((error, _request, reply) => {
      if (error instanceof AdminRefusal) return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
      throw error;
    });
    connectorAdminRoutes(scope, ctx, store, dispatcher);
  });
  registerConnectorCallbackRoute(app, ctx, store, acceptV1);
}
