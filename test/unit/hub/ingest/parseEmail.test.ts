import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../../src/hub/ingest/email/parseEmail';

const sample = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url));
const MB = 1024 * 1024;

describe('parseEmail', () => {
  it('multipart/alternative: keeps the text part and sanitises the HTML part', async () => {
    const mail = await parseEmail(sample('multipart-alternative.eml'), 10 * MB);
    expect(mail.messageId).toBe('alt-1@northwind-retail.example');
    expect(mail.from).toEqual({ address: 'ana.ruiz@northwind-retail.example', name: 'Ana Ruiz' });
    expect(mail.text).toBe('Hello, our pallet for order SO-1001 has not arrived.');
    const html = mail.html ?? '';
    expect(html).toContain('<b>SO-1001</b>');
    for (const bad of ['<script', 'alert(', 'onerror', 'onclick', '<iframe', '<style', 'javascript:', 'style=']) expect(html).not.toContain(bad);
    expect(html).toContain('data-remote-src="https://tracker.example/pixel.gif"');
    expect(html).not.toMatch(/<img[^>]* src=/);
    expect(html).toContain('href="https://northwind-retail.example/po"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('HTML-only: makes the plain-text form from the HTML; cid images become data-cid', async () => {
    const mail = await parseEmail(sample('html-only.eml'), 10 * MB);
    expect(mail.text).toContain('My parcel arrived damaged.');
    expect(mail.text).toContain('Please send a replacement.');
    expect(mail.text).not.toContain('<');
    expect(mail.html).toContain('data-cid="photo1"');
  });

  it('decodes ISO-8859-1, windows-1252 and Shift_JIS bodies and headers', async () => {
    const latin = await parseEmail(sample('iso-8859-1.eml'), 10 * MB);
    expect(latin.subject).toBe('Livraison retardée');
    expect(latin.from?.name).toBe('François Müller');
    expect(latin.text).toContain('la livraison est retardée');
    const cp1252 = await parseEmail(sample('windows-1252.eml'), 10 * MB);
    expect(cp1252.text).toBe('The “express” surcharge was €25 – why?');
    const sjis = await parseEmail(sample('shift_jis.eml'), 10 * MB);
    expect(sjis.subject).toBe('配送について');
    expect(sjis.text).toBe('お荷物はまだ届いていません。');
  });

  it('keeps attachments under the limit and reports the ones over it', async () => {
    const mail = await parseEmail(sample('attachment.eml'), 2000);
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([['pod.pdf', 'application/pdf', mail.attachments[0]!.content.length]]);
    expect(mail.attachments[0]!.content.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(mail.attachments[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.rejectedAttachments).toEqual([{ filename: 'scan.tiff', size: 3000, reason: 'larger than the 2000-byte limit' }]);
    const all = await parseEmail(sample('attachment.eml'), 10 * MB);
    expect(all.attachments).toHaveLength(2);
  });

  it('collects In-Reply-To and References (newest first) as thread ids without angle brackets', async () => {
    const raw = Buffer.from(
      'From: a@b.example\r\nSubject: Re: x\r\nMessage-ID: <r2@b.example>\r\nIn-Reply-To: <m9@relay.example>\r\nReferences: <m1@relay.example> <m9@relay.example>\r\n\r\nthanks\r\n',
    );
    const mail = await parseEmail(raw, MB);
    expect(mail.threadIds).toEqual(['m9@relay.example', 'm1@relay.example']);
  });
});
