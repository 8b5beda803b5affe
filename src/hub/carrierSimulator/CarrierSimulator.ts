import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectorRequestSchema, type ConnectorRequest } from '../connectors/connectorRequestSchema';
import { verifyWebhookSignature } from '../ingest/signature/verifyWebhookSignature';
import { signOutboundWebhook } from '../outbound/signOutboundWebhook';
import { simulatorDecision } from './simulatorDecision';

export interface CarrierSimulatorOptions {
  /** The secret every simulated carrier shares with the hub (both directions). */
  secret: string;
  /** How long a carrier "thinks" before calling back; default 1–3 s. */
  minDelayMs?: number;
  maxDelayMs?: number;
  log?: (line: string, error?: unknown) => void;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Demo carriers that answer (issue #14 part 4): a small local HTTP server taking the hub's signed
 * connector requests (`POST /carriers/<carrier>/actions`), answering 202 with a reference, then —
 * after a short delay — a signed callback accepting or refusing as a real carrier would.
 */
export class CarrierSimulator {
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    private readonly options: CarrierSimulatorOptions,
    readonly baseUrl: string,
  ) {}

  static async start(options: CarrierSimulatorOptions): Promise<CarrierSimulator> {
    const holder: { simulator?: CarrierSimulator } = {};
    const server = createServer((req, res) => void holder.simulator?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.simulator = new CarrierSimulator(server, options, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.simulator;
  }

  /** The connector URL of one simulated carrier. */
  urlFor(carrier: string): string {
    return `${this.baseUrl}/carriers/${encodeURIComponent(carrier)}/actions`;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const answer = (status: number, body: object): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || !req.url?.startsWith('/carriers/')) return answer(404, { error: 'unknown route' });
    const headers = { timestamp: header(req, 'x-relay-timestamp'), signature: header(req, 'x-relay-signature'), deliveryId: header(req, 'x-relay-delivery') };
    const check = verifyWebhookSignature(this.options.secret, headers, raw, Date.now(), { method: 'POST', path: req.url, acceptV1: false });
    if (!check.ok) return answer(401, { error: `signature refused: ${check.reason}` });
    let parsed;
    try {
      parsed = connectorRequestSchema.safeParse(JSON.parse(raw.toString('utf8')));
    } catch {
      return answer(400, { error: 'body is not JSON' });
    }
    if (!parsed.success) return answer(400, { error: 'not a connector request' });
    const request = parsed.data;
    answer(202, { received: true });
    const min = this.options.minDelayMs ?? 1_000;
    const delay = min + Math.random() * Math.max(0, (this.options.maxDelayMs ?? 3_000) - min);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.callBack(request);
    }, delay);
    this.timers.add(timer);
  }

  /** The decision, signed like the request; a few tries if the hub is briefly away. */
  private async callBack(request: ConnectorRequest, attempt = 1): Promise<void> {
    const decision = simulatorDecision(request, Date.now());
    const body = JSON.stringify({ actionId: request.actionId, ...decision });
    const timestamp = Math.floor(Date.now() / 1000);
    const deliveryId = `${request.actionId}.${attempt}`;
    try {
      const response = await fetch(request.callbackUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-relay-timestamp': String(timestamp),
          'x-relay-delivery': deliveryId,
          'x-relay-signature': signOutboundWebhook(this.options.secret, request.callbackUrl, deliveryId, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status >= 500) throw new Error(`hub answered ${response.status}`);
    } catch (error) {
      this.options.log?.(`carrier simulator: callback for ${request.actionId} failed (try ${attempt})`, error);
      if (attempt >= 5) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.callBack(request, attempt + 1);
      }, 1_000 * attempt);
      this.timers.add(timer);
    }
  }
}
