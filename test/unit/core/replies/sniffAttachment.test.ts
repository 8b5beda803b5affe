import { describe, expect, it } from 'vitest';
import { sniffAttachment } from '../../../../src/core';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffAttachment', () => {
  it('accepts files whose bytes match their names', () => {
    expect(sniffAttachment('pod.pdf', text('%PDF-1.7\n')).warning).toBeNull();
    expect(sniffAttachment('damage.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)).warning).toBeNull();
    expect(sniffAttachment('damage.JPG', bytes(0xff, 0xd8, 0xff, 0xe0)).warning).toBeNull();
    expect(sniffAttachment('scan.gif', text('GIF89a')).warning).toBeNull();
    expect(sniffAttachment('claim.docx', bytes(0x50, 0x4b, 3, 4)).warning).toBeNull();
    expect(sniffAttachment('notes.txt', text('hello')).warning).toBeNull();
  });

  it('warns about programs by name or by bytes, and about mismatched types', () => {
    expect(sniffAttachment('invoice.exe', bytes(0x4d, 0x5a)).warning).toBe('executable');
    expect(sniffAttachment('run.bat', text('@echo off')).warning).toBe('executable');
    expect(sniffAttachment('label.js', text('alert(1)')).warning).toBe('executable');
    expect(sniffAttachment('invoice.pdf', bytes(0x4d, 0x5a, 0x90, 0)).warning).toBe('executable');
    const renamed = sniffAttachment('photo.jpg', text('%PDF-1.4'));
    expect(renamed.warning).toBe('type_mismatch');
    expect(renamed.message).toContain('.jpg');
  });
});
