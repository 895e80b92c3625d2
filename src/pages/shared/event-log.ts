/** Reads the worker's event log and renders it, for the options page and the popup. */
import browser from 'webextension-polyfill';
import { reportFromStored, type EventReport, type EventType } from '../../core/event.ts';
import { EVENTS_KEY } from '../../core/storage-keys.ts';
import { h } from './dom.ts';

/** Oldest first, as stored; invalid entries skipped. */
export async function readEventLog(): Promise<EventReport[]> {
  const v = (await browser.storage.local.get(EVENTS_KEY))[EVENTS_KEY];
  return Array.isArray(v) ? v.flatMap((x: unknown) => reportFromStored(x) ?? []) : [];
}

export const EVENT_LABELS: Readonly<Record<EventType, string>> = {
  blocked: 'Blocked',
  warned: 'Warned',
  monitored: 'Seen (monitor)',
  bypassed: 'Bypassed by user',
  'false-positive': 'Reported as false positive',
  'policy-error': 'Policy error',
};

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function reasonsList(r: EventReport): HTMLElement | string {
  if (r.reasons.length === 0) return '';
  return h('ul', { class: 'reasons' }, ...r.reasons.map((x) => h('li', {}, x.detail || x.rule)));
}

/** A table of events, newest first. */
export function eventTable(events: readonly EventReport[], caption: string, opts: { compact?: boolean } = {}): HTMLTableElement {
  const newest = [...events].reverse();
  const cols = opts.compact ? ['Time', 'Event', 'Host'] : ['Time', 'Event', 'Host', 'Imitates', 'Level', 'Score', 'Why', 'Page'];
  return h(
    'table',
    { class: 'events' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
    h(
      'tbody',
      {},
      ...newest.map((r) =>
        opts.compact
          ? h(
              'tr',
              { class: `ev-${r.event}` },
              h('td', {}, h('time', { attrs: { datetime: r.time } }, formatTime(r.time))),
              h('td', {}, EVENT_LABELS[r.event]),
              h('td', { class: 'host' }, r.host || '—'),
            )
          : h(
              'tr',
              { class: `ev-${r.event}` },
              h('td', {}, h('time', { attrs: { datetime: r.time } }, formatTime(r.time))),
              h('td', {}, EVENT_LABELS[r.event]),
              h('td', { class: 'host' }, r.host || '—'),
              h('td', { class: 'host' }, r.target ?? '—'),
              h('td', {}, r.level),
              h('td', {}, r.score.toFixed(2)),
              h('td', {}, reasonsList(r)),
              h('td', { class: 'host' }, r.pageOrigin ?? '—'),
            ),
      ),
    ),
  );
}
