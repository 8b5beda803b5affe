import { listShipmentActions } from '../queries/shipmentActions/listShipmentActions';
import type { HandlerContext } from './HandlerContext';
import type { IpcHandlers } from './IpcHandlers';

/** Shipment actions' read channel (the request itself is the generated `shipmentAction.request` write). */
export function createShipmentActionHandlers(ctx: HandlerContext): Pick<IpcHandlers, 'shipmentActions.list'> {
  return {
    'shipmentActions.list': async (input) => listShipmentActions(ctx.store.db, input),
  };
}
