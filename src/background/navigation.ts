/**
 * Scoring at navigation time: onBeforeNavigate fires before the request is
 * sent, so a lookalike is replaced by the block page before it can paint;
 * onCommitted catches hosts reached through server redirects, and hands a
 * warn decision to the new document (its content script does not ask).
 */
import browser, { type WebNavigation } from 'webextension-polyfill';
import { settleFrame } from './apply-verdict.ts';
import { pushDecision } from './frame-push.ts';
import { decisionFor, isWebUrl, judge, type Judgement } from './judge.ts';
import { readTabRecord, showBadge } from './tab-records.ts';

type Details = WebNavigation.OnBeforeNavigateDetailsType | WebNavigation.OnCommittedDetailsType;

async function onNavigation(d: Details, beforeRequest: boolean, judged?: (j: Judgement) => void): Promise<void> {
  if (d.tabId < 0 || !isWebUrl(d.url)) return;
  const topUrl = async (): Promise<string | undefined> =>
    d.frameId === 0 ? d.url : (await browser.tabs.get(d.tabId).catch(() => null))?.url;
  // Ordinary subframes (ads, widgets) cost nothing more than the score (quietSubframes).
  const ctx = { tabId: d.tabId, frameId: d.frameId, url: d.url, topUrl, reset: d.frameId === 0, beforeRequest, quietSubframes: true, documentAlive: false };
  const { judgement, done } = await settleFrame(ctx, () => judge(d.url));
  if (judgement && judged) judged(judgement);
  await done;
}

export function onBeforeNavigate(d: WebNavigation.OnBeforeNavigateDetailsType): void {
  void onNavigation(d, true).catch(() => undefined);
}

export function onCommitted(d: WebNavigation.OnCommittedDetailsType): void {
  const judged = (j: Judgement): void => {
    if (j.action !== 'warn') return;
    // Chromium names the committed document; Firefox has no document ids.
    const documentId = (d as { documentId?: string }).documentId;
    void pushDecision({ tabId: d.tabId, frameId: d.frameId, ...(documentId ? { documentId } : {}) }, decisionFor(j)).catch(() => undefined);
  };
  void onNavigation(d, false, judged)
    .catch(() => undefined)
    .then(async () => {
      // Chromium clears per-tab badges on commit (the block page's too): put the tab's back.
      if (d.frameId === 0 && d.tabId >= 0) await showBadge(d.tabId, await readTabRecord(d.tabId));
    });
}
