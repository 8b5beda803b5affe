import { createHash } from 'node:crypto';
import type { BlobMeta, NewBlob } from './BlobStore';

export function blobMetaOf(blob: NewBlob): BlobMeta {
  return { filename: blob.filename, contentType: blob.contentType, size: blob.bytes.length, sha256: createHash('sha256').update(blob.bytes).digest('hex') };
}
