import type { Channel, ContactRow, CustomerPreferences, CustomerRow, OrderLine, OrderRow, ShipmentMode, ShipmentRow } from '../../core';
import { carrierEvents, scenarioWeights, shipmentStatusOf, type ShipmentScenario } from './carrierEvents';
import { DAY, HOUR, type DemoTeamKey } from './demoPeople';
import { generateShipmentTickets } from './generateTickets';
import type { WorldContext } from './WorldContext';
import { carriers, currencies, europeanCities, hubsByMode, overseasOrigins, products } from './worldCatalogue';

type NamedCustomer = Pick<CustomerRow, 'name' | 'email' | 'phone' | 'kind' | 'tier' | 'segment' | 'preferences'>;

const b2bSegments = ['enterprise retail', 'e-commerce', 'furniture', 'electronics', 'healthcare', 'food & beverage', 'industrial'];
const languages = ['en-GB', 'en-US', 'de-DE', 'nl-NL', 'fr-FR', 'es-ES', 'sv-SE', 'da-DK', 'pl-PL', 'it-IT'];
const zones = ['Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Stockholm', 'Europe/Warsaw'];
const transitDays: Record<ShipmentMode, number> = { parcel: 3, ltl: 4, ftl: 3, ocean: 32, air: 5 };

/** One customer with contacts, orders, shipments and their scan histories, and tickets about them. */
export function generateCustomer(ctx: WorldContext, named: NamedCustomer | null): CustomerRow {
  const { rng, faker } = ctx;
  const createdAt = ctx.now - rng.int(40, 400) * DAY - rng.int(0, 86_399) * 1000;
  const customer: CustomerRow = { id: ctx.id(createdAt), ...(named ?? randomCustomer(ctx)), addresses: [], mergedIntoId: null, createdAt, updatedAt: createdAt };
  ctx.emit('customers', customer);

  const contacts: ContactRow[] = [];
  const contactCount = customer.kind === 'b2b' ? rng.int(1, 3) : 0;
  for (let i = 0; i < contactCount; i++) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const domain = customer.email?.split('@')[1] ?? 'customer.example';
    const at = createdAt + i * HOUR;
    const contact: ContactRow = {
      id: ctx.id(at),
      customerId: customer.id,
      name: `${first} ${last}`,
      email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`,
      phone: rng.chance(0.6) ? faker.phone.number({ style: 'international' }) : null,
      role: rng.pick(['Logistics manager', 'Receiving supervisor', 'Purchasing', 'Accounts payable', 'Warehouse lead']),
      createdAt: at,
      updatedAt: at,
    };
    contacts.push(contact);
    ctx.emit('contacts', contact);
  }

  // Named (hand-written) customers follow the rates; generated ones follow the plan when there is one.
  const plan = named ? undefined : ctx.plan;
  const draw = rng.next();
  const shipments = plan ? plan.shipmentsFor(draw) : Math.max(0, Math.round(ctx.rates.shipmentsPerCustomer * (0.4 + draw * 1.2)));
  for (let i = 0; i < shipments; i++) generateOrderAndShipment(ctx, customer, contacts);
  const mean = ctx.rates.generalTicketsPerCustomer;
  // Whole part always, the fraction by chance: a mean of 0.4 gives 0 or 1, averaging 0.4.
  const general = plan ? plan.generalTicketsFor(rng) : Math.floor(mean) + (rng.chance(mean % 1) ? 1 : 0);
  for (let i = 0; i < general; i++) generateShipmentTickets(ctx, { customer, contacts, order: null, shipment: null, scenario: null, events: [], team: teamFor(customer, null, null) });
  return customer;
}

function randomCustomer(ctx: WorldContext): NamedCustomer {
  const { rng, faker } = ctx;
  const b2b = rng.chance(0.45);
  const name = b2b ? faker.company.name() : faker.person.fullName();
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '') || 'customer';
  const channel: Channel = rng.weighted([['email', 50], ['chat', 18], ['sms', 14], ['phone', 12], ['social', 6]]);
  const preferences: CustomerPreferences = {
    preferredChannel: channel,
    language: rng.pick(languages),
    quietHours: rng.chance(0.4) ? { start: rng.pick(['20:00', '21:00', '22:00']), end: rng.pick(['06:30', '07:00', '08:00']), timeZone: rng.pick(zones) } : null,
    optIns: { email: rng.chance(0.9), sms: rng.chance(0.5), chat: rng.chance(0.3), social: rng.chance(0.15) },
  };
  return {
    name,
    email: rng.chance(0.93) ? (b2b ? `logistics@${slug.slice(0, 40)}.example` : `${slug.slice(0, 40)}@mail.example`) : null,
    phone: rng.chance(0.7) ? faker.phone.number({ style: 'international' }) : null,
    kind: b2b ? 'b2b' : 'b2c',
    tier: rng.weighted(b2b ? [['standard', 50], ['gold', 35], ['platinum', 15]] : [['standard', 80], ['gold', 20]]),
    segment: b2b ? rng.pick(b2bSegments) : 'consumer',
    preferences,
  };
}

function generateOrderAndShipment(ctx: WorldContext, customer: CustomerRow, contacts: ContactRow[]): void {
  const { rng } = ctx;
  const mode: ShipmentMode =
    customer.kind === 'b2c' ? 'parcel' : rng.weighted([['parcel', 40], ['ltl', 25], ['ftl', 10], ['ocean', 15], ['air', 10]]);
  const orderedAt = ctx.now - rng.int(1, mode === 'ocean' ? 45 : 28) * DAY - rng.int(0, 86_399) * 1000;
  const lines: OrderLine[] = [];
  for (let i = rng.int(1, 4); i > 0; i--) {
    const [sku, description, price] = rng.pick(products);
    lines.push({ sku, description, quantity: customer.kind === 'b2b' ? rng.int(2, 60) : rng.int(1, 2), unitPrice: price });
  }
  const total = Math.round(lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) * 100) / 100;
  const start = orderedAt + rng.int(2, 30) * HOUR;
  const promisedDate = start + transitDays[mode] * DAY;
  const scenario: ShipmentScenario = start > ctx.now - 2 * HOUR ? 'pending' : rng.weighted(scenarioWeights);
  const order: OrderRow = {
    id: ctx.id(orderedAt),
    customerId: customer.id,
    number: `SO-${ctx.counters.order++}`,
    status: scenario === 'delivered' ? 'delivered' : scenario === 'pending' ? 'picking' : scenario === 'returned' ? 'returned' : 'shipped',
    lines,
    currency: rng.pick(currencies),
    total,
    promisedDate,
    createdAt: orderedAt,
    updatedAt: orderedAt,
  };
  ctx.emit('orders', order);

  const carrier = rng.pick(carriers[mode]);
  const international = mode === 'ocean' || mode === 'air';
  const origin = international ? rng.pick(overseasOrigins) : rng.pick(europeanCities);
  const destination = rng.pick(europeanCities.filter((c) => c !== origin));
  const events = carrierEvents(rng, scenario, mode, { origin, destination, hubs: hubsByMode[mode] }, start, ctx.now);
  const last = events.at(-1);
  const delivered = scenario === 'delivered' && last?.status === 'delivered';
  const eta = delivered ? (last?.occurredAt ?? promisedDate) : scenario === 'delayed' || scenario === 'customs_hold' ? promisedDate + rng.int(2, 6) * DAY : promisedDate;
  const shipment: ShipmentRow = {
    id: ctx.id(start),
    orderId: order.id,
    customerId: customer.id,
    carrier: carrier.name,
    trackingNumber: `${carrier.prefix}${String(ctx.counters.tracking++).padStart(mode === 'parcel' ? 10 : 8, '0')}`,
    mode,
    origin,
    destination,
    promisedDate,
    eta,
    status: delivered || scenario !== 'delivered' ? shipmentStatusOf[scenario] : 'in_transit',
    lastEventAt: last?.occurredAt ?? null,
    createdAt: start,
    updatedAt: last?.occurredAt ?? start,
  };
  ctx.emit('shipments', shipment);
  for (const e of events) ctx.emit('tracking_events', { id: ctx.id(e.occurredAt), shipmentId: shipment.id, carrier: carrier.name, ...e });
  generateShipmentTickets(ctx, { customer, contacts, order, shipment, scenario, events, team: teamFor(customer, shipment, scenario) });
}

/** Parcels go to Parcel Support, freight to the Freight Desk, customs holds to Customs & Compliance. */
function teamFor(customer: CustomerRow, shipment: ShipmentRow | null, scenario: ShipmentScenario | null): DemoTeamKey {
  if (scenario === 'customs_hold') return 'customs';
  if (shipment) return shipment.mode === 'parcel' ? 'parcel' : 'freight';
  return customer.kind === 'b2c' ? 'parcel' : 'freight';
}
