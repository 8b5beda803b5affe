import { eq } from 'drizzle-orm';
import { ingestAttachments } from '../ingest/ingestTables';
import type { HubDb } from '../store/openStore';
import { blobMetaOf } from './blobMetaOf';
import type { BlobMeta, BlobStore, NewBlob, StoredBlob } from './BlobStore';

/** Bytes in the hub's own database (the `ingest_attachments` table): no other service to run. */
export class PostgresBlobStore implements BlobStore {
  readonly kind = 'postgres';

  constructor(
    private readonly db: HubDb,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async put(key: string, blob: NewBlob): Promise<BlobMeta> {
    const meta = blobMetaOf(blob);
    const row = { ...meta, bytes: blob.bytes, createdAt: this.now() };
    await this.db
      .insert(ingestAttachments)
      .values({ storageKey: key, ...row })
      .onConflictDoUpdate({ target: ingestAttachments.storageKey, set: row });
    return meta;
  }

  async get(key: string): Promise<StoredBlob | null> {
    const [row] = await this.db.select().from(ingestAttachments).where(eq(ingestAttachments.storageKey, key));
    return row ? { filename: row.filename, contentType: row.contentType, size: row.size, sha256: row.sha256, bytes: row.bytes } : null;
  }

  async stat(key: string): Promise<BlobMeta | null> {
    const [row] = await this.db
      .select({ filename: ingestAttachments.filename, contentType: ingestAttachments.contentType, size: ingestAttachments.size, sha256: ingestAttachments.sha256 })
      .from(ingestAttachments)
      .where(eq(ingestAttachments.storageKey, key));
    return row ?? null;
  }

  async delete(key: string): Promise<void> {
    await this.db.delete(ingestAttachments).where(eq(ingestAttachments.storageKey, key));
  }
}
