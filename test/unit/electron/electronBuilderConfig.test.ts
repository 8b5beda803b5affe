import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// js-yaml and ajv come with electron-builder; the schema is the one electron-builder validates against.
const config = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds NSIS and dmg, plus the zip electron-updater needs on macOS', () => {
    const targets = (platform: string) => ((config[platform] as { target: { target: string }[] }).target ?? []).map((t) => t.target);
    expect(targets('win')).toContain('nsis');
    expect(targets('mac')).toEqual(expect.arrayContaining(['dmg', 'zip']));
  });

  it('has no placeholder update feed (npm run package adds the real one) and ships the tray images', () => {
    expect(config['publish']).toBeUndefined();
    expect(config['extraResources']).toContainEqual({ from: 'resources/tray', to: 'tray', filter: ['**/*'] });
  });

  it('rebuilds native modules for Electron, unpacks them, ships migrations and registers relay://', () => {
    expect(config['npmRebuild']).toBe(true);
    expect(config['asarUnpack']).toContain('**/*.node');
    expect(config['extraResources']).toContainEqual({ from: 'migrations', to: 'migrations', filter: ['**/*'] });
    expect(config['protocols']).toEqual([{ name: 'Relay link', schemes: ['relay'] }]);
  });
});
