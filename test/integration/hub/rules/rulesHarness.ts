import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import {
  defaultCustomerPreferences,
  teamScope,
  tenantScope,
  uuidv7,
  type CustomerPreferences,
  type CustomerRow,
  type LiveChanges,
  type MutationResult,
  type RowChange,
  type ShipmentRow,
  type TrackingStatus,
} from '../../../../src/core';
import type { HubContext } from '../../../../src/hub/HubContext';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { OutboundConnectors } from '../../../../src/hub/outbound/deliverMessage';
import { RulesEngine } from '../../../../src/hub/rules/RulesEngine';
import { runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import { openStore } from '../../../../src/hub/store/openStore';
import { loadRow } from '../../../../src/hub/store/rowStore';
import { auditLog, exceptions, messages, tickets } from '../../../../src/hub/store/schema';
import type { HubTx } from '../../../../src/hub/store/openStore';
import { applyMutation } from '../../../../src/hub/write/applyMutation';
import { WriteLane } from '../../../../src/hub/write/WriteLane';

export const H = 3_600_000;
/** Monday 2026-11-23 09:00 UTC: the harness clock starts here; tests move it by hand. */
export const T0 = Date.UTC(2026, 10, 23, 9, 0);

/**
 * A hub core on in-memory PGlite with the rules engine attached to its write lane and one
 * clock for both (hub writes and rules), so SLA and staleness are deterministic. No HTTP:
 * the engine reacts to the lane's after-commit hook exactly as in startHub.
 */
export async function startRulesHarness(connectors: OutboundConnectors) {
  const store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
  const app = Fastify({ logger: false });
  let clock = T0;
  const live: LiveChanges[] = [];
  const lane = new WriteLane(store.db, (batches) => live.push(...batches));
  const ctx: HubContext = { db: store.db, lane, tokens: new TokenSigner('rules-harness-secret-0123456789'), now: () => clock, log: app.log };
  const engine = new RulesEngine(ctx, { connectors, sweepIntervalMs: 0, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
  engine.start();

  const write = (changes: RowChange[]) => runRulesWrite(ctx, clock, async () => ({ value: null, changes, audit: [] }));
  const team = { id: uuidv7(clock), name: 'Parcel Support', createdAt: clock };
  const agent = { id: uuidv7(clock), teamId: team.id, name: 'Ana Agent', email: 'ana@relay.example', role: 'agent' as const, createdAt: clock, signature: '' };
  await write([
    { op: 'upsert', entity: 'teams', id: team.id, scope: tenantScope, row: team },
    { op: 'upsert', entity: 'agents', id: agent.id, scope: tenantScope, row: agent },
  ]);
  const clientId = uuidv7(clock);
  const read = <T>(work: (tx: HubTx) => Promise<T>): Promise<T> => store.db.transaction((tx) => work(tx));

  const harness = {
    ctx,
    engine,
    team,
    agent,
    live,
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    write,
    async customer(over: Omit<Partial<CustomerRow>, 'preferences'> & { preferences?: Partial<CustomerPreferences> } = {}): Promise<CustomerRow> {
      const row: CustomerRow = {
        id: uuidv7(clock),
        name: 'Ada Lovelace',
        email: `ada.${Math.random().toString(36).slice(2, 8)}@customer.example`,
        phone: null,
        kind: 'b2c',
        tier: 'standard',
        segment: 'consumer',
        addresses: [],
        mergedIntoId: null,
        createdAt: clock,
        updatedAt: clock,
        ...over,
        preferences: { ...defaultCustomerPreferences, ...over.preferences },
      };
      await write([{ op: 'upsert', entity: 'customers', id: row.id, scope: tenantScope, row }]);
      return row;
    },
    async shipment(customerId: string, over: Partial<ShipmentRow> = {}): Promise<ShipmentRow> {
      const orderId = uuidv7(clock);
      const order = {
        id: orderId,
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
        orderId,
        customerId,
        carrier: 'DHL',
        trackingNumber: `JD0146${Math.floor(1e9 + Math.random() * 8e9)}`,
        mode: 'parcel',
        origin: 'Hamburg, DE',
        destination: 'Berlin, DE',
        promisedDate: clock + 48 * H,
        eta: clock + 40 * H,
        status: 'in_transit',
        lastEventAt: null,
        createdAt: clock,
        updatedAt: clock,
        ...over,
      };
      await write([
        { op: 'upsert', entity: 'orders', id: order.id, scope: tenantScope, row: order },
        { op: 'upsert', entity: 'shipments', id: row.id, scope: tenantScope, row },
      ]);
      return row;
    },
    /** A carrier scan as ingest stores it: the event plus the shipment moved on. */
    async scan(shipmentId: string, status: TrackingStatus, patch: Partial<ShipmentRow> = {}) {
      const shipment = (await read((tx) => loadRow(tx, 'shipments', shipmentId)))!;
      const event = { id: uuidv7(clock), shipmentId, status, rawCode: status.toUpperCase(), rawReason: null, carrier: 'DHL', location: null, occurredAt: clock, flagged: false, source: 'json' as const };
      const moved: ShipmentRow = { ...shipment, lastEventAt: clock, updatedAt: clock, ...patch };
      await write([
        { op: 'upsert', entity: 'shipments', id: shipmentId, scope: tenantScope, row: moved },
        { op: 'upsert', entity: 'tracking_events', id: event.id, scope: tenantScope, row: event },
      ]);
    },
    async macro(body: string, title = 'Shipment delayed') {
      const row = { id: uuidv7(clock), title, body, channel: null, ownerAgentId: null, archived: false };
      await write([{ op: 'upsert', entity: 'macros', id: row.id, scope: tenantScope, row }]);
      return row;
    },
    async automation(trigger: string, config: Record<string, unknown>) {
      const row = { id: uuidv7(clock), name: `${trigger} notice`, trigger, enabled: true, config };
      await write([{ op: 'upsert', entity: 'automations', id: row.id, scope: tenantScope, row }]);
      return row;
    },
    mutate(name: string, args: unknown): Promise<MutationResult> {
      return applyMutation(lane, { id: uuidv7(clock), name, args, clientId, createdAt: clock }, agent.id, ctx.now);
    },
    /** An inbound email already on a ticket (as ingest would store it), for threading. */
    async inbound(ticketId: string, externalId: string) {
      const row = {
        id: uuidv7(clock),
        ticketId,
        direction: 'inbound' as const,
        channel: 'email' as const,
        authorId: null,
        subject: 'Where is my parcel?',
        body: 'Any news?',
        htmlBody: null,
        attachments: [],
        externalId,
        call: null,
        deliveryStatus: 'received' as const,
        createdAt: clock,
        cc: [], bcc: [], mentions: [],
      };
      await write([{ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(team.id), row }]);
    },
    exceptionsOf: (shipmentId: string) => read((tx) => tx.select().from(exceptions).where(eq(exceptions.shipmentId, shipmentId))),
    ticket: (id: string) => read((tx) => loadRow(tx, 'tickets', id)),
    ticketsOf: (customerId: string) => read((tx) => tx.select().from(tickets).where(eq(tickets.customerId, customerId))),
    messagesOf: (ticketId: string) => read((tx) => tx.select().from(messages).where(eq(messages.ticketId, ticketId))),
    audit: (action: string) => read((tx) => tx.select().from(auditLog).where(eq(auditLog.action, action))),
    async close() {
      await engine.stop();
      await lane.drain();
      await store.close();
      await app.close();
    },
    /** An email ticket (high priority unless told) from a new customer, created by the agent; the engine has reacted. */
    async openTicket(priority: 'high' | 'normal' = 'high') {
      const customer = await harness.customer();
      const id = uuidv7(clock);
      const result = await harness.mutate('ticket.create', {
        id,
        subject: 'Pallet 3 of 5 missing',
        customerId: customer.id,
        teamId: team.id,
        channel: 'email',
        priority,
        firstMessage: { id: uuidv7(clock), direction: 'inbound', body: 'Only 4 pallets arrived.' },
      });
      if (result.status !== 'applied') throw new Error(`openTicket: ticket.create was refused: ${JSON.stringify(result)}`);
      await engine.idle();
      return { id, customer, createdAt: clock };
    },
  };
  return harness;
}

export type RulesHarness = Awaited<ReturnType<typeof startRulesHarness>>;
