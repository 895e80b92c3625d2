/**
 * Character-level diff of a lookalike host against the host it imitates, for
 * the block page: which characters differ, and the code point of every
 * character outside printable ASCII (a Cyrillic "а" looks exactly like "a",
 * so the page must name it).
 */

export interface DiffChar {
  char: string;
  /** Not matched by the same character at the aligned place in the other host. */
  changed: boolean;
  /** "U+0430" for characters outside printable ASCII. */
  codePoint?: string;
}

export interface HostDiff {
  host: DiffChar[];
  target: DiffChar[];
}

/** Longer inputs are not aligned (quadratic cost); every character is then "changed" unless equal. */
const MAX_ALIGN = 512;

export function codePointLabel(char: string): string | undefined {
  const cp = char.codePointAt(0);
  if (cp === undefined || (cp >= 0x20 && cp <= 0x7e)) return undefined;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function mark(chars: string[], changed: boolean[]): DiffChar[] {
  return chars.map((char, i) => {
    const codePoint = codePointLabel(char);
    const d: DiffChar = { char, changed: changed[i] ?? true };
    if (codePoint !== undefined) d.codePoint = codePoint;
    return d;
  });
}

/**
 * Aligns the two strings by edit distance (Levenshtein, code points) and
 * marks, on each side, the characters that are substituted, inserted or
 * deleted.
 */
export function diffHosts(host: string, target: string): HostDiff {
  const a = Array.from(host);
  const b = Array.from(target);
  if (a.length > MAX_ALIGN || b.length > MAX_ALIGN) {
    const same = host === target;
    return { host: mark(a, a.map(() => !same)), target: mark(b, b.map(() => !same)) };
  }
  // Aligned back to front, so the walk (which runs from the end) settles ties
  // at the front of the hosts: "twi1io-okta.com" keeps "twi1io" against
  // "twilio" and marks "-okta" as the insertion.
  const [changedA, changedB] = align([...a].reverse(), [...b].reverse());
  return { host: mark(a, changedA.reverse()), target: mark(b, changedB.reverse()) };
}

/** Levenshtein alignment; returns, for each side, which characters are not matched. */
function align(a: string[], b: string[]): [boolean[], boolean[]] {
  const changedA = a.map(() => true);
  const changedB = b.map(() => true);
  const w = b.length + 1;
  const dist = new Uint32Array((a.length + 1) * w);
  for (let i = 0; i <= a.length; i++) dist[i * w] = i;
  for (let j = 0; j <= b.length; j++) dist[j] = j;
  const at = (i: number, j: number): number => dist[i * w + j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      dist[i * w + j] = Math.min(at(i - 1, j - 1) + cost, at(i - 1, j) + 1, at(i, j - 1) + 1);
    }
  }
  // Walk back from the end, preferring matches so equal characters line up.
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && at(i, j) === at(i - 1, j - 1)) {
      changedA[i - 1] = false;
      changedB[j - 1] = false;
      i--;
      j--;
    } else if (i > 0 && j > 0 && at(i, j) === at(i - 1, j - 1) + 1) {
      i--;
      j--;
    } else if (i > 0 && at(i, j) === at(i - 1, j) + 1) {
      i--;
    } else {
      j--;
    }
  }
  return [changedA, changedB];
}
