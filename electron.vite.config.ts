import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server needs React refresh's inline preamble and the HMR websocket, which the strict
 * CSP meta tag in index.html forbids; loosen it for `electron-vite dev` only.
 */
function devCsp(): Plugin {
  return {
    name: 'relay-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Native and WASM packages load from node_modules at run time (asar-unpacked).
      externalizeDeps: true,
      rollupOptions: {
        input: { main: resolve(root, 'electron/main.ts') },
        external: ['better-sqlite3', '@electric-sql/pglite', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require node_modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
