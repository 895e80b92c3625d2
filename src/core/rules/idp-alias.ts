/**
 * IdP alias: an identity provider's everyday name, too common a word to be
 * a brand ("duo", "live", "teams", "o365", idps.ts `aliases`), standing as a
 * whole hyphen token beside a sign-in word and nothing but known words:
 * "duo-auth", "o365-login", "azure-sso", "ms-account-verify". Phishing kits for Duo and
 * Microsoft sign-in use exactly these names. Warn level on the name alone:
 * "office-login" may be an office-supplies shop; a password form on the
 * page then blocks, as for every warning tied to a brand.
 */
import type { Brand } from '../brands.ts';
import type { IdentityProvider } from '../idps.ts';
import type { Vocabulary } from '../segment.ts';
import type { Subject } from '../subject.ts';
import type { Evidence } from './evidence.ts';

export const IDP_ALIAS_SCORE = 0.7;

/**
 * Words that make an alias a sign-in page: what a kit puts beside "duo" or
 * "o365". Not "secure" or "account": "ping-security" and "office-account"
 * name ordinary businesses.
 */
export const ALIAS_SIGN_IN_WORDS: ReadonlySet<string> = new Set([
  'sso', 'login', 'logon', 'signin', 'signon', 'auth', 'oauth', 'mfa', '2fa', 'otp', 'verify', 'verification',
  'password', 'passwd', 'passcode', 'push', 'reset', 'unlock', 'recovery',
]);

/** Alias -> the IdP brand its findings name (the IdP's first brand, for its sign-in target). */
export type AliasTable = ReadonlyMap<string, Brand>;

export function aliasTable(brands: readonly Brand[], idps: readonly IdentityProvider[]): AliasTable {
  const table = new Map<string, Brand>();
  for (const idp of idps) {
    const brand = brands.find((b) => b.idp === idp);
    if (!brand) continue;
    for (const alias of idp.aliases ?? []) table.set(alias, brand);
  }
  return table;
}

export function idpAliasRule(s: Subject, aliases: AliasTable, vocab: Vocabulary): Evidence[] {
  if (s.isIdn || s.tokens.length < 2 || s.tokens.length > 3 || aliases.size === 0) return [];
  let brand: Brand | undefined;
  let alias = '';
  let signIn = false;
  for (const t of s.tokens) {
    const found = aliases.get(t);
    if (found && !brand) {
      brand = found;
      alias = t;
    } else if (ALIAS_SIGN_IN_WORDS.has(t)) signIn = true;
    // Other known words may stand beside ("ms-account-verify"); an unknown one is some other business.
    else if (!vocab.strong.has(t) && !vocab.weak.has(t)) return [];
  }
  if (!brand?.idp || !signIn) return [];
  const words = s.tokens.filter((t) => t !== alias);
  return [{
    rule: 'idp-impersonation',
    score: IDP_ALIAS_SCORE,
    target: brand.target,
    detail: `"${s.label}" is "${alias}", a name of ${brand.idp.name} (${brand.target}), with the word${words.length > 1 ? 's' : ''} "${words.join('", "')}"`,
  }];
}
