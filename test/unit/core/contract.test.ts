import { describe, expect, it } from 'vitest';
import {
  changeRowSchema,
  helloRequestSchema,
  ipcChannels,
  ipcContract,
  liveChangesSchema,
  mutationResultSchema,
  pushRequestSchema,
  SYNC_PROTOCOL_VERSION,
  uuidv7,
} from '../../../src/core';

describe('IPC contract', () => {
  it('names every channel domain.verb', () => {
    expect(ipcChannels.length).toBeGreaterThan(5);
    for (const channel of ipcChannels) expect(channel).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });

  it('fills defaults and rejects bad input with a reason', () => {
    expect(ipcContract['tickets.list'].input.parse({})).toEqual({ view: 'all', sort: 'newest', offset: 0, limit: 200 });
    const bad = ipcContract['session.signIn'].input.safeParse({ email: 'not-an-email', password: '', hubUrl: 'ftp://x' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['email: enter a valid email address', 'password: enter your password', 'hubUrl: hub address must be an http(s) URL']),
    );
  });
});

describe('sync protocol', () => {
  it('accepts only the current protocol version and well-formed cursors', () => {
    const clientId = uuidv7();
    expect(helloRequestSchema.safeParse({ protocol: SYNC_PROTOCOL_VERSION, clientId, cursors: { tenant: 4 } }).success).toBe(true);
    expect(helloRequestSchema.safeParse({ protocol: 0, clientId, cursors: {} }).success).toBe(false);
    expect(helloRequestSchema.safeParse({ protocol: SYNC_PROTOCOL_VERSION, clientId, cursors: { 'team:x': 1 } }).success).toBe(false);
  });

  it('bounds push batches and keeps mutation args opaque until the named definition checks them', () => {
    const envelope = { id: uuidv7(), name: 'message.send', args: { anything: true }, clientId: uuidv7(), createdAt: 1 };
    expect(pushRequestSchema.safeParse({ mutations: [envelope] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ mutations: [] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: Array(501).fill(envelope) }).success).toBe(false);
  });

  it('describes results and live batches', () => {
    const id = uuidv7();
    expect(mutationResultSchema.parse({ id, status: 'applied', seqs: { tenant: 3 } }).status).toBe('applied');
    expect(mutationResultSchema.safeParse({ id, status: 'rejected', error: { code: 'teapot', message: 'x' } }).success).toBe(false);
    const row = { seq: 7, scope: 'tenant', entity: 'customers', op: 'delete', id, row: null };
    expect(changeRowSchema.parse(row)).toEqual(row);
    expect(liveChangesSchema.safeParse({ scope: 'tenant', prev: 6, rows: [] }).success).toBe(false);
  });
});
