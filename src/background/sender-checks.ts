/** Who may send what: decided from the browser-supplied sender only. */
import browser from 'webextension-polyfill';
import type { Sender } from '../messages.ts';
import { isBlockPageUrl } from './block-page-url.ts';

export interface FrameSender {
  tabId: number;
  frameId: number;
  sender: Sender;
}

/** A content script of this extension in a tab's frame. */
export function frameSender(sender: Sender): FrameSender | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || typeof sender.frameId !== 'number') return null;
  return { tabId, frameId: sender.frameId, sender };
}

export interface BlockPageSender {
  tabId: number;
  /** The block page's own URL, as the browser reports it. */
  url: URL;
}

/** Our block page, top-level in a tab. */
export function blockPageSender(sender: Sender): BlockPageSender | null {
  if (sender.id !== browser.runtime.id || !isBlockPageUrl(sender.url)) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
  try {
    return { tabId, url: new URL(sender.url) };
  } catch {
    return null;
  }
}
