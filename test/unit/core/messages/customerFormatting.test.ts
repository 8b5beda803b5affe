import { describe, expect, it } from 'vitest';
import { formatCustomerDate, formatCustomerNumber, formatCustomerTime, messageLocale } from '../../../../src/core';

// 9 Nov 2026 19:05 UTC = 20:05 in Berlin.
const at = Date.UTC(2026, 10, 9, 19, 5);

describe('customer message formatting', () => {
  it('combines the message language with the customer region', () => {
    expect(messageLocale('de-DE', 'en')).toBe('en-DE');
    expect(messageLocale('fr', 'en')).toBe('en-FR');
    expect(messageLocale('en-US', 'de')).toBe('de-US');
    expect(messageLocale('not a tag', 'en')).toBe('en');
  });

  it('writes an English date for a German customer in English words and the German day', () => {
    const de = { customerLanguage: 'de-DE', messageLanguage: 'en', timeZone: 'Europe/Berlin' };
    expect(formatCustomerDate(at, de)).toBe('9 November 2026');
    expect(formatCustomerDate(at, { ...de, messageLanguage: 'de' })).toBe('9. November 2026');
    expect(formatCustomerDate(at, { customerLanguage: 'en-US', messageLanguage: 'en', timeZone: 'America/New_York' })).toBe('November 9, 2026');
    // Late evening in UTC is already the next day in Tokyo.
    expect(formatCustomerDate(Date.UTC(2026, 10, 9, 23, 0), { customerLanguage: 'ja-JP', messageLanguage: 'en', timeZone: 'Asia/Tokyo' })).toBe('November 10, 2026');
    expect(formatCustomerDate(at, { ...de, timeZone: 'Mars/Olympus' })).toBe('9 November 2026');
  });

  it('uses the customer region for numbers and the clock', () => {
    expect(formatCustomerNumber(1234.5, { customerLanguage: 'de-DE', messageLanguage: 'en' })).toBe('1.234,5');
    expect(formatCustomerNumber(1234.5, { customerLanguage: 'en-US', messageLanguage: 'en' })).toBe('1,234.5');
    expect(formatCustomerTime(at, { customerLanguage: 'de-DE', messageLanguage: 'en', timeZone: 'Europe/Berlin' })).toBe('20:05');
    expect(formatCustomerTime(at, { customerLanguage: 'en-US', messageLanguage: 'en', timeZone: 'America/New_York' })).toMatch(/^2:05\sPM$/);
  });
});
