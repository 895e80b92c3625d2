/**
 * Verdict + action for a URL or for the frame that sent a message. The host
 * always comes from the browser (navigation details or the message sender),
 * never from a message body.
 */
import browser from 'webextension-polyfill';
import { actionFor, type Action } from '../core/action.ts';
import { evaluatePage } from '../core/page-signals.ts';
import type { Policy } from '../core/policy.ts';
import { scoreHost } from '../core/score.ts';
import type { PageFacts, Verdict } from '../core/types.ts';
import { siteName } from '../core/site-name.ts';
import type { BannerInfo, FrameDecision, Sender } from '../messages.ts';
import { bypassedHosts } from './bypass-list.ts';
import { effectivePolicy } from './policy-cache.ts';

export interface Judgement {
  verdict: Verdict;
  action: Action;
  bypassed: boolean;
  policy: Policy;
}

export async function judge(urlOrHost: string, facts?: PageFacts): Promise<Judgement | null> {
  const { engine, policy } = await effectivePolicy();
  const scored = scoreHost(engine, urlOrHost);
  if ('error' in scored) return null;
  const verdict = facts ? evaluatePage(engine, scored, facts) : scored;
  const bypassed = (await bypassedHosts()).has(verdict.host);
  const action = bypassed ? 'none' : actionFor(verdict.level, policy.mode);
  return { verdict, action, bypassed, policy };
}

export function isWebUrl(url: string | undefined): boolean {
  return url !== undefined && /^(https?|wss?|ftp):/i.test(url);
}

/** Parent chains are short; the bound only guards against a loop in what the browser returns. */
const MAX_FRAME_DEPTH = 16;

/**
 * The URL that decides a frame's verdict. about:blank, about:srcdoc and
 * data: frames have no host of their own: they belong to whoever wrote
 * them, so use the sender's origin (Chromium), else walk up the frame tree.
 * blob: URLs carry their creator's origin and are scored as they are.
 */
export async function frameUrl(sender: Sender): Promise<string | null> {
  const own = sender.url;
  if (own !== undefined && (isWebUrl(own) || own.startsWith('blob:'))) return own;
  if (sender.origin !== undefined && isWebUrl(sender.origin)) return sender.origin;
  const tabId = sender.tab?.id;
  let frameId: number = sender.frameId ?? 0;
  if (tabId !== undefined && frameId > 0) {
    for (let depth = 0; depth < MAX_FRAME_DEPTH && frameId >= 0; depth++) {
      const frame: { url: string; parentFrameId: number } | null = await browser.webNavigation
        .getFrame({ tabId, frameId })
        .catch(() => null);
      if (!frame) break;
      if (isWebUrl(frame.url) || frame.url.startsWith('blob:')) return frame.url;
      frameId = frame.parentFrameId;
    }
  }
  const tabUrl = sender.tab?.url;
  return tabUrl !== undefined && isWebUrl(tabUrl) ? tabUrl : null;
}

/** "Twilio", or "Twilio (Okta)" for a tenant on an identity provider's domain. */
export function targetName(target: string): string {
  const name = siteName(target);
  return name.via === undefined ? name.name : `${name.name} (${name.via})`;
}

export function decisionFor(j: Judgement | null): FrameDecision {
  if (!j || j.bypassed || j.verdict.level === 'trusted') return { kind: 'release' };
  if (j.action === 'block') return { kind: 'block' };
  const decision: FrameDecision = { kind: 'open', strict: j.policy.mode === 'block' };
  if (j.action === 'warn') {
    const banner: BannerInfo = { displayHost: j.verdict.displayHost, reasons: j.verdict.reasons };
    const target = j.verdict.target;
    if (target !== undefined) {
      banner.target = target;
      banner.targetName = targetName(target);
    }
    decision.banner = banner;
  }
  return decision;
}
