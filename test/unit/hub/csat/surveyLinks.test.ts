import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { renderSurveyPage } from '../../../../src/hub/csat/renderSurveyPage';
import { SurveyLinks } from '../../../../src/hub/csat/SurveyLinks';
import { SurveyRateLimit } from '../../../../src/hub/csat/SurveyRateLimit';

const now = Date.UTC(2026, 11, 7, 12, 0);
const links = new SurveyLinks('survey-unit-secret-0123456789abcdef', 'https://support.example');
const claim = { surveyId: uuidv7(now), ticketId: uuidv7(now + 1), expiresAt: now + 28 * 86_400_000 };

describe('SurveyLinks', () => {
  it('reads back what it signed until the expiry, then says expired', () => {
    const token = links.token(claim);
    expect(token).toMatch(/^[A-Za-z0-9_-]{72}$/);
    expect(links.check(token, now)).toEqual({ ok: true, ...claim });
    expect(links.check(token, claim.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('gives email five score links and other channels one page link', () => {
    const email = links.linksFor(claim, 'email');
    expect(email).toHaveLength(5);
    expect(email.map((l) => new URL(l).searchParams.get('score'))).toEqual(['1', '2', '3', '4', '5']);
    expect(links.linksFor(claim, 'chat')).toEqual([`https://support.example/survey/${links.token(claim)}`]);
  });

  it('refuses a token with any byte changed, or signed with another hub secret', () => {
    const bytes = Buffer.from(links.token(claim), 'base64url');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Buffer.from(bytes);
        changed[at] = changed[at]! ^ flip;
        expect(links.check(changed.toString('base64url'), now)).toEqual({ ok: false, reason: 'bad_signature' });
      }),
    );
    const other = new SurveyLinks('another-hub-secret-0123456789abcdef', 'https://support.example');
    expect(links.check(other.token(claim), now)).toEqual({ ok: false, reason: 'bad_signature' });
    for (const junk of ['', 'abc', `${links.token(claim)}A`, 'x'.repeat(72).replace(/x/g, '!')]) expect(links.check(junk, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('renderSurveyPage', () => {
  it('escapes the subject and comment, preselects the score and carries no script', () => {
    const html = renderSurveyPage({ kind: 'form', ticket: { number: 7, subject: '<script>alert(1)</script> & "x"' }, action: './tok', score: 3, comment: '</textarea><b>', answered: true, error: null });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34;');
    expect(html).toContain('&#60;/textarea&#62;&#60;b&#62;');
    expect(html).toMatch(/value="3" required checked/);
    expect(html.match(/ required checked>/g)).toHaveLength(1);
    expect(html).toContain('You already rated this ticket');
  });
});

describe('SurveyRateLimit', () => {
  it('lets an IP through up to the limit per window, then says how long to wait', () => {
    const limit = new SurveyRateLimit(2, 60_000);
    expect(limit.take('1.2.3.4', now)).toBeNull();
    expect(limit.take('1.2.3.4', now + 1)).toBeNull();
    expect(limit.take('1.2.3.4', now + 10_000)).toBe(50);
    expect(limit.take('5.6.7.8', now + 10_000)).toBeNull();
    expect(limit.take('1.2.3.4', now + 60_000)).toBeNull();
  });
});
