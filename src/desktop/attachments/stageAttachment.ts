import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { maxAttachmentBytes, sniffAttachment, uuidv7, type IpcOutput } from '../../core';
import type { LocalStore } from '../db/localStore';
import { IpcFailure } from '../ipc/IpcFailure';
import { outboxFilePath, outboxFilesDir } from './outboxFilesDir';

export interface StageInput {
  name: string;
  contentType: string;
  dataBase64: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Keeps a picked file on disk beside the replica under a fresh upload key, so a reply written
 * offline can name it; the outbox uploads it before pushing the reply (uploadOutboxFiles).
 */
export function stageAttachment(store: Pick<LocalStore, 'sqlite'>, input: StageInput, now: number): IpcOutput<'attachments.stage'> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > maxAttachmentBytes) {
    throw new IpcFailure('invalid_input', `"${input.name}" is ${mb(bytes.length)}; attachments can be at most ${mb(maxAttachmentBytes)}. Share a link to it instead.`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const storageKey = `up/${uuidv7(now)}/${sha.slice(0, 16)}`;
  const dir = outboxFilesDir(store);
  mkdirSync(dir, { recursive: true });
  writeFileSync(outboxFilePath(dir, storageKey), bytes);
  const sniff = sniffAttachment(input.name, bytes.subarray(0, 16));
  return {
    attachment: { name: input.name, contentType: input.contentType || 'application/octet-stream', size: bytes.length, storageKey },
    warning: sniff.warning,
    message: sniff.message,
  };
}
