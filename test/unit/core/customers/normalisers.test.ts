import { describe, expect, it } from 'vitest';
import { customerAddressSchema, duplicateReasons, emailDomain, nameSimilarity, normaliseEmail, normalisePhone } from '../../../../src/core';

describe('customer normalisers', () => {
  it('normalises emails: case, spaces and +tags go; non-emails are null', () => {
    expect(normaliseEmail('  Ana.Silva+orders@Nordwind.Example ')).toBe('ana.silva@nordwind.example');
    expect(normaliseEmail('ana@x.example')).toBe('ana@x.example');
    expect(normaliseEmail('not an email')).toBeNull();
    expect(normaliseEmail('+tag@x.example')).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
  });

  it('normalises phones to E.164 and refuses numbers without a country code', () => {
    expect(normalisePhone('+49 (30) 123-4567')).toBe('+49301234567');
    expect(normalisePhone('0049 30 1234567')).toBe('+49301234567');
    expect(normalisePhone('030 1234567')).toBeNull();
    expect(normalisePhone('+0 30 1234567')).toBeNull();
    expect(normalisePhone('+49 30')).toBeNull();
    expect(normalisePhone('call me')).toBeNull();
  });

  it('keeps company email domains and ignores public mailbox providers', () => {
    expect(emailDomain('ana@nordwind.example')).toBe('nordwind.example');
    expect(emailDomain('ana@gmail.com')).toBeNull();
    expect(emailDomain('ana@outlook.com')).toBeNull();
    expect(emailDomain(null)).toBeNull();
  });

  it('scores names by word set and trigrams, ignoring case, accents, order and legal forms', () => {
    expect(nameSimilarity('Nordwind Retail GmbH', 'nordwind retail')).toBe(1);
    expect(nameSimilarity('Müller, Jörg', 'Jorg Muller')).toBe(1);
    expect(nameSimilarity('Jon Smith', 'John Smith')).toBeGreaterThan(0.7);
    expect(nameSimilarity('Nordwind Retail', 'Harbour Freight')).toBeLessThan(0.3);
    expect(nameSimilarity('GmbH', 'Acme')).toBe(0);
  });

  it('checks address countries against ISO 3166-1 alpha-2, upper-casing what was typed', () => {
    const address = { label: 'Dock', line1: 'Am Hafen 1', city: 'Hamburg', country: 'de' };
    expect(customerAddressSchema.parse(address).country).toBe('DE');
    const bad = customerAddressSchema.safeParse({ ...address, country: 'XX' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['country']);
    expect(bad.error?.issues[0]?.message).toMatch(/ISO country code/);
  });
});

describe('duplicateReasons', () => {
  const probe = (name: string, emails: (string | null)[] = [], phones: (string | null)[] = []) => ({ name, emails, phones });

  it('pairs customers sharing a normalised email or phone, whatever their names', () => {
    expect(duplicateReasons(probe('Ana Silva', ['Ana+shop@Mail.example']), probe('A. S.', ['ana@mail.example']))).toEqual(['email']);
    expect(duplicateReasons(probe('Ana', [], ['+49 30 1234567']), probe('Bob', [], ['0049301234567']))).toEqual(['phone']);
  });

  it('needs a similar name besides a shared company domain, and never pairs on a public domain', () => {
    expect(duplicateReasons(probe('Nordwind Retail', ['ops@nordwind.example']), probe('Nordwind Retail Berlin', ['buyer@nordwind.example']))).toEqual(['domain']);
    expect(duplicateReasons(probe('Nordwind Retail', ['ops@nordwind.example']), probe('Harbour Freight', ['x@nordwind.example']))).toEqual([]);
    expect(duplicateReasons(probe('Ana Silva', ['ana@gmail.com']), probe('Ana Silveira', ['other@gmail.com']))).toEqual([]);
  });

  it('pairs near-identical names alone and gives every reason that holds', () => {
    expect(duplicateReasons(probe('Nordwind Retail GmbH'), probe('NORDWIND RETAIL'))).toEqual(['name']);
    expect(duplicateReasons(probe('Nordwind Retail', ['ops@nordwind.example']), probe('Nordwind Retail GmbH', ['ops@nordwind.example']))).toEqual(['email', 'domain', 'name']);
    expect(duplicateReasons(probe('Ana Silva'), probe('Bob Jones'))).toEqual([]);
  });
});
