/**
 * Aligned columns for a person, without giving up streaming: the first
 * rows (up to SAMPLE) size the columns, then every row is written as it
 * comes; a later, longer cell pushes its own row out rather than holding
 * back output.
 */
import { forTerminal } from './sanitize.ts';
import { hostForPeople, type ScanResult } from './result.ts';

const SAMPLE = 200;
const MAX_WIDTH = 60;
const HEADER = ['LEVEL', 'SCORE', 'HOST', 'TARGET', 'REASONS'] as const;

function cells(r: ScanResult): string[] {
  return [
    r.level,
    r.score === null ? '-' : r.score.toFixed(2),
    forTerminal(hostForPeople(r)),
    forTerminal(r.target ?? '-'),
    forTerminal(r.reasons.map((x) => `${x.rule}: ${x.detail}`).join('; ') || '-'),
  ];
}

function render(row: readonly string[], widths: readonly number[]): string {
  const last = row.length - 1;
  return `${row.map((c, i) => (i === last ? c : c.padEnd(widths[i] ?? 0))).join('  ')}\n`;
}

export class TableFormatter {
  private pending: string[][] | null = [];
  private widths: number[] = [];

  /** Text to write for this row; empty while the first rows are sampled. */
  row(r: ScanResult): string {
    if (this.pending === null) return render(cells(r), this.widths);
    this.pending.push(cells(r));
    return this.pending.length >= SAMPLE ? this.release() : '';
  }

  /** Text still held back (call once at the end). */
  end(): string {
    return this.pending === null ? '' : this.release();
  }

  private release(): string {
    const rows = [[...HEADER], ...(this.pending ?? [])];
    this.widths = HEADER.map((_, i) => Math.min(MAX_WIDTH, Math.max(...rows.map((row) => (row[i] ?? '').length))));
    this.pending = null;
    return rows.map((row) => render(row, this.widths)).join('');
  }
}
