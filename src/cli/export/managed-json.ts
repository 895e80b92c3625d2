/**
 * JSON policy files, each exactly as its platform reads it:
 * - Chrome / Chromium / Edge on Linux: a file in the managed policy folder
 *   holding {"3rdparty": {"extensions": {"<id>": policy}}};
 * - Google Admin console ("Policy for extensions"): every key wrapped as
 *   {"Value": ...};
 * - Firefox policies.json: {"policies": {"3rdparty": {"Extensions": {"<gecko id>": policy}}}}.
 */
import type { PolicySettings } from '../../core/policy.ts';
import { policyEntries, policyObject } from './policy-entries.ts';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function chromiumPolicyFile(settings: PolicySettings, extensionId: string): string {
  return json({ '3rdparty': { extensions: { [extensionId]: policyObject(settings) } } });
}

export function googleAdminPolicy(settings: PolicySettings): string {
  return json(Object.fromEntries(policyEntries(settings).map(([k, v]) => [k, { Value: v }])));
}

export function firefoxPolicies(settings: PolicySettings, geckoId: string): string {
  return json({ policies: { '3rdparty': { Extensions: { [geckoId]: policyObject(settings) } } } });
}
