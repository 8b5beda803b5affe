import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import type { TokenStore } from '../../../src/desktop/session/TokenStore';
import { startHub, type HubOptions, type RunningHub } from '../../../src/hub/startHub';
import type { AgentRow } from '../../../src/core';
import { openProbe, type HubProbe } from './hubProbe';
import { pollUntil } from './pollUntil';

export interface Login {
  email: string;
  password: string;
}

/** One day: the demo world (ending 2026-11-18) then lies mostly outside, so snapshots really are partial. */
const WINDOW = { ticketDays: 1, logisticsDays: 1 };

export const PRIYA: Login = { email: 'priya@relay.example', password: 'demo-priya' };
export const MAYA: Login = { email: 'maya@relay.example', password: 'demo-maya' };
export const TOM: Login = { email: 'tom@relay.example', password: 'demo-tom' };

/** One desktop: its replica file, token, network link (a proxy) and the core running on them. */
export interface CoreSlot {
  index: number;
  /** Who this desktop is signed in as now (an account switch changes it); `home` at every convergence. */
  login: Login;
  agent: AgentRow;
  readonly home: Login;
  path: string;
  tokens: TokenStore;
  proxy: CuttableProxy;
  /** Where the proxy connects (read per connection): a failover points it at the other node. */
  target: { host: string; port: number };
  /** The hub node this desktop's proxy leads to. */
  node: number;
  core: DesktopCore;
  linkUp: boolean;
}

/**
 * The hub side: one node on a PGlite folder, or two nodes over one PostgreSQL database sharing
 * a Redis (failover: a desktop's node dies, its proxy leads to the other).
 */
export type HubSetup = { kind: 'pglite' } | { kind: 'nodes'; databaseUrl: string; redisUrl: string; redisKey: string };

/** The other account a desktop switches to (both in Priya's team, so the schedules' tickets stay visible). */
export const otherLogin = (login: Login): Login => (login.email === PRIYA.email ? MAYA : PRIYA);

/**
 * A hub (one node on a PGlite folder, or two nodes over PostgreSQL + Redis), restartable on
 * the same ports, and desktop cores on temp SQLite files, each reaching its node only through
 * its own cuttable proxy.
 */
export class SyncWorld {
  /** What the schedules did, for the summary: a run that never restarts anything proves little. */
  readonly counts = { hubRestarts: 0, coreRestarts: 0, cuts: 0, failovers: 0, switches: 0 };
  private readonly probes = new Map<string, HubProbe>();
  private constructor(
    readonly dir: ReturnType<typeof tempDir>,
    private readonly setup: HubSetup,
    /** Running nodes by index; null while stopped. Ports stay, so proxies find a restarted node. */
    readonly nodes: (RunningHub | null)[],
    readonly ports: number[],
    readonly slots: CoreSlot[],
    /** Hub tokens by email, for the test's own probes. */
    readonly tokens: Map<string, { token: string; agent: AgentRow }>,
  ) {}

  /** A running node (the test's probes and hub-side writes go there). */
  get hub(): RunningHub {
    const up = this.nodes.find((n) => n !== null);
    if (!up) throw new Error('no hub node is running');
    return up;
  }

  static async start(logins: Login[], setup: HubSetup = { kind: 'pglite' }): Promise<SyncWorld> {
    const dir = tempDir('relay-property-');
    const count = setup.kind === 'pglite' ? 1 : 2;
    // Started together on PostgreSQL: migrations, secret and seed happen once (src/hub/README.md).
    const nodes: (RunningHub | null)[] = await Promise.all(
      Array.from({ length: count }, () => startHub({ ...SyncWorld.nodeOptions(dir, setup), port: 0, seed: 'demo' })),
    );
    const ports = nodes.map((n) => n!.port);
    const first = nodes[0]!;
    const tokens = new Map<string, { token: string; agent: AgentRow }>();
    for (const login of [...new Set([...logins, MAYA, TOM])]) tokens.set(login.email, await hubLogin(first.url, login.email, login.password));
    const slots: CoreSlot[] = [];
    for (const [index, login] of logins.entries()) {
      const node = index % count;
      const target = { host: '127.0.0.1', port: ports[node]! };
      const proxy = await startCuttableProxy(target);
      const path = dir.file(`core-${index}.sqlite`);
      const tokenStore = memoryTokenStore();
      const core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, tokenStore, log: () => {} });
      const session = await call(core, 'session.signIn', login);
      if (!session.agent) throw new Error(`sign-in of ${login.email} returned no agent`);
      slots.push({ index, login, home: login, agent: session.agent, path, tokens: tokenStore, proxy, target, node, core, linkUp: true });
    }
    const world = new SyncWorld(dir, setup, nodes, ports, slots, tokens);
    for (const slot of slots) await world.waitOnline(slot);
    return world;
  }

  /**
   * A node's options. Proxies reach it on their own ports, so it answers to 127.0.0.1 on any
   * port (the Host check otherwise refuses them).
   */
  private static nodeOptions(dir: ReturnType<typeof tempDir>, setup: HubSetup): HubOptions {
    const common = { replicationWindow: WINDOW, allowedHosts: ['127.0.0.1'] };
    return setup.kind === 'pglite'
      ? { ...common, dataDir: dir.file('hub') }
      : { ...common, databaseUrl: setup.databaseUrl, redisUrl: setup.redisUrl, redisKey: setup.redisKey };
  }

  async waitOnline(slot: CoreSlot): Promise<void> {
    await pollUntil(`core ${slot.index} online and caught up`, async () => {
      const s = await call(slot.core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
  }

  /** The test's own socket to the hub as `email` (under a core's clientId if given); reopened after a hub restart. */
  async probe(email: string, clientId?: string): Promise<HubProbe> {
    const key = `${email}/${clientId ?? ''}`;
    const found = this.probes.get(key);
    if (found?.socket.connected) return found;
    found?.close();
    const token = this.tokens.get(email)?.token;
    if (!token) throw new Error(`no token for ${email}`);
    const probe = await openProbe(this.hub.url, token, clientId);
    this.probes.set(key, probe);
    return probe;
  }

  async cut(slot: CoreSlot): Promise<void> {
    if (!slot.linkUp) return;
    slot.linkUp = false;
    this.counts.cuts++;
    await slot.proxy.cut();
  }

  async restore(slot: CoreSlot): Promise<void> {
    if (slot.linkUp) return;
    slot.linkUp = true;
    await slot.proxy.restore();
  }

  /** Close and reopen the core on the same file and token, as an app restart does. */
  async restartCore(slot: CoreSlot): Promise<void> {
    this.counts.coreRestarts++;
    await slot.core.close();
    slot.core = await createDesktopCore({ dbPath: slot.path, hubUrl: slot.proxy.url, tokenStore: slot.tokens, log: () => {} });
  }

  /** Stops every node (a whole-hub outage). */
  async stopHub(): Promise<void> {
    if (this.nodes.every((n) => n === null)) return;
    this.counts.hubRestarts++;
    for (const i of this.nodes.keys()) await this.stopNode(i);
  }

  /** Starts every stopped node on its old port: the proxies (and so the cores) find it where it was. */
  async startHub(): Promise<void> {
    for (const i of this.nodes.keys()) await this.startNode(i);
  }

  /**
   * Hub-node failover (two nodes only): the node this desktop uses dies and every desktop on it
   * is led to the other node (started first if it was down), where it reconnects by itself.
   */
  async failover(slot: CoreSlot): Promise<void> {
    if (this.nodes.length < 2) return;
    this.counts.failovers++;
    const dead = slot.node;
    const other = (dead + 1) % this.nodes.length;
    await this.startNode(other);
    for (const s of this.slots.filter((x) => x.node === dead)) {
      s.node = other;
      s.target.port = this.ports[other]!;
    }
    await this.stopNode(dead);
  }

  /**
   * Signs this desktop in as the other account (or as `to`). Needs the link and the hub: when
   * sign-in fails (offline) nothing changes and false is returned.
   */
  async switchAccount(slot: CoreSlot, to: Login = otherLogin(slot.login)): Promise<boolean> {
    if (slot.login.email === to.email) return true;
    const reply = await slot.core.invoke('session.signIn', to);
    if (!reply.ok) return false;
    const session = reply.data as { agent: AgentRow | null };
    if (!session.agent) return false;
    this.counts.switches++;
    slot.login = to;
    slot.agent = session.agent;
    return true;
  }

  private async stopNode(i: number): Promise<void> {
    const node = this.nodes[i];
    if (!node) return;
    this.nodes[i] = null;
    await node.close();
  }

  private async startNode(i: number): Promise<void> {
    if (this.nodes[i]) return;
    for (let attempt = 0; ; attempt++) {
      try {
        // No seed: it is there already, and seeding re-hashes every demo password.
        this.nodes[i] = await startHub({ ...SyncWorld.nodeOptions(this.dir, this.setup), port: this.ports[i]!, seed: null });
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('EADDRINUSE')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  async close(): Promise<void> {
    for (const probe of this.probes.values()) probe.close();
    for (const slot of this.slots) {
      await slot.core.close();
      await slot.proxy.close();
    }
    for (const i of this.nodes.keys()) await this.stopNode(i);
    this.dir.remove();
  }
}
