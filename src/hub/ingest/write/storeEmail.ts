import { uuidv7, type Attachment } from '../../../core';
import { ticketReference } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { ParsedEmail } from '../email/parseEmail';
import { blobStoreOf } from '../../blobs/blobStoreOf';
import { storeInboundMessage, type StoredMessage } from './storeInboundMessage';

/**
 * Stores a parsed email: its attachments' bytes in the hub's blob store (the message row carries
 * only name, type, size and storage key) and the message on its thread's ticket or a new one.
 */
export async function storeEmail(ctx: HubContext, mail: ParsedEmail): Promise<StoredMessage & { attachments: number; rejectedAttachments: ParsedEmail['rejectedAttachments'] }> {
  const now = ctx.now();
  const blobs = blobStoreOf(ctx);
  const keyed = mail.attachments.map((a) => ({ ...a, storageKey: `att/${uuidv7(now)}/${a.sha256.slice(0, 16)}` }));
  const attachments: Attachment[] = keyed.map((a) => ({ name: a.filename.slice(0, 500), contentType: a.contentType.slice(0, 200), size: a.size, storageKey: a.storageKey }));
  const rejectedNote = mail.rejectedAttachments.map((r) => `[attachment "${r.filename}" (${r.size} bytes) not kept: ${r.reason}]`).join('\n');
  // Bytes before the message, outside its transaction (a message never names a missing file; the
  // store may be another service); a duplicate email's copies are removed again.
  for (const a of keyed) await blobs.put(a.storageKey, { bytes: a.content, filename: a.filename, contentType: a.contentType });
  const stored = await storeInboundMessage(ctx, {
    channel: 'email',
    externalId: mail.messageId,
    replyTo: mail.threadIds,
    ticketNumber: ticketReference(mail.subject),
    threadKey: null,
    sender: { name: mail.from?.name ?? null, email: mail.from?.address ?? null, phone: null, handle: null },
    subject: mail.subject,
    body: [mail.text, rejectedNote].filter(Boolean).join('\n\n'),
    htmlBody: mail.html,
    attachments,
    direction: 'inbound',
  });
  if (stored.duplicate) for (const a of keyed) await blobs.delete(a.storageKey);
  return { ...stored, attachments: stored.duplicate ? 0 : attachments.length, rejectedAttachments: mail.rejectedAttachments };
}
