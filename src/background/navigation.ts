/**
 * Scoring at navigation time: onBeforeNavigate fires before the request is
 * sent, so a lookalike is replaced by the block page before it can paint;
 * onCommitted catches hosts reached through server redirects.
 */
import browser, { type WebNavigation } from 'webextension-polyfill';
import { settleFrame } from './apply-verdict.ts';
import { isWebUrl, judge } from './judge.ts';
import { readTabRecord, showBadge } from './tab-records.ts';

type Details = WebNavigation.OnBeforeNavigateDetailsType | WebNavigation.OnCommittedDetailsType;

async function onNavigation(d: Details, beforeRequest: boolean): Promise<void> {
  if (d.tabId < 0 || !isWebUrl(d.url)) return;
  const topUrl = async (): Promise<string | undefined> =>
    d.frameId === 0 ? d.url : (await browser.tabs.get(d.tabId).catch(() => null))?.url;
  // Ordinary subframes (ads, widgets) cost nothing more than the score (quietSubframes).
  const ctx = { tabId: d.tabId, frameId: d.frameId, url: d.url, topUrl, reset: d.frameId === 0, beforeRequest, quietSubframes: true, documentAlive: false };
  const { done } = await settleFrame(ctx, () => judge(d.url));
  await done;
}

export function onBeforeNavigate(d: WebNavigation.OnBeforeNavigateDetailsType): void {
  void onNavigation(d, true).catch(() => undefined);
}

export function onCommitted(d: WebNavigation.OnCommittedDetailsType): void {
  void onNavigation(d, false)
    .catch(() => undefined)
    .then(async () => {
      // Chromium clears per-tab badges on commit (the block page's too): put the tab's back.
      if (d.frameId === 0 && d.tabId >= 0) await showBadge(d.tabId, await readTabRecord(d.tabId));
    });
}
