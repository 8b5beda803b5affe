import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on loopback (port 0) that keeps every accepted message. `reply` may
 * answer a message with an SMTP error instead (by the count of messages seen so far). Plain
 * text only, unless `tls` gives it a key and certificate: then it offers STARTTLS.
 */
export async function startLocalSmtpServer(
  reply?: (attempt: number) => { code: number; message: string } | null,
  tls?: { key: string; cert: string },
): Promise<{
  port: number;
  received: ReceivedMail[];
  attempts(): number;
  /** Sessions that upgraded with STARTTLS. */
  secured(): number;
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  let secured = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['STARTTLS', 'AUTH'],
    ...(tls ?? {}),
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        attempts++;
        if (session.secure) secured++;
        const failure = reply?.(attempts) ?? null;
        if (failure) {
          const error = Object.assign(new Error(failure.message), { responseCode: failure.code });
          callback(error);
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    attempts: () => attempts,
    secured: () => secured,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
