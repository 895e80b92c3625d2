/** The jsonl contract of DESIGN §8: exactly these keys, one object a line. */
import type { ScanResult } from './result.ts';

// JSON.stringify leaves U+2028/U+2029 and C1 controls raw; escaping them
// keeps each record on one line for every line splitter and terminal.
const RAW = /[\u007f-\u009f\u2028\u2029]/g;

export function jsonlLine(r: ScanResult): string {
  const record = { input: r.input, host: r.host, level: r.level, score: r.score, target: r.target, reasons: r.reasons };
  return `${JSON.stringify(record).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
