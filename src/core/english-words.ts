/**
 * The common English words of data/english-words.txt (SCOWL sizes 10 and
 * 20) as a set, built on first use: the worker builds an engine only when
 * the policy changes or it wakes.
 */
import { ENGLISH_WORDS_PACKED } from './words-data.ts';

let words: ReadonlySet<string> | undefined;

export function englishWords(): ReadonlySet<string> {
  words ??= new Set(ENGLISH_WORDS_PACKED.split(' '));
  return words;
}

export function isEnglishWord(w: string): boolean {
  return englishWords().has(w);
}
