import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestOptionsFromEnv } from '../../../../src/hub/ingest/IngestOptions';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const SECRET = 'accept-v1-secret';
const order = (n: string) => JSON.stringify({ number: `SO-V1-${n}`, customer: { accountNumber: 'ACC-V1', name: 'Legacy Sender Ltd' }, status: 'confirmed', currency: 'EUR', lines: [] });

describe('the hub setting that lets v1 senders in', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', port: 0, seed: null, acceptWebhookV1: true, webhookSecrets: { default: SECRET } });
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
  });

  it('is off unless RELAY_WEBHOOK_ACCEPT_V1=1', () => {
    expect(ingestOptionsFromEnv({}).acceptV1).toBe(false);
    expect(ingestOptionsFromEnv({ RELAY_WEBHOOK_ACCEPT_V1: '1' }).acceptV1).toBe(true);
    expect(ingestOptionsFromEnv({ RELAY_WEBHOOK_ACCEPT_V1: 'yes' }).acceptV1).toBe(false);
  });

  it('startHub({acceptWebhookV1: true}) accepts a v1 delivery once; its replay under a new delivery id is refused', async () => {
    const client = webhookClient(hub.url, SECRET);
    const timestamp = Math.floor(Date.now() / 1000);
    const body = order(String(timestamp));
    const first = await client.post('orders', body, { v1: true, timestamp, deliveryId: 'v1-first' });
    expect(first.status).toBe(202);
    expect(await client.settled('orders', 'v1-first')).toMatchObject({ status: 'done' });
    const replay = await client.post('orders', body, { v1: true, timestamp, deliveryId: 'v1-replayed' });
    expect(replay.status).toBe(409);
  });
});
