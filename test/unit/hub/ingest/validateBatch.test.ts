import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { IngestQueue } from '../../../../src/hub/ingest/IngestQueue';
import { validateBatch } from '../../../../src/hub/ingest/validateBatch';

describe('validateBatch', () => {
  const schema = z.object({ n: z.number() });
  it('keeps good items and reports bad ones by index with the reason', () => {
    expect(validateBatch(schema, [{ n: 1 }, { n: 'x' }, { n: 3 }, null])).toEqual({
      items: [
        { index: 0, value: { n: 1 } },
        { index: 2, value: { n: 3 } },
      ],
      rejected: [
        { index: 1, reason: expect.stringMatching(/^n: /) },
        { index: 3, reason: expect.any(String) },
      ],
    });
  });
  it('treats one object as a batch of one and refuses an empty batch', () => {
    expect(validateBatch(schema, { n: 1 })).toMatchObject({ items: [{ index: 0 }] });
    expect(validateBatch(schema, [])).toEqual({ error: 'batch is empty' });
  });
});

describe('IngestQueue', () => {
  it('runs jobs one at a time in order, survives a failing job, and idle() waits for all', async () => {
    const errors: unknown[] = [];
    const queue = new IngestQueue((e) => errors.push(e));
    const log: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    queue.enqueue(async () => {
      log.push('a:start');
      await gate;
      log.push('a:end');
    });
    queue.enqueue(async () => {
      throw new Error('boom');
    });
    queue.enqueue(async () => {
      log.push('c');
    });
    expect(queue.size).toBe(3);
    release();
    await queue.idle();
    expect(log).toEqual(['a:start', 'a:end', 'c']);
    expect(errors).toHaveLength(1);
    expect(queue.size).toBe(0);
  });
});
