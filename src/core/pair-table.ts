/**
 * Two-letter codes as bits in a 128 x 128 table: "does this label start
 * with, end with or hold one of these pairs" without building a string.
 * The company's two-letter names and its initials are looked up this way
 * on every host.
 */

/** A bit per two-letter code pair. */
export function pairTable(pairs: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const p of pairs) table[(p.charCodeAt(0) & 127) * 128 + (p.charCodeAt(1) & 127)] = 1;
  return table;
}

/** Are the two codes of `text` at `i` a pair marked in `table`? Non-ASCII codes never are. */
export function pairAt(table: Uint8Array, text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return a < 128 && b < 128 && table[a * 128 + b] === 1;
}
