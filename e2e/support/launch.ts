/**
 * Launches Debian's Chromium with the built extension (see shared/E2E.md).
 * Shared by the Playwright fixtures and bench/time-to-block.ts.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// LG_DIST_CHROME: test another build (e.g. a stand-in extension while the product is being written).
export const DIST_CHROME = resolve(process.env.LG_DIST_CHROME ?? join(REPO_ROOT, 'dist', 'chrome'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface Launched {
  context: BrowserContext;
  /** Read from the running worker's URL (not computed), so it is what Chromium uses. */
  extensionId: string;
  /** The extension's current service worker; waits for it if it was stopped and restarted. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  distDir?: string;
  /** Extra Chromium flags; never --disable-features (it would drop Playwright's own list). */
  extraArgs?: string[];
}

export function readManifest(distDir = DIST_CHROME): Record<string, unknown> {
  const file = join(distDir, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * The id Chromium gives the unpacked extension: the first 128 bits of the
 * SHA-256 of the manifest key (DER public key), or of the absolute path when
 * there is no key, written with the letters a-p. Needed before launch, to
 * name the extension in a managed policy file.
 */
export function computeExtensionId(distDir = DIST_CHROME): string {
  const key = readManifest(distDir).key;
  const input = typeof key === 'string' ? Buffer.from(key, 'base64') : Buffer.from(resolve(distDir), 'utf8');
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export function chromiumArgs(distDir: string): string[] {
  return [
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    // No quotes: Playwright passes arguments without a shell.
    '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-sandbox',
  ];
}

function isExtensionWorker(w: Worker): boolean {
  return w.url().startsWith('chrome-extension://');
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  const distDir = opts.distDir ?? DIST_CHROME;
  readManifest(distDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'lg-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      ignoreHTTPSErrors: true,
      args: [...chromiumArgs(distDir), ...(opts.extraArgs ?? [])],
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter(isExtensionWorker);
    const last = live[live.length - 1];
    if (last) return last;
    return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 });
  };
  let extensionId: string;
  try {
    extensionId = new URL((await worker()).url()).host;
  } catch (e) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`the extension's service worker did not start from ${distDir}: ${String(e)}`, { cause: e });
  }
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
