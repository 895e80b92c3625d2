/**
 * Reads the effective policy straight from storage (managed over local), the
 * same way the worker's policy loader does, so events and reports never depend
 * on a module global that a worker restart would have emptied.
 */
import browser from 'webextension-polyfill';
import { resolvePolicy, type ResolvedPolicy } from '../core/policy.ts';
import { LOCAL_POLICY_KEY } from '../core/storage-keys.ts';

export { LOCAL_POLICY_KEY };

export type StoredPolicy = ResolvedPolicy;

/** storage.managed throws in Firefox when no policy exists for the extension: treat as empty. */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function readStoredPolicy(): Promise<StoredPolicy> {
  const [managedRaw, local] = await Promise.all([readManagedRaw(), browser.storage.local.get(LOCAL_POLICY_KEY)]);
  return resolvePolicy(managedRaw, local[LOCAL_POLICY_KEY]);
}
