/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete,
 * substitute, swap two adjacent letters), bounded: it stops as soon as the
 * distance must exceed `max` and then returns max + 1. The bound keeps the
 * typo rule cheap, since almost every comparison is a quick "far apart".
 */
const ROW_SCRATCH = 130;
const scratch = new Int32Array(3 * ROW_SCRATCH);

export function boundedDamerau(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1;

  // Three rows in one reused buffer (labels are at most 63 characters; longer input gets its own).
  const rows = lb + 1 <= ROW_SCRATCH ? scratch : new Int32Array(3 * (lb + 1));
  const width = lb + 1 <= ROW_SCRATCH ? ROW_SCRATCH : lb + 1;
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= lb; j++) {
    rows[prevPrev + j] = 0;
    rows[prev + j] = j;
    rows[cur + j] = 0;
  }
  for (let i = 1; i <= la; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((rows[prev + j] as number) + 1, (rows[cur + j - 1] as number) + 1, (rows[prev + j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (rows[prevPrev + j - 2] as number) + 1);
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldPrevPrev = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldPrevPrev;
  }
  const d = rows[prev + lb] as number;
  return d <= max ? d : max + 1;
}
