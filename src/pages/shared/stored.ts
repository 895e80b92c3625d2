/** Storage reads the pages share. Values are re-validated: storage is not a type system. */
import browser from 'webextension-polyfill';
import { LOCAL_POLICY_KEY } from '../../core/storage-keys.ts';

/** storage.managed rejects in Firefox when no policy names this extension: that means "none". */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function readLocalRaw(): Promise<Record<string, unknown>> {
  const v = (await browser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
