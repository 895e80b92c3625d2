/**
 * One promise chain for every read-modify-write of storage.local that this
 * worker does (event log, report queue). storage has no transactions, so two
 * overlapping get/set pairs would each write back a list missing the other's
 * event; queuing them here makes each one see the previous one's result.
 */
let chain: Promise<unknown> = Promise.resolve();

export function withStorageLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  // A failed step must not wedge every later one.
  chain = run.catch(() => undefined);
  return run;
}
