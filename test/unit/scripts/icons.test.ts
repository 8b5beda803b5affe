import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const resources = resolve(import.meta.dirname, '../../../resources');
const read = (name: string) => readFileSync(resolve(resources, name));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** The sizes in an ICO directory (a 0 byte means 256). */
function icoSizes(data: Buffer): number[] {
  expect(data.readUInt16LE(2)).toBe(1);
  return Array.from({ length: data.readUInt16LE(4) }, (_, i) => data.readUInt8(6 + i * 16) || 256);
}

/** The element types in an ICNS file (ic10 is 1024 px, ic09 512 px …). */
function icnsTypes(data: Buffer): string[] {
  expect(data.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(data.readUInt32BE(4)).toBe(data.length);
  const types: string[] = [];
  for (let at = 8; at < data.length; at += data.readUInt32BE(at + 4)) types.push(data.subarray(at, at + 4).toString('latin1'));
  return types;
}

describe('resources/ (scripts/makeIcons.mjs output, what electron-builder and the tray use)', () => {
  it('holds the app icon at 1024 and 512 px', () => {
    expect(pngSize(read('icon.png'))).toEqual([1024, 1024]);
    expect(pngSize(read('icon-512.png'))).toEqual([512, 512]);
  });

  it('holds a Windows icon from 16 to 256 px and a macOS icon up to 1024 px', () => {
    expect(icoSizes(read('icon.ico'))).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    expect(icnsTypes(read('icon.icns'))).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07']));
  });

  it('holds the tray images: template 16/32 px for the macOS menu bar, png and ico for the others', () => {
    expect(pngSize(read('tray/trayTemplate.png'))).toEqual([16, 16]);
    expect(pngSize(read('tray/trayTemplate@2x.png'))).toEqual([32, 32]);
    expect(pngSize(read('tray/tray.png'))).toEqual([32, 32]);
    expect(icoSizes(read('tray/tray.ico'))).toEqual(expect.arrayContaining([16, 24, 32, 48]));
  });
});
