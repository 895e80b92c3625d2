/**
 * A common English word that a typo or the weaker look-alike tiers bring
 * near a company's name ("plastic" for elastic, "phase" for chase, "clock"
 * for block) is that word, not a slip: typo.ts and homoglyph.ts count it
 * only beside a sign-in word ("plastic-sso"). IdP names keep their near
 * words: "goggle" is the classic Google squat.
 */
import type { Brand } from '../brands.ts';
import { isEnglishWord } from '../english-words.ts';
import { SIGN_IN_CONTEXT_WORDS } from '../keywords.ts';

export function isCommonWordNear(text: string, b: Brand): boolean {
  const letters = text.replace(/-/g, '');
  return !b.idp && letters !== b.token && (isEnglishWord(letters) || (letters !== text && text.split('-').every(isWordToken)));
}

/** Hyphenated, every part a word: "star-trek" (near startek) is two words, not a slip. */
const isWordToken = (t: string): boolean => t.length >= 3 && isEnglishWord(t);

/** Does a sign-in word (signing in, an IdP, remote access, the help desk) stand among `words`? */
export function besideSignInWord(words: readonly string[]): boolean {
  return words.some((w) => SIGN_IN_CONTEXT_WORDS.has(w));
}
