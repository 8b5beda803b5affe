import type { FastifyBaseLogger } from 'fastify';
import type { TokenSigner } from './auth/TokenSigner';
import type { BlobStore } from './blobs/BlobStore';
import type { SurveyLinks } from './csat/SurveyLinks';
import type { HubDb } from './store/openStore';
import type { WriteLane } from './write/WriteLane';

/** What request handlers (HTTP and socket) share: the store, the write lane, tokens, the clock. */
export interface HubContext {
  db: HubDb;
  lane: WriteLane;
  tokens: TokenSigner;
  /** The hub's clock: authoritative timestamps on every write. */
  now(): number;
  log: FastifyBaseLogger;
  /** File bytes (attachments, uploads); absent = the hub's PostgreSQL (read it through blobStoreOf). */
  blobs?: BlobStore;
  /** Agents with a live sync socket on any hub node (auto-assign gives tickets only to them); set once sockets are up. */
  onlineAgentIds?: () => Promise<ReadonlySet<string>>;
  /** Signs and checks satisfaction-survey links; set once the hub knows its address (csat/). */
  surveyLinks?: SurveyLinks;
}
