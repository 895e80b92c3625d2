/**
 * The one typed catalogue of policy keys. Everything else derives from it:
 * the parser (policy.ts), the manifest's storage.managed_schema
 * (managed-schema.ts), the options page labels and the admin exports.
 */
import type { Mode, Sensitivity } from './types.ts';

export interface Policy {
  protectedDomains: string[];
  brands: string[];
  allowlist: string[];
  blocklist: string[];
  keywords: string[];
  identityProviders: boolean;
  mode: Mode;
  sensitivity: Sensitivity;
  allowBypass: boolean;
  reportUrl: string;
  reportHeaders: Record<string, string>;
}

export type PolicyKey = keyof Policy;

/** The valid keys that one source (managed or local) actually set. */
export type PolicySettings = Partial<Policy>;

type KeyKind = 'hostList' | 'wordList' | 'boolean' | 'enum' | 'url' | 'headers';

export interface KeySpec {
  kind: KeyKind;
  title: string;
  description: string;
  /** For kind "enum". */
  values?: readonly string[];
}

export const MODES: readonly Mode[] = ['block', 'warn', 'monitor'];
export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'balanced', 'high'];

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  protectedDomains: [],
  brands: [],
  allowlist: [],
  blocklist: [],
  keywords: [],
  identityProviders: true,
  mode: 'block',
  sensitivity: 'balanced',
  allowBypass: true,
  reportUrl: '',
  reportHeaders: {},
});

export const POLICY_CATALOGUE: Readonly<Record<PolicyKey, KeySpec>> = {
  protectedDomains: {
    kind: 'hostList',
    title: 'Protected domains',
    description:
      "The company's real sign-in and corporate hosts, e.g. acme.com, acme.okta.com, login.acme.com. A host equal to one of them, or under it, is trusted; an entry on an identity provider's shared domain trusts that tenant only. Brand names are derived from them.",
  },
  brands: {
    kind: 'wordList',
    title: 'Extra brand names',
    description:
      'Brand tokens to protect besides those derived from the protected domains, e.g. acmecorp, or abbreviations staff use; two-letter names (vz) count only beside sign-in or corporate words.',
  },
  allowlist: {
    kind: 'hostList',
    title: 'Allowlist',
    description: "Hosts (and their subdomains) never flagged: the company's other legitimate domains.",
  },
  blocklist: {
    kind: 'hostList',
    title: 'Blocklist',
    description: 'Hosts (and their subdomains) always blocked.',
  },
  keywords: {
    kind: 'wordList',
    title: 'Extra identity keywords',
    description: 'Words added to the built-in identity keyword list (okta, sso, login, vpn, helpdesk, ...).',
  },
  identityProviders: {
    kind: 'boolean',
    title: 'Protect identity providers',
    description:
      'Also protect the identity providers themselves (Okta, Microsoft Entra, Google, OneLogin, Auth0, Ping, Duo, JumpCloud) against lookalikes.',
  },
  mode: {
    kind: 'enum',
    values: MODES,
    title: 'Mode',
    description: 'What a lookalike gets: "block" (block page), "warn" (banner) or "monitor" (event only).',
  },
  sensitivity: {
    kind: 'enum',
    values: SENSITIVITIES,
    title: 'Sensitivity',
    description: 'Moves the warn and block thresholds: "low", "balanced" or "high".',
  },
  allowBypass: {
    kind: 'boolean',
    title: 'Allow bypass',
    description:
      'Whether the user may continue past the block page after typing the host name (for the session only; always logged and reported).',
  },
  reportUrl: {
    kind: 'url',
    title: 'Report URL',
    description: 'HTTPS endpoint that receives JSON events (http only for loopback hosts). Empty: no reporting.',
  },
  reportHeaders: {
    kind: 'headers',
    title: 'Report headers',
    description: 'Extra HTTP headers sent with each report, e.g. {"Authorization": "Bearer ..."}.',
  },
};

export const POLICY_KEYS = Object.keys(POLICY_CATALOGUE) as PolicyKey[];
