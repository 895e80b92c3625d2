/**
 * Page facts -> adjusted verdict. The domain decides most cases; the page
 * settles the rest: a sign-in form on a host that only resembles a
 * protected one makes it a block, and a page that presents a protected
 * brand's or an IdP's sign-in on an unrelated origin is blocked even when
 * its domain resembles nothing (a cloned or proxied Okta page on
 * secure-portal-773.com).
 *
 * A warning that links the host to no brand (the keyword shape: "xyz-sso",
 * "abc-hr") is weaker: generic services with such names have login pages of
 * their own (urban-vpn.com), so a password field alone does not raise it.
 * It becomes a block when the page also shows an IdP's widget, calls itself
 * by the company's name, or names an IdP: what a cloned sign-in page shows.
 */
import type { Engine } from './engine.ts';
import type { Brand } from './brands.ts';
import { isHostError, parseHost, type HostInfo } from './host.ts';
import { IDENTITY_PROVIDERS, type IdentityProvider } from './idps.ts';
import type { ProtectedTenant } from './rules/tenant.ts';
import { idpFamilyOf, levelFor } from './score.ts';
import type { PageFacts, Reason, Verdict } from './types.ts';
import { SERVICE_LABELS, tenantOf } from './tenant-of.ts';
import { WIDGET_MARKERS } from './widget-markers.ts';

export const WIDGET_SCORE = 0.9;
export const BRANDED_FORM_SCORE = 0.85;
export const IDP_NAMED_FORM_SCORE = 0.55;

/** IdP key used by widget markers -> provider. */
const IDP_BY_MARKER_KEY: ReadonlyMap<string, IdentityProvider> = new Map(
  IDENTITY_PROVIDERS.map((idp) => [idp.name.split(' ')[0]?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? idp.name, idp]),
);
const MARKER_IDP: ReadonlyMap<string, string> = new Map(WIDGET_MARKERS.map((w) => [w.marker, w.idp]));

/** Lower-case words of the page's title and logo texts, padded for whole-word search. */
function pageWords(facts: PageFacts): string {
  const text = [facts.title, ...facts.logoTexts].join(' ').toLowerCase();
  return ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function mentions(words: string, name: string): boolean {
  const spaced = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (spaced.length < 3) return false;
  return words.includes(` ${spaced} `) || words.includes(` ${spaced.replace(/ /g, '')} `);
}

/** The IdP whose sign-in widget the page shows, if any. */
function widgetIdp(facts: PageFacts): IdentityProvider | null {
  for (const marker of facts.widgetMarkers) {
    const key = MARKER_IDP.get(marker);
    const idp = key ? IDP_BY_MARKER_KEY.get(key) : undefined;
    if (idp) return idp;
  }
  return null;
}

function raise(engine: Engine, v: Verdict, score: number, reason: Reason, target?: string): Verdict {
  if (score <= v.score) return { ...v, reasons: [reason, ...v.reasons] };
  const out: Verdict = { ...v, score, level: levelFor(score, engine), reasons: [reason, ...v.reasons] };
  if (target !== undefined && v.target === undefined) out.target = target;
  return out;
}

/**
 * A warning from the keyword shape alone: no brand, no target. A password
 * field on such a host is not enough to block it.
 */
export function isBrandlessWarning(v: Verdict): boolean {
  return v.level === 'warn' && v.target === undefined && v.reasons.length > 0 && v.reasons.every((r) => r.rule === 'keyword-shape');
}

/** The company's brand the page calls itself by (its pageWords), if any. */
function brandOnPage(engine: Engine, words: string): Brand | undefined {
  return engine.company.brands.find((b) => b.token.length >= 4 && (mentions(words, b.display) || mentions(words, b.token)));
}

/** The company's tenant on `idp`, if the policy lists one. */
function tenantOn(engine: Engine, idp: IdentityProvider): ProtectedTenant | undefined {
  return engine.tenants.find((t) => idp.tenantDomains.includes(t.domain));
}

/**
 * On an IdP's own domain the page is the IdP's, with one exception: once
 * the policy lists the company's tenants, any other tenant (on this IdP or
 * another) whose sign-in page calls itself by the company's name. Anyone
 * can open a trial tenant (xyz123.okta.com, acme-hr.us.auth0.com) and brand
 * it; no one else's tenant has reason to. With no tenant listed, the
 * company's own may be any of them, and nothing is judged.
 */
function otherTenantPage(engine: Engine, verdict: Verdict, info: HostInfo, idp: IdentityProvider, facts: PageFacts, asks: string): Verdict {
  if (!info.domain || !idp.tenantDomains.includes(info.domain) || idp.anonymousTenantHosts || engine.tenants.length === 0) return verdict;
  const here = tenantOf(info);
  if (!here || SERVICE_LABELS.has(here.tenant) || engine.tenants.some((t) => t.tenantHost === here.host)) return verdict;
  const brand = brandOnPage(engine, pageWords(facts));
  if (!brand) return verdict;
  const ours = tenantOn(engine, idp) ?? engine.tenants[0];
  return raise(engine, verdict, BRANDED_FORM_SCORE, {
    rule: 'page-signals',
    detail: `the page calls itself "${brand.display}" and ${asks}, but ${verdict.displayHost} is another ${idp.name} tenant, not the company's ${ours?.tenantHost ?? ''}`,
  }, ours?.host);
}

export function evaluatePage(engine: Engine, verdict: Verdict, facts: PageFacts): Verdict {
  if (verdict.level === 'trusted') return verdict;
  const credential = facts.passwordField || facts.otpField;
  if (!credential) return verdict;
  const info = parseHost(verdict.host);
  const asks = facts.passwordField ? 'asks for a password' : 'asks for a one-time code';
  if (!isHostError(info)) {
    const family = idpFamilyOf(info, engine);
    // The IdP's own page, unless another tenant there calls itself by the company's name.
    if (family) return otherTenantPage(engine, verdict, info, family, facts, asks);
  }

  const brandless = isBrandlessWarning(verdict);
  if (verdict.level === 'warn' && !brandless) {
    return raise(engine, verdict, Math.max(engine.thresholds.block, verdict.score), {
      rule: 'page-signals',
      detail: `the page ${asks} on a site that only resembles ${verdict.target ?? 'a protected site'}`,
    });
  }
  if (verdict.level === 'block') return verdict;

  const idp = widgetIdp(facts);
  if (idp) {
    return raise(engine, verdict, WIDGET_SCORE, {
      rule: 'page-signals',
      detail: `the page shows the ${idp.name} sign-in and ${asks}, but ${verdict.displayHost} is neither ${idp.name} nor a protected site`,
    }, tenantOn(engine, idp)?.host ?? new URL(idp.signIn).hostname);
  }
  const words = pageWords(facts);
  const brand = brandOnPage(engine, words);
  if (brand) {
    return raise(engine, verdict, BRANDED_FORM_SCORE, {
      rule: 'page-signals',
      detail: `the page calls itself "${brand.display}" and ${asks}, but ${verdict.displayHost} is not one of ${brand.target}'s sites`,
    }, brand.target);
  }
  if (engine.policy.identityProviders) {
    const named = IDENTITY_PROVIDERS.find((p) => p.brands.some((b) => mentions(words, b)) || mentions(words, p.name));
    if (named) {
      // Named beside a password on a host already shaped like SSO phishing: a cloned sign-in page.
      const score = brandless ? Math.max(engine.thresholds.block, IDP_NAMED_FORM_SCORE) : IDP_NAMED_FORM_SCORE;
      return raise(engine, verdict, score, {
        rule: 'page-signals',
        detail: `the page names ${named.name} and ${asks} on ${verdict.displayHost}, which is not ${named.name}`,
      }, new URL(named.signIn).hostname);
    }
  }
  return verdict;
}
