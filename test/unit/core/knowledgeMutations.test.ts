import { describe, expect, it } from 'vitest';
import {
  uuidv7,
  type Actor,
  type AnyRow,
  type KbArticleRow,
  type RowChange,
} from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const now = Date.UTC(2026, 10, 23, 10, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor, at = now): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: at, sequences: {} });
}

const draft = { title: '  Pallet labels  ', body: '# Pallet labels\n\nLabel **every** side.', category: 'Freight', tags: ['pallets', 'labels', 'pallets'] };

describe('article.save', () => {
  it('refuses agents: only leads and admins edit the knowledge base', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('article.save', { id: uuidv7(), ...draft }, [], f.agentA));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/leads and admins/);
  });

  it('lets a lead create an article in the tenant scope, trimmed and with tags de-duplicated', () => {
    const f = coreFixtures();
    const lead: Actor = { ...f.agentA, role: 'lead' };
    const id = uuidv7();
    const [change, ...rest] = run('article.save', { id, ...draft }, [], lead);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: 'upsert', entity: 'kb_articles', id, scope: 'tenant' });
    expect(change?.row).toEqual({ id, title: 'Pallet labels', body: draft.body, category: 'Freight', tags: ['pallets', 'labels'], updatedAt: now, authorId: lead.agentId });
  });

  it('updates an existing article as an admin and never moves updatedAt backwards', () => {
    const f = coreFixtures();
    const stored: KbArticleRow = { id: uuidv7(), ...draft, title: 'Old', tags: [], updatedAt: now + 60_000, authorId: null };
    const [change] = run('article.save', { ...draft, id: stored.id, title: 'New title', baseUpdatedAt: stored.updatedAt }, [stored], f.admin);
    expect(change?.row).toMatchObject({ id: stored.id, title: 'New title', updatedAt: now + 60_001, authorId: f.admin.agentId });
  });

  it('refuses an edit made from a version someone else has since replaced', () => {
    const f = coreFixtures();
    const stored: KbArticleRow = { id: uuidv7(), ...draft, tags: [], updatedAt: now, authorId: null };
    const error = rejectionOf(() => run('article.save', { ...draft, id: stored.id, baseUpdatedAt: now - 1 }, [stored], f.admin));
    expect(error.code).toBe('conflict');
  });

  it('names what is wrong with a draft', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('article.save', { id: uuidv7(), title: ' ', body: '', category: '', tags: [''] }, [], f.admin));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toMatch(/title: give the article a title/);
    expect(error.message).toMatch(/body: the article is empty/);
    expect(error.message).toMatch(/category: choose a category/);
  });
});

describe('message.send channel', () => {
  it('replies on the chosen channel and keeps notes on the ticket channel', () => {
    const f = coreFixtures();
    const reply = run('message.send', { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'Texting you', channel: 'sms' }, [f.ticket], f.agentA);
    expect(reply[0]?.row).toMatchObject({ direction: 'outbound', channel: 'sms' });
    const plain = run('message.send', { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'Hi' }, [f.ticket], f.agentA);
    expect(plain[0]?.row).toMatchObject({ channel: f.ticket.channel });
    const note = run('message.send', { id: uuidv7(), ticketId: f.ticket.id, kind: 'note', body: '@Tom look', channel: 'sms' }, [f.ticket], f.agentA);
    expect(note[0]?.row).toMatchObject({ direction: 'note', channel: f.ticket.channel });
  });

  it('refuses a channel that does not exist', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('message.send', { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'x', channel: 'fax' }, [f.ticket], f.agentA));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toMatch(/channel/);
  });
});
