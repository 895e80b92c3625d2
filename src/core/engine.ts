/**
 * Everything derived from a policy once, before any host is scored:
 * host sets for trust and blocking, brand indexes, vocabularies and IdP
 * tables. Building is linear in the policy; scoring then never loops over
 * all protected domains.
 */
import { buildBrandIndex, type BrandIndex } from './brand-index.ts';
import { companyBrands, idpBrands } from './brands.ts';
import { compoundSplit } from './initials.ts';
import { pairTable } from './pair-table.ts';
import { IDENTITY_PROVIDERS, type IdentityProvider } from './idps.ts';
import { STRONG_KEYWORDS, WEAK_KEYWORDS } from './keywords.ts';
import type { Policy } from './policy-catalogue.ts';
import { aliasTable, type AliasTable } from './rules/idp-alias.ts';
import type { CompanyInitials } from './rules/initials.ts';
import type { ProtectedTenant } from './rules/tenant.ts';
import { readProtectedHosts } from './protected-host.ts';
import { shortFormTable, type ShortFormTable } from './short-forms.ts';
import { workspaceHosts } from './workspace.ts';
import { makeVocabulary, type Vocabulary } from './segment.ts';
import type { Sensitivity } from './types.ts';

export interface Thresholds {
  warn: number;
  block: number;
}

export const THRESHOLDS: Readonly<Record<Sensitivity, Thresholds>> = {
  low: { warn: 0.6, block: 0.85 },
  balanced: { warn: 0.5, block: 0.75 },
  high: { warn: 0.4, block: 0.6 },
};

export interface Engine {
  readonly policy: Policy;
  readonly thresholds: Thresholds;
  readonly protectedHosts: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string>;
  readonly blocked: ReadonlySet<string>;
  /**
   * Protected, allowlisted and blocked hosts, and, when the company has an
   * IdP tenant, that IdP's tenant domains: hosts the screen never settles.
   */
  readonly listedHosts: ReadonlySet<string>;
  /** Registrable domains of protected hosts that the company owns outright (not IdP tenant domains). */
  readonly ownDomains: ReadonlySet<string>;
  /** Registrable label, and a hyphenated one without its hyphens -> the company's registrable domains with that label (tld-swap). */
  readonly protectedByLabel: ReadonlyMap<string, readonly string[]>;
  /** pairTable of the protected registrable labels of two letters ("hp", "o2"), or null when there is none. */
  readonly twoLetterNames: Uint8Array | null;
  readonly tenants: readonly ProtectedTenant[];
  readonly idpByFamilyDomain: ReadonlyMap<string, IdentityProvider>;
  readonly idpByFamilyLabel: ReadonlyMap<string, IdentityProvider>;
  readonly idpByTld: ReadonlyMap<string, IdentityProvider>;
  /** The company's brands only (tenant comparisons). */
  readonly company: BrandIndex;
  /** Initials of the company's compound brands ("tp" for teleperformance), none that is a word or a name already. */
  readonly initials: ReadonlyMap<string, CompanyInitials>;
  /** Each initials' two letters as a bit (first code * 128 + second): the screen's look-up. */
  readonly initialsPairs: Uint8Array;
  /** Starts and consonants of the company's brands ("tmo", "rbx"), read beside sign-in words (rules/short-form.ts). */
  readonly shortForms: ShortFormTable;
  /** Company and, when enabled, IdP brands: what host labels are compared with. */
  readonly brands: BrandIndex;
  /** IdP aliases ("duo", "o365") -> the IdP brand they stand for; empty when IdPs are off. */
  readonly aliases: AliasTable;
  readonly vocab: Vocabulary;
}

function tableOf(keys: (idp: IdentityProvider) => readonly string[] | undefined): Map<string, IdentityProvider> {
  const map = new Map<string, IdentityProvider>();
  for (const idp of IDENTITY_PROVIDERS) for (const k of keys(idp) ?? []) map.set(k, idp);
  return map;
}

/**
 * Initials are read for the company's first compound names only, in policy
 * order: a policy is one company's handful of domains, and two letters
 * taken from hundreds of names (a brand-protection list) would stand for
 * most letter pairs, in every host.
 */
export const MAX_INITIALS = 16;

/** A hyphenated name without its hyphens counts from this length: "ab-c" is no name "abc" stands for. */
const MIN_BARE_LABEL = 4;

export function buildEngine(policy: Policy): Engine {
  const ownDomains = new Set<string>();
  const protectedByLabel = new Map<string, string[]>();
  const tenants: ProtectedTenant[] = [];
  const read = readProtectedHosts(policy.protectedDomains);
  const workspaces = workspaceHosts(read);
  // A workspace's host names the company only by its label, which acme.com already gave; the service's name is no brand.
  const companyHosts = read.filter((p) => !workspaces.has(p.host));
  for (const { host, info, onTenantDomain, tenant } of companyHosts) {
    if (!info?.domain || !info.domainLabel) continue;
    if (onTenantDomain) {
      if (tenant) tenants.push({ tenant: tenant.tenant, domain: info.domain, tenantHost: tenant.host, host });
      continue;
    }
    ownDomains.add(info.domain);
    const list = protectedByLabel.get(info.domainLabel) ?? [];
    if (!list.includes(info.domain)) list.push(info.domain);
    protectedByLabel.set(info.domainLabel, list);
  }
  // "tmobile.com" is t-mobile.com's name with the hyphen dropped: the tld-swap rule reads it as the name spelt otherwise.
  for (const [label, domains] of [...protectedByLabel]) {
    const bare = label.replace(/-/g, '');
    if (bare !== label && bare.length >= MIN_BARE_LABEL && !protectedByLabel.has(bare)) protectedByLabel.set(bare, domains);
  }
  const company = companyBrands(companyHosts, policy.brands);
  const idp = policy.identityProviders ? idpBrands(IDENTITY_PROVIDERS) : [];
  const keywords = policy.keywords.map((k) => k.toLowerCase());
  const strong = new Set([...STRONG_KEYWORDS, ...keywords]);
  const weak = new Set(WEAK_KEYWORDS.filter((w) => !strong.has(w)));
  const aliases = aliasTable(idp, IDENTITY_PROVIDERS);
  const initials = new Map<string, CompanyInitials>();
  const addInitials = (letters: string, entry: CompanyInitials): void => {
    const taken = strong.has(letters) || weak.has(letters) || aliases.has(letters) || protectedByLabel.has(letters);
    if (!taken && !initials.has(letters) && initials.size < MAX_INITIALS) initials.set(letters, entry);
  };
  // Two-letter names the admin lists come first ("vz"; brands.ts needs three letters for a brand), tied to the first brand.
  const primary = company[0];
  if (primary) {
    for (const letters of policy.brands.map((word) => word.replace(/-/g, ''))) {
      if (/^[a-z0-9]{2}$/.test(letters)) addInitials(letters, { brand: primary, split: null });
    }
  }
  for (const brand of company) {
    const split = compoundSplit(brand.token);
    if (split) addInitials(split.initials, { brand, split });
  }
  const twoLetterNames = [...protectedByLabel.keys()].filter((label) => label.length === 2);
  return {
    policy,
    thresholds: THRESHOLDS[policy.sensitivity],
    protectedHosts: new Set(policy.protectedDomains),
    allowed: new Set(policy.allowlist),
    blocked: new Set(policy.blocklist),
    listedHosts: new Set([
      ...policy.protectedDomains,
      ...policy.allowlist,
      ...policy.blocklist,
      ...IDENTITY_PROVIDERS.filter((idp) => tenants.some((t) => idp.tenantDomains.includes(t.domain))).flatMap((idp) => idp.tenantDomains),
    ]),
    ownDomains,
    protectedByLabel,
    twoLetterNames: twoLetterNames.length > 0 ? pairTable(twoLetterNames) : null,
    tenants,
    idpByFamilyDomain: tableOf((i) => i.family),
    idpByFamilyLabel: tableOf((i) => i.familyLabels),
    idpByTld: tableOf((i) => i.familyTlds),
    company: buildBrandIndex(company),
    initials,
    initialsPairs: pairTable(initials.keys()),
    shortForms: shortFormTable(company, (w) => strong.has(w) || weak.has(w) || aliases.has(w)),
    brands: buildBrandIndex([...company, ...idp]),
    aliases,
    vocab: makeVocabulary(strong, weak),
  };
}
