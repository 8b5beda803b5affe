import { z } from 'zod';
import { webhookTimeSchema } from './webhookTime';

const text = (max: number) => z.string().trim().min(1, 'is empty').max(max);
const phoneNumber = z.string().trim().regex(/^\+?[0-9 ().-]{5,30}$/, 'must be a phone number (E.164 preferred)');

/** Live-chat widget: one visitor message. `conversationId` threads a chat session. */
export const chatPayloadSchema = z.object({
  messageId: text(200),
  conversationId: text(200),
  sentAt: webhookTimeSchema,
  visitor: z.object({ name: text(300).optional(), email: z.email().optional(), id: text(200).optional() }),
  text: text(100_000),
});
export type ChatPayload = z.infer<typeof chatPayloadSchema>;

/** SMS gateway: an inbound text. */
export const smsPayloadSchema = z.object({
  messageId: text(200),
  from: phoneNumber,
  to: phoneNumber,
  body: text(10_000),
  receivedAt: webhookTimeSchema,
});
export type SmsPayload = z.infer<typeof smsPayloadSchema>;

/** Social inbox (DMs and mentions) relayed by a social-media aggregator. */
export const socialPayloadSchema = z.object({
  messageId: text(200),
  platform: z.enum(['facebook', 'instagram', 'x', 'whatsapp', 'linkedin']),
  threadId: text(200).optional(),
  author: z.object({ handle: text(200), name: text(300).optional(), email: z.email().optional(), phone: phoneNumber.optional() }),
  text: text(50_000),
  postedAt: webhookTimeSchema,
});
export type SocialPayload = z.infer<typeof socialPayloadSchema>;

/** Telephony system: a finished call, logged on the caller's ticket. */
export const phoneCallPayloadSchema = z.object({
  callId: text(200),
  direction: z.enum(['inbound', 'outbound']),
  /** The customer's number (caller for inbound, callee for outbound). */
  customerNumber: phoneNumber,
  startedAt: webhookTimeSchema,
  durationSeconds: z.number().int().nonnegative().max(86_400),
  outcome: z.enum(['answered', 'missed', 'voicemail']),
  summary: text(50_000).optional(),
  recordingUrl: z.url().optional(),
});
export type PhoneCallPayload = z.infer<typeof phoneCallPayloadSchema>;

/** The payload schema of each conversational channel's webhook (email is MIME, not JSON). */
export const channelMessagePayloads = {
  chat: chatPayloadSchema,
  sms: smsPayloadSchema,
  social: socialPayloadSchema,
  phone: phoneCallPayloadSchema,
} as const;
export type JsonChannel = keyof typeof channelMessagePayloads;
