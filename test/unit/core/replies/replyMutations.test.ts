import { describe, expect, it } from 'vitest';
import { uuidv7, type AgentActor, type AgentRow, type AnyRow, type MessageRow, type RowChange } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

function world() {
  const f = coreFixtures();
  const agentRow = (actor: AgentActor, name: string, signature = ''): AgentRow => ({
    id: actor.agentId,
    teamId: actor.teamId,
    name,
    email: `${name.toLowerCase()}@relay.example`,
    role: actor.role,
    createdAt: f.now,
    signature,
  });
  const ana = agentRow(f.agentA, 'Ana', 'Ana Lopez\n*Parcel Support*');
  const tom = agentRow(f.agentB, 'Tom');
  const db: AnyRow[] = [f.ticket, ana, tom];
  const run = (name: string, args: unknown, actor: AgentActor = f.agentA): RowChange[] => runCoreMutation(name, args, db, { actor, now: f.now + 1000, sequences: {} });
  const messageOf = (changes: RowChange[]): MessageRow => changes.find((c) => c.entity === 'messages')!.row as MessageRow;
  return { f, ana, tom, run, messageOf };
}

const upload = (name: string) => ({ name, contentType: 'application/pdf', size: 2048, storageKey: `up/${uuidv7(1)}/0123456789abcdef` });

describe('message.send with copies, files, mentions and signature', () => {
  it('an email reply carries CC, BCC, uploaded files and the author signature after "-- "', () => {
    const w = world();
    const m = w.messageOf(
      w.run('message.send', {
        id: uuidv7(w.f.now),
        ticketId: w.f.ticket.id,
        kind: 'reply',
        channel: 'email',
        body: 'Your POD is attached.',
        cc: ['ops@customer.example'],
        bcc: ['audit@relay.example'],
        attachments: [upload('pod.pdf')],
        signatureOf: w.ana.id,
      }),
    );
    expect(m.cc).toEqual(['ops@customer.example']);
    expect(m.bcc).toEqual(['audit@relay.example']);
    expect(m.attachments.map((a) => a.name)).toEqual(['pod.pdf']);
    expect(m.body).toBe('Your POD is attached.\n\n-- \nAna Lopez\n*Parcel Support*');
  });

  it('a note stores mentioned agents by id and refuses an unknown one', () => {
    const w = world();
    const note = w.messageOf(w.run('message.send', { id: uuidv7(w.f.now), ticketId: w.f.ticket.id, kind: 'note', body: '@Tom can you call the depot?', mentions: [w.tom.id, w.tom.id] }));
    expect(note.mentions).toEqual([w.tom.id]);
    const ghost = uuidv7(5);
    expect(rejectionOf(() => w.run('message.send', { id: uuidv7(w.f.now), ticketId: w.f.ticket.id, kind: 'note', body: 'hi', mentions: [ghost] })).message).toContain(ghost);
  });

  it('refuses CC on a note, another agent\'s signature, a non-upload key and a file over 25 MB', () => {
    const w = world();
    const base = { id: uuidv7(w.f.now), ticketId: w.f.ticket.id, kind: 'reply' as const, channel: 'email' as const, body: 'x' };
    expect(rejectionOf(() => w.run('message.send', { ...base, kind: 'note', cc: ['a@b.example'] })).message).toMatch(/email replies only/);
    expect(rejectionOf(() => w.run('message.send', { ...base, signatureOf: w.tom.id })).code).toBe('forbidden');
    expect(() => w.run('message.send', { ...base, attachments: [{ ...upload('x.pdf'), storageKey: 'att/../../etc' }] })).toThrow(/upload key/);
    expect(() => w.run('message.send', { ...base, attachments: [{ ...upload('big.pdf'), size: 26 * 1024 * 1024 }] })).toThrow(/larger than 25 MB/);
    expect(() => w.run('message.send', { ...base, cc: ['not-an-address'] })).toThrow(/not an email address/);
  });
});

describe('agent.setSignature', () => {
  it('an agent sets their own signature; nobody else may', () => {
    const w = world();
    const [change] = w.run('agent.setSignature', { agentId: w.ana.id, signature: 'Ana — Parcel Support  \n' });
    expect((change!.row as AgentRow).signature).toBe('Ana — Parcel Support');
    expect(rejectionOf(() => w.run('agent.setSignature', { agentId: w.tom.id, signature: 'hacked' })).code).toBe('forbidden');
  });
});
