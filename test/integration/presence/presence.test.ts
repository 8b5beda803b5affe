import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PROTOCOL_VERSION, uuidv7, type IpcOutput, type PresenceEntry } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { connectSocket, type HubClientSocket } from '../../fixtures/hub/connectSocket';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { socketRequest, socketRequestOk } from '../../fixtures/hub/socketRequest';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' }; // agent, Parcel
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' }; // admin, Parcel
const TOM = { email: 'tom@relay.example', password: 'demo-tom' }; // agent, Freight

type Presence = IpcOutput<'presence.get'>;

/** A real hub and desktop cores: presence travels A → hub → B, and never to another team. */
describe('presence: who is viewing or typing on a ticket', () => {
  const dir = tempDir('relay-presence-');
  let hub: RunningHub;
  let coreA: DesktopCore;
  let coreB: DesktopCore;
  let coreTom: DesktopCore;
  const sockets: HubClientSocket[] = [];
  const tomHeard: string[] = [];
  let ticketId = '';

  const presenceOn = (core: DesktopCore): Promise<Presence> => call(core, 'presence.get', { ticketId });
  const online = (core: DesktopCore) =>
    waitFor('online and synced', async () => {
      const status = await call(core, 'sync.status', {});
      return status.connection === 'online' && !status.syncing;
    });

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    coreA = await createDesktopCore({ dbPath: dir.file('a.sqlite'), hubUrl: hub.url, log: () => {} });
    coreB = await createDesktopCore({ dbPath: dir.file('b.sqlite'), hubUrl: hub.url, log: () => {} });
    coreTom = await createDesktopCore({ dbPath: dir.file('tom.sqlite'), hubUrl: hub.url, log: () => {} });
    coreTom.on('presence.changed', (e) => tomHeard.push(e.ticketId));
    await call(coreA, 'session.signIn', PRIYA);
    await call(coreB, 'session.signIn', MAYA);
    await call(coreTom, 'session.signIn', TOM);
    for (const core of [coreA, coreB, coreTom]) await online(core);
    const inbox = await call(coreA, 'tickets.list', { status: ['new', 'open', 'pending'] });
    ticketId = inbox[0]?.id ?? '';
    expect(ticketId).not.toBe('');
  });

  afterAll(async () => {
    for (const s of sockets) s.close();
    for (const core of [coreA, coreB, coreTom]) await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('shows B that A is viewing, then typing, with A’s name, and tells B’s window', async () => {
    const changed: string[] = [];
    const off = coreB.on('presence.changed', (e) => changed.push(e.ticketId));
    expect(await presenceOn(coreB)).toEqual([]);
    expect(await call(coreA, 'presence.set', { ticketId, state: 'viewing' })).toEqual({ sent: true });
    const viewing = await waitFor('B sees A viewing', async () => {
      const list = await presenceOn(coreB);
      return list.length > 0 && list;
    });
    expect(viewing).toEqual([expect.objectContaining({ name: 'Priya Nair', state: 'viewing' })]);
    expect(changed).toContain(ticketId);

    await call(coreA, 'presence.set', { ticketId, state: 'typing' });
    await waitFor('B sees A typing', async () => (await presenceOn(coreB))[0]?.state === 'typing');
    // An agent never sees themselves.
    expect(await presenceOn(coreA)).toEqual([]);
    off();
  });

  it('a newcomer learns at once who is already there', async () => {
    await call(coreB, 'presence.set', { ticketId, state: 'viewing' });
    // B learned of A from the hub's answer to B's arrival (A is still typing from the last test).
    await waitFor('A sees B viewing', async () => (await presenceOn(coreA))[0]?.state === 'viewing');
    expect((await presenceOn(coreB)).map((p) => p.state)).toEqual(['typing']);
  });

  it('never tells an agent of another team, and refuses their presence on a ticket of another team', async () => {
    const tom = await hubLogin(hub.url, TOM.email, TOM.password);
    const socket = await connectSocket(hub.url, { token: tom.token });
    sockets.push(socket);
    const heard: PresenceEntry[] = [];
    socket.on('presence', (entry) => heard.push(entry));
    // Before hello there are no scopes to check against.
    const early = await socketRequest(socket, 'presence:set', { ticketId, state: 'viewing' });
    expect(early.ok === false && early.error.code).toBe('protocol');
    await socketRequestOk(socket, 'hello', { protocol: SYNC_PROTOCOL_VERSION, clientId: uuidv7(), cursors: {} });
    const refused = await socketRequest(socket, 'presence:set', { ticketId, state: 'viewing' });
    expect(refused.ok === false && refused.error.code).toBe('forbidden');
    const bad = await socketRequest(socket, 'presence:set', { ticketId, state: 'shouting' });
    expect(bad.ok === false && bad.error.code).toBe('invalid_request');

    // Traffic on the Parcel ticket goes on; a Freight socket hears none of it.
    await call(coreA, 'presence.set', { ticketId, state: 'viewing' });
    await call(coreA, 'presence.set', { ticketId, state: 'typing' });
    await waitFor('B sees A typing again', async () => (await presenceOn(coreB))[0]?.state === 'typing');
    await call(coreTom, 'presence.set', { ticketId, state: 'viewing' });
    expect(heard).toEqual([]);
    expect(tomHeard).toEqual([]);
    expect(await presenceOn(coreTom)).toEqual([]);
    expect(await presenceOn(coreA)).toEqual([expect.objectContaining({ name: 'Maya Okafor', state: 'viewing' })]);
  });

  it('drops A’s presence for everyone when A goes offline, and A knows nobody while offline', async () => {
    await call(coreA, 'sync.setPaused', { paused: true });
    await waitFor('B no longer sees A', async () => (await presenceOn(coreB)).length === 0);
    expect(await presenceOn(coreA)).toEqual([]);
    expect(await call(coreA, 'presence.set', { ticketId, state: 'viewing' })).toEqual({ sent: false });

    // Back online, A's presence is sent again without the window asking.
    await call(coreA, 'sync.setPaused', { paused: false });
    await waitFor('B sees A again', async () => (await presenceOn(coreB))[0]?.state === 'viewing');
    await waitFor('A sees B again', async () => (await presenceOn(coreA)).length === 1);
  });

  it('ends presence when the agent leaves the ticket; a late leave for another ticket changes nothing', async () => {
    await call(coreA, 'presence.set', { ticketId: uuidv7(), state: 'idle' });
    expect((await presenceOn(coreB)).length).toBe(1);
    await call(coreA, 'presence.set', { ticketId, state: 'idle' });
    await waitFor('B no longer sees A', async () => (await presenceOn(coreB)).length === 0);
  });
});
