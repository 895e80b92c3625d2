/**
 * Splits the letters around a brand into known words: "okta", "sso",
 * "my", digits. The parse that leaves the fewest letters unexplained wins;
 * unexplained letters are an "unknown word", weaker evidence than a brand
 * next to identity words only.
 */
import { digitLetter } from './fold-codes.ts';

export interface WordParse {
  /** Letters no keyword or digit run explains. */
  unknown: number;
  strong: string[];
  weak: string[];
  /** The unexplained letters, joined with "-" between runs. */
  unknownText: string;
}

export interface Vocabulary {
  strong: ReadonlySet<string>;
  weak: ReadonlySet<string>;
  maxLength: number;
  /** Words that may be taken off a label's ends, as tries read forwards and backwards. */
  heads: Trie;
  tails: Trie;
  /** Every word, forwards and backwards: "does a word start (end) here" before a full parse. */
  starts: Trie;
  ends: Trie;
}

/**
 * A character trie over a-z and 0-9 in typed arrays: walking it finds every
 * word at a label's start without slicing, a few array reads per letter.
 * Node 0 is the root, so a transition to 0 means "no such word".
 */
export interface Trie {
  next: Int32Array;
  end: Uint8Array;
}

const ALPHABET = 36;

/** a-z -> 0-25, 0-9 -> 26-35, anything else -> -1 (no word has it). */
function symbol(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

function trieOf(words: Iterable<string>, reversed: boolean): Trie {
  const list = [...words];
  // At most one node per character, plus the root: typed arrays of that size, cut to what was used.
  const capacity = 1 + list.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(capacity * ALPHABET);
  const end = new Uint8Array(capacity);
  let nodes = 1;
  for (const w of list) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const sym = symbol(w.charCodeAt(reversed ? w.length - 1 - i : i));
      if (sym < 0) break;
      let child = next[node * ALPHABET + sym] as number;
      if (child === 0) {
        child = nodes++;
        next[node * ALPHABET + sym] = child;
      }
      node = child;
      if (i === w.length - 1) end[node] = 1;
    }
  }
  return { next: next.slice(0, nodes * ALPHABET), end: end.slice(0, nodes) };
}

/**
 * Bit k is set when an edge word of length k (2 or more) starts `text`
 * (or, with `fromEnd`, ends it), leaving at least `keep` characters.
 * A bit mask, not a list: the screen asks this for every label.
 */
export function edgeWordMask(text: string, trie: Trie, fromEnd: boolean, keep: number): number {
  let mask = 0;
  let node = 0;
  const limit = Math.min(text.length - keep, 31);
  for (let i = 0; i < limit; i++) {
    const sym = symbol(text.charCodeAt(fromEnd ? text.length - 1 - i : i));
    if (sym < 0) break;
    node = trie.next[node * ALPHABET + sym] as number;
    if (node === 0) break;
    if (trie.end[node] === 1 && i + 1 >= 2) mask |= 1 << (i + 1);
  }
  return mask;
}

/** The lengths in an edgeWordMask, shortest first. */
export function edgeWordLengths(text: string, trie: Trie, fromEnd: boolean, keep: number): number[] {
  const out: number[] = [];
  for (let mask = edgeWordMask(text, trie, fromEnd, keep), k = 0; mask !== 0; mask >>>= 1, k++) if (mask & 1) out.push(k);
  return out;
}

/**
 * The vocabulary the engine segments labels with. Edge words are sign-in
 * words and corporate words of 4+ letters: stripping "co" or "us" off every
 * label would multiply the work for nothing.
 */
export function makeVocabulary(strong: ReadonlySet<string>, weak: ReadonlySet<string>): Vocabulary {
  const all = [...strong, ...weak];
  const edge = [...strong, ...[...weak].filter((w) => w.length >= 4)];
  return {
    strong,
    weak,
    maxLength: Math.max(...all.map((w) => w.length)),
    heads: trieOf(edge, false),
    tails: trieOf(edge, true),
    starts: trieOf(all, false),
    ends: trieOf(all, true),
  };
}

const EMPTY: WordParse = { unknown: 0, strong: [], weak: [], unknownText: '' };

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `text` with its look-alike digits read as letters (fold-codes.ts's digitLetter), once with 1 as i and once as l. */
interface DigitReadings {
  asI: string;
  asL: string;
  /** Prefix counts of digits and of letters: a piece is read only if it holds both. */
  digits: Int32Array;
  letters: Int32Array;
}

/** Null when `text` has no digit beside letters, as nearly every label. */
const DIGIT_ONE = 0x31;

function digitReadings(text: string): DigitReadings | null {
  if (!/\d/.test(text) || !/[a-z]/.test(text)) return null;
  const digits = new Int32Array(text.length + 1);
  const letters = new Int32Array(text.length + 1);
  let asI = '';
  let asL = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isDigitChar = isDigit(code);
    digits[i + 1] = (digits[i] as number) + (isDigitChar ? 1 : 0);
    letters[i + 1] = (letters[i] as number) + (isDigitChar ? 0 : 1);
    const letter = String.fromCharCode(digitLetter(code));
    asL += letter;
    asI += code === DIGIT_ONE ? 'i' : letter;
  }
  return { asI, asL, digits, letters };
}

/**
 * The keyword text[i, j) spells with its digits read as letters ("l0gin",
 * "s1gnin", "ss0"): obfuscation counts as the word. Pieces of digits alone
 * (years, "101") are never read.
 */
function readWord(read: DigitReadings, i: number, j: number, vocab: Vocabulary, exclude: string): { text: string; strong: boolean } | null {
  if ((read.digits[j] as number) === (read.digits[i] as number) || (read.letters[j] as number) === (read.letters[i] as number)) return null;
  for (const form of [read.asI, read.asL]) {
    const word = form.slice(i, j);
    if (word === exclude) continue;
    if (vocab.strong.has(word)) return { text: word, strong: true };
    if (vocab.weak.has(word)) return { text: word, strong: false };
  }
  return null;
}

const UNSET = 0x3fffffff;
const KIND_UNKNOWN = 0;
const KIND_STRONG = 1;
const KIND_WEAK = 2;
const KIND_DIGITS = 3;
// Scratch rows reused by every parse (labels are at most 63 characters; longer text gets its own).
const PARSE_SCRATCH = 130;
const costRow = new Int32Array(PARSE_SCRATCH);
const wordsRow = new Int32Array(PARSE_SCRATCH);
const fromRow = new Int32Array(PARSE_SCRATCH);
const kindRow = new Uint8Array(PARSE_SCRATCH);

/**
 * False only when `text` cannot be read as known words alone: no word
 * starts it or no word ends it. A quick test before parseWords where most
 * texts fail (the letters around a brand or initials in an ordinary name).
 * Anything but a-z defers to parseWords: digits may read as letters
 * ("l0gin") or stand as a run of their own.
 */
export function couldBeAllWords(text: string, vocab: Vocabulary): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return true;
  }
  return text === '' || (edgeWordMask(text, vocab.starts, false, 0) !== 0 && edgeWordMask(text, vocab.ends, true, 0) !== 0);
}

/** A word of the vocabulary, strong or weak. */
export function isKnownWord(w: string, vocab: Vocabulary): boolean {
  return vocab.strong.has(w) || vocab.weak.has(w);
}

/**
 * The known words on either side of `text`'s [start, end) (a brand, a
 * company's initials), or undefined when letters no word explains stand
 * on either side. `exclude` as in parseWords.
 */
export function wordsAround(text: string, start: number, end: number, vocab: Vocabulary, exclude = ''): { before: WordParse; after: WordParse } | undefined {
  const beforeText = text.slice(0, start);
  const afterText = text.slice(end);
  if (!couldBeAllWords(beforeText, vocab) || !couldBeAllWords(afterText, vocab)) return undefined;
  const before = parseWords(beforeText, vocab, exclude);
  if (before.unknown > 0) return undefined;
  const after = parseWords(afterText, vocab, exclude);
  return after.unknown > 0 ? undefined : { before, after };
}

/**
 * Dynamic programme over positions: cost = unexplained letters, then fewer
 * words (longer keywords preferred). `exclude` is the brand itself, which
 * must not explain its own repetition ("duo" in "pinduoduo").
 */
export function parseWords(text: string, vocab: Vocabulary, exclude = ''): WordParse {
  const n = text.length;
  if (n === 0) return EMPTY;
  const fits = n + 1 <= PARSE_SCRATCH;
  const cost = fits ? costRow : new Int32Array(n + 1);
  const words = fits ? wordsRow : new Int32Array(n + 1);
  const from = fits ? fromRow : new Int32Array(n + 1);
  const kind = fits ? kindRow : new Uint8Array(n + 1);
  cost.fill(UNSET, 0, n + 1);
  words.fill(UNSET, 0, n + 1);
  from.fill(-1, 0, n + 1);
  kind.fill(KIND_UNKNOWN, 0, n + 1);
  cost[0] = 0;
  words[0] = 0;
  const read = digitReadings(text);
  const set = (j: number, c: number, w: number, i: number, k: number): void => {
    if (c < (cost[j] as number) || (c === cost[j] && w < (words[j] as number))) {
      cost[j] = c;
      words[j] = w;
      from[j] = i;
      kind[j] = k;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = cost[i] as number;
    if (c === UNSET) continue;
    const w = words[i] as number;
    set(i + 1, c + 1, w + 1, i, KIND_UNKNOWN); // one unexplained letter
    if (isDigit(text.charCodeAt(i))) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      set(j, c, w + 1, i, KIND_DIGITS); // a run of digits
    }
    const limit = Math.min(n, i + vocab.maxLength);
    for (let j = i + 2; j <= limit; j++) {
      const piece = text.slice(i, j);
      if (piece === exclude) continue;
      if (vocab.strong.has(piece)) set(j, c, w + 1, i, KIND_STRONG);
      else if (vocab.weak.has(piece)) set(j, c, w + 1, i, KIND_WEAK);
      else if (read) {
        const word = readWord(read, i, j, vocab, exclude);
        if (word) set(j, c, w + 1, i, word.strong ? KIND_STRONG : KIND_WEAK);
      }
    }
  }
  const strong: string[] = [];
  const weak: string[] = [];
  const runs: string[] = [];
  let run = '';
  // Walk back from the end: pieces come out last first.
  for (let j = n; j > 0; j = from[j] as number) {
    const start = from[j] as number;
    const piece = text.slice(start, j);
    const k = kind[j] as number;
    if (k === KIND_UNKNOWN) {
      run = piece + run;
      continue;
    }
    if (run) runs.unshift(run);
    run = '';
    // A word written with digits ("l0gin") is reported as the word it reads.
    const spelt = vocab.strong.has(piece) || vocab.weak.has(piece);
    const word = read && !spelt && (k === KIND_STRONG || k === KIND_WEAK) ? (readWord(read, start, j, vocab, exclude)?.text ?? piece) : piece;
    if (k === KIND_STRONG) strong.unshift(word);
    else if (k === KIND_WEAK) weak.unshift(word);
  }
  if (run) runs.unshift(run);
  return { unknown: cost[n] as number, strong, weak, unknownText: runs.join('-') };
}
