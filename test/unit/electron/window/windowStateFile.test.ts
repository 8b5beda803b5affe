import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowStateFile } from '../../../../electron/window/windowStateFile';

const dir = () => mkdtempSync(join(tmpdir(), 'relay-window-state-'));

describe('windowStateFile', () => {
  it('saves and loads the bounds as JSON', () => {
    const path = join(dir(), 'nested', 'window-state.json');
    const file = windowStateFile(path, () => undefined);
    expect(file.load()).toBeNull();
    file.save({ x: -20, y: 30, width: 1300, height: 820, maximized: true });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ x: -20, y: 30, width: 1300, height: 820, maximized: true });
    expect(windowStateFile(path, () => undefined).load()).toEqual({ x: -20, y: 30, width: 1300, height: 820, maximized: true });
  });

  it('treats a damaged or invalid file as no saved state and says why', () => {
    const path = join(dir(), 'window-state.json');
    const logs: string[] = [];
    writeFileSync(path, '{"x": 1, "y": ');
    expect(windowStateFile(path, (m) => logs.push(m)).load()).toBeNull();
    writeFileSync(path, JSON.stringify({ x: 1, y: 2, width: -5, height: 700, maximized: 'yes' }));
    expect(windowStateFile(path, (m) => logs.push(m)).load()).toBeNull();
    expect(logs).toHaveLength(2);
    expect(logs[1]).toContain('width');
  });
});
