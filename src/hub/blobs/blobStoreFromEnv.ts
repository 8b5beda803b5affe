import type { HubDb } from '../store/openStore';
import type { BlobStore } from './BlobStore';
import { PostgresBlobStore } from './PostgresBlobStore';
import { S3BlobStore } from './S3BlobStore';

/**
 * The hub's blob store: S3-compatible when RELAY_S3_BUCKET is set (RELAY_S3_ENDPOINT,
 * RELAY_S3_REGION, RELAY_S3_ACCESS_KEY_ID / RELAY_S3_SECRET_ACCESS_KEY, RELAY_S3_PREFIX),
 * otherwise the hub's PostgreSQL.
 */
export function blobStoreFromEnv(db: HubDb, env: NodeJS.ProcessEnv = process.env): BlobStore {
  const bucket = env.RELAY_S3_BUCKET;
  if (!bucket) return new PostgresBlobStore(db);
  const id = env.RELAY_S3_ACCESS_KEY_ID;
  const secret = env.RELAY_S3_SECRET_ACCESS_KEY;
  return new S3BlobStore({
    bucket,
    ...(env.RELAY_S3_ENDPOINT ? { endpoint: env.RELAY_S3_ENDPOINT } : {}),
    ...(env.RELAY_S3_REGION ? { region: env.RELAY_S3_REGION } : {}),
    ...(id && secret ? { credentials: { accessKeyId: id, secretAccessKey: secret } } : {}),
    ...(env.RELAY_S3_PREFIX ? { prefix: env.RELAY_S3_PREFIX } : {}),
  });
}
