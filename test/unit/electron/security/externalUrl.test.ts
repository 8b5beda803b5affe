import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../../../electron/security/externalUrl';

describe('externalUrlToOpen', () => {
  it('opens absolute http and https links, normalised', () => {
    expect(externalUrlToOpen('https://track.example.com/p/123?x=1#top')).toBe('https://track.example.com/p/123?x=1#top');
    expect(externalUrlToOpen('HTTP://Example.COM')).toBe('http://example.com/');
  });

  it('refuses every other scheme, including our own deep links', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'relay://ticket/0190a0c1-0000-7000-8000-000000000001',
      'smb://server/share',
      'ms-settings:privacy',
      'mailto:someone@example.com',
      'vbscript:msgbox',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });

  it('refuses credentials in the URL, relative links, garbage and oversized input', () => {
    expect(externalUrlToOpen('https://user:pass@example.com/')).toBeNull();
    expect(externalUrlToOpen('https://user@example.com/')).toBeNull();
    expect(externalUrlToOpen('/relative/path')).toBeNull();
    expect(externalUrlToOpen('not a url')).toBeNull();
    expect(externalUrlToOpen('')).toBeNull();
    expect(externalUrlToOpen(42)).toBeNull();
    expect(externalUrlToOpen(`https://example.com/${'a'.repeat(5000)}`)).toBeNull();
  });
});
