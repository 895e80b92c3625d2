/** Toolbar popup: the current tab's verdict and why, and the last few events. */
import browser from 'webextension-polyfill';
import { EVENTS_KEY } from '../../core/storage-keys.ts';
import { byId, h, replaceChildren } from '../shared/dom.ts';
import { eventTable, readEventLog } from '../shared/event-log.ts';
import { activeTabId, readTabVerdict, type TabVerdict } from './tab-verdict.ts';

const RECENT = 10;

const HEADLINES: Readonly<Record<TabVerdict['level'], string>> = {
  trusted: 'Trusted: one of your company’s sites',
  allow: 'Nothing suspicious found',
  warn: 'Suspicious: this may imitate a sign-in page',
  block: 'Lookalike: this imitates a sign-in page',
};

function verdictView(v: TabVerdict | null): HTMLElement {
  if (!v) return h('p', { class: 'none' }, 'No verdict for this page. Lookalike Guard checks web pages (http and https) as they load.');
  return h(
    'div',
    { class: `verdict level-${v.level}` },
    h('p', { class: 'headline' }, HEADLINES[v.level]),
    h('p', { class: 'host' }, v.host),
    v.target ? h('p', {}, 'Imitates ', h('span', { class: 'host' }, v.target)) : null,
    v.level === 'warn' || v.level === 'block' ? h('p', { class: 'score' }, `Score ${v.score.toFixed(2)}; action: ${v.action}`) : null,
    v.reasons.length > 0 ? h('ul', { class: 'reasons', attrs: { 'aria-label': 'Why' } }, ...v.reasons.map((r) => h('li', {}, r.detail))) : null,
  );
}

async function renderVerdict(): Promise<void> {
  const tabId = await activeTabId();
  replaceChildren(byId('verdict'), verdictView(tabId === null ? null : await readTabVerdict(tabId)));
}

async function renderEvents(): Promise<void> {
  const events = (await readEventLog()).slice(-RECENT);
  replaceChildren(byId('recent'), events.length === 0 ? h('p', { class: 'none' }, 'No events yet.') : eventTable(events, events.length === 1 ? 'Last event' : `Last ${events.length} events`, { compact: true }));
}

byId('open-options').addEventListener('click', (ev) => {
  ev.preventDefault();
  void browser.runtime.openOptionsPage().then(() => window.close());
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'session') void renderVerdict();
  if (area === 'local' && EVENTS_KEY in changes) void renderEvents();
});

void renderVerdict();
void renderEvents();
