import { z } from 'zod';
import { describe, expect, it } from 'vitest';
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
