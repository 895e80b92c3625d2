/**
 * Homoglyph: the label (or its core without identity words) has the same
 * confusable skeleton as a brand but is not the brand: "tmobiie", "аcme",
 * "rnicrosoft", "cgslnc-okta". An IDN label one edit from a brand's
 * skeleton also counts: mixing scripts to get close to a brand is itself
 * the tell, as does one whose unmapped characters stand where a brand's
 * letters would ("hʉƅspot"). For long brands, look-alikes plus one slip
 * warn: "cllropbox" (cl for d, one l too many).
 */
import { nearCandidates, typoCandidates, type BrandIndex } from '../brand-index.ts';
import { boundedDamerau } from '../distance.ts';
import type { Brand } from '../brands.ts';
import type { Subject } from '../subject.ts';
import { besideSignInWord, isCommonWordNear } from './common-word.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';

export const HOMOGLYPH_SCORE = 0.95;
export const IDN_NEAR_SCORE = 0.85;
const KEYWORD_BONUS = 0.02;

/** The loose tier's words beside the look-alike: none, corporate words only ("mail", "hub"), or a sign-in word among them. */
export type LooseWords = 'none' | 'corporate' | 'sign-in';

/**
 * The loose tier (b/d, n/m, ...) is weaker: warn for mid-length brands,
 * block for long ones or beside a sign-in word. As in typo.ts, a corporate
 * word lifts only a look-alike that blocks alone: "maildock" reads "mail"
 * + block's loose "dock", and warns.
 */
export function looseScore(brandLength: number, words: LooseWords): number {
  const alone = brandLength >= 7 ? 0.78 : 0.62;
  if (words === 'sign-in') return 0.85;
  if (words === 'corporate') return alone >= 0.75 ? 0.85 : 0.7;
  return alone;
}

/** A look-alike letter and a slip: warn alone, block beside a sign-in word. */
export const NEAR_SCORE = 0.62;
export const NEAR_WORDS_SCORE = 0.8;
/**
 * Edits allowed between the typo forms in such a match: a look-alike pair
 * costs two ("cl" for "d"), the slip one. Measured on 35,000 English words
 * against 40 brands, the only word it added was "castle" for elastic.co
 * (c/e, +l, e/c), which as a common word no longer counts (isOtherWord).
 */
const NEAR_MAX_TYPED = 3;

/**
 * Brands whose near skeleton is one edit from `near`, but for those `skip`
 * says another finding covers: "cllropbox" reads "dlropdox", one letter
 * from dropbox's "dropdox".
 */
function nearMatches(near: string, index: BrandIndex, skip: (b: Brand) => boolean): Brand[] {
  const { min, max } = index.nearLengths;
  if (near.length < min - 1 || near.length > max + 1) return [];
  return nearCandidates(index, near).filter((b) => !skip(b) && boundedDamerau(near, b.near, 1) <= 1);
}

/**
 * Characters the confusables data does not map (ə, ʉ, ƅ, ƿ) still stand in
 * for letters: an IDN label whose other letters are a brand's loose
 * skeleton, letter for letter, with at most a third of them replaced.
 */
function wildcardMatches(loose: string, index: BrandIndex): Brand[] {
  let wild = 0;
  for (let i = 0; i < loose.length; i++) if (loose.charCodeAt(i) >= 0x80) wild++;
  if (wild === 0 || wild * 3 > loose.length) return [];
  return (index.byLooseLength.get(loose.length) ?? []).filter((b) => {
    for (let i = 0; i < loose.length; i++) {
      const c = loose.charCodeAt(i);
      if (c < 0x80 && c !== b.loose.charCodeAt(i)) return false;
    }
    return true;
  });
}

/**
 * A common English word that only the weaker tiers (b/d, e/c, one more slip)
 * bring near a company's name ("clock" for block, "castle" for elastic) is
 * that word, unless a sign-in word stands beside it (common-word.ts). The
 * exact skeleton tier keeps it.
 */
function isOtherWord(c: { text: string; removed: readonly string[] }, b: Brand): boolean {
  return isCommonWordNear(c.text, b) && !besideSignInWord(c.removed);
}

/** `wordsAreWords` as in typo.ts: off for an IdP's tenants. */
export function homoglyphRule(s: Subject, index: BrandIndex, strongWords: ReadonlySet<string>, wordsAreWords = true): Evidence[] {
  const out: Evidence[] = [];
  // Identity words count only where no unknown word was dropped with them.
  const candidates: { text: string; skeleton: string; loose: string; near: string; typo: string; removed: readonly string[] }[] = [
    { text: s.label.replace(/-/g, ''), skeleton: s.skeleton, loose: s.loose, near: s.near, typo: s.typo, removed: [] },
    ...s.cores.map((c) => (c.dropped.length > 0 ? { ...c, removed: [] } : c)),
  ];
  const added = (c: { removed: readonly string[] }): string => (c.removed.length ? ` with "${c.removed.join('", "')}" added` : '');
  for (const c of candidates) {
    for (const b of index.byLooseSkeleton.get(c.loose) ?? []) {
      if (c.text === b.token || c.skeleton === b.skeleton || (wordsAreWords && isOtherWord(c, b))) continue;
      const words: LooseWords = c.removed.length === 0 ? 'none' : c.removed.some((w) => strongWords.has(w)) ? 'sign-in' : 'corporate';
      out.push(evidence('homoglyph', b, looseScore(b.token.length, words),
        `"${c.text}" can pass for ${brandName(b)} in a small font (letters such as b/d, rn/m, e/c)${added(c)}`));
    }
    for (const b of index.bySkeleton.get(c.skeleton) ?? []) {
      if (c.text === b.token) continue;
      out.push(
        evidence('homoglyph', b, Math.min(0.99, HOMOGLYPH_SCORE + (c.removed.length ? KEYWORD_BONUS : 0)),
          `"${c.text}" looks like ${brandName(b)}: the letters differ but read the same${added(c)}`),
      );
    }
  }
  if (s.isIdn && out.length === 0) {
    for (const b of typoCandidates(index, s.typo)) {
      if (b.typo.length < 4) continue;
      if (boundedDamerau(s.typo, b.typo, 1) <= 1) {
        out.push(evidence('homoglyph', b, IDN_NEAR_SCORE,
          `"${s.label}" mixes look-alike characters to come within one letter of ${brandName(b)}`));
      }
    }
  }
  if (s.isIdn) {
    for (const b of wildcardMatches(s.loose, index)) {
      out.push(evidence('homoglyph', b, IDN_NEAR_SCORE,
        `"${s.label}" is ${brandName(b)} with some letters replaced by characters from other alphabets`));
    }
  }
  // One edit beyond the look-alikes (near skeleton), after the IDN check above, which looks only when nothing
  // matched exactly. Not where an exact match or the typo rule (one plain edit) already speaks, nor more than
  // three edits apart as typed: look-alikes stacked on look-alikes.
  for (const c of candidates) {
    const skip = (b: Brand): boolean => {
      if (b.token === c.text || b.skeleton === c.skeleton || b.loose === c.loose || (wordsAreWords && isOtherWord(c, b))) return true;
      const typed = boundedDamerau(c.typo, b.typo, NEAR_MAX_TYPED);
      return typed <= 1 || typed > NEAR_MAX_TYPED;
    };
    const signIn = c.removed.some((w) => strongWords.has(w));
    for (const b of nearMatches(c.near, index, skip)) {
      out.push(evidence('homoglyph', b, signIn ? NEAR_WORDS_SCORE : NEAR_SCORE,
        `"${c.text}" reads as ${brandName(b)} with look-alike letters (such as cl/d, b/d, rn/m) and one more letter changed${added(c)}`));
    }
  }
  return out;
}
