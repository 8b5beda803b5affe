import { describe, expect, it } from 'vitest';
import { checkChannelLimit } from '../../../../src/core';

describe('checkChannelLimit', () => {
  it('limits SMS to 10 segments, whatever the encoding', () => {
    expect(checkChannelLimit('sms', 'a'.repeat(1530))).toMatchObject({ within: true, length: 10, max: 10, unit: 'segments', message: null });
    const over = checkChannelLimit('sms', 'a'.repeat(1531));
    expect(over).toMatchObject({ within: false, length: 11 });
    expect(over.message).toBe('An SMS may be at most 10 segments (about 1,530 GSM-7 characters); this one needs 11 (1,531 characters). Shorten it or reply by email.');
    expect(checkChannelLimit('sms', 'ł'.repeat(670)).within).toBe(true);
    expect(checkChannelLimit('sms', 'ł'.repeat(671)).message).toMatch(/about 670 UCS-2 characters\); this one needs 11 \(671 UCS-2 units\)/);
  });

  it('limits the other channels by characters, counting an emoji as one', () => {
    expect(checkChannelLimit('social', '🙂'.repeat(2000)).within).toBe(true);
    expect(checkChannelLimit('social', 'a'.repeat(2001)).message).toBe(
      'A social message may be at most 2,000 characters; this one has 2,001 (1 too many). Shorten it or reply by email.',
    );
    expect(checkChannelLimit('chat', 'a'.repeat(5000)).within).toBe(true);
    expect(checkChannelLimit('email', 'a'.repeat(100_001)).message).toBe('An email may be at most 100,000 characters; this one has 100,001 (1 too many). Shorten it.');
  });
});
