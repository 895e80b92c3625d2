/**
 * The event log. Every guard event (blocked, warned, bypassed, ...) goes
 * through recordEvent: it is sanitised once by core's toReport, appended to
 * the storage.local ring, and queued for the SIEM when reportUrl is set.
 */
import browser from 'webextension-polyfill';
import { toReport, type EventReport, type EventType, type GuardEventInput } from '../core/event.ts';
import { policyVersion, type Policy } from '../core/policy.ts';
import { pushBounded } from '../core/report-queue.ts';
import { EVENTS_KEY } from '../core/storage-keys.ts';
import type { Verdict } from '../core/types.ts';
import { enqueueReport, reportingEnabled } from './reporting.ts';
import { withStorageLock } from './storage-lock.ts';
import { readStoredPolicy } from './stored-policy.ts';

export { EVENTS_KEY };
export const MAX_EVENTS = 1000;

export type RecordEventInput = GuardEventInput;

/**
 * Records one event. Resolves once it is in storage; never waits for the
 * network (reporting runs on its own), so callers on a navigation path may
 * `void` it. Pass `policy` when the caller already holds the effective one;
 * otherwise it is read from storage.
 */
export async function recordEvent(e: RecordEventInput, policy?: Policy): Promise<void> {
  const effective = policy ?? (await readStoredPolicy()).policy;
  const report = toReport({
    ...e,
    id: crypto.randomUUID(),
    time: new Date().toISOString(),
    extensionVersion: browser.runtime.getManifest().version,
    policyVersion: policyVersion(effective),
  });
  await appendEvent(report);
  if (reportingEnabled(effective)) await enqueueReport(report, effective);
}

/** An event about a verdict (blocked, warned, bypassed, ...): the verdict's fields and the page it concerns. */
export function recordVerdictEvent(event: EventType, v: Verdict, pageOrigin: string, policy: Policy): Promise<void> {
  return recordEvent({ event, host: v.host, target: v.target, level: v.level, score: v.score, reasons: v.reasons, pageOrigin }, policy);
}

async function appendEvent(report: EventReport): Promise<void> {
  await withStorageLock(async () => {
    const stored = await browser.storage.local.get(EVENTS_KEY);
    const current = stored[EVENTS_KEY];
    const events = Array.isArray(current) ? (current as unknown[]) : [];
    await browser.storage.local.set({ [EVENTS_KEY]: pushBounded(events, [report], MAX_EVENTS).items });
  });
}
