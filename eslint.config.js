// Import zones: src/core is the pure engine (Node, content script, worker and
// CLI all run it), so it may import no browser API and nothing from the
// browser shells; the shells (content, background, pages, cli) do not import
// each other and meet only through src/core and src/messages.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const shells = ['content', 'background', 'pages', 'cli'];
const zone = (own) => ({
  files: [`src/${own}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: shells
          .filter((s) => s !== own)
          .map((s) => ({ group: [`**/${s}/**`, `../${s}`, `../../${s}`], message: `src/${own} must not import from src/${s}` })),
      },
    ],
  },
});

const browserGlobals = ['chrome', 'browser', 'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'self', 'globalThis'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core is pure: no browser, DOM or network globals' }))],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'src/core is pure: no browser API' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core must also run in the browser: no Node modules' },
            { group: ['**/content/**', '**/background/**', '**/pages/**', '**/cli/**', '../messages*', '../messages.ts'], message: 'src/core must not import from the browser shells or the CLI' },
          ],
        },
      ],
    },
  },
  ...shells.map(zone),
);
