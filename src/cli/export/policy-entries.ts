/**
 * The keys an admin set, in catalogue order. Exports carry only these:
 * a key left out of managed policy stays with the default (or the user's
 * local setting), which is what the admin asked for by leaving it out.
 */
import { POLICY_KEYS, type PolicySettings } from '../../core/policy.ts';

export type PolicyValue = string | boolean | string[] | Record<string, string>;

export function policyEntries(settings: PolicySettings): [string, PolicyValue][] {
  const entries: [string, PolicyValue][] = [];
  for (const key of POLICY_KEYS) {
    const value = settings[key];
    if (value !== undefined) entries.push([key, value]);
  }
  return entries;
}

export function policyObject(settings: PolicySettings): Record<string, PolicyValue> {
  return Object.fromEntries(policyEntries(settings));
}
