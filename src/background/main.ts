/**
 * Worker entry. Every listener is registered synchronously here, at the top
 * level, so an event that wakes a stopped worker finds its listener. No state
 * lives only in memory: policy, bypasses, tab records and block rules are
 * re-derived from storage (and the browser's rule set) on every wake-up.
 */
import browser from 'webextension-polyfill';
import { handle } from '../messages.ts';
import { blockPageHandlers } from './block-page-handlers.ts';
import { removeBlockRules } from './block-rules.ts';
import { BYPASS_KEY, invalidateBypass } from './bypass-list.ts';
import { frameHandlers } from './frame-handlers.ts';
import { guardOpenTabs } from './install.ts';
import { judge } from './judge.ts';
import { onBeforeNavigate, onCommitted } from './navigation.ts';
import { effectivePolicy, invalidatePolicy, isPolicyChange, onPolicyRederived } from './policy-cache.ts';
import { recheckOpenTabs } from './policy-recheck.ts';
import { registerReportingListeners } from './reporting.ts';
import { removeTabRecord } from './tab-records.ts';

handle({ ...frameHandlers, ...blockPageHandlers });

browser.webNavigation.onBeforeNavigate.addListener(onBeforeNavigate);
browser.webNavigation.onCommitted.addListener(onCommitted);

browser.tabs.onRemoved.addListener((tabId) => {
  void removeTabRecord(tabId).catch(() => undefined);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && BYPASS_KEY in changes) invalidateBypass();
  if (!isPolicyChange(area, changes)) return;
  invalidatePolicy(area);
  void onPolicyChanged();
});

/** Live policy: hosts no longer blocked lose their redirect now; open pages newly blocked are blocked now. */
async function onPolicyChanged(): Promise<void> {
  await effectivePolicy();
  await removeBlockRules(async (host) => (await judge(host))?.action !== 'block').catch(() => undefined);
  await recheckOpenTabs().catch(() => undefined);
}
onPolicyRederived(() => void onPolicyChanged().catch(() => undefined));

browser.runtime.onInstalled.addListener(() => {
  void guardOpenTabs().catch(() => undefined);
});

registerReportingListeners();

// storage.session holds tab verdicts and bypasses: extension pages and the
// worker only, never content scripts (the default, stated here on purpose).
(browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> })
  .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  ?.catch(() => undefined);

// Warm the cache on wake-up (also records policy errors found at start-up).
void effectivePolicy().catch(() => undefined);
