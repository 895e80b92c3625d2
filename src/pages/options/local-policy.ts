/** What the options page writes to storage.local "localPolicy". Pure. */
import { DEFAULT_POLICY, POLICY_KEYS, type PolicyKey } from '../../core/policy-catalogue.ts';
import { parsePolicy, type PolicyError } from '../../core/policy.ts';

/**
 * Only values that differ from the default are stored, so a later change of
 * a default reaches users who never touched that key. Locally stored values
 * of managed keys are kept untouched (they apply again if the administrator
 * lifts the key); keys the catalogue no longer knows are dropped.
 */
export function nextLocalPolicy(
  previous: Readonly<Record<string, unknown>>,
  edited: Readonly<Partial<Record<PolicyKey, unknown>>>,
  managedKeys: readonly PolicyKey[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) {
    if (managedKeys.includes(key)) {
      if (previous[key] !== undefined) out[key] = previous[key];
    } else if (key in edited) {
      const value = edited[key];
      if (JSON.stringify(value) !== JSON.stringify(DEFAULT_POLICY[key])) out[key] = value;
    } else if (previous[key] !== undefined) out[key] = previous[key];
  }
  return out;
}

/** Policy errors grouped by the form field they belong to. */
export function errorsByKey(errors: readonly PolicyError[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const root = e.key.split(/[[.]/, 1)[0] ?? e.key;
    const detail = e.key === root ? e.message : `${e.key.slice(root.length)}: ${e.message}`;
    map.set(root, [...(map.get(root) ?? []), detail]);
  }
  return map;
}

export function validateRaw(raw: Readonly<Record<string, unknown>>): Map<string, string[]> {
  return errorsByKey(parsePolicy(raw).errors);
}
