import { MutationRejection, type SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import { runHubMutation } from '../write/runHubMutation';

const connectorsActor: SystemActor = { kind: 'system', systemId: 'system:connectors' };

export interface Settlement {
  id: string;
  state: 'waiting' | 'sent' | 'accepted' | 'refused' | 'failed';
  reason?: string | null;
  carrierReference?: string | null;
}

/** Records what became of an action (shipmentAction.settle as system:connectors); false when it no longer exists. */
export async function settleShipmentAction(ctx: Pick<HubContext, 'lane' | 'now'>, settlement: Settlement): Promise<boolean> {
  try {
    await runHubMutation(ctx, { name: 'shipmentAction.settle', args: settlement }, connectorsActor);
    return true;
  } catch (error) {
    if (error instanceof MutationRejection && error.code === 'not_found') return false;
    throw error;
  }
}
