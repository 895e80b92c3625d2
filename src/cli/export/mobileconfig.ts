/**
 * A macOS configuration profile for Jamf, Intune, Kandji or a double-click
 * install. Chrome and Edge on macOS read an extension's managed storage
 * from the managed preferences domain com.google.Chrome.extensions.<id>
 * (com.microsoft.Edge.extensions.<id>); one payload per browser, each with
 * that domain as its PayloadType and the policy keys beside the Payload*
 * keys, which is the form Jamf's "Application & Custom Settings" upload
 * produces.
 */
import type { PolicySettings } from '../../core/policy.ts';
import { plist, type PlistValue } from './plist.ts';
import { policyObject } from './policy-entries.ts';
import { uuidV5 } from './uuid.ts';

export const PROFILE_IDENTIFIER = 'dev.lookalike-guard.policy';

export function macosMobileconfig(settings: PolicySettings, extensionId: string): string {
  const policy = policyObject(settings);
  const content = JSON.stringify(policy);
  const payload = (domain: string, browser: string, suffix: string): Record<string, PlistValue> => ({
    PayloadDisplayName: `Lookalike Guard (${browser})`,
    PayloadIdentifier: `${PROFILE_IDENTIFIER}.${suffix}`,
    PayloadType: domain,
    PayloadUUID: uuidV5(`${domain}\n${content}`),
    PayloadVersion: 1,
    PayloadEnabled: true,
    ...policy,
  });
  const payloads = [
    payload(`com.google.Chrome.extensions.${extensionId}`, 'Google Chrome', 'chrome'),
    payload(`com.microsoft.Edge.extensions.${extensionId}`, 'Microsoft Edge', 'edge'),
  ];
  return plist({
    PayloadContent: payloads,
    PayloadDescription: 'Managed policy for the Lookalike Guard browser extension in Google Chrome and Microsoft Edge.',
    PayloadDisplayName: 'Lookalike Guard policy',
    PayloadIdentifier: PROFILE_IDENTIFIER,
    PayloadOrganization: 'Lookalike Guard',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidV5(`${PROFILE_IDENTIFIER}\n${extensionId}\n${content}`),
    PayloadVersion: 1,
  });
}
