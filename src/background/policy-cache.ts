/**
 * The effective policy and its engine, derived from storage. The module
 * variables are a pure cache: the worker may die at any time, and the next
 * event rebuilds everything from storage.managed + storage.local. Building an
 * engine costs, so one is kept per policy version.
 */
import browser from 'webextension-polyfill';
import { policyVersion, type Policy, type PolicyError } from '../core/policy.ts';
import { buildEngine, type Engine } from '../core/score.ts';
import { recordEvent } from './events.ts';
import { LOCAL_POLICY_KEY, readStoredPolicy } from './stored-policy.ts';

export interface Effective {
  policy: Policy;
  version: string;
  engine: Engine;
}

/** Hash of the last policy errors that were recorded, so a restart does not repeat the event. */
const ERROR_HASH_KEY = 'policyErrorHash';

let current: Promise<Effective> | null = null;
let engineCache: { version: string; engine: Engine } | null = null;

export function effectivePolicy(): Promise<Effective> {
  current ??= load().catch((err: unknown) => {
    current = null;
    throw err;
  });
  return current;
}

/** storage.onChanged: the next caller re-reads storage. */
export function invalidatePolicy(): void {
  current = null;
}

export function isPolicyChange(area: string, changes: Record<string, unknown>): boolean {
  return area === 'managed' || (area === 'local' && LOCAL_POLICY_KEY in changes);
}

async function load(): Promise<Effective> {
  const stored = await readStoredPolicy();
  const version = policyVersion(stored.policy);
  if (engineCache?.version !== version) engineCache = { version, engine: buildEngine(stored.policy) };
  void notePolicyErrors(stored.policy, stored.managedErrors, stored.localErrors).catch(() => undefined);
  return { policy: stored.policy, version, engine: engineCache.engine };
}

function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}

let noting: Promise<void> = Promise.resolve();

/**
 * One policy-error event each time the set of parse errors changes (not on
 * every worker wake-up): the hash of what was last recorded lives in storage.
 */
function notePolicyErrors(policy: Policy, managed: PolicyError[], local: PolicyError[]): Promise<void> {
  noting = noting.then(async () => {
    const hash = managed.length + local.length === 0 ? '' : hashText(JSON.stringify({ managed, local }));
    const stored = (await browser.storage.local.get(ERROR_HASH_KEY))[ERROR_HASH_KEY];
    if (stored === hash || (stored === undefined && hash === '')) return;
    await browser.storage.local.set({ [ERROR_HASH_KEY]: hash });
    if (hash === '') return;
    const reasons = [
      ...managed.map((e) => ({ rule: 'managed-policy', detail: `${e.key}: ${e.message}` })),
      ...local.map((e) => ({ rule: 'local-policy', detail: `${e.key}: ${e.message}` })),
    ];
    await recordEvent({ event: 'policy-error', host: '', level: 'error', score: 0, reasons, pageOrigin: '' }, policy);
  });
  return noting;
}
