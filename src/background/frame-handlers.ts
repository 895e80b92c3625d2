/** Content script messages: the decision for the sending frame, with its page facts. */
import type { PageFacts } from '../core/types.ts';
import type { FrameDecision, Handlers, Sender } from '../messages.ts';
import { settleFrame } from './apply-verdict.ts';
import { decisionFor, frameUrl, judge } from './judge.ts';
import { frameSender } from './sender-checks.ts';

const MAX_LIST = 20;
const MAX_TEXT = 200;

function strings(v: unknown, maxLen = MAX_TEXT): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((s): s is string => typeof s === 'string')
    .slice(0, MAX_LIST)
    .map((s) => s.slice(0, maxLen));
}

/** The content script runs in the page's process: take only well-formed, bounded facts. */
export function cleanFacts(v: unknown): PageFacts | null {
  if (typeof v !== 'object' || v === null) return null;
  const f = v as Record<string, unknown>;
  return {
    passwordField: f['passwordField'] === true,
    otpField: f['otpField'] === true,
    usernameField: f['usernameField'] === true,
    widgetMarkers: strings(f['widgetMarkers'], 100),
    title: typeof f['title'] === 'string' ? f['title'].slice(0, MAX_TEXT) : '',
    logoTexts: strings(f['logoTexts']),
    formActionHosts: strings(f['formActionHosts'], 253),
  };
}

async function decide(sender: Sender, facts?: PageFacts): Promise<FrameDecision> {
  const from = frameSender(sender);
  if (!from) return { kind: 'release' };
  const url = await frameUrl(sender);
  if (url === null) return { kind: 'release' };
  const topUrl = sender.tab?.url;
  const ctx = { tabId: from.tabId, frameId: from.frameId, url, topUrl: () => Promise.resolve(topUrl), reset: false, beforeRequest: false, quietSubframes: false, documentAlive: true };
  const { judgement, done } = await settleFrame(ctx, () => judge(url, facts));
  // The frame's decision does not wait for the event log or the tab navigation.
  void done.catch(() => undefined);
  return decisionFor(judgement);
}

export const frameHandlers: Handlers = {
  'frame:facts': (body, sender) => {
    const facts = cleanFacts(body.facts);
    return facts ? decide(sender, facts) : decide(sender);
  },
};
