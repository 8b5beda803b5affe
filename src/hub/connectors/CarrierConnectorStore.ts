import { asc, eq } from 'drizzle-orm';
import type { HubDb, HubTx } from '../store/openStore';
import { carrierConnectors } from '../store/schema';

export interface CarrierConnector {
  carrier: string;
  url: string;
  secret: string;
  enabled: boolean;
  updatedAt: number;
}

/** The hub-only table of carrier connectors (URL + shared secret per carrier). */
export class CarrierConnectorStore {
  constructor(private readonly db: HubDb | HubTx) {}

  /** The same table inside a write-lane transaction (on PGlite a query beside it would wait for it). */
  in(tx: HubTx): CarrierConnectorStore {
    return new CarrierConnectorStore(tx);
  }

  async get(carrier: string): Promise<CarrierConnector | undefined> {
    const [row] = await this.db.select().from(carrierConnectors).where(eq(carrierConnectors.carrier, carrier));
    return row;
  }

  async list(): Promise<CarrierConnector[]> {
    return this.db.select().from(carrierConnectors).orderBy(asc(carrierConnectors.carrier));
  }

  async save(connector: CarrierConnector): Promise<void> {
    const { url, secret, enabled, updatedAt } = connector;
    await this.db.insert(carrierConnectors).values(connector).onConflictDoUpdate({ target: carrierConnectors.carrier, set: { url, secret, enabled, updatedAt } });
  }

  async remove(carrier: string): Promise<boolean> {
    const gone = await this.db.delete(carrierConnectors).where(eq(carrierConnectors.carrier, carrier)).returning({ carrier: carrierConnectors.carrier });
    return gone.length > 0;
  }
}
