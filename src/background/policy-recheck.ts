/**
 * A policy that gets stricter applies to pages already open, not only to the
 * next navigation: a host newly on the blocklist, mode switched to block, or
 * the managed policy arriving late after browser start (see policy-cache.ts).
 * Loosening waits for the next navigation; a page is never silently unblocked.
 */
import browser from 'webextension-polyfill';
import { settleFrame } from './apply-verdict.ts';
import { judge } from './judge.ts';
import { readTabRecord, severity } from './tab-records.ts';

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export async function recheckOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const tabId = tab.id;
      const record = await readTabRecord(tabId);
      if (!record || record.url === '') return;
      const j = await judge(record.host);
      if (!j || severity(j.action) <= severity(record.action)) return;
      // The record is about the top page, or about a frame of it (host differs).
      const topFrame = hostOf(record.url) === record.host;
      const ctx = {
        tabId,
        frameId: topFrame ? 0 : 1,
        url: topFrame ? record.url : `${new URL(record.url).protocol}//${record.host}/`,
        topUrl: () => Promise.resolve(record.url),
        reset: false,
        beforeRequest: false,
        quietSubframes: false,
        documentAlive: false,
      };
      const { done } = await settleFrame(ctx, () => Promise.resolve(j));
      await done;
    }),
  );
}
