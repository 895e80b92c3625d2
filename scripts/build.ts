/**
 * npm run build: dist/chrome and dist/firefox (load unpacked / temporary
 * add-on) and dist/cli.js. One vite build() per part (see vite.config.ts);
 * the Chrome build is made once and copied for Firefox with a derived
 * manifest, so both run the same code.
 */
import { chmod, cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import { cliConfig, contentConfig, pagesConfig, workerConfig } from '../vite.config.ts';
import { drawIcon, ICON_SIZES } from './icons.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const chromeDir = resolve(dist, 'chrome');
const firefoxDir = resolve(dist, 'firefox');

export const GECKO_ID = 'lookalike-guard@lookalike-guard.dev';
/**
 * Firefox 128 (ESR): MV3 with storage.session, declarativeNetRequest session
 * rules with redirects, match_origin_as_fallback and storage.managed via policies.json.
 */
export const FIREFOX_MIN = '140.0';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

type Manifest = Record<string, unknown> & { background?: unknown; storage?: { managed_schema?: string } };

async function readJson(path: string): Promise<Manifest> {
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}

export function firefoxManifest(chrome: Manifest): Manifest {
  const m: Manifest = structuredClone(chrome);
  // Firefox ids come from browser_specific_settings; it has no service workers for extensions.
  delete m['key'];
  delete m['minimum_chrome_version'];
  m.background = { scripts: ['background.js'], type: 'module' };
  m['browser_specific_settings'] = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN,
      // Events (blocked host, target, reasons) go to the organisation's reportUrl when an admin sets one:
      // that is browsing activity leaving the browser, so say so at install.
      data_collection_permissions: { required: ['browsingActivity'] },
    },
    // Firefox for Android reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  };
  // Firefox reads managed policy from policies.json; the schema file is Chrome's.
  delete m.storage;
  return m;
}

async function checkInputs(): Promise<void> {
  const schema = resolve(root, 'managed_schema.json');
  if (!(await exists(schema))) {
    fail('managed_schema.json is missing at the repository root. It is generated from the policy catalogue (src/core/policy-catalogue.ts); generate it before building.');
  }
  try {
    JSON.parse(await readFile(schema, 'utf8'));
  } catch (err) {
    fail(`managed_schema.json is not valid JSON: ${String(err)}`);
  }
  for (const page of ['block', 'options', 'popup']) {
    if (!(await exists(resolve(root, `src/pages/${page}/index.html`)))) fail(`src/pages/${page}/index.html is missing.`);
  }
}

async function buildExtension(): Promise<void> {
  await build(pagesConfig(chromeDir));
  await build(workerConfig(chromeDir));
  await build(contentConfig(chromeDir));

  const manifest = await readJson(resolve(root, 'manifest.json'));
  const pkg = await readJson(resolve(root, 'package.json'));
  manifest['version'] = pkg['version'];
  await writeFile(resolve(chromeDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(resolve(root, 'managed_schema.json'), resolve(chromeDir, 'managed_schema.json'));
  await mkdir(resolve(chromeDir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) await writeFile(resolve(chromeDir, `icons/icon-${size}.png`), drawIcon(size));

  const content = await readFile(resolve(chromeDir, 'content.js'), 'utf8');
  if (/^\s*(import|export)\s/m.test(content)) fail('content.js must be a classic script, but it has import/export statements.');

  await cp(chromeDir, firefoxDir, { recursive: true });
  await rm(resolve(firefoxDir, 'managed_schema.json'));
  await writeFile(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);
}

async function buildCli(): Promise<void> {
  const entry = resolve(root, 'src/cli/main.ts');
  if (!(await exists(entry))) {
    console.warn('build: src/cli/main.ts does not exist yet; skipping dist/cli.js.');
    return;
  }
  await build(cliConfig(dist, entry));
  await chmod(resolve(dist, 'cli.js'), 0o755);
}

async function main(): Promise<void> {
  await checkInputs();
  await rm(dist, { recursive: true, force: true });
  await buildExtension();
  await buildCli();
  console.log('build: dist/chrome, dist/firefox and dist/cli.js written.');
}

await main();
