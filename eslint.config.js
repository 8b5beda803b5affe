// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Import patterns a layer may not use: folders say where code runs (see DESIGN.md "Layout"). */
const layer = (/** @type {string[]} */ folders, /** @type {string[]} */ packages, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages.map((name) => ({ name, message: why })),
      patterns: [
        ...folders.map((f) => ({ group: [`**/${f}`, `**/${f}/**`], message: why })),
        ...packages.filter((p) => !p.startsWith('node:')).map((p) => ({ group: [`${p}/*`], message: why })),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'migrations/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string-literal union instead of an enum.' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: layer(
      ['desktop', 'hub', 'renderer', 'launcher', 'electron'],
      ['electron', 'react', 'react-dom', 'better-sqlite3', 'socket.io', 'socket.io-client', 'fastify', ...nodeBuiltins],
      'src/core runs anywhere: no Node, no DOM, no I/O, no other layer.',
    ),
  },
  {
    files: ['src/renderer/**'],
    rules: layer(
      ['desktop', 'hub', 'launcher', 'electron'],
      ['electron', 'better-sqlite3', 'socket.io', 'fastify', 'drizzle-orm', ...nodeBuiltins],
      'src/renderer talks only to window.relay and imports only src/core.',
    ),
  },
  {
    files: ['src/desktop/**'],
    rules: layer(
      ['hub', 'renderer', 'launcher', 'electron'],
      ['electron', 'react', 'react-dom'],
      'src/desktop is plain Node: it never imports electron, React, the hub or the renderer.',
    ),
  },
  {
    files: ['src/hub/**'],
    rules: layer(
      ['desktop', 'renderer', 'launcher', 'electron'],
      ['electron', 'react', 'react-dom', 'better-sqlite3'],
      'src/hub imports only src/core.',
    ),
  },
  {
    files: ['src/launcher/**', 'test/**', 'bench/**', 'scripts/**'],
    rules: layer([], ['electron'], 'Plain Node processes never load electron (its binary may be absent).'),
  },
);
