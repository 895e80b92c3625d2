/** The worker's record for the active tab (storage.session "tab:<id>"), re-validated. */
import browser from 'webextension-polyfill';
import { tabVerdictKey } from '../../core/storage-keys.ts';
import { toTabRecord, type TabRecord } from '../../core/tab-record.ts';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

export type TabVerdict = TabRecord;

export async function readTabVerdict(tabId: number): Promise<TabVerdict | null> {
  const key = tabVerdictKey(tabId);
  return toTabRecord((await browser.storage.session.get(key))[key]);
}
