import { describe, expect, it } from 'vitest';
import { labelDefId, uuidv7, type FieldDefRow } from '../../../src/core';
import { buildNewTicketArgs, type NewTicketDraft } from '../../../src/renderer/newticket/buildNewTicketArgs';
import { parseDuration } from '../../../src/renderer/newticket/parseDuration';

const reason: FieldDefRow = { id: labelDefId('field', 'damage_reason'), key: 'damage_reason', label: 'Damage reason', type: 'single_select', options: ['Crushed'], currency: null, updatedAt: 1 };

const draft = (patch: Partial<NewTicketDraft> = {}): NewTicketDraft => ({
  customer: { mode: 'existing', customerId: uuidv7(), label: 'Nordwind' },
  channel: 'call',
  callDirection: 'outbound',
  callDuration: '4:05',
  subject: 'Crushed pallet',
  body: 'Called them back.',
  teamId: uuidv7(),
  assigneeId: null,
  priority: 'normal',
  tags: ['claim'],
  fields: { damage_reason: 'Crushed' },
  orderId: null,
  shipmentId: null,
  ...patch,
});

describe('the new-ticket form', () => {
  it('reads call durations as agents type them', () => {
    expect([parseDuration('4:05'), parseDuration('245'), parseDuration('4m 5s'), parseDuration('2 min'), parseDuration(''), parseDuration('four')]).toEqual([245, 245, 245, 120, 0, null]);
  });

  it('builds one ticket.create: a call becomes a phone ticket with a call note', () => {
    const built = buildNewTicketArgs(draft(), [reason]);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.args).toMatchObject({ channel: 'phone', newCustomer: null, firstMessage: { direction: 'note', call: { direction: 'outbound', durationSeconds: 245 } } });
  });

  it('puts every problem at its field', () => {
    const built = buildNewTicketArgs(
      draft({ customer: { mode: 'new', name: ' ', email: 'nope', phone: '', kind: 'b2c' }, subject: '', body: '', callDuration: 'soon', fields: { damage_reason: 'Wet' } }),
      [reason],
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toMatchObject({
      name: 'give the customer a name',
      email: 'not an email address',
      subject: 'subject is empty',
      body: 'message is empty',
      callDuration: 'Type minutes:seconds, e.g. 4:05',
      'field:damage_reason': 'must be one of: Crushed',
    });
  });
});
