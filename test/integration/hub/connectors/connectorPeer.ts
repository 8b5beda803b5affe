import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '../../../../src/hub/ingest/signature/verifyWebhookSignature';

export interface PeerRequest {
  path: string;
  body: Record<string, unknown>;
  /** Whether the hub's v2 signature checked out against the peer's secret. */
  signed: boolean;
}

/** A real local HTTP carrier connector: records the hub's requests and answers with `status`. */
export async function startConnectorPeer(secret: string): Promise<{ url: string; received: PeerRequest[]; answer: { status: number; body: object }; close(): Promise<void> }> {
  const received: PeerRequest[] = [];
  const answer = { status: 202, body: {} as object };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const h = (n: string) => (typeof req.headers[n] === 'string' ? (req.headers[n] as string) : undefined);
      const check = verifyWebhookSignature(secret, { timestamp: h('x-relay-timestamp'), signature: h('x-relay-signature'), deliveryId: h('x-relay-delivery') }, raw, Date.now(), { method: req.method ?? '', path: req.url ?? '', acceptV1: false });
      received.push({ path: req.url ?? '', body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, signed: check.ok });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tms/actions`,
    received,
    answer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
