import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { sanitizeEmailHtml } from './sanitizeEmailHtml';

export interface EmailAttachment {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export interface ParsedEmail {
  /** Message-ID without angle brackets; synthesised from the content hash when absent. */
  messageId: string;
  /** In-Reply-To first, then References newest first: the ids to thread by. */
  threadIds: string[];
  from: { address: string; name: string | null } | null;
  subject: string;
  date: number | null;
  /** Plain text: the text part, or made from the HTML when the mail is HTML-only. */
  text: string;
  /** Sanitised HTML, or null for plain-text mail. */
  html: string | null;
  attachments: EmailAttachment[];
  /** Attachments over the size limit: not kept, listed so the sender and agent know. */
  rejectedAttachments: { filename: string; size: number; reason: string }[];
}

const bare = (id: string): string => id.trim().replace(/^<|>$/g, '');

function firstAddress(field: AddressObject | AddressObject[] | undefined): ParsedEmail['from'] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  for (const group of list) {
    for (const a of group.value) {
      if (a.address) return { address: a.address.toLowerCase(), name: a.name?.trim() || null };
    }
  }
  return null;
}

/** Parses raw RFC 822 MIME (any charset mailparser knows), sanitises HTML, splits attachments by size. */
export async function parseEmail(raw: Buffer, maxAttachmentBytes: number): Promise<ParsedEmail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
  const references = mail.references === undefined ? [] : Array.isArray(mail.references) ? mail.references : [mail.references];
  const threadIds = [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...references].reverse()]
    .flatMap((s) => s.split(/\s+/))
    .filter((s) => s.length > 2)
    .map(bare);
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? sanitizeEmailHtml(mail.html) : null;
  const text = (mail.text ?? '').trim();
  const attachments: EmailAttachment[] = [];
  const rejectedAttachments: ParsedEmail['rejectedAttachments'] = [];
  for (const a of mail.attachments) {
    const filename = a.filename ?? 'attachment';
    if (a.size > maxAttachmentBytes) {
      rejectedAttachments.push({ filename, size: a.size, reason: `larger than the ${maxAttachmentBytes}-byte limit` });
      continue;
    }
    const sha256 = createHash('sha256').update(a.content).digest('hex');
    attachments.push({ filename, contentType: a.contentType || 'application/octet-stream', size: a.content.length, sha256, content: a.content });
  }
  return {
    messageId: mail.messageId ? bare(mail.messageId) : `sha256-${createHash('sha256').update(raw).digest('hex')}@relay.invalid`,
    threadIds: [...new Set(threadIds)],
    from: firstAddress(mail.from),
    subject: (mail.subject ?? '').trim(),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.getTime() : null,
    text,
    html,
    attachments,
    rejectedAttachments,
  };
}
