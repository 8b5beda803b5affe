import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobStoreFromEnv } from '../../../../src/hub/blobs/blobStoreFromEnv';
import type { S3BlobStore } from '../../../../src/hub/blobs/S3BlobStore';
import type { HubDb } from '../../../../src/hub/store/openStore';
import { s3rverSkipReason, startS3rver } from '../../../fixtures/hub/startS3rver';

if (s3rverSkipReason) console.info(`[s3 blob store] skipping: ${s3rverSkipReason}`);

describe.skipIf(s3rverSkipReason !== null)('S3BlobStore against a local S3-compatible server (s3rver)', () => {
  let server: Awaited<ReturnType<typeof startS3rver>>;
  let store: S3BlobStore;
  beforeAll(async () => {
    server = await startS3rver('relay-files');
    // Configured the way an operator would: through the environment.
    store = blobStoreFromEnv({} as HubDb, {
      RELAY_S3_BUCKET: 'relay-files',
      RELAY_S3_ENDPOINT: server.endpoint,
      RELAY_S3_ACCESS_KEY_ID: 'S3RVER',
      RELAY_S3_SECRET_ACCESS_KEY: 'S3RVER',
      RELAY_S3_PREFIX: 'hub-a/',
    }) as S3BlobStore;
  });
  afterAll(async () => {
    store?.close();
    await server?.close();
  });

  it('puts, stats, gets and deletes by key, keeping name, type and hash', async () => {
    expect(store.kind).toBe('s3');
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 3)]);
    const key = 'up/0196b000-0000-7000-8000-0000000000aa/0123456789abcdef';
    const meta = await store.put(key, { bytes, filename: 'Lieferschein März.pdf', contentType: 'application/pdf' });
    expect(meta.size).toBe(bytes.length);
    expect(await store.stat(key)).toEqual(meta);
    const got = await store.get(key);
    expect(got?.bytes.equals(bytes)).toBe(true);
    expect(got?.filename).toBe('Lieferschein März.pdf');
    expect(got?.contentType).toBe('application/pdf');
    await store.delete(key);
    expect(await store.stat(key)).toBeNull();
    expect(await store.get(key)).toBeNull();
  });
});
