import {
  exceptionRowDefaults,
  teamScope,
  tenantScope,
  uuidv7,
  type AnyRow,
  type EntityName,
  type RowChange,
  type Scope,
} from '../../../../src/core';

/** One of every replicated logistics entity, every optional field filled, for round-trip checks. */
/** `policyId`: the existing urgent × platinum SLA policy (one per pair), which the rows update. */
export function modelRows(teams: { parcel: string; freight: string }, authorId: string, now: number, policyId: string) {
  const id = () => uuidv7(now);
  const customer = {
    id: id(),
    name: 'Fjordline Home AS',
    email: 'ops@fjordline.example',
    phone: '+47 22 55 50 10',
    kind: 'b2b' as const,
    tier: 'platinum' as const,
    segment: 'enterprise retail',
    preferences: {
      preferredChannel: 'sms' as const,
      language: 'nb-NO',
      quietHours: { start: '21:30', end: '07:00', timeZone: 'Europe/Oslo' },
      optIns: { email: true, sms: true, chat: false, social: false },
    },
    addresses: [{ label: 'Main warehouse', line1: 'Kaigata 5', line2: 'Dock 3', city: 'Oslo', postcode: '0154', region: 'Oslo', country: 'NO' }],
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
  };
  const contact = { id: id(), customerId: customer.id, name: 'Ingrid Berg', email: 'ingrid@fjordline.example', phone: null, role: 'Receiving supervisor', createdAt: now, updatedAt: now };
  const order = {
    id: id(),
    customerId: customer.id,
    number: 'SO-990001',
    status: 'shipped' as const,
    lines: [
      { sku: 'SOFA-3S-GRY', description: 'Three-seat sofa, grey', quantity: 2, unitPrice: 899.5 },
      { sku: 'CUSH-SET', description: 'Cushion set', quantity: 4, unitPrice: 24.99 },
    ],
    currency: 'NOK',
    total: 1898.96,
    promisedDate: now + 3 * 86_400_000,
    createdAt: now,
    updatedAt: now,
  };
  const shipment = {
    id: id(),
    orderId: order.id,
    customerId: customer.id,
    carrier: 'Nordic Freightways',
    trackingNumber: 'NFW000123456',
    mode: 'ltl' as const,
    origin: 'Gothenburg, SE',
    destination: 'Oslo, NO',
    promisedDate: now + 3 * 86_400_000,
    eta: now + 5 * 86_400_000,
    status: 'exception' as const,
    lastEventAt: now - 3_600_000,
    createdAt: now,
    updatedAt: now,
  };
  const unknownScan = {
    id: id(),
    shipmentId: shipment.id,
    status: 'unknown' as const,
    rawCode: 'ZZ9',
    rawReason: 'Carrier-specific code',
    carrier: shipment.carrier,
    location: null,
    occurredAt: now - 3_600_000,
    flagged: true,
    source: 'x12_214' as const,
  };
  const backorderEvent = {
    id: id(),
    orderId: order.id,
    type: 'backordered' as const,
    occurredAt: now - 7_200_000,
    warehouse: 'Gothenburg DC',
    expectedDate: now + 9 * 86_400_000,
    lines: [{ sku: 'CUSH-SET', quantity: 2 }],
    shipmentId: shipment.id,
    partial: true,
    note: 'Supplier late',
    createdAt: now,
  };
  const exceptionFor = (teamId: string, type: 'delay' | 'damaged') => ({
    ...exceptionRowDefaults(),
    id: id(),
    type,
    severity: 'high' as const,
    status: 'open' as const,
    shipmentId: shipment.id,
    customerId: customer.id,
    teamId,
    ticketId: null,
    detectedAt: now,
    acknowledgedAt: null,
    resolvedAt: null,
    note: `${type} seen at the terminal`,
    dedupeKey: `${shipment.id}:${type}`,
  });
  const parcelException = exceptionFor(teams.parcel, 'delay');
  const freightException = exceptionFor(teams.freight, 'damaged');
  const article = {
    id: id(),
    title: 'What a customs hold means',
    body: '# Customs hold\n\nThe shipment waits for **documents** or duties.',
    category: 'Customs',
    tags: ['customs', 'duties'],
    updatedAt: now,
    authorId,
  };
  const macro = { id: id(), title: 'Delay apology', body: 'Hi {{customer.name}}, {{shipment.trackingNumber}} now arrives {{shipment.eta}}.', channel: 'email' as const, ownerAgentId: null, archived: false };
  const automation = { id: id(), name: 'Delay → SMS', trigger: 'exception.opened', enabled: false, config: { types: ['delay'], macroId: macro.id, throttleMinutes: 240 } };
  const policy = { id: policyId, priority: 'urgent' as const, tier: 'platinum' as const, firstResponseMinutes: 10, resolutionMinutes: 180, nextResponseMinutes: 20 };
  const ticket = {
    id: id(),
    number: 9001,
    mergedIntoId: null,
    tags: ['vip', 'claim'],
    fields: { pro_number: 'PRO-77', claim_amount: 120.5 },
    subject: 'Sofa delivery late',
    customerId: customer.id,
    contactId: contact.id,
    teamId: teams.parcel,
    assigneeId: null,
    channel: 'email' as const,
    status: 'pending' as const,
    priority: 'urgent' as const,
    orderId: order.id,
    shipmentId: shipment.id,
    firstResponseDueAt: now + 900_000,
    resolutionDueAt: now + 14_400_000,
    firstRespondedAt: now + 60_000,
    solvedAt: null,
    slaPausedAt: now + 120_000,
    slaPausedMs: 30_000,
    nextResponseSince: now - 60_000,
    nextResponseDueAt: now + 3_600_000,
    nextResponsePausedMs: 5_000,
    slaAtRiskAt: now + 1_800_000,
    createdAt: now,
    updatedAt: now,
    lastMessageAt: now,
  };
  const message = {
    id: id(),
    ticketId: ticket.id,
    direction: 'inbound' as const,
    channel: 'email' as const,
    authorId: null,
    subject: 'Re: your delivery [#9001]',
    body: 'Where is my sofa?',
    htmlBody: '<p>Where is my <b>sofa</b>?</p>',
    attachments: [{ name: 'photo.jpg', contentType: 'image/jpeg', size: 48_213, storageKey: 'att/abc123' }],
    externalId: '<abc@mail.fjordline.example>',
    call: null,
    deliveryStatus: 'received' as const,
    createdAt: now,
    cc: ['broker@customs.example'],
    bcc: ['archive@fjordline.example'],
    mentions: [authorId],
  };
  const invoiceId = id();
  const invoice = {
    id: invoiceId,
    customerId: customer.id,
    number: 'INV-2026-0042',
    orderNumbers: [order.number, 'SO-EXTERNAL-9'],
    status: 'partially_paid' as const,
    currency: 'EUR',
    amountMinor: 125_050,
    paidMinor: 25_000,
    issuedAt: now - 86_400_000,
    dueAt: now + 29 * 86_400_000,
    pdf: { name: 'INV-2026-0042.pdf', contentType: 'application/pdf' as const, size: 712, storageKey: `inv/${invoiceId}/0123456789abcdef` },
    createdAt: now,
    updatedAt: now,
  };
  const shipmentAction = {
    id: id(),
    shipmentId: shipment.id,
    customerId: customer.id,
    ticketId: ticket.id,
    carrier: shipment.carrier,
    kind: 'claim' as const,
    details: { claimType: 'damage', amount: 120.5, currency: 'EUR', description: 'Crushed "corner", see photo', carrierReference: '', photos: [{ messageId: message.id, storageKey: 'att/abc123', name: 'photo.jpg' }] },
    state: 'refused' as const,
    reason: 'Claim needs the invoice',
    carrierReference: 'CLM-77',
    requestedBy: authorId,
    requestedAt: now,
    settledAt: now + 5_000,
    updatedAt: now + 5_000,
  };
  const csat = { id: id(), ticketId: ticket.id, customerId: customer.id, score: 4, comment: 'Quick answer', createdAt: now };

  const tenant: [EntityName, AnyRow][] = [
    ['customers', customer],
    ['contacts', contact],
    ['orders', order],
    ['invoices', invoice],
    ['shipments', shipment],
    ['tracking_events', unknownScan],
    ['warehouse_events', backorderEvent],
    ['shipment_actions', shipmentAction],
    ['kb_articles', article],
    ['macros', macro],
    ['automations', automation],
    ['sla_policies', policy],
  ];
  const parcel: [EntityName, AnyRow][] = [
    ['tickets', ticket],
    ['messages', message],
    ['exceptions', parcelException],
    ['csat_responses', csat],
  ];
  // A warehouse exception: about the order, no shipment.
  const backorderException = { ...exceptionFor(teams.freight, 'delay'), type: 'backorder' as const, shipmentId: null, orderId: order.id, dedupeKey: `order:${order.id}:backorder` };
  const freight: [EntityName, AnyRow][] = [
    ['exceptions', freightException],
    ['exceptions', backorderException],
  ];
  const changes = (scope: Scope, list: [EntityName, AnyRow][]): RowChange[] =>
    list.map(([entity, row]) => ({ op: 'upsert', entity, id: row.id, scope, row }) as RowChange);
  return {
    tenant,
    parcel,
    freight,
    freightException,
    changes: [...changes(tenantScope, tenant), ...changes(teamScope(teams.parcel), parcel), ...changes(teamScope(teams.freight), freight)],
  };
}
