/**
 * Short form: the company's name shortened (short-forms.ts) beside a
 * sign-in or corporate word, "tmo-sso" and "ssotmo" for T-Mobile,
 * "mongosso" for MongoDB, "rbx-hr" for Roblox. Kits of the 0ktapus and
 * Scattered Spider campaigns wrote company names this way, and a policy
 * that lists only the main domain cannot know the abbreviation. Hyphenated,
 * the keyword shape would warn anyway, with no company named; this ties the
 * warning to the company, so a page that asks for a password is blocked.
 * Run together with a sign-in word, only the name's start counts.
 *
 * The name's start beside a word of signing in itself (a keyword-shape
 * trigger: "sso", "okta", "citrix", "login"; not "vpn", below) blocks, as
 * the whole name beside one does: the start is three letters or more of
 * this company's name and no word, and the trigger names nothing but a
 * sign-in page. Some consonants ("src" could be salesforce's s-r-c) stand
 * for too many names, and a corporate or product word ("rbx-hr",
 * "klav-workday") for too many pages: those warn.
 */
import { edgeWords, joinedShortForm, shortFormOf, type ShortForm, type ShortFormTable } from '../short-forms.ts';
import { isKnownWord, type Vocabulary } from '../segment.ts';
import type { Subject } from '../subject.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';
import { CORPORATE_TRIGGERS, SHAPE_TRIGGERS } from './keyword-shape.ts';

export const SHORT_FORM_SCORE = 0.6;
/** The name's start beside a sign-in trigger: a block at balanced sensitivity, a warning at low. */
export const SHORT_FORM_SIGN_IN_SCORE = 0.8;

/**
 * Triggers that consumer products put after any name ("nordvpn",
 * "protonvpn", "urban-vpn"): run into a short form they count for nothing
 * ("nord" of nordstrom is not in nordvpn.com), beside one only as a warning.
 */
const PRODUCT_TRIGGERS: ReadonlySet<string> = new Set(['vpn']);

/** The sign-in words a short form may run straight into: the triggers of three letters or more, but product ones. */
export const JOINED_WORDS_BY_EDGE = edgeWords([...SHAPE_TRIGGERS].filter((w) => w.length >= 3 && !PRODUCT_TRIGGERS.has(w)));

const DIGITS = /^\d+$/;

function describe(name: string, { brand, kind }: ShortForm): string {
  return kind === 'start' ? `"${name}", the start of ${brandName(brand)}` : `"${name}", consonants of ${brandName(brand)}`;
}

export function shortFormRule(s: Subject, vocab: Vocabulary, table: ShortFormTable): Evidence[] {
  if (s.isIdn || table.byInitial.size === 0) return [];
  if (s.tokens.length === 1) {
    const joined = joinedShortForm(s.label, table, JOINED_WORDS_BY_EDGE);
    if (!joined) return [];
    return [evidence('combosquat', joined.form.brand, SHORT_FORM_SIGN_IN_SCORE, `"${s.label}" runs ${describe(joined.name, joined.form)}, into the sign-in word "${joined.word}"`)];
  }
  // One name, at least one sign-in word, product word ("klav-workday") or corporate word, and nothing else but known words and digits.
  const word = s.tokens.find((t) => SHAPE_TRIGGERS.has(t) || vocab.strong.has(t)) ?? s.tokens.find((t) => CORPORATE_TRIGGERS.has(t));
  const names = s.tokens.filter((t) => !isKnownWord(t, vocab) && !SHAPE_TRIGGERS.has(t) && !DIGITS.test(t));
  const name = names[0];
  if (word === undefined || name === undefined || names.length !== 1) return [];
  const form = shortFormOf(name, table, vocab);
  if (!form) return [];
  const what = SHAPE_TRIGGERS.has(word) ? `the sign-in word "${word}"` : vocab.strong.has(word) ? `the identity word "${word}"` : `the corporate word "${word}"`;
  const signIn = s.tokens.some((t) => SHAPE_TRIGGERS.has(t) && !PRODUCT_TRIGGERS.has(t));
  const score = form.kind === 'start' && signIn ? SHORT_FORM_SIGN_IN_SCORE : SHORT_FORM_SCORE;
  return [evidence('combosquat', form.brand, score, `"${s.label}" has ${describe(name, form)}, with ${what}`)];
}
