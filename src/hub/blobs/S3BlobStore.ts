import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { blobMetaOf } from './blobMetaOf';
import type { BlobMeta, BlobStore, NewBlob, StoredBlob } from './BlobStore';

export interface S3BlobOptions {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, s3rver, R2); omit for AWS itself. */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key, so one bucket can serve several hubs. */
  prefix?: string;
}

/** Bytes in an S3-compatible bucket; name and hash travel as object metadata. */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  private readonly client: S3Client;

  constructor(private readonly options: S3BlobOptions) {
    this.client = new S3Client({
      region: options.region ?? 'us-east-1',
      ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
  }

  private key(key: string): string {
    return `${this.options.prefix ?? ''}${key}`;
  }

  async put(key: string, blob: NewBlob): Promise<BlobMeta> {
    const meta = blobMetaOf(blob);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.key(key),
        Body: blob.bytes,
        ContentType: meta.contentType,
        // Metadata must be ASCII: the file name is percent-encoded.
        Metadata: { filename: encodeURIComponent(meta.filename), sha256: meta.sha256 },
      }),
    );
    return meta;
  }

  async get(key: string): Promise<StoredBlob | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
      const bytes = Buffer.from((await out.Body?.transformToByteArray()) ?? new Uint8Array());
      return { ...metaFrom(out.Metadata, out.ContentType, bytes.length), bytes };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<BlobMeta | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
      return metaFrom(out.Metadata, out.ContentType, out.ContentLength ?? 0);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
  }

  close(): void {
    this.client.destroy();
  }
}

function metaFrom(metadata: Record<string, string> | undefined, contentType: string | undefined, size: number): BlobMeta {
  return {
    filename: decodeURIComponent(metadata?.filename ?? 'file'),
    contentType: contentType ?? 'application/octet-stream',
    size,
    sha256: metadata?.sha256 ?? '',
  };
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}
