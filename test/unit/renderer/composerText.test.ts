import { describe, expect, it } from 'vitest';
import { insertText } from '../../../src/renderer/ticket/composer/insertText';
import { markdownToReplyText } from '../../../src/renderer/ticket/composer/markdownToReplyText';
import { mentionQuery } from '../../../src/renderer/ticket/composer/mentionQuery';

describe('reply composer text helpers', () => {
  it('inserts at the cursor as its own paragraph', () => {
    expect(insertText('', 'Hi Sofia', 0)).toEqual({ body: 'Hi Sofia', cursor: 8 });
    expect(insertText('Thanks.', 'See below', 7)).toEqual({ body: 'Thanks.\n\nSee below', cursor: 18 });
    expect(insertText('Hello\n\nBye', 'X', 7)).toEqual({ body: 'Hello\n\nX\n\nBye', cursor: 8 });
    expect(insertText('Replace me please', 'you', 8, 10)).toEqual({ body: 'Replace \n\nyou\n\n please', cursor: 13 });
  });

  it('turns article Markdown into plain reply text', () => {
    const md = '# Customs holds\n\nA **customs hold** needs a *commercial invoice*.\n\n## Steps\n\n* Ask for the `HS code`\n* See [Incoterms](https://example.com/i)\n\n> Platinum customers are told automatically.';
    expect(markdownToReplyText(md)).toBe(
      'A customs hold needs a commercial invoice.\n\nSteps\n\n- Ask for the HS code\n- See Incoterms (https://example.com/i)\n\nPlatinum customers are told automatically.',
    );
  });

  it('turns Markdown tables into readable rows', () => {
    expect(markdownToReplyText('| Reason | What we need |\n|---|---|\n| Missing invoice | Invoice with HS codes |')).toBe(
      'Reason — What we need\nMissing invoice — Invoice with HS codes',
    );
  });

  it('finds the @name being typed before the cursor, not e-mail addresses', () => {
    expect(mentionQuery('Ping @sam', 9)).toEqual({ start: 5, query: 'sam' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail ops@nordwind', 17)).toBeNull();
    expect(mentionQuery('@sam done', 9)).toBeNull();
  });
});
