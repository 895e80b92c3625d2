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
import { recordVerdictEvent } from './events.ts';
import type { Judgement } from './judge.ts';
import { originPath, readTabRecord, severity, showBadge, withTab, writeTabRecord, type TabRecord } from './tab-records.ts';

export interface FrameContext {
  tabId: number;
  frameId: number;
  /** The URL the verdict is about (the frame's, or its creator's for about:/data: frames). */
  url: string;
  /** The tab's top-level page, when known. */
  topUrl: () => Promise<string | undefined>;
  /** A main-frame navigation: the tab's record starts afresh instead of keeping the worst verdict. */
  reset: boolean;
  /** Navigation has not reached the network yet: a session rule, if any, will redirect it by itself. */
  beforeRequest: boolean;
  /** Subframes judged harmless leave the tab's record alone (no tab lookup for every ad frame). */
  quietSubframes: boolean;
  /**
   * The frame's document is running (its content script asked): an earlier
   * block navigation evidently did not land (Firefox can drop a tabs.update
   * issued while the tab leaves an extension page), so it is never skipped
   * as a duplicate.
   */
  documentAlive: boolean;
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

export interface Settled {
  judgement: Judgement | null;
  /** Block navigation, badge and event: already running; await it where nothing else waits. */
  done: Promise<void>;
}

/**
 * Judges a frame and updates its tab's record in the order the browser
 * reported things (a main-frame commit processed after its subframe's block
 * would otherwise reset the record and log the block twice), then acts.
 */
export async function settleFrame(ctx: FrameContext, judgeFrame: () => Promise<Judgement | null>): Promise<Settled> {
  const step = await withTab(ctx.tabId, async () => {
    const j = await judgeFrame();
    if (!j || (ctx.quietSubframes && ctx.frameId !== 0 && j.action === 'none')) return { j, update: null };
    const pageUrl = originPath(ctx.frameId === 0 ? ctx.url : await ctx.topUrl()) ?? originPath(ctx.url) ?? '';
    // The block page goes first: every millisecond here is time the lookalike has to paint.
    if (j.action === 'block') void sendToBlockPage(ctx, j.verdict.host, pageUrl).catch(() => undefined);
    const next = recordFrom(j, pageUrl);
    const old = await readTabRecord(ctx.tabId);
    const keep = old !== null && !ctx.reset && old.url === pageUrl && old.host !== next.host && severity(old.action) >= severity(next.action);
    if (keep || (old !== null && sameRecord(old, next))) return { j, update: { next, pageUrl, changed: false, isNewEvent: false } };
    const isNewEvent = next.action !== 'none' && (old === null || old.host !== next.host || old.url !== pageUrl || severity(old.action) < severity(next.action));
    await writeTabRecord(ctx.tabId, next);
    return { j, update: { next, pageUrl, changed: true, isNewEvent } };
  });
  const { j, update } = step;
  if (!j || !update) return { judgement: j, done: Promise.resolve() };
  return { judgement: j, done: act(ctx, j, update.next, update.changed, update.isNewEvent) };
}

async function act(ctx: FrameContext, j: Judgement, record: TabRecord, changed: boolean, isNewEvent: boolean): Promise<void> {
  if (changed) void showBadge(ctx.tabId, record);
  const event = EVENT_FOR[j.action];
  if (isNewEvent && event !== null) await recordVerdictEvent(event, j.verdict, ctx.url, j.policy);
}
/**
 * Block navigations just issued, per tab: the tab's pendingUrl does not show
 * them at once, and a second tabs.update would restart the block page.
 * A pure cache: losing it (worker restart) costs at most a repeated load.
 */
const recentBlocks = new Map<number, { host: string; at: number }>();
const RECENT_BLOCK_MS = 1000;

async function sendToBlockPage(ctx: FrameContext, host: string, pageUrl: string): Promise<void> {
  void addBlockRule(host).catch(() => undefined);
  const recent = recentBlocks.get(ctx.tabId);
  if (!ctx.documentAlive && recent?.host === host && Date.now() - recent.at < RECENT_BLOCK_MS) return;
  recentBlocks.set(ctx.tabId, { host, at: Date.now() });
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
