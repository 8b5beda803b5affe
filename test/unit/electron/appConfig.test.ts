import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appConfig } from '../../../electron/appConfig';

const folder = (config?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'relay-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), config);
  return dir;
};

describe('appConfig', () => {
  it('defaults to the embedded hub and no auto-update', () => {
    expect(appConfig(folder(), {}, () => undefined)).toEqual({ autoUpdate: false });
  });

  it('reads hubUrl and autoUpdate; RELAY_HUB_URL wins over the file', () => {
    const dir = folder(JSON.stringify({ hubUrl: 'https://hub.example.com', autoUpdate: true }));
    expect(appConfig(dir, {}, () => undefined)).toEqual({ hubUrl: 'https://hub.example.com', autoUpdate: true });
    expect(appConfig(dir, { RELAY_HUB_URL: 'http://127.0.0.1:4000' }, () => undefined).hubUrl).toBe('http://127.0.0.1:4000');
  });

  it('ignores a broken or invalid file with a reason, keeping auto-update off', () => {
    const logs: string[] = [];
    expect(appConfig(folder('{oops'), {}, (m) => logs.push(m))).toEqual({ autoUpdate: false });
    expect(appConfig(folder(JSON.stringify({ hubUrl: 'ftp://x', autoUpdate: 'yes' })), {}, (m) => logs.push(m))).toEqual({ autoUpdate: false });
    expect(logs).toHaveLength(2);
    expect(logs[1]).toContain('autoUpdate');
  });

  it('reads the update feed; refuses plain http except on this machine', () => {
    const feed = (updateFeedUrl: string) => appConfig(folder(JSON.stringify({ autoUpdate: true, updateFeedUrl })), {}, () => undefined);
    expect(feed('https://updates.example.com/relay')).toEqual({ autoUpdate: true, updateFeedUrl: 'https://updates.example.com/relay' });
    expect(feed('http://127.0.0.1:8080/relay').updateFeedUrl).toBe('http://127.0.0.1:8080/relay');
    const logs: string[] = [];
    expect(appConfig(folder(JSON.stringify({ autoUpdate: true, updateFeedUrl: 'http://updates.example.com' })), {}, (m) => logs.push(m))).toEqual({ autoUpdate: false });
    expect(logs[0]).toContain('updateFeedUrl: must use https:// (http:// only for localhost)');
  });
});
