import { useState } from 'react';
import type { UploadedAttachment } from '../../../core';
import { relay } from '../../bridge/relay';

export interface StagedFile {
  attachment: UploadedAttachment;
  /** Why this file deserves a second look (a program, bytes unlike its name); null when fine. */
  warning: string | null;
}

/** Reads a File as base64 without building a huge string by concatenation. */
async function base64Of(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

/**
 * What a reply carries besides its text: files (kept beside the replica at once, so offline is
 * fine), CC/BCC for email, and whether the agent's signature goes under it.
 */
export function useReplyExtras(ticketId: string) {
  const [files, setFiles] = useState<StagedFile[]>([]);
  const [cc, setCc] = useState<string[]>([]);
  const [bcc, setBcc] = useState<string[]>([]);
  const [copiesOpen, setCopiesOpen] = useState(false);
  const [withSignature, setWithSignature] = useState(true);
  const [fileError, setFileError] = useState<string | null>(null);

  async function add(picked: readonly File[]) {
    setFileError(null);
    for (const file of picked) {
      const reply = await relay().invoke('attachments.stage', { ticketId, name: file.name, contentType: file.type || 'application/octet-stream', dataBase64: await base64Of(file) });
      if (reply.ok) setFiles((now) => [...now, { attachment: reply.data.attachment, warning: reply.data.message }]);
      else setFileError(reply.error.message);
    }
  }

  return {
    files,
    cc,
    bcc,
    copiesOpen,
    withSignature,
    fileError,
    add,
    /** A file the hub already holds (an invoice PDF): named by its key, nothing to upload. */
    attachStored: (attachment: UploadedAttachment) =>
      setFiles((now) => (now.some((f) => f.attachment.storageKey === attachment.storageKey) ? now : [...now, { attachment, warning: null }])),
    remove: (storageKey: string) => setFiles((now) => now.filter((f) => f.attachment.storageKey !== storageKey)),
    setCc,
    setBcc,
    openCopies: () => setCopiesOpen(true),
    setWithSignature,
    clearFileError: () => setFileError(null),
    /** The message.send fields for this reply; copies and signature only on email replies. */
    args(email: boolean, me: string | null) {
      return {
        attachments: files.map((f) => f.attachment),
        ...(email ? { cc, bcc, signatureOf: withSignature ? me : null } : {}),
      };
    },
    reset() {
      setFiles([]);
      setCc([]);
      setBcc([]);
      setCopiesOpen(false);
    },
  };
}

export type ReplyExtras = ReturnType<typeof useReplyExtras>;
