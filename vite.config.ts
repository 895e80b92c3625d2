/**
 * Vite configurations for each part of the extension, used by
 * scripts/build.ts (which runs vite's build() once per part):
 * - pages (block, options, popup): HTML entries, ES modules, shared chunks;
 * - worker: one self-contained ES module (no chunks: a service worker that
 *   imports nothing starts fastest and loads as Firefox's background script);
 * - content script: one classic IIFE file (content scripts cannot be modules);
 * - CLI: one Node ESM file with its dependencies bundled.
 * `vite build` on its own builds the pages only.
 */
import { resolve } from 'node:path';
import { defineConfig, type InlineConfig } from 'vite';

const root = import.meta.dirname;
/** Chrome 116 / Firefox 128, the manifests' minimum versions. */
const BROWSER_TARGET = ['chrome116', 'firefox128'];

const common = (outDir: string): InlineConfig => ({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: { outDir, emptyOutDir: false, target: BROWSER_TARGET, minify: true, sourcemap: false, reportCompressedSize: false },
});

export function pagesConfig(outDir: string): InlineConfig {
  const pages = resolve(root, 'src/pages');
  return {
    ...common(outDir),
    root: pages,
    base: '/',
    build: {
      ...common(outDir).build,
      // The polyfill would be an inline script, which the extension CSP forbids (and it is not needed).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          block: resolve(pages, 'block/index.html'),
          options: resolve(pages, 'options/index.html'),
          popup: resolve(pages, 'popup/index.html'),
        },
      },
    },
  };
}

export function workerConfig(outDir: string): InlineConfig {
  return {
    ...common(outDir),
    build: {
      ...common(outDir).build,
      lib: { entry: resolve(root, 'src/background/main.ts'), formats: ['es'], fileName: () => 'background.js' },
    },
  };
}

export function contentConfig(outDir: string): InlineConfig {
  return {
    ...common(outDir),
    build: {
      ...common(outDir).build,
      lib: { entry: resolve(root, 'src/content/main.ts'), formats: ['iife'], name: 'lookalikeGuardContent', fileName: () => 'content.js' },
    },
  };
}

export function cliConfig(outDir: string, entry: string): InlineConfig {
  return {
    ...common(outDir),
    ssr: { noExternal: true, target: 'node' },
    build: {
      ...common(outDir).build,
      target: 'node20',
      ssr: entry,
      minify: false,
      rolldownOptions: {
        output: { format: 'es', entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' },
      },
    },
  };
}

export default defineConfig(pagesConfig(resolve(root, 'dist/chrome')));
