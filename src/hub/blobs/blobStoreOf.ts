import type { HubContext } from '../HubContext';
import type { BlobStore } from './BlobStore';
import { PostgresBlobStore } from './PostgresBlobStore';

/** The context's blob store; contexts built without one (tests, tools) use the hub's PostgreSQL. */
export function blobStoreOf(ctx: Pick<HubContext, 'db' | 'blobs'>): BlobStore {
  return ctx.blobs ?? new PostgresBlobStore(ctx.db);
}
