import type { ChatPayload, PhoneCallPayload, SmsPayload, SocialPayload } from './channelMessagePayloads';

/** Who wrote an inbound message, as far as the channel tells us; used to find or create a contact. */
export interface InboundSender {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** A channel handle (social @name, chat visitor id) when there is no email or phone. */
  handle: string | null;
}

/** Any channel's inbound message, normalised: what ingest turns into a message row. */
export interface InboundMessage {
  channel: 'chat' | 'sms' | 'social' | 'phone';
  /** Provider id: the dedupe and threading key on messages.externalId. */
  externalId: string;
  /** Messages sharing a thread key land on the same open ticket (chat session, social thread). */
  threadKey: string | null;
  sender: InboundSender;
  subject: string;
  body: string;
  occurredAt: number;
  /** Phone: the agent's side of the call is logged as a note, not as the customer's words. */
  direction: 'inbound' | 'note';
}

export type ChannelPayload =
  | { channel: 'chat'; payload: ChatPayload }
  | { channel: 'sms'; payload: SmsPayload }
  | { channel: 'social'; payload: SocialPayload }
  | { channel: 'phone'; payload: PhoneCallPayload };

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const subjectOf = (body: string): string => clip(body.replace(/\s+/g, ' ').trim(), 80);

/** Maps a validated channel payload to the normalised inbound message. Pure. */
export function toInboundMessage(input: ChannelPayload): InboundMessage {
  switch (input.channel) {
    case 'chat': {
      const p = input.payload;
      return {
        channel: 'chat',
        externalId: `chat:${p.messageId}`,
        threadKey: `chat:${p.conversationId}`,
        sender: { name: p.visitor.name ?? null, email: p.visitor.email ?? null, phone: null, handle: p.visitor.id ?? null },
        subject: `Chat: ${subjectOf(p.text)}`,
        body: p.text,
        occurredAt: p.sentAt,
        direction: 'inbound',
      };
    }
    case 'sms': {
      const p = input.payload;
      return {
        channel: 'sms',
        externalId: `sms:${p.messageId}`,
        threadKey: null,
        sender: { name: null, email: null, phone: normalisePhone(p.from), handle: null },
        subject: `SMS: ${subjectOf(p.body)}`,
        body: p.body,
        occurredAt: p.receivedAt,
        direction: 'inbound',
      };
    }
    case 'social': {
      const p = input.payload;
      return {
        channel: 'social',
        externalId: `${p.platform}:${p.messageId}`,
        threadKey: p.threadId ? `${p.platform}:${p.threadId}` : null,
        sender: {
          name: p.author.name ?? null,
          email: p.author.email ?? null,
          phone: p.author.phone ? normalisePhone(p.author.phone) : null,
          handle: `${p.platform}:${p.author.handle}`,
        },
        subject: `${p.platform}: ${subjectOf(p.text)}`,
        body: p.text,
        occurredAt: p.postedAt,
        direction: 'inbound',
      };
    }
    case 'phone': {
      const p = input.payload;
      const minutes = Math.floor(p.durationSeconds / 60);
      const seconds = p.durationSeconds % 60;
      const line = `${p.direction === 'inbound' ? 'Call from' : 'Call to'} ${p.customerNumber} — ${p.outcome}, ${minutes}m ${String(seconds).padStart(2, '0')}s`;
      const body = [line, p.summary, p.recordingUrl ? `Recording: ${p.recordingUrl}` : undefined].filter(Boolean).join('\n\n');
      return {
        channel: 'phone',
        externalId: `call:${p.callId}`,
        threadKey: null,
        sender: { name: null, email: null, phone: normalisePhone(p.customerNumber), handle: null },
        subject: clip(p.summary ? `Call: ${subjectOf(p.summary)}` : line, 200),
        body,
        occurredAt: p.startedAt,
        // A call log is the agent's record of the conversation, so it is an internal note.
        direction: 'note',
      };
    }
  }
}

/** Digits with a leading + kept: "+1 (555) 010-0200" → "+15550100200", so lookups match. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}
