import nodemailer, { type Transporter } from 'nodemailer';
import { emailSubject } from './emailSubject';
import { OutboundError } from './OutboundError';
import type { OutboundConnector, OutboundMessage, SendReceipt } from './OutboundMessage';
import { plainTextToHtml } from './plainTextToHtml';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS, required unless `requireTls: false`. */
  secure?: boolean;
  /**
   * Refuse to send unless the connection is encrypted (STARTTLS), default true: replies carry
   * customers' data and SMTP credentials. Only a relay on the same host may turn it off.
   */
  requireTls?: boolean;
  /** Never upgrade with STARTTLS (local test servers); only with `requireTls: false`. */
  ignoreTls?: boolean;
  /** PEM of a private CA to trust for the server's certificate (a company relay); default: the system's. */
  tlsCa?: string;
  auth?: { user: string; pass: string };
  /** The From address, e.g. `"Relay Support" <support@example.com>`. */
  from: string;
  /** Right-hand side of generated Message-IDs, e.g. "relay.example.com". */
  messageIdDomain: string;
  timeoutMs?: number;
}

/** Transient by SMTP/network: 4xx replies and connection problems; 5xx and bad envelopes are final. */
const transientCodes = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNRESET', 'ECONNREFUSED', 'EPROTOCOL']);

/** Email by SMTP (nodemailer): threaded on the customer's last message, `[#number]` in the subject. */
export class SmtpEmailConnector implements OutboundConnector {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpOptions) {
    const timeout = options.timeoutMs ?? 15_000;
    this.transport = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      requireTLS: options.requireTls ?? true,
      ignoreTLS: options.ignoreTls ?? false,
      ...(options.tlsCa ? { tls: { ca: options.tlsCa } } : {}),
      ...(options.auth ? { auth: options.auth } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(message: OutboundMessage): Promise<SendReceipt> {
    if (!message.to.email) throw new OutboundError('The customer has no email address.', true);
    const messageId = `<relay.${message.messageId}@${this.options.messageIdDomain}>`;
    const references = [...message.references, ...(message.inReplyTo ? [message.inReplyTo] : [])];
    // Read every file first: one not uploaded yet is a transient failure before anything is sent.
    const attachments = await Promise.all(
      (message.attachments ?? []).map(async (a) => ({ filename: a.name, contentType: a.contentType, content: await a.read() })),
    );
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.to.name ? { name: message.to.name, address: message.to.email } : message.to.email,
        ...(message.cc?.length ? { cc: [...message.cc] } : {}),
        ...(message.bcc?.length ? { bcc: [...message.bcc] } : {}),
        subject: emailSubject(message.subject, message.ticketNumber, message.inReplyTo !== null),
        messageId,
        ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
        ...(references.length > 0 ? { references: [...new Set(references)] } : {}),
        headers: { 'X-Relay-Ticket': message.ticketId, 'X-Relay-Message': message.messageId },
        text: message.body,
        html: plainTextToHtml(message.body),
        ...(attachments.length > 0 ? { attachments } : {}),
      });
    } catch (error) {
      throw classify(error);
    }
    return { externalId: messageId };
  }

  close(): void {
    this.transport.close();
  }
}

function classify(error: unknown): OutboundError {
  const e = error as { responseCode?: unknown; code?: unknown; message?: unknown; response?: unknown; command?: unknown };
  const text = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(error);
  // A server without STARTTLS (or whose TLS fails) while TLS is required: a setup problem, final.
  if (e.command === 'STARTTLS' || e.code === 'ETLS') {
    return new OutboundError(`SMTP server refused TLS (STARTTLS), so nothing was sent in clear text: ${text}. For a relay on this host only, set RELAY_SMTP_REQUIRE_TLS=0.`, true);
  }
  if (typeof e.responseCode === 'number') return new OutboundError(`SMTP ${e.responseCode}: ${text}`, e.responseCode >= 500);
  const code = typeof e.code === 'string' ? e.code : '';
  return new OutboundError(`SMTP ${code || 'error'}: ${text}`, !transientCodes.has(code));
}
