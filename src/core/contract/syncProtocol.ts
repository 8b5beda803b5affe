import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { entityNameSchema } from '../domain/entities';
import { agentRowSchema } from '../domain/rows';
import { scopeSchema } from '../domain/scopes';
import { changeRowSchema } from './changeRow';
import { mutationEnvelopeSchema, mutationResultSchema, type MutationResult } from './mutationEnvelope';
import type { PresenceEntry, PresenceSetRequest, PresenceSetResponse } from './presenceProtocol';

/** Bumped on any incompatible change to the events below; the hub refuses other versions. */
export const SYNC_PROTOCOL_VERSION = 1;

/**
 * Per-scope cursors: the highest change-log seq the client holds completely for each scope.
 * (DESIGN.md had one global lastSeq; per-scope cursors let a live batch prove it follows the
 * previous one in its scope, and let a new scope be snapshotted without resyncing the rest.)
 */
export const cursorsSchema = z.record(scopeSchema, z.number().int().nonnegative());
export type Cursors = z.infer<typeof cursorsSchema>;

export const helloRequestSchema = z.object({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  clientId: idSchema,
  cursors: cursorsSchema,
});
export type HelloRequest = z.infer<typeof helloRequestSchema>;

export const helloResponseSchema = z.object({
  agent: agentRowSchema,
  /** Scopes this socket receives, in order. */
  scopes: z.array(scopeSchema),
  /** Scopes to snapshot first (no cursor, or the log no longer reaches back to it); others catch up by `pull`. */
  snapshot: z.array(scopeSchema),
  /** Scopes the client held that it may no longer see: drop their rows. */
  dropped: z.array(scopeSchema),
});
export type HelloResponse = z.infer<typeof helloResponseSchema>;

export const snapshotRequestSchema = z.object({
  scope: scopeSchema,
  entity: entityNameSchema,
  /** Keyset paging: rows with id greater than this, in id order. */
  afterId: z.string().nullable(),
  limit: z.number().int().min(1).max(5000),
});
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

export const snapshotResponseSchema = z.object({
  rows: z.array(z.record(z.string(), z.unknown())),
  /** Rows of this entity in this scope in all, for progress. */
  total: z.number().int().nonnegative(),
  /** The scope's change-log head when the first page was read: the cursor to set after the last page. */
  seq: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type SnapshotResponse = z.infer<typeof snapshotResponseSchema>;

export const pullRequestSchema = z.object({ cursors: cursorsSchema, limit: z.number().int().min(1).max(5000) });
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pullResponseSchema = z.object({ rows: z.array(changeRowSchema), hasMore: z.boolean() });
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const pushRequestSchema = z.object({ mutations: z.array(mutationEnvelopeSchema).min(1).max(500) });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Answers in push order, up to (not including) `failed`. */
  results: z.array(mutationResultSchema),
  /**
   * The mutation the hub failed on with an unexpected error (a bug or a database fault, not a
   * refusal); the push stopped there so order holds. The client retries it and may give up on it.
   */
  failed: z.object({ id: idSchema, code: z.literal('internal'), message: z.string() }).optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A live batch: committed changes of one scope; `prev` is that scope's seq before them. */
export const liveChangesSchema = z.object({
  scope: scopeSchema,
  prev: z.number().int().nonnegative(),
  rows: z.array(changeRowSchema).min(1),
});
export type LiveChanges = z.infer<typeof liveChangesSchema>;

/** Every ack either carries the answer or says why the request was refused. */
export type Ack<T> = (reply: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }) => void;

export interface ClientToServerEvents {
  hello: (req: HelloRequest, ack: Ack<HelloResponse>) => void;
  snapshot: (req: SnapshotRequest, ack: Ack<SnapshotResponse>) => void;
  pull: (req: PullRequest, ack: Ack<PullResponse>) => void;
  push: (req: PushRequest, ack: Ack<{ results: MutationResult[] }>) => void;
  'presence:set': (req: PresenceSetRequest, ack: Ack<PresenceSetResponse>) => void;
}

export interface ServerToClientEvents {
  changes: (batch: LiveChanges) => void;
  presence: (entry: PresenceEntry) => void;
}

export const socketAuthSchema = z.object({ token: z.string().min(1) });
