/** Helpers shared by the specs. Waits are on conditions, never on the clock. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { InWorker } from './fixtures.ts';

interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The slice of the extension API the specs read through the service worker. */
export interface ChromeLike {
  storage: { local: StorageAreaLike; session: StorageAreaLike; managed: StorageAreaLike };
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; pendingUrl?: string; active?: boolean; windowId?: number }[]>;
    create(p: { url: string; active?: boolean; windowId?: number }): Promise<{ id?: number }>;
  };
  alarms: { get(name: string): Promise<{ name: string; scheduledTime: number } | undefined> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  declarativeNetRequest: { getSessionRules(): Promise<unknown[]> };
  runtime: { getManifest(): Record<string, unknown> };
}

export const SECRET = 'hunter2-Secret!';

export function blockPageRe(extensionId: string): RegExp {
  return new RegExp(`^chrome-extension://${extensionId}/[^?#]*block`, 'i');
}

/**
 * Navigate without failing when the extension redirects the navigation (goto
 * may then reject with ERR_ABORTED or "interrupted by another navigation").
 * Callers assert on the final URL.
 */
export async function visit(page: Page, url: string, waitUntil: 'commit' | 'domcontentloaded' | 'load' = 'load'): Promise<void> {
  try {
    await page.goto(url, { waitUntil, timeout: 15_000 });
  } catch (e) {
    const msg = String(e);
    if (!/ERR_ABORTED|interrupted by another navigation|ERR_BLOCKED_BY_CLIENT|frame was detached|Navigation failed because page was closed/i.test(msg)) {
      throw e;
    }
  }
}

/** `soft`: record the failure and go on, so the spec still reports what leaked. */
export async function expectBlocked(page: Page, extensionId: string, opts: { soft?: boolean } = {}): Promise<void> {
  const e = opts.soft ? expect.soft : expect;
  await e(page, 'the tab should end on the extension\'s block page').toHaveURL(blockPageRe(extensionId), { timeout: 10_000 });
}

/**
 * Wait until `selector` in `frameSel` (or the top document) is the focused
 * element, or the tab reached the block page, whichever comes first.
 * Returns which: a test types only into a live lookalike.
 */
export async function waitForFocusOrBlock(page: Page, extensionId: string, selector: string, frameSel?: string): Promise<'focused' | 'blocked'> {
  const re = blockPageRe(extensionId);
  let state: 'focused' | 'blocked' | 'waiting' = 'waiting';
  await expect
    .poll(
      async () => {
        if (re.test(page.url())) return (state = 'blocked');
        try {
          const focused = frameSel
            ? await page.locator(frameSel).contentFrame().locator(selector).evaluate((el) => el === el.ownerDocument.activeElement && el.ownerDocument.hasFocus(), undefined, { timeout: 200 })
            : await page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);
          return (state = focused ? 'focused' : 'waiting');
        } catch {
          return (state = re.test(page.url()) ? 'blocked' : 'waiting');
        }
      },
      { timeout: 10_000, intervals: [5, 10, 20] },
    )
    .not.toBe('waiting');
  return state === 'waiting' ? 'blocked' : state;
}

/** Type `text` into whatever has focus; a navigation to the block page mid-way is fine. */
export async function typeNow(page: Page, text: string): Promise<void> {
  try {
    await page.keyboard.type(text);
  } catch (e) {
    if (!/closed|detached|navigat|Target/i.test(String(e))) throw e;
  }
}

/**
 * Number of closed shadow roots in the top document. The warn banner lives in
 * one; pages cannot see closed roots, but DevTools (CDP with pierce) can.
 */
export async function closedShadowRoots(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    interface DomNode { shadowRootType?: string; shadowRoots?: DomNode[]; children?: DomNode[]; nodeName?: string }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let n = 0;
    const walk = (node: DomNode): void => {
      for (const s of node.shadowRoots ?? []) {
        if (s.shadowRootType === 'closed') n++;
        walk(s);
      }
      // Do not descend into iframes' documents (contentDocument is not in children).
      for (const c of node.children ?? []) walk(c);
    };
    walk(root);
    return n;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The worker's verdict for the tab showing `host`, from the popup's record
 * (storage.session "tab:<id>"): the point after which a page's fields are no
 * longer held pending a verdict. Returns the level, or null while there is none.
 */
export async function tabVerdictLevel(inWorker: InWorker, host: string): Promise<string | null> {
  return inWorker(async (chrome, h) => {
    const all = await chrome.storage.session.get(null);
    for (const [k, v] of Object.entries(all)) {
      if (!k.startsWith('tab:') || typeof v !== 'object' || v === null) continue;
      const rec = v as { host?: unknown; level?: unknown };
      if (rec.host === h && typeof rec.level === 'string') return rec.level;
    }
    return null;
  }, host);
}
