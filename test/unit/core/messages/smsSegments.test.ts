import { describe, expect, it } from 'vitest';
import { smsSegments } from '../../../../src/core';

describe('smsSegments', () => {
  it.each([
    ['empty', '', 'GSM-7', 0, 0],
    ['160 plain characters fit one GSM-7 segment', 'a'.repeat(160), 'GSM-7', 160, 1],
    ['161 need two concatenated segments of 153', 'a'.repeat(161), 'GSM-7', 161, 2],
    ['306 fill two segments exactly', 'a'.repeat(306), 'GSM-7', 306, 2],
    ['307 need a third', 'a'.repeat(307), 'GSM-7', 307, 3],
    ['GSM accents stay GSM-7', 'Café für Åsa, 5 €'.padEnd(20, '.'), 'GSM-7', 21, 1],
    ['70 UCS-2 characters fit one segment', 'ł'.repeat(70), 'UCS-2', 70, 1],
    ['71 UCS-2 characters need two of 67', 'ł'.repeat(71), 'UCS-2', 71, 2],
    ['one emoji switches the whole text to UCS-2 and counts two units', `${'a'.repeat(68)}🙂`, 'UCS-2', 70, 1],
  ] as const)('%s', (_name, text, encoding, units, segments) => {
    expect(smsSegments(text)).toMatchObject({ encoding, units, segments });
  });

  it('counts GSM extension characters as two septets', () => {
    expect(smsSegments('{}[]~|^\\€')).toMatchObject({ encoding: 'GSM-7', units: 18, segments: 1, remaining: 142 });
    expect(smsSegments('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(smsSegments('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it('never splits an escape pair or a surrogate pair across segments', () => {
    // 152 plain + € (2) = 154 septets: the € moves to segment two, whole.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
    // 66 units + emoji (2) does not fit 67: a second segment.
    expect(smsSegments(`${'ł'.repeat(66)}🙂ł`)).toMatchObject({ units: 69, segments: 1 });
    expect(smsSegments(`${'ł'.repeat(66)}🙂${'ł'.repeat(3)}`)).toMatchObject({ units: 71, segments: 2, remaining: 67 - 5 });
  });
});
