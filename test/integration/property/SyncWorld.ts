import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import type { TokenStore } from '../../../src/desktop/session/TokenStore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
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
  login: Login;
  agent: AgentRow;
  path: string;
  tokens: TokenStore;
  proxy: CuttableProxy;
  core: DesktopCore;
  linkUp: boolean;
}

/**
 * A hub on a PGlite data folder (restartable on the same port) and desktop cores on temp
 * SQLite files, each reaching the hub only through its own cuttable proxy.
 */
export class SyncWorld {
  hubUp = true;
  /** What the schedules did, for the summary: a run that never restarts anything proves little. */
  readonly counts = { hubRestarts: 0, coreRestarts: 0, cuts: 0 };
  private readonly probes = new Map<string, HubProbe>();
  private constructor(
    readonly dir: ReturnType<typeof tempDir>,
    public hub: RunningHub,
    readonly port: number,
    readonly slots: CoreSlot[],
    /** Hub tokens by email, for the test's own probes. */
    readonly tokens: Map<string, { token: string; agent: AgentRow }>,
  ) {}

  static async start(logins: Login[]): Promise<SyncWorld> {
    const dir = tempDir('relay-property-');
    const hub = await startHub({ dataDir: dir.file('hub'), port: 0, seed: 'demo', replicationWindow: WINDOW });
    const tokens = new Map<string, { token: string; agent: AgentRow }>();
    for (const login of [...new Set([...logins, MAYA, TOM])]) tokens.set(login.email, await hubLogin(hub.url, login.email, login.password));
    const slots: CoreSlot[] = [];
    for (const [index, login] of logins.entries()) {
      const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
      const path = dir.file(`core-${index}.sqlite`);
      const tokenStore = memoryTokenStore();
      const core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, tokenStore, log: () => {} });
      const session = await call(core, 'session.signIn', login);
      if (!session.agent) throw new Error(`sign-in of ${login.email} returned no agent`);
      slots.push({ index, login, agent: session.agent, path, tokens: tokenStore, proxy, core, linkUp: true });
    }
    const world = new SyncWorld(dir, hub, hub.port, slots, tokens);
    for (const slot of slots) await world.waitOnline(slot);
    return world;
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

  async stopHub(): Promise<void> {
    if (!this.hubUp) return;
    this.hubUp = false;
    this.counts.hubRestarts++;
    await this.hub.close();
  }

  /** Same data folder, same port: the proxies (and so the cores) find it where it was. */
  async startHub(): Promise<void> {
    if (this.hubUp) return;
    for (let attempt = 0; ; attempt++) {
      try {
        // No seed: it is there already, and seeding re-hashes every demo password.
        this.hub = await startHub({ dataDir: this.dir.file('hub'), port: this.port, seed: null, replicationWindow: WINDOW });
        break;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('EADDRINUSE')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.hubUp = true;
  }

  async close(): Promise<void> {
    for (const probe of this.probes.values()) probe.close();
    for (const slot of this.slots) {
      await slot.core.close();
      await slot.proxy.close();
    }
    if (this.hubUp) await this.hub.close();
    this.dir.remove();
  }
}
