/**
 * Typo: the label, or its core without identity words, is a small edit
 * (insert, delete, substitute, swap) from a brand, after hyphens are
 * dropped and digits that stand for letters are read as letters. Short
 * brands need more evidence: one changed letter in a brand of four letters
 * or fewer is not enough alone, only beside an identity word.
 */
import { DISTANCE_TWO_MIN, typoCandidates, type BrandIndex } from '../brand-index.ts';
import type { Brand } from '../brands.ts';
import { boundedDamerau } from '../distance.ts';
import { skeleton } from '../skeleton.ts';
import type { Subject } from '../subject.ts';
import { besideSignInWord, isCommonWordNear } from './common-word.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

/** Base score for an edit distance against a brand of the given length. */
export function typoScore(distance: number, brandLength: number): number {
  if (distance === 0 || distance === 1) {
    if (brandLength >= 7) return 0.8;
    if (brandLength >= 5) return 0.62;
    return 0.3;
  }
  if (distance === 2 && brandLength >= 9) return 0.62;
  return 0;
}

const STRONG_WORD_BONUS = 0.25;
const IDP_TYPO_MIN = 6;
/** A shorter IdP name with a digit ("auth0") counts one letter off when the digit stays. */
const IDP_DIGIT_TYPO_MIN = 5;
export const HYPHENATED_SCORE = 0.8;
const WEAK_WORD_BONUS = 0.2;
/** The weak-word bonus stops below the block threshold unless the typo alone scores this much. */
const WEAK_WORD_LIFTS = 0.8;
const WEAK_WORD_CAP = 0.7;
const UNKNOWN_WORD_PENALTY = 0.15;
/** A common English word near a company's name, before the sign-in word's bonus: a warning, never a block alone. */
const WORD_TYPO_SCORE = 0.45;

function describe(text: string, b: Brand, distance: number): string {
  if (distance === 0) {
    return text.replace(/-/g, '') === b.token
      ? `"${text}" is ${brandName(b)} with hyphens added`
      : `"${text}" spells ${brandName(b)} with digits or look-alike letters`;
  }
  return `"${text}" is ${distance === 1 ? 'one letter' : 'two letters'} away from ${brandName(b)}`;
}

/**
 * How many edits a typo of `b` in `text` (the label or core as written)
 * may have and still count: 2 for long brands, 1 otherwise, -1 when its
 * typos never count. Short IdP names sit one letter from common words
 * (auth0/auto, gmail/mail), unless the text keeps the name's digits:
 * "auht0", "awth0" are Auth0's, "auto" has no 0. IdP brands are compounds
 * of common words ("duomobile", "office365"): one letter only. The screen
 * (screen.ts) asks this too.
 */
export function typoReach(b: Brand, text: string): number {
  if (b.idp) return b.token.length >= IDP_TYPO_MIN || keepsDigits(b.token, text) ? 1 : -1;
  return b.typo.length >= DISTANCE_TWO_MIN ? 2 : 1;
}

/**
 * The first brand whose typo form lies within typoReach of `typo` (the
 * typo form of `text`) and that `accept` takes: the screen asks whether
 * any does, fake-tenant.ts which one a tenant label misspells.
 */
export function brandWithinTypoReach(index: BrandIndex, typo: string, text: string, accept?: (b: Brand) => boolean): Brand | undefined {
  for (const b of typoCandidates(index, typo)) {
    const max = typoReach(b, text);
    if (max >= 0 && (!accept || accept(b)) && boundedDamerau(typo, b.typo, max) <= max) return b;
  }
  return undefined;
}

/** Does `text` hold the digits of `token` as they stand there ("0" of "auth0")? False for a token with none. */
function keepsDigits(token: string, text: string): boolean {
  const digits = token.replace(/\D/g, '');
  return token.length >= IDP_DIGIT_TYPO_MIN && digits !== '' && text.includes(digits);
}

/**
 * `wordsAreWords`: a common English word near a name is that word (below).
 * Off for an IdP's tenants (tenant.ts), where anyone may take any free name
 * next to the company's tenant, word or not: "phase.okta.com" beside
 * chase.okta.com.
 */
export function typoRule(s: Subject, index: BrandIndex, strongWords: ReadonlySet<string>, wordsAreWords = true): Evidence[] {
  const out: Evidence[] = [];
  const candidates = [{ text: s.label, typo: s.typo, removed: [] as readonly string[], dropped: [] as readonly string[] }, ...s.cores];
  for (const c of candidates) {
    if (c.typo.length < 2) continue;
    for (const b of typoCandidates(index, c.typo, s.isIdn)) {
      if (c.text === b.token || c.text === b.display) continue;
      const max = typoReach(b, c.text);
      if (max < 0) continue;
      const d = boundedDamerau(c.typo, b.typo, max);
      if (d > max) continue;
      // Same letters once look-alikes are folded: the homoglyph rule already says so.
      const letters = c.text.replace(/-/g, '');
      if (d === 0 && letters !== b.token && skeleton(letters) === b.skeleton) continue;
      // The brand's own letters split by hyphens ("git-hub") is deliberate, not a slip.
      let score = d === 0 && letters === b.token && b.token.length >= 5 ? HYPHENATED_SCORE : typoScore(d, b.typo.length);
      if (score === 0) continue;
      const words = c.removed.length > 0 && c.dropped.length === 0 ? c.removed : [];
      const strong = words.some((w) => strongWords.has(w));
      // A common word a letter or two from a company's name is that word (common-word.ts).
      if (wordsAreWords && d > 0 && isCommonWordNear(c.text, b)) {
        if (!besideSignInWord(words)) continue;
        score = Math.min(score, WORD_TYPO_SCORE);
      }
      // A short brand one letter off needs a sign-in word beside it ("at-uid"), not "at-home".
      if (words.length > 0 && !strong && b.typo.length <= 4) continue;
      // A corporate word lifts only a strong typo to a block: "lackmail" is "slack" one letter off
      // plus "mail", "officeemail" is "office365" two letters off plus "mail"; both only warn.
      if (words.length > 0) score = strong ? score + STRONG_WORD_BONUS : score >= WEAK_WORD_LIFTS ? score + WEAK_WORD_BONUS : Math.min(score + WEAK_WORD_BONUS, WEAK_WORD_CAP);
      // A typo beside an unknown word is weaker than the brand itself beside one ("black-mountain" for slack).
      else if (c.dropped.length > 0) score -= UNKNOWN_WORD_PENALTY;
      if (score < 0.3) continue;
      const withWords = words.length ? ` with "${words.join('", "')}" added` : '';
      out.push(evidence('typo', b, Math.min(0.9, score), describe(c.text, b, d) + withWords));
    }
  }
  return out;
}
