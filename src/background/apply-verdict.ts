/**
 * What the worker does with a judgement about one frame of a tab: keep the
 * tab's record and badge, record the event once per page and verdict, and
 * for a block send the whole tab (also when the lookalike is an iframe) to
 * the block page and add a session rule for the host.
 */
import browser from 'webextension-polyfill';
import type { Action } from '../core/action.ts';
import type { EventType } from '../core/event.ts';
import { blockPageUrl, isBlockPageUrl } from './block-page-url.ts';
import { addBlockRule, hasBlockRule } from './block-rules.ts';
import { recordEvent } from './events.ts';
import type { Judgement } from './judge.ts';
import { originPath, readTabRecord, severity, showBadge, withTab, writeTabRecord, type TabRecord } from './tab-records.ts';

export interface FrameContext {
  tabId: number;
  frameId: number;
  /** The URL the verdict is about (the frame's, or its creator's for about:/data: frames). */
  url: string;
  /** The tab's top-level page, when known. */
  topUrl: string | undefined;
  /** A main-frame navigation: the tab's record starts afresh instead of keeping the worst verdict. */
  reset: boolean;
  /** Navigation has not reached the network yet: a session rule, if any, will redirect it by itself. */
  beforeRequest: boolean;
}

const EVENT_FOR: Readonly<Record<Action, EventType | null>> = { none: null, monitor: 'monitored', warn: 'warned', block: 'blocked' };

function recordFrom(j: Judgement, url: string): TabRecord {
  const v = j.verdict;
  const r: TabRecord = { host: v.host, level: v.level, action: j.action, score: v.score, reasons: v.reasons, url };
  if (v.target !== undefined) r.target = v.target;
  return r;
}

function sameRecord(a: TabRecord, b: TabRecord): boolean {
  return a.host === b.host && a.action === b.action && a.level === b.level && a.url === b.url && a.score === b.score;
}

export async function applyJudgement(ctx: FrameContext, j: Judgement): Promise<void> {
  const pageUrl = originPath(ctx.frameId === 0 ? ctx.url : ctx.topUrl) ?? originPath(ctx.url) ?? '';
  const next = recordFrom(j, pageUrl);
  const { changed, isNewEvent } = await withTab(ctx.tabId, async () => {
    const old = await readTabRecord(ctx.tabId);
    const keep = old !== null && !ctx.reset && old.url === pageUrl && old.host !== next.host && severity(old.action) >= severity(next.action);
    if (keep || (old !== null && sameRecord(old, next))) return { changed: false, isNewEvent: false };
    const isNewEvent = next.action !== 'none' && (old === null || old.host !== next.host || old.url !== pageUrl || severity(old.action) < severity(next.action));
    await writeTabRecord(ctx.tabId, next);
    return { changed: true, isNewEvent };
  });

  if (j.action === 'block') await sendToBlockPage(ctx, j.verdict.host, pageUrl);
  if (changed) void showBadge(ctx.tabId, next);
  const event = EVENT_FOR[j.action];
  if (isNewEvent && event !== null) {
    const v = j.verdict;
    await recordEvent({ event, host: v.host, target: v.target, level: v.level, score: v.score, reasons: v.reasons, pageOrigin: ctx.url }, j.policy);
  }
}

async function sendToBlockPage(ctx: FrameContext, host: string, pageUrl: string): Promise<void> {
  void addBlockRule(host).catch(() => undefined);
  // A rule already in place redirects this very request; navigating too would only race it.
  if (ctx.beforeRequest && ctx.frameId === 0 && (await hasBlockRule(host).catch(() => false))) return;
  if (!ctx.beforeRequest) {
    const tab = await browser.tabs.get(ctx.tabId).catch(() => null);
    if (!tab) return;
    const showing = tab.pendingUrl ?? tab.url;
    if (isBlockPageUrl(showing) && new URL(showing).searchParams.get('host') === host) return;
  }
  await browser.tabs.update(ctx.tabId, { url: blockPageUrl(host, pageUrl === '' ? null : pageUrl) }).catch(() => undefined);
}
