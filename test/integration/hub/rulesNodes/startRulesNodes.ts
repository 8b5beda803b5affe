import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import {
  defaultCustomerPreferences,
  teamScope,
  tenantScope,
  ticketRowDefaults,
  uuidv7,
  type Channel,
  type CustomerPreferences,
  type CustomerRow,
  type MessageRow,
  type RowChange,
  type ShipmentRow,
  type TicketRow,
} from '../../../../src/core';
import type { HubContext } from '../../../../src/hub/HubContext';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { OutboundConnectors } from '../../../../src/hub/outbound/deliverMessage';
import { RulesEngine } from '../../../../src/hub/rules/RulesEngine';
import type { RulesOptions } from '../../../../src/hub/rules/RulesOptions';
import { runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { auditLog, deferredNotifications, messages, outboundClaims } from '../../../../src/hub/store/schema';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';

// One clock origin for every rules suite (Monday 2026-11-23 09:00 UTC, 10:00 in Berlin).
import { H, T0 } from '../rules/rulesHarness';
export { H, T0 };

export type StoreKind = 'pglite' | 'postgres';

/** Where the suites run: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export const storeKinds: StoreKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface RulesNode {
  ctx: HubContext;
  engine: RulesEngine;
  /** Writes through this node's lane: its engine reacts, the other node's does not. */
  write(changes: RowChange[]): Promise<null>;
}

/**
 * Two hub "nodes" over ONE database, each with its own write lane and rules engine (own node id,
 * own connectors), and one clock for both. PGlite: one in-process database shared by both;
 * PostgreSQL: a fresh database with a connection pool per node, as separate processes would have.
 * `write` goes through a third lane with no engine (a node that only ingests).
 */
export async function startRulesNodes(kind: StoreKind, connectors: [OutboundConnectors, OutboundConnectors], options: Partial<RulesOptions> = {}) {
  const pg = kind === 'postgres' ? await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_rules_nodes') : null;
  const first = await openStore(pg ? { kind: 'postgres', url: pg.url } : { kind: 'pglite', dataDir: ':memory:' });
  const stores: HubStore[] = [first, pg ? await openStore({ kind: 'postgres', url: pg.url }) : first];
  const app = Fastify({ logger: false });
  let clock = T0;
  const contextOf = (store: HubStore): HubContext => ({
    db: store.db,
    lane: new WriteLane(store.db, () => {}),
    tokens: new TokenSigner('rules-nodes-secret-0123456789abcdef'),
    now: () => clock,
    log: app.log,
  });
  const engineFor = (ctx: HubContext, i: number, own: OutboundConnectors, restarts: number) => {
    const engine = new RulesEngine(ctx, {
      connectors: own,
      sweepIntervalMs: 0,
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      nodeId: `node-${i + 1}.${restarts}`,
      ...options,
    });
    engine.start();
    return engine;
  };
  const writerCtx = contextOf(first);
  const write = (ctx: HubContext, changes: RowChange[]) => runRulesWrite(ctx, clock, async () => ({ value: null, changes, audit: [] }));
  const nodes: RulesNode[] = stores.map((store, i) => {
    const ctx = contextOf(store);
    return { ctx, engine: engineFor(ctx, i, connectors[i]!, 0), write: (changes) => write(ctx, changes) };
  });
  const restarts = [0, 0];

  const team = { id: uuidv7(clock), name: 'Parcel Support', createdAt: clock };
  await write(writerCtx, [{ op: 'upsert', entity: 'teams', id: team.id, scope: tenantScope, row: team }]);
  const db = first.db;

  return {
    nodes: nodes as [RulesNode, RulesNode],
    team,
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    write: (changes: RowChange[]) => write(writerCtx, changes),
    /** Stops node i's engine (in-memory state gone, like a crash after commit) and starts a new one, optionally with other connectors. */
    async restart(i: 0 | 1, own: OutboundConnectors = connectors[i]) {
      const node = nodes[i]!;
      await node.engine.stop();
      restarts[i]! += 1;
      node.engine = engineFor(node.ctx, i, own, restarts[i]!);
    },
    async idle() {
      await Promise.all(nodes.map((n) => n.engine.idle()));
    },
    async customer(preferences: Partial<CustomerPreferences> = {}): Promise<CustomerRow> {
      const row: CustomerRow = {
        id: uuidv7(clock),
        name: 'Ada Lovelace',
        email: `ada.${Math.random().toString(36).slice(2, 8)}@customer.example`,
        phone: '+49 30 1234567',
        kind: 'b2c',
        tier: 'standard',
        segment: 'consumer',
        addresses: [],
        mergedIntoId: null,
        createdAt: clock,
        updatedAt: clock,
        preferences: { ...defaultCustomerPreferences, ...preferences },
      };
      await write(writerCtx, [{ op: 'upsert', entity: 'customers', id: row.id, scope: tenantScope, row }]);
      return row;
    },
    async ticket(customerId: string, channel: Channel = 'email'): Promise<TicketRow> {
      const row: TicketRow = {
        ...ticketRowDefaults(),
        id: uuidv7(clock),
        number: null,
        subject: 'Where is my parcel?',
        customerId,
        teamId: team.id,
        assigneeId: null,
        channel,
        status: 'open',
        priority: 'normal',
        orderId: null,
        shipmentId: null,
        createdAt: clock,
        updatedAt: clock,
        lastMessageAt: clock,
      };
      await write(writerCtx, [{ op: 'upsert', entity: 'tickets', id: row.id, scope: teamScope(team.id), row }]);
      return row;
    },
    /** A queued outbound reply as `message.send` leaves it, written by the engine-less lane. */
    async queuedReply(ticket: TicketRow, channel: Channel = ticket.channel): Promise<MessageRow> {
      const row: MessageRow = {
        id: uuidv7(clock),
        ticketId: ticket.id,
        direction: 'outbound',
        channel,
        authorId: null,
        subject: null,
        body: 'Your parcel is on its way.',
        htmlBody: null,
        attachments: [],
        externalId: null,
        call: null,
        deliveryStatus: 'queued',
        createdAt: clock,
        cc: [], bcc: [], mentions: [],
      };
      await write(writerCtx, [{ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(team.id), row }]);
      return row;
    },
    /** A late parcel (ETA after the promise) written through node i: its engine detects the delay. */
    async lateShipment(i: 0 | 1, customerId: string): Promise<ShipmentRow> {
      const order = {
        id: uuidv7(clock),
        customerId,
        number: `SO-${Math.floor(100000 + Math.random() * 899999)}`,
        status: 'shipped' as const,
        lines: [],
        currency: 'EUR',
        total: 120,
        promisedDate: clock + 48 * H,
        createdAt: clock,
        updatedAt: clock,
      };
      const row: ShipmentRow = {
        id: uuidv7(clock),
        orderId: order.id,
        customerId,
        carrier: 'DHL',
        trackingNumber: `JD0146${Math.floor(1e9 + Math.random() * 8e9)}`,
        mode: 'parcel',
        origin: 'Hamburg, DE',
        destination: 'Berlin, DE',
        promisedDate: clock + 48 * H,
        eta: clock + 72 * H,
        status: 'in_transit',
        lastEventAt: clock,
        createdAt: clock,
        updatedAt: clock,
      };
      await write(nodes[i]!.ctx, [
        { op: 'upsert', entity: 'orders', id: order.id, scope: tenantScope, row: order },
        { op: 'upsert', entity: 'shipments', id: row.id, scope: tenantScope, row },
      ]);
      return row;
    },
    async macroAndAutomation(trigger: string, body: string) {
      const macro = { id: uuidv7(clock), title: 'Shipment delayed', body, channel: null, ownerAgentId: null, archived: false };
      const automation = { id: uuidv7(clock), name: `${trigger} notice`, trigger, enabled: true, config: { macroId: macro.id, throttle: { perShipmentHours: 12, perCustomerPerDay: 3 } } };
      await write(writerCtx, [
        { op: 'upsert', entity: 'macros', id: macro.id, scope: tenantScope, row: macro },
        { op: 'upsert', entity: 'automations', id: automation.id, scope: tenantScope, row: automation },
      ]);
      return automation;
    },
    message: async (id: string) => (await db.select().from(messages).where(eq(messages.id, id)))[0],
    outboundOf: (ticketIds: string[]) => db.select().from(messages).where(eq(messages.direction, 'outbound')).then((rows) => rows.filter((m) => ticketIds.includes(m.ticketId))),
    claims: () => db.select().from(outboundClaims),
    deferrals: () => db.select().from(deferredNotifications),
    audit: (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)),
    claimAs: (messageId: string, claimedBy: string, at: number) => db.insert(outboundClaims).values({ messageId, claimedBy, claimedAt: at }),
    async close() {
      for (const n of nodes) await n.engine.stop();
      for (const n of nodes) await n.ctx.lane.drain();
      await writerCtx.lane.drain();
      for (const s of new Set(stores)) await s.close();
      await app.close();
      await pg?.drop();
    },
  };
}

export type RulesNodes = Awaited<ReturnType<typeof startRulesNodes>>;
