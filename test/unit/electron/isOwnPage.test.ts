import { describe, expect, it } from 'vitest';
import { isOwnPage } from '../../../electron/isOwnPage';

const packaged = { indexFileUrl: 'file:///opt/Relay/resources/app.asar/out/renderer/index.html' };
const dev = { devServerUrl: 'http://localhost:5173/', indexFileUrl: packaged.indexFileUrl };

describe('isOwnPage', () => {
  it('accepts the packaged index.html, with or without a hash', () => {
    expect(isOwnPage(packaged.indexFileUrl, packaged)).toBe(true);
    expect(isOwnPage(`${packaged.indexFileUrl}#ticket`, packaged)).toBe(true);
  });

  it('refuses other files, remote pages and garbage in production', () => {
    expect(isOwnPage('file:///tmp/evil.html', packaged)).toBe(false);
    expect(isOwnPage('https://evil.example/out/renderer/index.html', packaged)).toBe(false);
    expect(isOwnPage('http://localhost:5173/', packaged)).toBe(false);
    expect(isOwnPage('not a url', packaged)).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    expect(isOwnPage('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnPage('http://127.0.0.1.evil.example:5173/', dev)).toBe(false);
  });
});
