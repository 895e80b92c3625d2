/**
 * RFC 4180 CSV, safe to open in a spreadsheet. Scanned hosts are attacker
 * controlled, so a cell that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR first) gets a leading apostrophe.
 */
import type { ScanResult } from './result.ts';

export const CSV_HEADER = 'input,host,level,score,target,reasons\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(r: ScanResult): string {
  const reasons = r.reasons.map((x) => `${x.rule}: ${x.detail}`).join('; ');
  return `${[r.input, r.host, r.level, r.score, r.target, reasons].map(csvCell).join(',')}\r\n`;
}
