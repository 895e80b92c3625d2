/**
 * Tabs that were open before install or update have no content script (or an
 * orphaned one): inject it so their credential fields are guarded too.
 */
import browser from 'webextension-polyfill';

export async function guardOpenTabs(): Promise<void> {
  if (typeof browser.scripting?.executeScript !== 'function') return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content.js'] }).catch(() => undefined),
    ),
  );
}
