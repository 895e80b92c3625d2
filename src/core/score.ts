/**
 * host + policy -> Verdict. The order is the decision procedure:
 * blocklist, trust (protected, allowlisted, the company's own domains, the
 * IdPs' real domains), then every lookalike rule; the score is the
 * strongest finding and the level follows the sensitivity thresholds.
 */
import type { BrandIndex } from './brand-index.ts';
import { buildEngine, type Engine } from './engine.ts';
import { isHostError, parseHost, plainHost, plainHostInfo, type HostInfo } from './host.ts';
import { matchHostSet } from './host-set.ts';
import type { IdentityProvider } from './idps.ts';
import { combosquatRule } from './rules/combosquat.ts';
import { embeddingRule, splitBrandRule } from './rules/embedding.ts';
import { fakeTenantRule } from './rules/fake-tenant.ts';
import type { Evidence } from './rules/evidence.ts';
import { homoglyphRule } from './rules/homoglyph.ts';
import { idpAliasRule } from './rules/idp-alias.ts';
import { initialsRule } from './rules/initials.ts';
import { keywordShapeRule, shortNameCombo } from './rules/keyword-shape.ts';
import { shortFormRule } from './rules/short-form.ts';
import { tenantRule } from './rules/tenant.ts';
import { tenantOf } from './tenant-of.ts';
import { tldSwapRule } from './rules/tld-swap.ts';
import { typoRule } from './rules/typo.ts';
import { hostToUnicode } from './punycode.ts';
import { hostnameMayMatch, mayResemble } from './screen.ts';
import { proxiedHost } from './session-proxy.ts';
import { asUserContent, isUserContent } from './user-content.ts';
import { makeSubject, type Subject } from './subject.ts';
import type { Level, Verdict } from './types.ts';

export { buildEngine, type Engine };
export { matchHostSet };

const MAX_REASONS = 5;

/** The level a score reaches under the engine's sensitivity thresholds. */
export function levelFor(score: number, engine: Engine): Level {
  if (score >= engine.thresholds.block) return 'block';
  if (score >= engine.thresholds.warn) return 'warn';
  return 'allow';
}

/** Country codes sold as generic endings (.io, .co, .ai): a brand there says nothing of its owner. */
const GENERIC_COUNTRY_CODES: ReadonlySet<string> = new Set(['ac', 'ai', 'am', 'cc', 'co', 'fm', 'gg', 'im', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'so', 'tk', 'to', 'tv', 'ws']);

/** The IdP whose real domain this is, if any. Its customers' content zones (cloudapp.azure.com) are not. */
export function idpFamilyOf(info: HostInfo, engine: Engine): IdentityProvider | null {
  if (!info.domain || isUserContent(info.hostname)) return null;
  const tld = info.hostname.slice(info.hostname.lastIndexOf('.') + 1);
  // google.de and google.com.br are Google's; google.xyz, microsoft.help or gmail.io may be anyone's.
  const countrySuffix = /^[a-z]{2}$/.test(tld) && !GENERIC_COUNTRY_CODES.has(tld);
  return (
    engine.idpByFamilyDomain.get(info.domain) ??
    (info.domainLabel && countrySuffix ? engine.idpByFamilyLabel.get(info.domainLabel) : undefined) ??
    (info.suffix === tld ? engine.idpByTld.get(tld) : undefined) ??
    null
  );
}

function isTrusted(info: HostInfo, engine: Engine): string | null {
  const direct = matchHostSet(info.hostname, engine.protectedHosts) ?? matchHostSet(info.hostname, engine.allowed);
  if (direct) return direct;
  // acme-admin.okta.com belongs to the acme.okta.com tenant, acme-my.sharepoint.com to acme.sharepoint.com.
  const tenant = tenantOf(info);
  if (tenant && engine.protectedHosts.has(tenant.host)) return tenant.host;
  return null;
}

function labelRules(s: Subject, index: BrandIndex, engine: Engine): Evidence[] {
  return [
    ...homoglyphRule(s, index, engine.vocab.strong),
    ...typoRule(s, index, engine.vocab.strong),
    ...combosquatRule(s, index, engine.vocab),
    ...embeddingRule(s, index, engine.vocab),
    ...splitBrandRule(s, index, engine.vocab),
  ];
}

/**
 * Every finding of the rules. `screen: false` runs them all even where the
 * screen says none can fire (the screen's own tests compare both).
 */
export function lookalikeEvidence(info: HostInfo, engine: Engine, screen = true): Evidence[] {
  const family = idpFamilyOf(info, engine);
  if (family) {
    // The IdP's own domain: only its tenants can impersonate the company.
    if (!info.domain || !family.tenantDomains.includes(info.domain)) return [];
    return tenantRule(info, family, engine.company, engine.tenants, engine.vocab);
  }
  if (screen && !mayResemble(info, engine)) return [];
  const s = makeSubject(info, info.domainLabelUnicode ?? '', engine.vocab);
  const found = [
    ...labelRules(s, engine.brands, engine),
    ...tldSwapRule(s, engine.protectedByLabel, engine.vocab.strong),
    ...shortNameCombo(s, engine.vocab, engine.protectedByLabel),
    ...initialsRule(s, engine.vocab, engine.initials, engine.initialsPairs),
    ...shortFormRule(s, engine.vocab, engine.shortForms),
    ...fakeTenantRule(s, engine.brands, engine.company, engine.shortForms, engine.initials, engine.vocab),
    ...idpAliasRule(s, engine.aliases, engine.vocab),
  ];
  // The bare shape matters only when no brand explains the host better.
  return found.length > 0 ? found : keywordShapeRule(s, engine.vocab);
}

/** Nothing resembles anything: the verdict most hosts get. */
function allowVerdict(host: string, displayHost: string): Verdict {
  return { host, displayHost, level: 'allow', score: 0, reasons: [] };
}

const idpRank = (e: Evidence): number => (e.rule === 'idp-impersonation' ? 1 : 0);

function verdictFrom(info: HostInfo, found: Evidence[], engine: Engine): Verdict {
  // Most hosts: nothing found, nothing to sort.
  if (found.length === 0) return allowVerdict(info.hostname, info.unicode);
  // On equal scores the company's own brand names the target: "okta-slack" imitates Slack's sign-in, not Okta's.
  const sorted = [...found].sort((a, b) => b.score - a.score || idpRank(a) - idpRank(b));
  const best = sorted[0];
  const score = best ? Math.round(best.score * 100) / 100 : 0;
  const seen = new Set<string>();
  const reasons = sorted
    .filter((e) => !seen.has(e.detail) && seen.add(e.detail))
    .slice(0, MAX_REASONS)
    .map((e) => ({ rule: e.rule, detail: e.detail }));
  const verdict: Verdict = { host: info.hostname, displayHost: info.unicode, level: levelFor(score, engine), score, reasons };
  if (best?.target) verdict.target = best.target;
  return verdict;
}

/** `screen: false` runs every rule whatever the screen says (its tests compare both). */
export function scoreInfo(engine: Engine, parsed: HostInfo, screen = true): Verdict {
  const info = asUserContent(parsed);
  const base = { host: info.hostname, displayHost: info.unicode };
  const blocked = matchHostSet(info.hostname, engine.blocked);
  if (blocked) {
    return { ...base, level: 'block', score: 1, reasons: [{ rule: 'blocklist', detail: `${blocked} is on the blocklist` }] };
  }
  const trusted = isTrusted(info, engine);
  if (trusted) {
    const detail = engine.protectedHosts.has(trusted) ? `${trusted} is a protected domain` : `${trusted} is on the allowlist`;
    return { ...base, level: 'trusted', score: 0, reasons: [{ rule: 'trusted', detail }] };
  }
  if (info.isIp || !info.domain || engine.ownDomains.has(info.domain)) return allowVerdict(info.hostname, info.unicode);
  return verdictFrom(info, lookalikeEvidence(info, engine, screen), engine);
}

/**
 * A session-proxy host (session-proxy.ts) gets the verdict of the site it
 * carries, under its own name. The blocklist still applies to the name
 * itself.
 */
function throughProxy(engine: Engine, hostname: string, unicode: string): Verdict | null {
  const carried = proxiedHost(hostname);
  if (!carried || matchHostSet(hostname, engine.blocked)) return null;
  const inner = scoreHost(engine, carried.host);
  if ('error' in inner) return null;
  const via = { rule: 'session-proxy', detail: `${unicode} is ${hostToUnicode(carried.host)} served through Microsoft Defender for Cloud Apps (${carried.proxy})` };
  return { ...inner, host: hostname, displayHost: unicode, reasons: inner.level === 'allow' ? inner.reasons : [via, ...inner.reasons].slice(0, MAX_REASONS) };
}

/** Scores a URL or host. Never throws; input with no web host gives { error }. */
export function scoreHost(engine: Engine, input: string): Verdict | { error: string } {
  // Most hosts are plain names that resemble nothing: settled before the suffix look-up.
  const plain = plainHost(input);
  if (plain !== null) {
    const proxied = throughProxy(engine, plain, plain);
    if (proxied) return proxied;
    if (!hostnameMayMatch(plain, engine)) return allowVerdict(plain, plain);
    // A plain name the screen let through nearly always resembles something: screening it again costs more than it saves.
    return scoreInfo(engine, plainHostInfo(plain), false);
  }
  const info = parseHost(input);
  if (isHostError(info)) return info;
  return throughProxy(engine, info.hostname, info.unicode) ?? scoreInfo(engine, info);
}
