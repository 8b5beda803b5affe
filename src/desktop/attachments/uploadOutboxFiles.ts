import { existsSync, readFileSync, rmSync } from 'node:fs';
import { messageSendArgs } from '../../core';
import type { OutboxEntry } from '../outbox/outboxStore';
import { outboxFilePath, outboxFilesDir } from './outboxFilesDir';
import type { LocalStore } from '../db/localStore';

export interface UploadAccess {
  hubUrl: string;
  token: string;
  store: Pick<LocalStore, 'sqlite'>;
}

/**
 * How far the outbox may push: `ready` entries have every file on the hub. A file the hub
 * refuses for good (too large, not your ticket) refuses its reply (`refused`); a network or hub
 * failure stops the push before that reply (`waiting`), to be tried again with the outbox.
 */
export type UploadOutcome =
  | { kind: 'ready'; count: number }
  | { kind: 'refused'; count: number; mutationId: string; message: string }
  | { kind: 'waiting'; count: number; reason: string };

/** Uploads the files of the outbox's replies in order (each once: a file is removed once the hub has it). */
export async function uploadOutboxFiles(access: UploadAccess, entries: readonly OutboxEntry[]): Promise<UploadOutcome> {
  const dir = outboxFilesDir(access.store);
  for (const [index, entry] of entries.entries()) {
    if (entry.name !== 'message.send') continue;
    const args = messageSendArgs.safeParse(entry.args);
    if (!args.success) continue;
    for (const file of args.data.attachments) {
      const path = outboxFilePath(dir, file.storageKey);
      // Gone = uploaded by an earlier flush (the hub keeps it; a repeat would be a no-op anyway).
      if (!existsSync(path)) continue;
      const url = `${access.hubUrl.replace(/\/$/, '')}/api/v1/uploads/${file.storageKey}?${new URLSearchParams({ ticketId: args.data.ticketId, name: file.name })}`;
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'PUT',
          headers: { authorization: `Bearer ${access.token}`, 'content-type': file.contentType },
          body: new Uint8Array(readFileSync(path)),
          signal: AbortSignal.timeout(120_000),
        });
      } catch (error) {
        return { kind: 'waiting', count: index, reason: `uploading "${file.name}": ${error instanceof Error ? error.message : String(error)}` };
      }
      const text = await response.text().catch(() => '');
      if (response.ok) {
        rmSync(path, { force: true });
        continue;
      }
      const message = reasonOf(text) ?? `the hub answered ${response.status}`;
      if (response.status >= 500 || response.status === 401 || response.status === 408 || response.status === 429) {
        return { kind: 'waiting', count: index, reason: `uploading "${file.name}": ${message}` };
      }
      return { kind: 'refused', count: index, mutationId: entry.mutationId, message: `The file "${file.name}" was not accepted: ${message}` };
    }
  }
  return { kind: 'ready', count: entries.length };
}

function reasonOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}
