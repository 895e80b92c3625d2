/**
 * Splits the letters around a brand into known words: "okta", "sso",
 * "my", digits. The parse that leaves the fewest letters unexplained wins;
 * unexplained letters are an "unknown word", weaker evidence than a brand
 * next to identity words only.
 */

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
  const next: number[] = new Array<number>(ALPHABET).fill(0);
  const end: number[] = [0];
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const sym = symbol(w.charCodeAt(reversed ? w.length - 1 - i : i));
      if (sym < 0) break;
      let child = next[node * ALPHABET + sym] as number;
      if (child === 0) {
        child = end.length;
        end.push(0);
        for (let k = 0; k < ALPHABET; k++) next.push(0);
        next[node * ALPHABET + sym] = child;
      }
      node = child;
      if (i === w.length - 1) end[node] = 1;
    }
  }
  return { next: Int32Array.from(next), end: Uint8Array.from(end) };
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
  const edge = [...strong, ...[...weak].filter((w) => w.length >= 4)];
  return {
    strong,
    weak,
    maxLength: Math.max(...[...strong, ...weak].map((w) => w.length)),
    heads: trieOf(edge, false),
    tails: trieOf(edge, true),
  };
}

const EMPTY: WordParse = { unknown: 0, strong: [], weak: [], unknownText: '' };

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Dynamic programme over positions: cost = unexplained letters, then fewer
 * words (longer keywords preferred). `exclude` is the brand itself, which
 * must not explain its own repetition ("duo" in "pinduoduo").
 */
export function parseWords(text: string, vocab: Vocabulary, exclude = ''): WordParse {
  const n = text.length;
  if (n === 0) return EMPTY;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const words = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const kind = new Array<'s' | 'w' | 'd' | 'u'>(n + 1).fill('u');
  cost[0] = 0;
  words[0] = 0;
  const better = (i: number, c: number, w: number): boolean => c < (cost[i] as number) || (c === cost[i] && w < (words[i] as number));
  for (let i = 0; i < n; i++) {
    const c = cost[i] as number;
    if (c === Infinity) continue;
    const w = words[i] as number;
    // one unexplained letter
    if (better(i + 1, c + 1, w + 1)) {
      cost[i + 1] = c + 1;
      words[i + 1] = w + 1;
      from[i + 1] = i;
      kind[i + 1] = 'u';
    }
    // a run of digits
    if (isDigit(text.charCodeAt(i))) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (better(j, c, w + 1)) {
        cost[j] = c;
        words[j] = w + 1;
        from[j] = i;
        kind[j] = 'd';
      }
    }
    // a keyword
    const limit = Math.min(n, i + vocab.maxLength);
    for (let j = i + 2; j <= limit; j++) {
      const piece = text.slice(i, j);
      if (piece === exclude) continue;
      const k = vocab.strong.has(piece) ? 's' : vocab.weak.has(piece) ? 'w' : null;
      if (k && better(j, c, w + 1)) {
        cost[j] = c;
        words[j] = w + 1;
        from[j] = i;
        kind[j] = k;
      }
    }
  }
  const pieces: { text: string; kind: 's' | 'w' | 'd' | 'u' }[] = [];
  for (let j = n; j > 0; j = from[j] as number) pieces.unshift({ text: text.slice(from[j] as number, j), kind: kind[j] ?? 'u' });
  const strong = pieces.filter((p) => p.kind === 's').map((p) => p.text);
  const weak = pieces.filter((p) => p.kind === 'w').map((p) => p.text);
  const runs: string[] = [];
  let run = '';
  for (const p of pieces) {
    if (p.kind === 'u') run += p.text;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return { unknown: cost[n] as number, strong, weak, unknownText: runs.join('-') };
}
