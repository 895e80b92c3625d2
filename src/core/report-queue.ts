/**
 * Pure pieces of the report queue: the bounded push and the retry schedule.
 * The worker keeps the queue in storage.local; these decide what it holds
 * and when it tries again.
 */

export interface Bounded<T> {
  items: T[];
  /** How many of the oldest items were pushed out by this push. */
  dropped: number;
}

/**
 * Appends and keeps the newest `max` items. Dropping the oldest keeps what
 * is happening now (an attack in progress) rather than a backlog from when
 * the endpoint went down.
 */
export function pushBounded<T>(items: readonly T[], added: readonly T[], max: number): Bounded<T> {
  const limit = Math.max(0, Math.floor(max));
  const all = [...items, ...added];
  const dropped = Math.max(0, all.length - limit);
  return { items: all.slice(dropped), dropped };
}

export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_MS = 60 * 60_000;

/**
 * Delay before retry number `attempt` (1 = first retry): 30 s doubling to an
 * hour. 30 s is also the shortest chrome.alarms delay Chrome honours for
 * packed extensions. `jitter` in [0, 1) spreads up to a fifth of the delay so
 * a fleet of browsers does not retry a recovering SIEM in lockstep.
 */
export function retryDelayMs(attempt: number, jitter = 0): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  const base = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(n - 1, 20));
  const j = Number.isFinite(jitter) ? Math.min(Math.max(jitter, 0), 0.999) : 0;
  return Math.round(base + base * 0.2 * j);
}

/** HTTP statuses that count as delivered. */
export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}
