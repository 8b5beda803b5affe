/** What the hub knows of stored bytes without reading them. */
export interface BlobMeta {
  filename: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes: an upload repeated with other bytes under the same key is refused. */
  sha256: string;
}

export interface StoredBlob extends BlobMeta {
  bytes: Buffer;
}

export interface NewBlob {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

/**
 * Where the hub keeps file bytes (inbound email attachments, agents' uploads), by opaque key.
 * PostgreSQL by default (every hub node sees every file), S3-compatible storage when configured.
 * `put` of an existing key overwrites; callers check `stat` first when that matters.
 */
export interface BlobStore {
  readonly kind: 'postgres' | 's3';
  put(key: string, blob: NewBlob): Promise<BlobMeta>;
  get(key: string): Promise<StoredBlob | null>;
  stat(key: string): Promise<BlobMeta | null>;
  delete(key: string): Promise<void>;
}
