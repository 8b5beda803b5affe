import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findImportCycles } from '../../fixtures/structure/findImportCycles';

const repoRoot = resolve(import.meta.dirname, '../../..');

describe('import cycles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'relay-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(scratch, path, '..'), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };

  it('finds a circle of type-only imports through a folder index, and nothing in a tree', () => {
    write('a/engine.ts', "import type { Step } from './step';\nexport type Engine = { steps: Step[] };\n");
    write('a/step.ts', "import type { Engine } from './index.js';\nexport type Step = (e: Engine) => void;\n");
    write('a/index.ts', "export type { Engine } from './engine';\n");
    write('b/leaf.ts', "import { z } from 'zod';\nexport const leaf = z.string();\n");
    write('b/root.ts', "import { leaf } from './leaf';\nimport type { Step } from '../a/step';\nexport const root = [leaf] as unknown as Step[];\n");
    expect(findImportCycles(scratch, ['a', 'b'])).toEqual([['a/engine.ts', 'a/index.ts', 'a/step.ts']]);
  });

  it('has none in the app: src and the electron shell', () => {
    // A cycle here means two files that can only change together: move the shared part to its own file.
    expect(findImportCycles(repoRoot, ['src', 'electron'])).toEqual([]);
  });
});
