/**
 * Sends events to policy.reportUrl. The queue lives in storage.local so a
 * worker or browser restart loses nothing; retries are chrome.alarms (a
 * setTimeout dies with the worker); nothing here is awaited on a navigation
 * path. Delivery is at least once: a worker killed between a successful POST
 * and the queue write sends that event again.
 */
import browser, { type Alarms, type Storage } from 'webextension-polyfill';
import { reportFromStored, type EventReport } from '../core/event.ts';
import { checkReportUrl, type Policy } from '../core/policy.ts';
import { isDelivered, pushBounded, retryDelayMs } from '../core/report-queue.ts';
import {
  REPORT_DROPPED_KEY,
  REPORT_DROPPED_REPORTED_KEY,
  REPORT_QUEUE_KEY,
  REPORT_RETRY_KEY,
} from '../core/storage-keys.ts';
import { withStorageLock } from './storage-lock.ts';
import { LOCAL_POLICY_KEY, readStoredPolicy } from './stored-policy.ts';

export const REPORT_ALARM = 'lookalike-guard:report-retry';
const QUEUE_KEY = REPORT_QUEUE_KEY;
const DROPPED_KEY = REPORT_DROPPED_KEY;
const DROPPED_REPORTED_KEY = REPORT_DROPPED_REPORTED_KEY;
const RETRY_KEY = REPORT_RETRY_KEY;
export const MAX_QUEUE = 500;
export const FETCH_TIMEOUT_MS = 10_000;
const FLUSH_CHUNK = 25;

interface QueueEntry {
  id: string;
  report: EventReport;
}

interface RetryState {
  attempt: number;
  nextAt: number;
}

export interface ReportStatus {
  queued: number;
  dropped: number;
  retry: RetryState | null;
}

export interface FlushResult {
  sent: number;
  remaining: number;
  /** Why it stopped early, if it did. */
  stopped?: 'no-endpoint' | 'failed';
}

export function reportingEnabled(policy: Policy): boolean {
  const url = checkReportUrl(policy.reportUrl);
  return typeof url === 'string' && url !== '';
}

function toEntries(v: unknown): QueueEntry[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, report } = item as Record<string, unknown>;
    const clean = reportFromStored(report);
    return typeof id === 'string' && clean ? [{ id, report: clean }] : [];
  });
}

function toRetry(v: unknown): RetryState | null {
  if (typeof v !== 'object' || v === null) return null;
  const { attempt, nextAt } = v as Record<string, unknown>;
  return typeof attempt === 'number' && typeof nextAt === 'number' ? { attempt, nextAt } : null;
}

function toCount(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

async function readQueue(): Promise<QueueEntry[]> {
  return toEntries((await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY]);
}

export async function reportStatus(): Promise<ReportStatus> {
  const s = await browser.storage.local.get([QUEUE_KEY, DROPPED_KEY, RETRY_KEY]);
  return { queued: toEntries(s[QUEUE_KEY]).length, dropped: toCount(s[DROPPED_KEY]), retry: toRetry(s[RETRY_KEY]) };
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Queues a (sanitised) report and starts a flush in the background unless a
 * backoff is running, in which case the alarm will pick it up.
 */
export async function enqueueReport(report: EventReport, policy?: Policy): Promise<void> {
  const retry = await withStorageLock(async () => {
    const s = await browser.storage.local.get([QUEUE_KEY, DROPPED_KEY, RETRY_KEY]);
    const { items, dropped } = pushBounded(toEntries(s[QUEUE_KEY]), [{ id: newId(), report }], MAX_QUEUE);
    const update: Record<string, unknown> = { [QUEUE_KEY]: items };
    if (dropped > 0) update[DROPPED_KEY] = toCount(s[DROPPED_KEY]) + dropped;
    await browser.storage.local.set(update);
    return toRetry(s[RETRY_KEY]);
  });
  if (!retry || retry.nextAt <= Date.now()) void flushReports(policy);
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      method: 'POST',
      // Content-Type last: reportHeaders cannot override it (the parser also refuses it).
      headers: { ...headers, 'Content-Type': 'application/json' },
      body,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // A redirect would send the event to a URL that checkReportUrl never saw (maybe plain http).
      redirect: 'error',
    });
    return isDelivered(res.status);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function scheduleRetry(): Promise<void> {
  const state = await withStorageLock(async () => {
    const prev = toRetry((await browser.storage.local.get(RETRY_KEY))[RETRY_KEY]);
    const attempt = (prev?.attempt ?? 0) + 1;
    const next = { attempt, nextAt: Date.now() + retryDelayMs(attempt, Math.random()) };
    await browser.storage.local.set({ [RETRY_KEY]: next });
    return next;
  });
  await browser.alarms.create(REPORT_ALARM, { when: state.nextAt });
}

async function clearRetry(): Promise<void> {
  await browser.storage.local.remove(RETRY_KEY);
  await browser.alarms.clear(REPORT_ALARM);
}

let running: Promise<FlushResult> | null = null;
/** A flush was asked for while one ran: "endpoint" when reportUrl/headers changed meanwhile. */
let pending: 'none' | 'queued' | 'endpoint' = 'none';

/**
 * Sends queued reports in order, one POST each, until the queue is empty or
 * a POST fails (then an alarm retries with backoff). Reads reportUrl and
 * reportHeaders afresh each time (unless the caller hands over the effective
 * policy it holds), so a policy change applies to the next flush.
 *
 * A call while a run is going on does not just join it: that run may be
 * using an older policy (no endpoint yet, the old URL) or have read the
 * queue before this event. One more run follows, with the policy read
 * afresh, unless the run failed on the same endpoint: then the backoff
 * alarm owns the retry (two posts in a row to a failing endpoint is what
 * backoff exists to prevent).
 */
export function flushReports(policy?: Policy, reason: 'queued' | 'endpoint' = 'queued'): Promise<FlushResult> {
  if (running) {
    if (pending !== 'endpoint') pending = reason;
    return running;
  }
  running = flushOnce(policy).then(async (result) => {
    const again = pending;
    pending = 'none';
    running = null;
    if (again === 'endpoint' || (again === 'queued' && result.stopped !== 'failed')) return flushReports(undefined, again);
    return result;
  }, (err: unknown) => {
    pending = 'none';
    running = null;
    throw err;
  });
  return running;
}

async function flushOnce(given?: Policy): Promise<FlushResult> {
  const policy = given ?? (await readStoredPolicy()).policy;
  const url = checkReportUrl(policy.reportUrl);
  if (typeof url !== 'string' || url === '') {
    // Keep the queue: it goes out once an endpoint is configured again.
    await clearRetry();
    return { sent: 0, remaining: (await readQueue()).length, stopped: 'no-endpoint' };
  }
  let sent = 0;
  for (;;) {
    const s = await browser.storage.local.get([QUEUE_KEY, DROPPED_KEY, DROPPED_REPORTED_KEY]);
    const queue = toEntries(s[QUEUE_KEY]);
    if (queue.length === 0) break;
    const dropped = toCount(s[DROPPED_KEY]);
    let unannounced = Math.max(0, dropped - toCount(s[DROPPED_REPORTED_KEY]));
    // Send a chunk, then drop what went out in one write: one storage
    // round trip per chunk rather than per report.
    const done = new Set<string>();
    let failed = false;
    for (const entry of queue.slice(0, FLUSH_CHUNK)) {
      // The report schema has no room for "we lost some": the first report
      // after a drop says how many with an extra field, so the SIEM sees it.
      const body = JSON.stringify(unannounced > 0 ? { ...entry.report, queueDropped: unannounced } : entry.report);
      if (!(await post(url, policy.reportHeaders, body))) {
        failed = true;
        break;
      }
      done.add(entry.id);
      unannounced = 0;
    }
    sent += done.size;
    const remaining = await withStorageLock(async () => {
      const now = toEntries((await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY]).filter((e) => !done.has(e.id));
      const update: Record<string, unknown> = { [QUEUE_KEY]: now };
      if (done.size > 0) update[DROPPED_REPORTED_KEY] = dropped;
      await browser.storage.local.set(update);
      return now.length;
    });
    if (failed) {
      await scheduleRetry();
      return { sent, remaining, stopped: 'failed' };
    }
  }
  await clearRetry();
  return { sent, remaining: 0 };
}

/** Alarm handler for REPORT_ALARM; ignores other alarms. Returns whether it was ours. */
export async function handleAlarm(alarm: Alarms.Alarm): Promise<boolean> {
  if (alarm.name !== REPORT_ALARM) return false;
  await flushReports();
  return true;
}

function endpointChanged(changes: Record<string, Storage.StorageChange>, area: string): boolean {
  if (area === 'managed') return 'reportUrl' in changes || 'reportHeaders' in changes;
  if (area !== 'local' || !(LOCAL_POLICY_KEY in changes)) return false;
  const change = changes[LOCAL_POLICY_KEY];
  const pick = (v: unknown) =>
    typeof v === 'object' && v !== null
      ? JSON.stringify([(v as Record<string, unknown>)['reportUrl'], (v as Record<string, unknown>)['reportHeaders']])
      : '';
  return pick(change?.oldValue) !== pick(change?.newValue);
}

/**
 * On every worker start: pending reports get a retry even if the browser
 * lost the alarm (Firefox does not keep alarms across restarts).
 */
export async function resumeReporting(): Promise<void> {
  const s = await browser.storage.local.get([QUEUE_KEY, RETRY_KEY]);
  if (toEntries(s[QUEUE_KEY]).length === 0) return;
  const retry = toRetry(s[RETRY_KEY]);
  if (!retry || retry.nextAt <= Date.now()) {
    await flushReports();
    return;
  }
  if (!(await browser.alarms.get(REPORT_ALARM))) await browser.alarms.create(REPORT_ALARM, { when: retry.nextAt });
}

/**
 * Call synchronously at the top level of the worker, once. Registers the
 * alarm and storage listeners reporting needs, so a worker woken by the retry
 * alarm or by a policy change handles it, and resumes any pending queue.
 */
export function registerReportingListeners(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // A new or fixed endpoint gets the backlog now, not after the old backoff.
    if (endpointChanged(changes, area)) void clearRetry().then(() => flushReports(undefined, 'endpoint'));
  });
  void resumeReporting();
}
