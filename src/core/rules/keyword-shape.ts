/**
 * Keyword shape: a short unknown name hyphenated with a sign-in word,
 * "xyz-sso", "abc-okta", "tmo-vpn". It is the 0ktapus domain shape even when
 * the name is an abbreviation no policy lists (tmo for T-Mobile, sitel for
 * Foundever). Warn-level on its own; a sign-in form on the page makes it a
 * block only when the page also names the company or an IdP (page signals).
 *
 * The corporate form is narrower: an acronym-like name (2-4 letters, or up
 * to 5 with no vowel) with a word for the company's internal services
 * ("abc-hr", "xyz-corp", "qx-update"). Corporate words are ordinary on
 * their own ("tax-help", "acme-support"), so the name must look like an
 * abbreviation, and only the words that name an employee-facing service
 * count. Written without a hyphen, only the corporate form counts, with a
 * name of no vowel at all: "newscorp" is a word, "vzwcorp" is not.
 */
import type { Subject } from '../subject.ts';
import { isKnownWord, type Vocabulary } from '../segment.ts';
import type { Evidence } from './evidence.ts';

export const KEYWORD_SHAPE_SCORE = 0.5;

/** Words that, hyphenated with an unknown name, make the phishing shape. */
export const SHAPE_TRIGGERS: ReadonlySet<string> = new Set([
  'okta', 'onelogin', 'sso', 'mfa', '2fa', 'otp', 'vpn', 'citrix', 'ctx', 'uid', 'idp', 'helpdesk', 'servicedesk',
  'signin', 'login', 'logon', 'duo', 'adfs', 'passcode',
]);

/**
 * Words for a company's internal services that phishing kits pair with an
 * abbreviation of the company ("abc-hr", "xyz-corp"): they count only beside
 * an acronym-like name. Not "help", "support" or "portal": "<topic>-help"
 * sites are everywhere.
 */
export const CORPORATE_TRIGGERS: ReadonlySet<string> = new Set([
  'hr', 'corp', 'corporate', 'intranet', 'payroll', 'benefits', 'employee', 'employees', 'update', 'updates',
]);

/** The corporate words that count run straight into a name ("vzwcorp"): four letters or more. */
export const JOINED_CORPORATE_TRIGGERS: readonly string[] = [...CORPORATE_TRIGGERS].filter((w) => w.length >= 4);

const VOWEL = /[aeiouy]/;
const LETTERS = /^[a-z]+$/;

/** 2-4 letters, or up to 5 with no vowel: reads as an abbreviation, not a word. */
export function isAcronymLike(name: string): boolean {
  if (!LETTERS.test(name) || name.length < 2) return false;
  return name.length <= 4 || (name.length <= 5 && !VOWEL.test(name));
}

/** No vowel at all, 2-5 letters: "vzw", "tmb"; never a word. */
function isVowelless(name: string): boolean {
  return LETTERS.test(name) && name.length >= 2 && name.length <= 5 && !VOWEL.test(name);
}

function finding(label: string, name: string, word: string, corporate: boolean): Evidence[] {
  const what = corporate ? `the corporate word "${word}"` : `the sign-in word "${word}"`;
  const shape = corporate ? 'abbreviation' : 'name';
  return [
    {
      rule: 'keyword-shape',
      score: KEYWORD_SHAPE_SCORE,
      detail: `"${label}" joins the ${shape} "${name}" with ${what}, the shape of SSO phishing domains`,
    },
  ];
}

/**
 * "vzwcorp": a vowel-less name run straight into a corporate word of four
 * letters or more. Sign-in words are left out here ("nsvpn", "dtvpn" are VPN
 * products, "mfadsrvr" a server name), and so is "hr", which starts or ends
 * too many random strings.
 */
function joinedShape(s: Subject, vocab: Vocabulary): Evidence[] {
  const label = s.label;
  for (const word of JOINED_CORPORATE_TRIGGERS) {
    if (label.length <= word.length || !label.endsWith(word)) continue;
    const name = label.slice(0, -word.length);
    if (!isVowelless(name) || isKnownWord(name, vocab)) continue;
    return finding(label, name, word, true);
  }
  return [];
}

/**
 * A company whose name is too short to be a brand (hp.com, ea.com: brands
 * need three letters, or "hp" would match everywhere) still owns its name
 * as a whole hyphen token among known words: "hp-sso", "ea-servicenow",
 * "sso-hp" block; "hp-hr", "my-hp", "ea-support" warn.
 */
export const SHORT_NAME_SCORE = 0.85;
export const SHORT_NAME_CORPORATE_SCORE = 0.7;

const DIGITS = /^\d+$/;

/**
 * "o2sso", "ssohp": a two-letter company name run straight into one
 * sign-in word, the whole label. Warn-level: the hyphen is what makes the
 * name a token; without it two letters are any two letters.
 */
export const SHORT_NAME_JOINED_SCORE = 0.7;

/** The two-letter company name at one end of `label` with a sign-in word as the rest, or undefined. */
export function joinedShortName(label: string, strong: ReadonlySet<string>, protectedByLabel: ReadonlyMap<string, readonly string[]>): { name: string; domain: string } | undefined {
  if (label.length < 5) return undefined;
  for (const [name, rest] of [[label.slice(0, 2), label.slice(2)], [label.slice(-2), label.slice(0, -2)]] as const) {
    const domain = protectedByLabel.get(name)?.[0];
    if (domain !== undefined && strong.has(rest)) return { name, domain };
  }
  return undefined;
}

export function shortNameCombo(s: Subject, vocab: Vocabulary, protectedByLabel: ReadonlyMap<string, readonly string[]>): Evidence[] {
  if (s.isIdn) return [];
  if (s.tokens.length === 1) {
    const joined = joinedShortName(s.label, vocab.strong, protectedByLabel);
    if (!joined) return [];
    return [{
      rule: 'combosquat',
      score: SHORT_NAME_JOINED_SCORE,
      target: joined.domain,
      detail: `"${s.label}" runs the company's short name "${joined.name}" (${joined.domain}) into a sign-in word`,
    }];
  }
  if (s.tokens.length > 3) return [];
  let name: string | undefined;
  let domain: string | undefined;
  let signIn = false;
  let words = 0;
  for (const t of s.tokens) {
    const own = t.length < 3 && name === undefined ? protectedByLabel.get(t)?.[0] : undefined;
    if (own !== undefined) {
      name = t;
      domain = own;
    } else if (vocab.strong.has(t)) {
      signIn = true;
      words++;
    } else if (vocab.weak.has(t)) words++;
    else if (!DIGITS.test(t)) return [];
  }
  if (name === undefined || domain === undefined || words === 0) return [];
  return [{
    rule: 'combosquat',
    score: signIn ? SHORT_NAME_SCORE : SHORT_NAME_CORPORATE_SCORE,
    target: domain,
    detail: `"${s.label}" is the company's short name "${name}" (${domain}) with ${signIn ? 'a sign-in word' : 'a corporate word'}`,
  }];
}

export function keywordShapeRule(s: Subject, vocab: Vocabulary): Evidence[] {
  if (s.isIdn) return [];
  if (s.tokens.length < 2) return joinedShape(s, vocab);
  const unknown = s.tokens.filter((t) => !isKnownWord(t, vocab) && !/^\d+$/.test(t));
  const trigger = s.tokens.find((t) => SHAPE_TRIGGERS.has(t));
  if (trigger) {
    if (unknown.length === 0 || unknown.length > 2 || unknown.some((t) => t.length < 2 || t.length > 10)) return [];
    return finding(s.label, unknown.join('-'), trigger, false);
  }
  // The corporate form: exactly an abbreviation and one corporate word ("abc-hr", "corp-xyz").
  const corporate = s.tokens.find((t) => CORPORATE_TRIGGERS.has(t));
  const name = unknown[0];
  if (!corporate || s.tokens.length !== 2 || unknown.length !== 1 || name === undefined || !isAcronymLike(name)) return [];
  return finding(s.label, name, corporate, true);
}
