/**
 * storage.session "tab:<id>": the verdict shown by the popup for a tab's
 * current page (the worst of its frames), plus the toolbar badge. Kept in
 * session storage, not in memory, because the worker may die between the
 * navigation and the popup opening.
 */
import browser from 'webextension-polyfill';
import type { Action } from '../core/action.ts';
import { tabVerdictKey } from '../core/storage-keys.ts';
import { toTabRecord, type TabRecord } from '../core/tab-record.ts';


export type { TabRecord };

const key = tabVerdictKey;

const SEVERITY: Readonly<Record<Action, number>> = { none: 0, monitor: 1, warn: 2, block: 3 };

export function severity(a: Action): number {
  return SEVERITY[a];
}

/** origin + path of a web URL; null for anything else. */
export function originPath(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

export async function readTabRecord(tabId: number): Promise<TabRecord | null> {
  return toTabRecord((await browser.storage.session.get(key(tabId)))[key(tabId)]);
}

export async function writeTabRecord(tabId: number, record: TabRecord): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: record });
}

export async function removeTabRecord(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/**
 * Serialises the read-modify-write of one tab's record: navigation events
 * and frame messages about the same tab arrive together, and each must see
 * the previous one's result so an event is recorded once.
 */
const chains = new Map<number, Promise<unknown>>();

export function withTab<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const run = (chains.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  chains.set(tabId, tail);
  void tail.then(() => {
    if (chains.get(tabId) === tail) chains.delete(tabId);
  });
  return run;
}

const BADGE: Readonly<Record<Action, { text: string; color: string } | null>> = {
  none: null,
  monitor: { text: 'MON', color: '#37474f' },
  warn: { text: 'WARN', color: '#8a4b00' },
  block: { text: 'STOP', color: '#b00020' },
};

/**
 * The badge is per tab and Chromium clears tab-specific values when the tab
 * commits a new page, so callers set it again after every main-frame commit.
 */
export async function showBadge(tabId: number, record: TabRecord | null): Promise<void> {
  const badge = record ? BADGE[record.action] : null;
  const action = browser.action;
  try {
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    const title =
      record && badge
        ? `Lookalike Guard: ${record.host}${record.target ? ` imitates ${record.target}` : ' is suspicious'}`
        : 'Lookalike Guard';
    await action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
