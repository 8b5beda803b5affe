import { randomBytes } from 'node:crypto';
import type { HubDb } from '../store/openStore';
import { shipments } from '../store/schema';
import type { CarrierConnectorStore } from '../connectors/CarrierConnectorStore';
import type { CarrierSimulator } from './CarrierSimulator';

/** Secrets of simulated connectors start with this, so a restart may replace them (never an admin's). */
export const simulatorSecretPrefix = 'relay-carrier-simulator-';

export function newSimulatorSecret(): string {
  return `${simulatorSecretPrefix}${randomBytes(24).toString('hex')}`;
}

/**
 * Points every carrier of the hub's shipments without a real connector at the simulator (the
 * embedded demo hub only). A connector an admin configured is left alone.
 */
export async function configureSimulatedCarriers(db: HubDb, store: CarrierConnectorStore, simulator: CarrierSimulator, secret: string, now: number): Promise<string[]> {
  const carriers = (await db.selectDistinct({ carrier: shipments.carrier }).from(shipments)).map((r) => r.carrier);
  const configured: string[] = [];
  for (const carrier of carriers) {
    const existing = await store.get(carrier);
    if (existing && !existing.secret.startsWith(simulatorSecretPrefix)) continue;
    await store.save({ carrier, url: simulator.urlFor(carrier), secret, enabled: existing?.enabled ?? true, updatedAt: now });
    configured.push(carrier);
  }
  return configured;
}
