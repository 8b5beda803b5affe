import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seenFile } from '../../../../electron/attention/seenFile';

const ticketId = '0190a0c1-5e2f-7a3b-8c4d-000000000003';

describe('seenFile', () => {
  it('remembers when each ticket was opened across runs', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'relay-seen-')), 'seen-tickets.json');
    seenFile(path, () => undefined).mark(ticketId, 1234);
    expect(seenFile(path, () => undefined).all().get(ticketId)).toBe(1234);
  });

  it('starts empty from a damaged file and ignores ids that are not UUIDs', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'relay-seen-')), 'seen-tickets.json');
    writeFileSync(path, JSON.stringify({ version: 1, seen: { 'not-a-uuid': 5 } }));
    const logs: string[] = [];
    const seen = seenFile(path, (m) => logs.push(m));
    expect(seen.all().size).toBe(0);
    expect(logs).toHaveLength(1);
    seen.mark('../../etc/passwd', 1);
    expect(seen.all().size).toBe(0);
  });
});
