import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { defaultReplicationWindow, uuidv7, type MutationResult, type ReplicationWindow } from '../core';
import { guardSockets } from './auth/guardSockets';
import type { LoginCounters } from './auth/limits/LoginCounters';
import { openLoginCounters } from './auth/limits/openLoginCounters';
import { registerAccessControl } from './auth/registerAccessControl';
import { resolveSecret } from './auth/resolveSecret';
import { registerSessionRoutes } from './auth/sessions/registerSessionRoutes';
import { TokenSigner } from './auth/TokenSigner';
import { registerAdminRoutes } from './admin/registerAdminRoutes';
import { defaultHubDataDir } from './defaultHubDataDir';
import type { HubContext } from './HubContext';
import type { BlobStore } from './blobs/BlobStore';
import { blobStoreFromEnv } from './blobs/blobStoreFromEnv';
import { registerSignedFileRoute } from './blobs/registerSignedFileRoute';
import { registerRoutes } from './http/registerRoutes';
import { allowedHostsFromEnv } from './http/hostCheck/allowedHostsFromEnv';
import { registerHostCheck } from './http/hostCheck/registerHostCheck';
import { ingestOptionsFromEnv, type IngestOptions } from './ingest/IngestOptions';
import { registerHistoryRoutes } from './http/history/registerHistoryRoutes';
import { registerReportRoutes } from './reports/registerReportRoutes';
import { registerSurveyRoutes } from './csat/registerSurveyRoutes';
import { SurveyLinks } from './csat/SurveyLinks';
import { HubJobs, type HubJobsOptions } from './jobs/HubJobs';
import { attachRedisAdapter, type RedisAdapterHandle } from './scale/attachRedisAdapter';
import { resolveRedisTarget } from './scale/resolveRedisTarget';
import { runSeed, type HubSeed } from './seed/runSeed';
import type { InstallAdmin } from './seed/seedInstall';
import type { SeedLogin } from './seed/SeedLogin';
import { findAgentForLogin } from './store/findAgentForLogin';
import { loadAgent } from './store/loadAgent';
import { openStore, type StoreTarget } from './store/openStore';
import { attachSyncGateway } from './sync/attachSyncGateway';
import { broadcastChanges } from './sync/broadcastChanges';
import type { HubIo } from './sync/HubSocket';
import { onIngested } from './ingest/ingestEvents';
import { registerDeliveryStatusRoute } from './outbound/registerDeliveryStatusRoute';
import { RulesEngine } from './rules/RulesEngine';
import { DuplicateDetector, type DuplicateDetectorOptions } from './customers/DuplicateDetector';
import { RetentionJob } from './governance/RetentionJob';
import type { RulesOptions } from './rules/RulesOptions';
import { applyMutation } from './write/applyMutation';
import { CarrierConnectorStore } from './connectors/CarrierConnectorStore';
import { registerConnectorRoutes } from './connectors/registerConnectorRoutes';
import { ShipmentActionDispatcher, type ShipmentActionDispatcherOptions } from './connectors/ShipmentActionDispatcher';
import { CarrierSimulator } from './carrierSimulator/CarrierSimulator';
import { configureSimulatedCarriers, newSimulatorSecret } from './carrierSimulator/configureSimulatedCarriers';
import { WriteLane } from './write/WriteLane';

export interface HubOptions {
  host?: string;
  /** 0 = a random free port. */
  port?: number;
  /** PGlite data folder, or ':memory:'. */
  dataDir?: string;
  /** PostgreSQL URL; when set (or env DATABASE_URL when dataDir is not given) the hub uses PostgreSQL. */
  databaseUrl?: string;
  secret?: string;
  seed?: HubSeed | null;
  /** `seed: 'large'` only: scale factor (1 = benchmark scale) and progress lines. */
  seedScale?: number;
  seedProgress?: (line: string) => void;
  /** `seed: 'install'` only: the admin login created on an empty database (embedded hubs: a random password). */
  seedAdmin?: InstallAdmin;
  /** Log every request (fastify logger); without it only errors are logged. */
  log?: boolean;
  /** Where the hub's SQL migrations are; default repo-root/migrations/hub (packaged apps pass theirs). */
  migrationsDir?: string;
  /** Redis for scale-out (socket.io Redis adapter); default env REDIS_URL on PostgreSQL; null = off. See scale/. */
  redisUrl?: string | null;
  /** Redis pub/sub channel prefix; default derived from the database URL so only nodes of one database share it. */
  redisKey?: string;
  /** Rules engine + outbound connectors (exceptions, SLA clocks, notifications, sending replies); off when absent. See rules/. */
  rules?: RulesOptions;
  /** Duplicate-customer detection on the job queue (customers/); off when absent. */
  duplicates?: DuplicateDetectorOptions;
  /** Partial replication: how far back snapshots reach (core/domain/replicationWindow.ts); default 90 days of tickets and of logistics. */
  replicationWindow?: Partial<ReplicationWindow>;
  /** Host names (any port) or `name:port` this hub answers to; default env RELAY_ALLOWED_HOSTS. A loopback-bound hub always answers to 127.0.0.1 / localhost / [::1] on its port (http/hostCheck). */
  allowedHosts?: string[];
  /**
   * Webhook secrets per source (`default` for every source without its own); replaces the env's
   * RELAY_WEBHOOK_SECRET[_<SOURCE>] entirely when given. Default: the env (the CLI's way).
   */
  webhookSecrets?: IngestOptions['secrets'];
  /** Largest ingested attachment kept (the body limit follows it); default env RELAY_INGEST_MAX_ATTACHMENT_BYTES, else 10 MB. */
  ingestMaxAttachmentBytes?: number;
  /** Accept legacy v1 webhook signatures (no delivery id or path in the MAC); default env RELAY_WEBHOOK_ACCEPT_V1=1, else off. */
  acceptWebhookV1?: boolean;
  /** The durable job queue (jobs/): how fast a dead node's claimed jobs move to another node. */
  jobs?: HubJobsOptions;
  /** Where file bytes go (attachments, agents' uploads); default from env (blobs/blobStoreFromEnv: S3 when RELAY_S3_BUCKET, else PostgreSQL). */
  blobStore?: BlobStore;
  /** The hub's address as customers reach it, for survey links; default env RELAY_PUBLIC_URL, else this hub's own URL. */
  publicUrl?: string;
  /** Sending shipment actions to carriers' connectors (connectors/): retries and the callback address. */
  shipmentActions?: ShipmentActionDispatcherOptions;
  /** Demo carriers that answer (carrierSimulator/): started with the hub, every carrier without a real connector pointed at it. Embedded demo hubs only. */
  carrierSimulator?: { minDelayMs?: number; maxDelayMs?: number };
}

export interface RunningHub {
  url: string;
  port: number;
  /** `seed: 'demo'`: the demo logins present; `seed: 'install'`: the admin login, only on the start that created it. */
  demoCredentials: SeedLogin[];
  /** Runs a mutation as the given agent (id or email) through the same authoritative path as socket pushes. */
  mutate(agent: string, name: string, args: unknown): Promise<MutationResult>;
  /** The rules engine when `rules` was given (tests sweep it and wait for it to be idle). */
  rules: RulesEngine | null;
  /** The job queue this node sends to and works (ingest deliveries, rule reactions). */
  jobs: HubJobs;
  close(): Promise<void>;
}

function storeTarget(options: HubOptions): StoreTarget {
  const url = options.databaseUrl ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: options.dataDir ?? defaultHubDataDir() };
}

/** Starts the hub: store (migrated), HTTP API and socket.io sync gateway on one port. */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const host = options.host ?? '127.0.0.1';
  const target = storeTarget(options);
  const store = await openStore(target, options.migrationsDir);
  // Without `log`, requests are not logged but failures still are: a silent 500 helps nobody.
  const app = Fastify({ logger: options.log ? true : { level: 'error' } });
  // Before every other hook and route: a request for another host name is never routed.
  const hostGuard = registerHostCheck(app, { bindHost: host, allowedHosts: options.allowedHosts ?? allowedHostsFromEnv() });
  let io: HubIo | undefined;
  let redis: RedisAdapterHandle | undefined;
  let loginCounters: LoginCounters | undefined;
  let jobs: HubJobs | undefined;
  let simulator: CarrierSimulator | undefined;
  try {
    const secret = await resolveSecret(options.secret, store, target.kind === 'pglite' ? target.dataDir : null);
    // Broadcasts only after io exists; seeding runs before any socket can connect anyway.
    // False once the hub is closing past its last write: a late commit must not publish on a closed Redis client.
    let broadcasting = true;
    const lane = new WriteLane(store.db, (batches) => {
      if (io && broadcasting) broadcastChanges(io, batches);
    });
    const ctx: HubContext = { db: store.db, lane, tokens: new TokenSigner(secret), now: () => Date.now(), log: app.log, blobs: options.blobStore ?? blobStoreFromEnv(store.db) };
    jobs = await HubJobs.start(store.jobs, app.log, options.jobs);
    const openJobs = jobs;
    // Access control first: it must see every route registered after it (auth/registerAccessControl.ts).
    const redisTarget = resolveRedisTarget(options, target);
    // Sign-in limits are shared through the same Redis as live traffic (one count for all nodes).
    loginCounters = await openLoginCounters(redisTarget, app.log);
    const routeCatalogue = registerAccessControl(app, ctx, loginCounters);
    // An explicit attachment limit goes through the env reader so the body limit is derived the same way.
    const maxAttachment = options.ingestMaxAttachmentBytes;
    const ingestOptions = ingestOptionsFromEnv(maxAttachment === undefined ? process.env : { ...process.env, RELAY_INGEST_MAX_ATTACHMENT_BYTES: String(maxAttachment) });
    const acceptWebhookV1 = options.acceptWebhookV1 ?? ingestOptions.acceptV1 ?? false;
    registerRoutes(app, ctx, openJobs, { ...ingestOptions, secrets: options.webhookSecrets ?? ingestOptions.secrets, acceptV1: acceptWebhookV1 });
    registerHistoryRoutes(app, ctx);
    registerReportRoutes(app, ctx);
    registerSurveyRoutes(app, ctx);
    io = attachSyncGateway(app.server, ctx, { ...defaultReplicationWindow, ...options.replicationWindow });
    const sockets = io;
    ctx.onlineAgentIds = async () => new Set((await sockets.fetchSockets()).flatMap((s) => (typeof s.data.agentId === 'string' ? [s.data.agentId] : [])));
    hostGuard.protectSockets(io);
    const socketControl = guardSockets(io, ctx);
    registerSessionRoutes(app, ctx, socketControl);
    registerAdminRoutes(app, ctx, socketControl, routeCatalogue);
    const connectorStore = new CarrierConnectorStore(store.db);
    const actionDispatcher = new ShipmentActionDispatcher(ctx, openJobs, connectorStore, options.shipmentActions);
    registerConnectorRoutes(app, ctx, connectorStore, actionDispatcher, acceptWebhookV1);
    if (options.rules?.deliveryCallbackSecret) {
      registerDeliveryStatusRoute(app, ctx, options.rules.deliveryCallbackSecret, acceptWebhookV1);
      registerSignedFileRoute(app, ctx, options.rules.deliveryCallbackSecret);
    }
    if (redisTarget) redis = await attachRedisAdapter(io, redisTarget.url, redisTarget.key, app.log);
    const demoCredentials = await runSeed(ctx, options.seed ?? null, { scale: options.seedScale, progress: options.seedProgress, admin: options.seedAdmin });
    // After seeding: the first sweep finds seeded shipments; reacting to each seed write would be waste.
    const rules = options.rules ? new RulesEngine(ctx, options.rules) : null;
    rules?.start((listener) => onIngested(ctx, listener), openJobs);
    await rules?.ready;
    const duplicates = options.duplicates ? new DuplicateDetector(ctx, openJobs, options.duplicates) : null;
    duplicates?.start();
    await duplicates?.ready;
    const retention = new RetentionJob(ctx, openJobs);
    await retention.start();
    if (options.carrierSimulator) {
      const secret = newSimulatorSecret();
      simulator = await CarrierSimulator.start({ secret, ...options.carrierSimulator, log: (line, err) => app.log.warn({ err }, line) });
      await configureSimulatedCarriers(store.db, connectorStore, simulator, secret, ctx.now());
    }
    await app.listen({ host, port: options.port ?? 4477 });
    const port = (app.server.address() as AddressInfo).port;
    const ownUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // Survey links need the address customers reach; only known here when the port is random.
    ctx.surveyLinks = new SurveyLinks(secret, (options.publicUrl ?? process.env.RELAY_PUBLIC_URL ?? ownUrl).replace(/\/+$/, ''));
    // After listening: connectors are told where to call back.
    actionDispatcher.listeningAt(ownUrl);
    actionDispatcher.start();
    await actionDispatcher.ready;
    const openSimulator = simulator;
    const hubClientId = uuidv7();
    const openIo = io;
    const openRedis = redis;
    const openCounters = loginCounters;
    let closing: Promise<void> | undefined;
    return {
      url: ownUrl,
      port,
      demoCredentials,
      rules,
      jobs: openJobs,
      async mutate(agent, name, args) {
        const found = agent.includes('@') ? (await findAgentForLogin(store.db, agent))?.agent : await loadAgent(store.db, agent);
        if (!found) throw new Error(`mutate: no agent ${agent}`);
        const now = ctx.now();
        const envelope = { id: uuidv7(now), name, args, clientId: hubClientId, createdAt: now };
        return applyMutation(lane, envelope, found.id, ctx.now);
      },
      close() {
        closing ??= (async () => {
          // local: with the Redis adapter a bare disconnectSockets would close every node's sockets.
          openIo.local.disconnectSockets(true);
          await new Promise<void>((resolve) => openIo.close(() => resolve()));
          // app.close stops this node's delivery worker (jobs in hand finish; queued ones stay for any node).
          await app.close();
          // Work still in flight commits (and broadcasts) before Redis goes away.
          await rules?.stop();
          await duplicates?.stop();
          await retention.stop();
          await actionDispatcher.stop();
          await openSimulator?.close();
          await openJobs.stop();
          await lane.drain();
          broadcasting = false;
          await openRedis?.close();
          await openCounters.close();
          await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    io?.close();
    await simulator?.close();
    await redis?.close();
    await loginCounters?.close();
    await app.close().catch(() => undefined);
    await jobs?.stop().catch(() => undefined);
    await store.close();
    throw error;
  }
}
