/** The report queue's state, as the worker keeps it in storage.local. */
import browser from 'webextension-polyfill';
import { checkReportUrl } from '../../core/policy.ts';
import { REPORT_DROPPED_KEY, REPORT_QUEUE_KEY, REPORT_RETRY_KEY } from '../../core/storage-keys.ts';
import { h } from '../shared/dom.ts';
import { formatTime } from '../shared/event-log.ts';

export interface QueueState {
  queued: number;
  dropped: number;
  nextRetry: number | null;
  attempt: number;
}

export async function readQueueState(): Promise<QueueState> {
  const s = await browser.storage.local.get([REPORT_QUEUE_KEY, REPORT_DROPPED_KEY, REPORT_RETRY_KEY]);
  const queue = s[REPORT_QUEUE_KEY];
  const dropped = s[REPORT_DROPPED_KEY];
  const retry = s[REPORT_RETRY_KEY] as { attempt?: unknown; nextAt?: unknown } | undefined;
  return {
    queued: Array.isArray(queue) ? queue.length : 0,
    dropped: typeof dropped === 'number' && dropped > 0 ? dropped : 0,
    nextRetry: typeof retry?.nextAt === 'number' ? retry.nextAt : null,
    attempt: typeof retry?.attempt === 'number' ? retry.attempt : 0,
  };
}

export function queueView(state: QueueState, reportUrl: string): HTMLElement {
  const url = checkReportUrl(reportUrl);
  const endpoint = typeof url === 'string' && url !== '' ? url : null;
  const rows: [string, string][] = [
    ['Endpoint', endpoint ? new URL(endpoint).origin + new URL(endpoint).pathname : 'none: reporting is off'],
    ['Waiting to be sent', String(state.queued)],
    ['Dropped because the queue was full', String(state.dropped)],
  ];
  if (state.nextRetry !== null) {
    rows.push(['Next retry', `${formatTime(new Date(state.nextRetry).toISOString())} (attempt ${state.attempt + 1})`]);
  }
  return h(
    'dl',
    { class: `queue${state.dropped > 0 ? ' has-drops' : ''}` },
    ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}
