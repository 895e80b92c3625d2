/**
 * Playwright fixtures: each test gets a fresh Chromium profile with the built
 * extension, the local policy set through storage.local "localPolicy" (the
 * storage contract of the options page), the observations of the fixture
 * pages' own listeners, and optionally an admin policy pushed through
 * Chromium's managed policy directory before launch.
 */
import { test as base, expect, type BrowserContext, type Page, type TestInfo, type Worker } from '@playwright/test';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { computeExtensionId, launchWithExtension, type Launched } from './launch.ts';
import { startFixtureServers, type FixtureServers } from './fixture-server.ts';
import type { ChromeLike } from './helpers.ts';

export type PolicyObject = Record<string, unknown>;

/** Issue 2's reference policy. */
export const TWILIO_POLICY: PolicyObject = { protectedDomains: ['twilio.com', 'twilio.okta.com'] };

export const MANAGED_POLICY_DIR = process.env.LG_MANAGED_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** One observation made by a fixture page's recorder (e2e/fixtures/recorder.js). */
export interface Observation {
  where: 'window' | 'document' | 'form' | 'field' | 'poll' | 'page';
  type: string;
  trusted: boolean | null;
  field: string | null;
  cred: boolean;
  key: string | null;
  data: string | null;
  dataLen: number | null;
  len: number | null;
  tag: string;
  href: string;
  origin: string;
  at: number;
  /** URL of the frame that called the binding, as Playwright saw it. */
  frameUrl: string;
}

export class Observations {
  readonly all: Observation[] = [];

  /** Observations made by documents on `host` (by href) or with the given recorder tag. */
  from(sel: { host?: string; tag?: string }): Observation[] {
    return this.all.filter((o) => {
      if (sel.tag !== undefined && o.tag !== sel.tag) return false;
      if (sel.host !== undefined) {
        let h = '';
        try { h = new URL(o.href).hostname; } catch { /* data: or about: */ }
        if (h !== sel.host) return false;
      }
      return true;
    });
  }

  /** Trusted (user-made) key, input, paste, drop or submit events that reached a credential field's listeners. */
  trustedCredentialEvents(sel: { host?: string; tag?: string }): Observation[] {
    return this.from(sel).filter((o) => o.trusted === true && (o.cred || o.type === 'submit'));
  }

  /** Longest credential value the page itself ever read. */
  maxValueLen(sel: { host?: string; tag?: string }): number {
    return Math.max(0, ...this.from(sel).filter((o) => o.type === 'value').map((o) => o.len ?? 0));
  }

  /** Compact form for failure messages. */
  describe(list: Observation[]): string {
    return JSON.stringify(list.map((o) => `${o.tag}/${o.where}:${o.type}${o.trusted ? '(trusted)' : ''}@${o.field}${o.key ? ` key=${o.key}` : ''} len=${o.len}`));
  }
}

export interface ManagedPolicyFile {
  readonly path: string;
  /** Rewrite the file (the running browser sees it after reloadPolicies). */
  write(policy: PolicyObject): void;
  /** Make the running browser re-read policy: chrome://policy, "Reload policies". */
  reloadPolicies(context: BrowserContext): Promise<void>;
}

/** Runs `fn` in the extension's service worker with its `chrome`; `fn` must be self-contained. */
export type InWorker = <R, A>(fn: (chrome: ChromeLike, arg: A) => R | Promise<R>, arg: A) => Promise<R>;

interface TestFixtures {
  /** Local policy written to storage.local "localPolicy" before the test body; undefined writes none. */
  localPolicy: PolicyObject | undefined;
  /** Extension policy written to Chromium's managed policy directory before launch; undefined writes none. */
  managedPolicy: PolicyObject | undefined;
  managedPolicyFile: ManagedPolicyFile | undefined;
  ext: Launched;
  context: BrowserContext;
  page: Page;
  extensionId: string;
  seen: Observations;
  /** Evaluate in the extension's service worker (restarting handle-aware). */
  inWorker: InWorker;
  setLocalPolicy: (policy: PolicyObject) => Promise<void>;
}

interface WorkerFixtures {
  servers: FixtureServers;
}

function policyFileContent(extensionId: string, policy: PolicyObject): string {
  return JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2);
}

function requireWritableDir(dir: string, testInfo: TestInfo): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    // Honest skip, reported in the list output: these tests need root.
    testInfo.skip(true, `managed policy tests need write access to ${dir} (run as root): ${String(e)}`);
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form for fixtures without dependencies
    async ({}, use) => {
      const servers = await startFixtureServers();
      await use(servers);
      await servers.close();
    },
    { scope: 'worker' },
  ],

  localPolicy: [TWILIO_POLICY, { option: true }],
  managedPolicy: [undefined, { option: true }],

  managedPolicyFile: async ({ managedPolicy }, use, testInfo) => {
    if (managedPolicy === undefined) {
      await use(undefined);
      return;
    }
    requireWritableDir(MANAGED_POLICY_DIR, testInfo);
    const extensionId = computeExtensionId();
    // The directory is shared by every Chromium on the machine: a unique name
    // per run, removed in all cases.
    const path = join(MANAGED_POLICY_DIR, `lookalike-guard-e2e-${process.pid}-${randomBytes(4).toString('hex')}.json`);
    const file: ManagedPolicyFile = {
      path,
      write: (policy) => writeFileSync(path, policyFileContent(extensionId, policy), { mode: 0o644 }),
      reloadPolicies: async (context) => {
        const p = await context.newPage();
        try {
          await p.goto('chrome://policy/');
          await p.getByRole('button', { name: /reload policies/i }).click();
        } finally {
          await p.close();
        }
      },
    };
    try {
      file.write(managedPolicy);
      await use(file);
    } finally {
      rmSync(path, { force: true });
    }
  },

  ext: async ({ managedPolicyFile, localPolicy }, use) => {
    void managedPolicyFile; // written before launch: Chromium reads policy at start-up
    const ext = await launchWithExtension();
    try {
      if (localPolicy !== undefined) {
        const w = await ext.worker();
        await w.evaluate(async (p) => {
          const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
          await chrome.storage.local.set({ localPolicy: p });
        }, localPolicy);
      }
      await use(ext);
    } finally {
      await ext.close();
    }
  },

  seen: async ({ ext }, use) => {
    const seen = new Observations();
    await ext.context.exposeBinding('__lgRecord', (source, entry: Omit<Observation, 'frameUrl'>) => {
      seen.all.push({ ...entry, frameUrl: source.frame.url() });
    });
    await use(seen);
  },

  context: async ({ ext }, use) => {
    await use(ext.context);
  },

  // The persistent context opens with one tab; use it rather than a second.
  page: async ({ context, seen }, use) => {
    void seen; // the binding must exist before the first fixture page loads
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  extensionId: async ({ ext }, use) => {
    await use(ext.extensionId);
  },

  inWorker: async ({ ext }, use) => {
    await use(async <R, A>(fn: (chrome: ChromeLike, arg: A) => R | Promise<R>, arg: A): Promise<R> => {
      const w: Worker = await ext.worker();
      // Shipped as an expression through CDP (which the extension's CSP does
      // not govern), so callers get the worker's chrome without casts.
      const expression = `(${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg) ?? 'undefined'})`;
      return (await w.evaluate(expression)) as R;
    });
  },

  setLocalPolicy: async ({ inWorker }, use) => {
    await use(async (policy) => {
      await inWorker(async (chrome, p) => chrome.storage.local.set({ localPolicy: p }), policy);
    });
  },
});

export { expect };
