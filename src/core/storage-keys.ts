/**
 * Storage layout shared by the worker and the extension pages (which may not
 * import each other). Values are plain JSON; readers re-validate them.
 */

/** storage.local: the raw local policy object edited on the options page. */
export const LOCAL_POLICY_KEY = 'localPolicy';
/** storage.local: EventReport[] ring, oldest first. */
export const EVENTS_KEY = 'events';
/** storage.local: {id, report}[] waiting for reportUrl, oldest first. */
export const REPORT_QUEUE_KEY = 'reportQueue';
/** storage.local: how many queued reports were dropped because the queue was full (cumulative). */
export const REPORT_DROPPED_KEY = 'reportDropped';
/** storage.local: how much of REPORT_DROPPED_KEY the endpoint has been told about. */
export const REPORT_DROPPED_REPORTED_KEY = 'reportDroppedReported';
/** storage.local: {attempt, nextAt} backoff state of the report queue. */
export const REPORT_RETRY_KEY = 'reportRetry';

/** storage.session: the worker's verdict for a tab, read by the popup. */
export function tabVerdictKey(tabId: number): string {
  return `tab:${tabId}`;
}
