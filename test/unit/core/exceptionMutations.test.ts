import { describe, expect, it } from 'vitest';
import {
  exceptionRowDefaults,
  prepareMutation,
  rowsFromList,
  uuidv7,
  type AgentActor,
  type AgentRow,
  type AnyRow,
  type ExceptionRow,
  type MacroRow,
  type MutationContext,
  type RowChange,
  type ShipmentRow,
} from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const at = Date.UTC(2026, 10, 23, 10, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: AgentActor, extra: Partial<MutationContext> = {}): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: at, sequences: {}, ...extra });
}

/** A team A exception on a shipment of the fixtures' customer, with agents of both teams. */
function world() {
  const f = coreFixtures();
  const shipment: ShipmentRow = {
    id: uuidv7(f.now),
    orderId: null,
    customerId: f.customer.id,
    carrier: 'DHL Express',
    trackingNumber: 'JD014600006281',
    mode: 'parcel',
    origin: 'Hamburg, DE',
    destination: 'Lyon, FR',
    promisedDate: f.now,
    eta: Date.UTC(2026, 10, 25, 14, 0),
    status: 'in_transit',
    lastEventAt: f.now,
    createdAt: f.now,
    updatedAt: f.now,
  };
  const exception: ExceptionRow = {
    ...exceptionRowDefaults(),
    id: uuidv7(f.now),
    type: 'delay',
    severity: 'high',
    status: 'open',
    shipmentId: shipment.id,
    customerId: f.customer.id,
    teamId: f.teamA.id,
    ticketId: null,
    detectedAt: f.now,
    acknowledgedAt: null,
    resolvedAt: null,
    note: 'ETA is 2 days past the promised date',
    dedupeKey: `${shipment.id}:delay`,
  };
  const agentRow = (actor: AgentActor, name: string): AgentRow => ({
    id: actor.agentId,
    teamId: actor.teamId,
    name,
    email: `${name.toLowerCase()}@relay.example`,
    role: actor.role,
    createdAt: f.now,
    signature: '',
  });
  const lead: AgentActor = { agentId: uuidv7(f.now), role: 'lead', teamId: f.teamA.id };
  const agentRows = [agentRow(f.agentA, 'Priya'), agentRow(f.agentB, 'Tom'), agentRow(lead, 'Lena'), agentRow(f.admin, 'Maya')];
  const macro: MacroRow = {
    id: uuidv7(f.now),
    title: 'Delay notice',
    body: 'Hi {{customer.name}}, {{shipment.trackingNumber}} now arrives {{shipment.eta}}. {{agent.name}}',
    channel: 'email',
    ownerAgentId: null,
    archived: false,
  };
  return { ...f, shipment, exception, lead, agentRows, macro };
}

describe('exception.update', () => {
  it('acknowledges an open exception, then resolves it with a note', () => {
    const w = world();
    const [ack] = run('exception.update', { action: 'acknowledge', id: w.exception.id }, [w.exception], w.agentA);
    expect(ack).toMatchObject({ op: 'upsert', entity: 'exceptions', scope: `team:${w.teamA.id}` });
    expect(ack?.row).toMatchObject({ status: 'acknowledged', acknowledgedAt: at, acknowledgedBy: w.agentA.agentId });

    const acknowledged = ack!.row as ExceptionRow;
    const [resolved] = run('exception.update', { action: 'resolve', id: w.exception.id, note: '  Carrier rebooked for Monday. ' }, [acknowledged], w.lead);
    expect(resolved?.row).toMatchObject({
      status: 'resolved',
      resolvedAt: at,
      resolvedBy: w.lead.agentId,
      resolutionNote: 'Carrier rebooked for Monday.',
      acknowledgedBy: w.agentA.agentId,
      note: w.exception.note,
    });
  });

  it('refuses to resolve without a note, saying so', () => {
    const w = world();
    for (const args of [{ action: 'resolve', id: w.exception.id }, { action: 'resolve', id: w.exception.id, note: '   ' }]) {
      const error = rejectionOf(() => run('exception.update', args, [w.exception], w.lead));
      expect(error.code).toBe('invalid_args');
      expect(error.message).toMatch(/note: a resolution note is required/);
    }
  });

  it('refuses transitions that go nowhere or backwards', () => {
    const w = world();
    const acknowledged = { ...w.exception, status: 'acknowledged' as const, acknowledgedAt: w.now };
    const resolved = { ...w.exception, status: 'resolved' as const, resolvedAt: w.now };
    expect(rejectionOf(() => run('exception.update', { action: 'acknowledge', id: w.exception.id }, [acknowledged], w.lead)).message).toMatch(/already acknowledged/);
    for (const args of [
      { action: 'acknowledge', id: w.exception.id },
      { action: 'resolve', id: w.exception.id, note: 'again' },
      { action: 'assign', id: w.exception.id, assigneeId: w.lead.agentId },
    ]) {
      const error = rejectionOf(() => run('exception.update', args, [resolved, ...w.agentRows], w.lead));
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/already resolved/);
    }
  });

  it("hides other teams' exceptions and lets admins work every queue", () => {
    const w = world();
    const args = { action: 'acknowledge', id: w.exception.id };
    const foreign = rejectionOf(() => run('exception.update', args, [w.exception], w.agentB));
    const missing = rejectionOf(() => run('exception.update', args, [], w.agentA));
    expect(foreign.code).toBe('not_found');
    expect(foreign.message).toBe(missing.message);
    expect(run('exception.update', args, [w.exception], w.admin)[0]?.row).toMatchObject({ status: 'acknowledged' });
  });

  it('assigns within the team; agents only take it themselves', () => {
    const w = world();
    const db = [w.exception, ...w.agentRows];
    expect(run('exception.update', { action: 'assign', id: w.exception.id, assigneeId: w.agentA.agentId }, db, w.lead)[0]?.row).toMatchObject({ assigneeId: w.agentA.agentId });
    expect(run('exception.update', { action: 'assign', id: w.exception.id, assigneeId: w.agentA.agentId }, db, w.agentA)[0]?.row).toMatchObject({ assigneeId: w.agentA.agentId });
    const handOff = rejectionOf(() => run('exception.update', { action: 'assign', id: w.exception.id, assigneeId: w.lead.agentId }, db, w.agentA));
    expect(handOff.code).toBe('forbidden');
    const outsider = rejectionOf(() => run('exception.update', { action: 'assign', id: w.exception.id, assigneeId: w.agentB.agentId }, db, w.lead));
    expect(outsider.message).toMatch(/Tom is not in the team/);
    expect(run('exception.update', { action: 'assign', id: w.exception.id, assigneeId: null }, db, w.lead)[0]?.row).toMatchObject({ assigneeId: null });
  });
});

describe('exception.openTicket', () => {
  const argsFor = (w: ReturnType<typeof world>, linkedTicketId: string | null = null) => ({
    exceptionId: w.exception.id,
    ticketId: uuidv7(),
    messageId: uuidv7(),
    shipmentId: w.shipment.id,
    customerId: w.customer.id,
    linkedTicketId,
    subject: 'Delay — JD014600006281',
    note: 'Opened from the exceptions queue.',
  });

  it('opens a numbered ticket about the shipment in the exception team and links it', () => {
    const w = world();
    const args = argsFor(w);
    const changes = run('exception.openTicket', args, [w.exception, w.shipment, w.customer], w.lead, { sequences: { ticketNumber: 1042 } });
    const [ticket, message, exception] = changes;
    expect(ticket?.row).toMatchObject({
      id: args.ticketId,
      number: 1042,
      customerId: w.customer.id,
      shipmentId: w.shipment.id,
      teamId: w.teamA.id,
      priority: 'high',
      channel: 'email',
      status: 'open',
    });
    expect(message?.row).toMatchObject({ ticketId: args.ticketId, direction: 'note', authorId: w.lead.agentId });
    expect(exception?.row).toMatchObject({ id: w.exception.id, ticketId: args.ticketId });
  });

  it('refuses while an unclosed ticket is linked, and replaces a closed one', () => {
    const w = world();
    const linked = { ...w.ticket, status: 'open' as const };
    const exception = { ...w.exception, ticketId: linked.id };
    const db = [exception, w.shipment, w.customer, linked];
    const error = rejectionOf(() => run('exception.openTicket', argsFor(w, linked.id), db, w.lead));
    expect(error.message).toMatch(/#1001 is already linked/);
    const closed = { ...linked, status: 'closed' as const };
    const changes = run('exception.openTicket', argsFor(w, linked.id), [exception, w.shipment, w.customer, closed], w.lead);
    expect(changes[2]?.row).toMatchObject({ ticketId: changes[0]?.id });
    // The caller's view was stale: the exception is linked meanwhile.
    expect(rejectionOf(() => run('exception.openTicket', argsFor(w, null), db, w.lead)).message).toMatch(/changed meanwhile/);
  });

  it("refuses another team's exception", () => {
    const w = world();
    expect(rejectionOf(() => run('exception.openTicket', argsFor(w), [w.exception, w.shipment, w.customer], w.agentB)).code).toBe('not_found');
  });
});

describe('exception.notifyCustomer', () => {
  function linkedWorld() {
    const w = world();
    const exception = { ...w.exception, ticketId: w.ticket.id };
    const args = {
      exceptionId: exception.id,
      ticketId: w.ticket.id,
      macroId: w.macro.id,
      messageId: uuidv7(),
      senderId: w.lead.agentId,
      shipmentId: w.shipment.id,
      customerId: w.customer.id,
      orderId: null,
    };
    return { ...w, exception, args, db: [exception, w.ticket, w.macro, w.shipment, w.customer, ...w.agentRows] as AnyRow[] };
  }

  it('queues the rendered macro on the linked ticket in the customer language and marks the exception notified', () => {
    const w = linkedWorld();
    const [message, ticket, exception] = run('exception.notifyCustomer', w.args, w.db, w.lead);
    expect(message).toMatchObject({ entity: 'messages', scope: `team:${w.teamA.id}` });
    expect(message?.row).toMatchObject({ direction: 'outbound', channel: 'email', deliveryStatus: 'queued', authorId: w.lead.agentId, subject: w.ticket.subject });
    const body = (message?.row as { body: string }).body;
    expect(body).toContain('Hi Nordwind Retail GmbH, JD014600006281 now arrives');
    expect(body).toMatch(/Lena$/);
    expect(body).not.toContain('{{');
    expect(ticket?.row).toMatchObject({ status: 'open', lastMessageAt: at });
    expect(exception?.row).toMatchObject({ notifiedAt: at });
  });

  it('refuses a macro with a placeholder this shipment cannot fill', () => {
    const w = linkedWorld();
    const noEta = { ...w.shipment, eta: null };
    const db = w.db.map((r) => (r.id === noEta.id ? noEta : r));
    const error = rejectionOf(() => run('exception.notifyCustomer', w.args, db, w.lead));
    expect(error.message).toMatch(/needs \{\{shipment\.eta\}\}/);
  });

  it('refuses when the customer accepts no reachable channel, and uses another channel they accept', () => {
    const w = linkedWorld();
    const optedOut = { ...w.customer, preferences: { ...w.customer.preferences, optIns: { email: false, sms: false, chat: false, social: false } } };
    const blocked = rejectionOf(() => run('exception.notifyCustomer', w.args, w.db.map((r) => (r.id === optedOut.id ? optedOut : r)), w.lead));
    expect(blocked.message).toMatch(/has not opted in/);
    const smsOnly = { ...optedOut, phone: '+49 40 555', preferences: { ...optedOut.preferences, preferredChannel: 'sms' as const, optIns: { email: false, sms: true, chat: false, social: false } } };
    const [message] = run('exception.notifyCustomer', w.args, w.db.map((r) => (r.id === smsOnly.id ? smsOnly : r)), w.lead);
    expect(message?.row).toMatchObject({ channel: 'sms', subject: null });
  });

  it('refuses an unreviewed macro promising a past ETA, and sends the text the agent edited instead', () => {
    const w = linkedWorld();
    const late = { ...w.shipment, eta: at - 28 * 86_400_000 };
    const db = w.db.map((r) => (r.id === late.id ? late : r));
    expect(rejectionOf(() => run('exception.notifyCustomer', w.args, db, w.lead)).message).toMatch(/ETA of JD014600006281 is in the past/);
    const body = 'Hi Nordwind, JD014600006281 has not moved since November; we asked the carrier and will write by Friday.';
    const [message] = run('exception.notifyCustomer', { ...w.args, body }, db, w.lead);
    expect(message?.row).toMatchObject({ body, deliveryStatus: 'queued' });
    expect(rejectionOf(() => run('exception.notifyCustomer', { ...w.args, body: 'ETA {{shipment.eta}}' }, db, w.lead)).message).toMatch(/needs \{\{shipment\.eta\}\}/);
  });

  it('refuses an edited text longer than the channel carries', () => {
    const w = linkedWorld();
    const smsOnly = { ...w.customer, phone: '+49 40 555', preferences: { ...w.customer.preferences, preferredChannel: 'sms' as const, optIns: { email: false, sms: true, chat: false, social: false } } };
    const db = w.db.map((r) => (r.id === smsOnly.id ? smsOnly : r));
    const error = rejectionOf(() => run('exception.notifyCustomer', { ...w.args, body: 'x'.repeat(2000) }, db, w.lead));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toMatch(/at most 10 segments.*needs 14/);
  });

  it('refuses without a linked ticket, on a closed one, or in someone else’s name', () => {
    const w = linkedWorld();
    const unlinked = w.db.map((r) => (r.id === w.exception.id ? { ...w.exception, ticketId: null } : r));
    expect(rejectionOf(() => run('exception.notifyCustomer', w.args, unlinked, w.lead)).message).toMatch(/ticket linked to this exception changed/);
    const closed = w.db.map((r) => (r.id === w.ticket.id ? { ...w.ticket, status: 'closed' as const } : r));
    expect(rejectionOf(() => run('exception.notifyCustomer', w.args, closed, w.lead)).message).toMatch(/is closed/);
    expect(rejectionOf(() => run('exception.notifyCustomer', w.args, w.db, w.agentA)).code).toBe('forbidden');
    expect(rejectionOf(() => run('exception.notifyCustomer', { ...w.args, senderId: w.agentB.agentId }, w.db, w.agentB)).code).toBe('not_found');
  });
});

describe('exception.notifyCustomers (one change for several exceptions)', () => {
  function openAndNotify(w: ReturnType<typeof world>, exception: ExceptionRow) {
    const ticketId = uuidv7();
    return {
      openTicket: {
        exceptionId: exception.id,
        ticketId,
        messageId: uuidv7(),
        shipmentId: w.shipment.id,
        customerId: w.customer.id,
        linkedTicketId: null,
        subject: 'Delay — DHL Express JD014600006281',
        note: 'Opened from the exceptions queue.',
      },
      notify: {
        exceptionId: exception.id,
        ticketId,
        macroId: w.macro.id,
        messageId: uuidv7(),
        senderId: w.lead.agentId,
        shipmentId: w.shipment.id,
        customerId: w.customer.id,
        orderId: null,
      },
    };
  }

  it('opens the ticket, adds its note, queues the message and links the exception, numbering each opened ticket', () => {
    const w = world();
    const item = openAndNotify(w, w.exception);
    const db = [w.exception, w.macro, w.shipment, w.customer, ...w.agentRows] as AnyRow[];
    const changes = run('exception.notifyCustomers', { items: [item] }, db, w.lead, { sequences: { ticketNumber: 2001 } });
    const tickets = changes.filter((c) => c.entity === 'tickets');
    expect(tickets.at(-1)?.row).toMatchObject({ id: item.openTicket.ticketId, number: 2001, status: 'open' });
    const messages = changes.filter((c) => c.entity === 'messages').map((c) => c.row);
    expect(messages).toEqual([
      expect.objectContaining({ direction: 'note', body: 'Opened from the exceptions queue.' }),
      expect.objectContaining({ direction: 'outbound', deliveryStatus: 'queued', ticketId: item.openTicket.ticketId }),
    ]);
    expect(changes.filter((c) => c.entity === 'exceptions').at(-1)?.row).toMatchObject({ ticketId: item.openTicket.ticketId, notifiedAt: at });
  });

  it('refuses the whole batch when one exception is refused, naming it', () => {
    const w = world();
    const gone: ExceptionRow = { ...w.exception, id: uuidv7(), dedupeKey: 'other' };
    const db = [w.exception, w.macro, w.shipment, w.customer, ...w.agentRows] as AnyRow[];
    // The second exception is not in the rows (not this team's, or gone): nothing of the first survives.
    const error = rejectionOf(() => run('exception.notifyCustomers', { items: [openAndNotify(w, w.exception), openAndNotify(w, gone)] }, db, w.lead));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/^Exception 2 of 2: .*Nothing was sent\.$/);
  });

  it('is an agent action: a system actor cannot send in an agent name', () => {
    const w = world();
    const db = [w.exception, w.macro, w.shipment, w.customer, ...w.agentRows] as AnyRow[];
    const prepared = prepareMutation({ name: 'exception.notifyCustomers', args: { items: [openAndNotify(w, w.exception)] } });
    const rows = rowsFromList(prepared.refs, prepared.refs.map((ref) => db.find((r) => r.id === ref.id)));
    const refused = rejectionOf(() => prepared.apply(rows, { actor: { kind: 'system', systemId: 'system:rules' }, now: at, sequences: {} }));
    expect(refused.code).toBe('forbidden');
  });
});
