import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageRowSchema, uuidv7 } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { openLocalStore } from '../../../src/desktop/db/localStore';
import { fileTokenStore } from '../../../src/desktop/session/fileTokenStore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { openProbe, readScope, replay } from '../property/hubProbe';
import { replicaFacts } from '../property/readReplicaFile';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const writer = fileURLToPath(new URL('../../fixtures/desktop/outboxWriter.ts', import.meta.url));
const KILLS = 6;

interface Reported {
  mutationId: string;
  messageId: string;
}

/** Runs the writer until it has reported `atLeast` writes and then `extraMs` more, then SIGKILLs it. */
function runAndKill(args: string[], atLeast: number, extraMs: number): Promise<Reported[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: Reported[] = [];
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      // Only whole lines count: a line cut by the kill was never fully reported.
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^accepted (\S+) (\S+)$/.exec(line);
        if (match) reported.push({ mutationId: match[1]!, messageId: match[2]! });
      }
      if (!armed && reported.length >= atLeast) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('the outbox survives kill -9', () => {
  const dir = tempDir('relay-kill9-');
  const dbPath = dir.file('replica.sqlite');
  const tokenPath = dir.file('token');
  let hub: RunningHub;
  let core: DesktopCore | null = null;
  let ticketIds: string[] = [];

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    const first = await createDesktopCore({ dbPath, hubUrl: hub.url, tokenStore: fileTokenStore(tokenPath), log: () => {} });
    await call(first, 'session.signIn', PRIYA);
    await waitFor('first sync', async () => {
      const s = await call(first, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
    ticketIds = (await call(first, 'tickets.list', { status: ['new', 'open', 'pending'] })).slice(0, 3).map((t) => t.id);
    await first.close();
  });

  afterAll(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('opens the replica in WAL mode with synchronous=FULL', () => {
    const store = openLocalStore(dir.file('pragmas.sqlite'));
    try {
      expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL: every commit is fsynced, WAL included, before the write is reported accepted.
      expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      store.close();
    }
  });

  it(
    'delivers every write a killed writer reported, exactly once, after a fresh core reopens the file',
    async () => {
      expect(ticketIds.length).toBeGreaterThan(0);
      const tag = `kill9-${uuidv7()}`;
      const reported: Reported[] = [];
      for (let round = 0; round < KILLS; round++) {
        // Kill points vary: early (mid first flush or paused backlog) to later (mid-stream writes).
        const atLeast = 1 + Math.floor(Math.random() * 40);
        const extraMs = Math.floor(Math.random() * 150);
        reported.push(...(await runAndKill([dbPath, tokenPath, hub.url, ticketIds.join(','), `${tag} r${round}`], atLeast, extraMs)));
      }
      expect(reported.length).toBeGreaterThanOrEqual(KILLS);

      core = await createDesktopCore({ dbPath, hubUrl: hub.url, tokenStore: fileTokenStore(tokenPath), log: () => {} });
      await waitFor('the reopened core to drain its outbox', async () => {
        const s = await call(core!, 'sync.status', {});
        return s.connection === 'online' && !s.syncing && s.unsent === 0 && replicaFacts(dbPath).outbox === 0;
      }, 60_000);
      expect(await call(core, 'sync.failures', {})).toEqual([]);

      const { token } = await hubLogin(hub.url, PRIYA.email, PRIYA.password);
      const probe = await openProbe(hub.url, token);
      try {
        const team = probe.scopes.find((s) => s !== 'tenant')!;
        const messages = ((await readScope(probe, team)).rows.get('messages') ?? []).map((m) => messageRowSchema.parse(m));
        const ours = messages.filter((m) => m.body.startsWith(`${tag} r`));
        const hubIds = new Set(ours.map((m) => m.id));
        expect(reported.filter((r) => !hubIds.has(r.messageId)), 'reported writes missing on the hub').toEqual([]);
        // Each write once: one message per body (a write killed before it was reported may be there too, once).
        expect(new Set(ours.map((m) => m.body)).size).toBe(ours.length);
      } finally {
        probe.close();
      }

      // The hub recorded each reported mutation under the replica's clientId: replaying writes nothing.
      const clientId = replicaFacts(dbPath).clientId!;
      const replayProbe = await openProbe(hub.url, token, clientId);
      try {
        const results = await replay(replayProbe, clientId, reported.map((r) => ({ id: r.mutationId, name: 'message.send', args: {} })));
        expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
      } finally {
        replayProbe.close();
      }
    },
    180_000,
  );
});
