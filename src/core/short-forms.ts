/**
 * Short forms of a company name, the way employees and phishing kits
 * write it: its start ("tmo" for T-Mobile, "mongo" for MongoDB, "klav" for
 * Klaviyo) or some of its consonants ("rbx" for Roblox). Read only for
 * brands of five letters or more and never where the letters are a word
 * (English or the identity vocabulary): "net" is no short form of netflix,
 * nor "pay" of paypal. Alone the letters say nothing; rules/short-form.ts
 * counts them only beside a sign-in or corporate word.
 */
import type { Brand } from './brands.ts';
import { englishWords, isEnglishWord } from './english-words.ts';
import { pairAt, pairTable } from './pair-table.ts';
import { isKnownWord, type Vocabulary } from './segment.ts';

export const SHORT_FORM_MIN_BRAND = 5;
export const SHORT_FORM_MIN = 3;

export interface ShortFormTable {
  /** The brands read, in policy order. */
  readonly brands: readonly Brand[];
  /** Each start of 3 letters or more, short of the whole, that is no word -> its brand (the first brand in policy order). */
  readonly starts: ReadonlyMap<string, Brand>;
  /** The same brands by first letter, for the consonant form. */
  readonly byInitial: ReadonlyMap<string, readonly Brand[]>;
}

export interface ShortForm {
  brand: Brand;
  /** "start": the name's first letters; "consonants": letters of its consonants, in order. */
  kind: 'start' | 'consonants';
}

const LETTERS = /^[a-z]+$/;
const VOWELS = /[aeiouy]/g;

/** `isWord` tells the vocabulary's words; English words are always words. */
export function shortFormTable(brands: readonly Brand[], isWord: (w: string) => boolean): ShortFormTable {
  const english = englishWords();
  const read: Brand[] = [];
  const starts = new Map<string, Brand>();
  const byInitial = new Map<string, Brand[]>();
  for (const brand of brands) {
    const { token } = brand;
    if (token.length < SHORT_FORM_MIN_BRAND || !LETTERS.test(token)) continue;
    read.push(brand);
    for (let n = SHORT_FORM_MIN; n < token.length; n++) {
      const start = token.slice(0, n);
      if (!starts.has(start) && !english.has(start) && !isWord(start)) starts.set(start, brand);
    }
    const initial = token.slice(0, 1);
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), brand]);
  }
  return { brands: read, starts, byInitial };
}

/** The first letter and the consonants after it: the letters the consonant form is drawn from ("rblx" for roblox). */
function consonantsOf(token: string): string {
  return token.slice(0, 1) + token.slice(1).replace(VOWELS, '');
}

/** Are the letters of `short` found in `long` in order? */
function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/**
 * The brand `name` is a short form of, if any. The consonant form needs a
 * name of no vowel, taken in order from the brand's first letter and its
 * consonants: "rbx" from r-b-l-x (roblox); "rox" has a vowel, "bx" starts
 * elsewhere.
 */
export function shortFormOf(name: string, table: ShortFormTable, vocab: Vocabulary): ShortForm | undefined {
  const start = table.starts.get(name);
  if (start) return { brand: start, kind: 'start' };
  if (name.length < SHORT_FORM_MIN || !LETTERS.test(name) || name.search(VOWELS) !== -1) return undefined;
  for (const brand of table.byInitial.get(name.slice(0, 1)) ?? []) {
    const consonants = consonantsOf(brand.token);
    if (name.length < consonants.length && inOrder(name.slice(1), consonants.slice(1)) && !isEnglishWord(name) && !isKnownWord(name, vocab)) {
      return { brand, kind: 'consonants' };
    }
  }
  return undefined;
}

/**
 * Words by their first and last two letters: a label looks up only the
 * words it may start or end with, and most labels none at all (the pair
 * tables answer with one bit, no string cut).
 */
export interface EdgeWords {
  readonly heads: Uint8Array;
  readonly tails: Uint8Array;
  readonly byHead: ReadonlyMap<number, readonly string[]>;
  readonly byTail: ReadonlyMap<number, readonly string[]>;
  /** The shortest word's length. */
  readonly shortest: number;
}

const pairCode = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

export function edgeWords(words: readonly string[]): EdgeWords {
  const byHead = new Map<number, string[]>();
  const byTail = new Map<number, string[]>();
  for (const w of words) {
    byHead.set(pairCode(w, 0), [...(byHead.get(pairCode(w, 0)) ?? []), w]);
    byTail.set(pairCode(w, w.length - 2), [...(byTail.get(pairCode(w, w.length - 2)) ?? []), w]);
  }
  return {
    heads: pairTable(words.map((w) => w.slice(0, 2))),
    tails: pairTable(words.map((w) => w.slice(-2))),
    byHead,
    byTail,
    shortest: Math.min(...words.map((w) => w.length)),
  };
}

/**
 * A start of a company name run straight into one of `words`, the whole
 * label: "mongosso", "ssotmo". Only the start form counts there; some
 * consonants beside "sso" are any consonants.
 */
export function joinedShortForm(label: string, table: ShortFormTable, words: EdgeWords): { name: string; word: string; form: ShortForm } | undefined {
  if (label.length < SHORT_FORM_MIN + words.shortest) return undefined;
  if (!pairAt(words.tails, label, label.length - 2) && !pairAt(words.heads, label, 0)) return undefined;
  for (const word of words.byTail.get(pairCode(label, label.length - 2)) ?? []) {
    if (label.length <= word.length || !label.endsWith(word)) continue;
    const name = label.slice(0, -word.length);
    const brand = table.starts.get(name);
    if (brand) return { name, word, form: { brand, kind: 'start' } };
  }
  for (const word of words.byHead.get(pairCode(label, 0)) ?? []) {
    if (label.length <= word.length || !label.startsWith(word)) continue;
    const name = label.slice(word.length);
    const brand = table.starts.get(name);
    if (brand) return { name, word, form: { brand, kind: 'start' } };
  }
  return undefined;
}

/**
 * Per brand, the starts that count and the letters of the consonant form,
 * for an admin's listing (policy validate): "t-mobile (t-mobile.com):
 * starts tmo to tmobil, consonants of tmbl"; "netflix (netflix.com):
 * starts netf to netfli (not net), ...": starts that are words, or an
 * earlier brand's, are named as left out.
 */
export function listShortForms(table: ShortFormTable): string[] {
  return table.brands.map((b) => {
    const all: string[] = [];
    for (let n = SHORT_FORM_MIN; n < b.token.length; n++) all.push(b.token.slice(0, n));
    const counted = all.filter((start) => table.starts.get(start) === b);
    const left = all.filter((start) => table.starts.get(start) !== b);
    const range = counted.length === 0 ? 'no starts' : counted.length === 1 ? `start ${counted[0] ?? ''}` : `starts ${counted[0] ?? ''} to ${counted[counted.length - 1] ?? ''}`;
    const except = counted.length > 0 && left.length > 0 ? ` (not ${left.join(', ')})` : '';
    return `${b.display} (${b.target}): ${range}${except}, consonants of ${consonantsOf(b.token)}`;
  });
}
