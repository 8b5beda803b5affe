import { describe, expect, it } from 'vitest';
import { channelMessagePayloads, logisticsPayloads, toInboundMessage, trackingEventFromJson } from '../../../../src/core/ingest';

describe('channel payload schemas', () => {
  it('maps a chat message with its conversation as the thread key and ISO time to ms', () => {
    const payload = channelMessagePayloads.chat.parse({
      messageId: 'm1',
      conversationId: 'c9',
      sentAt: '2026-11-23T10:00:00+01:00',
      visitor: { name: 'Ana', email: 'ana@example.com' },
      text: 'Hi, where is my parcel?',
    });
    expect(toInboundMessage({ channel: 'chat', payload })).toMatchObject({
      externalId: 'chat:m1',
      threadKey: 'chat:c9',
      occurredAt: Date.UTC(2026, 10, 23, 9),
      sender: { email: 'ana@example.com', name: 'Ana' },
      direction: 'inbound',
    });
  });

  it('normalises SMS numbers and logs phone calls as notes with duration and outcome', () => {
    const sms = channelMessagePayloads.sms.parse({ messageId: 's1', from: '+1 (555) 010-0200', to: '+15550100999', body: 'Late again', receivedAt: 1_790_000_000_000 });
    expect(toInboundMessage({ channel: 'sms', payload: sms }).sender.phone).toBe('+15550100200');
    const call = channelMessagePayloads.phone.parse({
      callId: 'k1', direction: 'inbound', customerNumber: '+4930123456', startedAt: 1_790_000_000_000,
      durationSeconds: 125, outcome: 'answered', summary: 'Customer asks for redelivery Friday',
    });
    const message = toInboundMessage({ channel: 'phone', payload: call });
    expect(message.direction).toBe('note');
    expect(message.body).toContain('Call from +4930123456 — answered, 2m 05s');
    expect(message.body).toContain('redelivery Friday');
  });

  it('names the bad field of a social payload', () => {
    const parsed = channelMessagePayloads.social.safeParse({ messageId: 'x', platform: 'myspace', author: { handle: '@a' }, text: 'hi', postedAt: 'yesterday' });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['platform', 'postedAt']));
  });
});

describe('logistics payload schemas', () => {
  it('requires some customer reference on an order and flags JSON events without a normalised status', () => {
    const order = logisticsPayloads.orders.safeParse({ number: 'SO-1', customer: { name: 'Nobody' }, status: 'confirmed', lines: [], currency: 'EUR' });
    expect(order.success).toBe(false);
    expect(order.error?.issues[0]?.message).toMatch(/customer.id, customer.email or customer.accountNumber/);
    const event = logisticsPayloads.tracking.parse({ carrier: 'DHL', trackingNumber: 'JD1', code: 'PU', occurredAt: '2026-11-23T08:00:00Z' });
    expect(trackingEventFromJson(event)).toMatchObject({ status: 'unknown', flagged: true, rawCode: 'PU', source: 'json' });
    const known = logisticsPayloads.tracking.parse({ carrier: 'DHL', trackingNumber: 'JD1', code: 'PU', status: 'picked_up', occurredAt: 5 });
    expect(trackingEventFromJson(known)).toMatchObject({ status: 'picked_up', flagged: false });
  });
});
