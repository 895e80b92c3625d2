/**
 * The effective policy and its engine, derived from storage. The module
 * variables are a pure cache: the worker may die at any time, and the next
 * event rebuilds everything from storage.managed + storage.local. Building an
 * engine costs, so one is kept per policy version.
 */
import browser from 'webextension-polyfill';
import { policyVersion, resolvePolicy, type Policy, type PolicyError } from '../core/policy.ts';
import { buildEngine, type Engine } from '../core/score.ts';
import { fnv1a } from '../core/string-hash.ts';
import { recordEvent } from './events.ts';
import { LOCAL_POLICY_KEY, readManagedRaw } from './stored-policy.ts';

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

/** storage.onChanged: the next caller re-reads storage (managed storage only when it changed). */
export function invalidatePolicy(area?: string): void {
  current = null;
  if (area === 'managed') {
    managedValue = null;
    managedGeneration++;
  }
}

let rederived: (() => void) | null = null;

/** Called when the policy changes without a storage.onChanged event (the late managed read). */
export function onPolicyRederived(fn: () => void): void {
  rederived = fn;
}

export function isPolicyChange(area: string, changes: Record<string, unknown>): boolean {
  return area === 'managed' || (area === 'local' && LOCAL_POLICY_KEY in changes);
}

/** Last managed policy seen, so a slow managed read does not stall navigation. */
const MANAGED_MIRROR_KEY = 'managedPolicyMirror';
/**
 * Chromium's first storage.managed read after browser start takes about 3 s
 * (measured here, no policy set); a navigation cannot wait that long. After
 * this, the last known managed policy (mirrored in storage.local) applies
 * until the live value arrives, and a different live value re-derives.
 */
const MANAGED_WAIT_MS = 100;

/** The managed policy read (or the one in flight), shared by reloads caused by local changes. */
let managedValue: Promise<unknown> | null = null;
/** Bumped on every managed change, so a late read never overwrites a newer one. */
let managedGeneration = 0;

function managedRaw(): Promise<unknown> {
  managedValue ??= readManaged().catch((err: unknown) => {
    managedValue = null;
    throw err;
  });
  return managedValue;
}

async function readManaged(): Promise<unknown> {
  const generation = managedGeneration;
  const live = readManagedRaw().then(async (v) => {
    await browser.storage.local.set({ [MANAGED_MIRROR_KEY]: v }).catch(() => undefined);
    return v;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), MANAGED_WAIT_MS)));
  const first = await Promise.race([live, late]);
  clearTimeout(timer);
  if (first !== 'late') return first;
  const mirror: unknown = (await browser.storage.local.get(MANAGED_MIRROR_KEY))[MANAGED_MIRROR_KEY];
  void live.then((v) => {
    if (generation !== managedGeneration || JSON.stringify(v) === JSON.stringify(mirror ?? {})) return;
    managedValue = Promise.resolve(v);
    current = null;
    rederived?.();
  });
  return mirror ?? {};
}

async function load(): Promise<Effective> {
  const [managedValue, local] = await Promise.all([managedRaw(), browser.storage.local.get(LOCAL_POLICY_KEY)]);
  const { policy, managedErrors, localErrors } = resolvePolicy(managedValue, local[LOCAL_POLICY_KEY]);
  const version = policyVersion(policy);
  if (engineCache?.version !== version) engineCache = { version, engine: buildEngine(policy) };
  void notePolicyErrors(policy, managedErrors, localErrors).catch(() => undefined);
  return { policy, version, engine: engineCache.engine };
}

function hashText(text: string): string {
  return `${text.length}:${fnv1a(text).toString(16)}`;
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
