import { describe, expect, it } from 'vitest';
import { plainTextToHtml } from '../../../../src/hub/outbound/plainTextToHtml';

describe('plainTextToHtml', () => {
  it('makes web addresses links, escaped, and leaves other text escaped', () => {
    const html = plainTextToHtml('5 – Excellent: https://hub.example/survey/AbC_-1?score=5&x=1\n<b>not bold</b> mailto:x@y.example');
    expect(html).toContain('<a href="https://hub.example/survey/AbC_-1?score=5&amp;x=1">https://hub.example/survey/AbC_-1?score=5&amp;x=1</a>');
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt; mailto:x@y.example');
  });

  it('does not let a quote end the link', () => {
    expect(plainTextToHtml('see "https://a.example/p" now')).toContain('&quot;<a href="https://a.example/p">https://a.example/p</a>&quot;');
  });
});
