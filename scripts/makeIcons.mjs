// Regenerates every icon in resources/ from resources/icon.svg (run by hand after editing the SVG:
// `node scripts/makeIcons.mjs`; the outputs are committed, nothing runs this at install or test time).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const source = readFileSync(join(resources, 'icon.svg'), 'utf8');

/** PNG of an SVG at a square size; the SVG's own width/height are replaced by the fit. */
const png = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
const write = (name, data) => {
  mkdirSync(dirname(join(resources, name)), { recursive: true });
  writeFileSync(join(resources, name), data);
  console.log(`resources/${name} (${data.length} bytes)`);
};

// Installers and the shell: the full tile.
const appIcon = png(source, 1024);
write('icon.png', appIcon);
write('icon-512.png', png(source, 512));
// BMP for 16–48 px, PNG above: what Windows executables and installers expect (png2icons' forWinExe).
write('icon.ico', png2icons.createICO(appIcon, png2icons.BICUBIC2, 0, false, true));
write('icon.icns', png2icons.createICNS(appIcon, png2icons.BICUBIC2, 0));

// Tray: the tile edge to edge (no margin) so the "R" stays legible at 16 px.
const tile = source.replace('viewBox="0 0 1024 1024"', 'viewBox="64 64 896 896"').replace('rx="208"', 'rx="160"');
write('tray/tray.png', png(tile, 32));
write('tray/tray.ico', png2icons.createICO(png(tile, 256), png2icons.BICUBIC2, 0, false, true));
// macOS menu bar: a template image (black + alpha; the system tints it), the mark only.
const template = tile
  .replace(/<rect[^>]*\/>/, '')
  .replace('viewBox="64 64 896 896"', 'viewBox="206 222 660 660"')
  .replaceAll(/#ffffff|#ffa94d/g, '#000000');
write('tray/trayTemplate.png', png(template, 16));
write('tray/trayTemplate@2x.png', png(template, 32));
