/**
 * Hands a frame the decision the worker reached at navigation time. Only
 * warn decisions need it: a block sends the tab away, and the content script
 * holds credential fields until it asks anyway; but a banner must appear
 * on a page that has no sign-in form and so never asks.
 */
import browser from 'webextension-polyfill';
import { FRAME_HOOK, type FrameDecision, type FrameHook } from '../messages.ts';

/** Serialised into the frame's isolated world: it may use nothing from outside. */
function deliver(key: string, decision: FrameDecision): void {
  const g = globalThis as unknown as Record<string, FrameHook | undefined>;
  const hook = (g[key] ??= {});
  if (hook.decide) hook.decide(decision);
  else hook.pending = decision;
}

export interface PushTarget {
  tabId: number;
  frameId: number;
  /** The committed document (Chromium): a frame that navigates on meanwhile does not get it. */
  documentId?: string;
}

export async function pushDecision(to: PushTarget, decision: FrameDecision): Promise<void> {
  const target = to.documentId !== undefined ? { tabId: to.tabId, documentIds: [to.documentId] } : { tabId: to.tabId, frameIds: [to.frameId] };
  await browser.scripting.executeScript({ target, func: deliver, args: [FRAME_HOOK, decision], injectImmediately: true });
}
