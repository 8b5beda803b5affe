import { uuidv7, type Attachment } from '../../../core';
import { ticketReference } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { ParsedEmail } from '../email/parseEmail';
import { ingestAttachments } from '../ingestTables';
import { storeInboundMessage, type StoredMessage } from './storeInboundMessage';

/**
 * Stores a parsed email: its attachments' bytes in ingest_attachments (the message row carries
 * only name, type, size and storage key) and the message on its thread's ticket or a new one.
 */
export async function storeEmail(ctx: HubContext, mail: ParsedEmail): Promise<StoredMessage & { attachments: number; rejectedAttachments: ParsedEmail['rejectedAttachments'] }> {
  const now = ctx.now();
  const keyed = mail.attachments.map((a) => ({ ...a, storageKey: `att/${uuidv7(now)}/${a.sha256.slice(0, 16)}` }));
  const attachments: Attachment[] = keyed.map((a) => ({ name: a.filename.slice(0, 500), contentType: a.contentType.slice(0, 200), size: a.size, storageKey: a.storageKey }));
  const rejectedNote = mail.rejectedAttachments.map((r) => `[attachment "${r.filename}" (${r.size} bytes) not kept: ${r.reason}]`).join('\n');
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
    beforeWrite: async (tx) => {
      for (const a of keyed) {
        await tx.insert(ingestAttachments).values({
          storageKey: a.storageKey,
          filename: a.filename,
          contentType: a.contentType,
          size: a.size,
          sha256: a.sha256,
          bytes: a.content,
          createdAt: now,
        });
      }
    },
  });
  return { ...stored, attachments: stored.duplicate ? 0 : attachments.length, rejectedAttachments: mail.rejectedAttachments };
}
