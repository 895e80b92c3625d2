/**
 * The character folds behind typo forms and skeletons, written as loops
 * over UTF-16 code units into a caller's buffer. Both the string forms
 * (skeleton.ts, label-forms.ts) and the screen (screen.ts), which hashes the
 * buffer without building a string, use these: one definition of each fold.
 * Input is expected lower case except for A-Z, which every fold lowers.
 */
import { HASH_BASE, HASH_MASK } from './string-hash.ts';

const LOWER_A = 0x61;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;

/** Letter-for-letter look-alikes shared by every fold: 0/o, 1/l, i/l, 5/s, |/l. */
function foldLetter(c: number): number {
  if (c >= UPPER_A && c <= UPPER_Z) c += LOWER_A - UPPER_A;
  switch (c) {
    case 0x30: return 0x6f; // 0 -> o
    case 0x31: // 1 -> l
    case 0x69: // i -> l
    case 0x7c: return 0x6c; // | -> l
    case 0x35: return 0x73; // 5 -> s
    default: return c;
  }
}

/** Digits that stand for letters in typosquats, beyond the shared folds: 3/e, 4/a, 7/t, 8/b. */
function typoDigit(c: number): number {
  switch (c) {
    case 0x33: return 0x65;
    case 0x34: return 0x61;
    case 0x37: return 0x74;
    case 0x38: return 0x62;
    default: return c;
  }
}

const HYPHEN = 0x2d;

// The folds below as tables over ASCII, for loops that run on every label
// scored: one array read instead of a chain of comparisons. (Function
// declarations are hoisted, so the tables can be filled here, before any
// fold is called.)
const ASCII = 128;
const LETTER = Uint8Array.from({ length: ASCII }, (_, c) => foldLetter(c));
const TYPO_LETTER = Uint8Array.from({ length: ASCII }, (_, c) => foldLetter(typoDigit(c)));
const LOOSE_LETTER = Uint8Array.from({ length: ASCII }, (_, c) => looseLetter(c));
const NEAR_LETTER = Uint8Array.from({ length: ASCII }, (_, c) => looseLetter(foldLetter(c)));
const STRICT_PAIR = new Uint8Array(ASCII * ASCII);
const LOOSE_PAIR = new Uint8Array(ASCII * ASCII);
const NEAR_PAIR = new Uint8Array(ASCII * ASCII);
for (let a = 0; a < ASCII; a++) {
  for (let b = 0; b < ASCII; b++) {
    STRICT_PAIR[a * ASCII + b] = strictPair(a, b);
    LOOSE_PAIR[a * ASCII + b] = loosePair(a, b);
    NEAR_PAIR[a * ASCII + b] = nearPair(a, b);
  }
}

/** The letter a digit stands for in typosquats (0 -> o, 1 -> l, 3 -> e, 4 -> a, 5 -> s, 7 -> t, 8 -> b); any other code as it is. */
export function digitLetter(c: number): number {
  return c >= 0x30 && c <= 0x39 ? (TYPO_LETTER[c] as number) : c;
}

/** Writes the typo form (hyphens dropped, digit letters read, look-alikes folded); returns its length. */
export function typoCodes(text: string, out: Uint16Array): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== HYPHEN) out[n++] = c < ASCII ? (TYPO_LETTER[c] as number) : foldLetter(c);
  }
  return n;
}

/** Writes the letter fold (no pairs, lengths kept); returns its length. */
export function letterCodes(text: string, out: Uint16Array): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < ASCII ? (LETTER[c] as number) : foldLetter(c);
  }
  return text.length;
}

/** rn -> m, vv -> w, cl -> d, read on letters already folded. */
function strictPair(a: number, b: number): number {
  if (a === 0x72 && b === 0x6e) return 0x6d;
  if (a === 0x76 && b === 0x76) return 0x77;
  if (a === 0x63 && b === 0x6c) return 0x64;
  return 0;
}

/**
 * Writes the strict skeleton of ASCII text: letters folded first, then
 * pairs left to right, so "c1orox", "ciorox" and "clorox" all read "dorox".
 */
export function skeletonCodes(text: string, out: Uint16Array): number {
  const len = letterCodes(text, out);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = out[i] as number;
    const pair = i + 1 < len ? strictPair(c, out[i + 1] as number) : 0;
    if (pair !== 0) {
      out[n++] = pair;
      i++;
    } else out[n++] = c;
  }
  return n;
}

/** The loose tier's extra single folds: b/d, q/g, e/c, n/m. */
function looseLetter(c: number): number {
  switch (c) {
    case 0x62: return 0x64;
    case 0x71: return 0x67;
    case 0x65: return 0x63;
    case 0x6e: return 0x6d;
    default: return c;
  }
}

/** Pairs as they read after the single folds (rn -> rm, nn -> mm, lb -> ld); 0 when none. */
function loosePair(a: number, b: number): number {
  switch ((a << 8) | b) {
    case 0x726d: // rm
    case 0x6d6d: // mm
    case 0x7272: return 0x6d; // rr
    case 0x7676: return 0x77; // vv
    case 0x636c: // cl
    case 0x6c64: // ld
    case 0x646c: return 0x64; // dl
    case 0x6c68: return 0x68; // lh
    case 0x6c6b: return 0x6b; // lk
    default: return 0;
  }
}

/**
 * Writes the loose skeleton: the letter fold, the loose single folds, then
 * pairs against what was last written. A pair folds once: "mmm" is "m" + "m".
 */
export function looseCodes(text: string, out: Uint16Array): number {
  const len = letterCodes(text, out);
  let n = 0;
  let pairEnded = false;
  for (let i = 0; i < len; i++) {
    const c = looseLetter(out[i] as number);
    const pair = n > 0 && !pairEnded ? loosePair(out[n - 1] as number, c) : 0;
    if (pair !== 0) {
      out[n - 1] = pair;
      pairEnded = true;
    } else {
      out[n++] = c;
      pairEnded = false;
    }
  }
  return n;
}

/**
 * hashString (string-hash.ts) of the strict skeleton into hashes[0] and of
 * the loose skeleton into hashes[1], read from codes the letter fold
 * already produced: the steps of skeletonCodes and looseCodes in one loop,
 * no buffer written. The screen runs this on every label.
 */
export function skeletonHashes(letters: Uint16Array, len: number, hashes: Uint32Array): void {
  let strict = 0;
  let strictSkip = false;
  // Loose: the hash of everything written but the last code, and the last
  // code, which a pair may still replace.
  let before = 0;
  let last = -1;
  let pairEnded = false;
  for (let i = 0; i < len; i++) {
    const letter = letters[i] as number;
    if (strictSkip) strictSkip = false;
    else {
      const pair = i + 1 < len ? strictPairOf(letter, letters[i + 1] as number) : 0;
      strictSkip = pair !== 0;
      strict = (Math.imul(strict, HASH_BASE) + (pair !== 0 ? pair : letter)) >>> 0;
    }
    const c = letter < ASCII ? (LOOSE_LETTER[letter] as number) : letter;
    const pair = last >= 0 && !pairEnded ? loosePairOf(last, c) : 0;
    if (pair !== 0) {
      last = pair;
      pairEnded = true;
    } else {
      if (last >= 0) before = (Math.imul(before, HASH_BASE) + last) >>> 0;
      last = c;
      pairEnded = false;
    }
  }
  hashes[0] = strict & HASH_MASK;
  hashes[1] = last < 0 ? 0 : (Math.imul(before, HASH_BASE) + last) & HASH_MASK;
}

/**
 * Pairs that stand for one letter, read on the letters as typed (after
 * the shared folds only): rn/nn/rr for m, vv for w, cl/dl for d, and a
 * stray l before a tall letter (lb, lh, lk).
 */
function nearPair(a: number, b: number): number {
  switch ((a << 8) | b) {
    case 0x726e: // rn
    case 0x6e6e: // nn
    case 0x7272: return 0x6d; // rr
    case 0x7676: return 0x77; // vv
    case 0x636c: // cl
    case 0x646c: return 0x64; // dl
    case 0x6c62: return 0x62; // lb
    case 0x6c68: return 0x68; // lh
    case 0x6c6b: return 0x6b; // lk
    default: return 0;
  }
}

/**
 * Writes the near skeleton of `text`: pairs first, on the characters as
 * typed, then the shared folds and the loose tier's single folds (b/d,
 * q/g, e/c, n/m). The loose skeleton folds letters before pairs so that
 * every spelling of a brand agrees exactly; for a match one edit away that
 * order invents pairs ("di" read as "dl", then "d": "linked" one edit from
 * "linkedin"), so this form keeps to pairs a reader sees.
 */
export function nearCodes(text: string, out: Uint16Array): number {
  let n = 0;
  // The previous character as typed, while it may still start a pair; -1 after a pair.
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= UPPER_A && c <= UPPER_Z) c += LOWER_A - UPPER_A;
    const pair = previous >= 0 && c < ASCII ? (NEAR_PAIR[previous * ASCII + c] as number) : 0;
    if (pair !== 0) {
      out[n - 1] = NEAR_LETTER[pair] as number;
      previous = -1;
    } else if (c < ASCII) {
      out[n++] = NEAR_LETTER[c] as number;
      previous = c;
    } else {
      out[n++] = foldLetter(c);
      previous = -1;
    }
  }
  return n;
}

function strictPairOf(a: number, b: number): number {
  return a < ASCII && b < ASCII ? (STRICT_PAIR[a * ASCII + b] as number) : strictPair(a, b);
}

function loosePairOf(a: number, b: number): number {
  return a < ASCII && b < ASCII ? (LOOSE_PAIR[a * ASCII + b] as number) : loosePair(a, b);
}

/** True when typoCodes would read a digit as a letter beyond the shared folds (3, 4, 7, 8). */
export function hasTypoDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== typoDigit(c)) return true;
  }
  return false;
}

const stringScratch = new Uint16Array(128);

/** Runs one of the folds above over `text` and returns the result as a string. */
export function foldToString(text: string, fold: (text: string, out: Uint16Array) => number): string {
  const out = bufferFor(text, stringScratch);
  return codesToString(out, fold(text, out));
}

/** A buffer big enough for `text` (host labels are at most 63 characters; other input gets its own). */
export function bufferFor(text: string, scratch: Uint16Array): Uint16Array {
  return text.length <= scratch.length ? scratch : new Uint16Array(text.length);
}

export function codesToString(codes: Uint16Array, n: number): string {
  return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
}
