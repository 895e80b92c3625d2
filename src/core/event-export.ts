/**
 * Event log exports for the options page: JSON and CSV. CSV cells are
 * escaped per RFC 4180 and defused against spreadsheet formula injection,
 * because host names and reason text come from pages an attacker controls.
 */
import type { EventReport } from './event.ts';

export const CSV_COLUMNS = [
  'time',
  'event',
  'host',
  'target',
  'level',
  'score',
  'reasons',
  'pageOrigin',
  'extensionVersion',
  'policyVersion',
  'id',
] as const;

/**
 * One CSV cell. A leading = + - @ (or tab/CR, which some spreadsheets skip
 * before evaluating) gets a quote prefix so the cell is shown, not run.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellsOf(r: EventReport): unknown[] {
  return [
    r.time,
    r.event,
    r.host,
    r.target,
    r.level,
    r.score,
    r.reasons.map((x) => `${x.rule}: ${x.detail}`).join('; '),
    r.pageOrigin,
    r.extensionVersion,
    r.policyVersion,
    r.id,
  ];
}

export function eventsToCsv(reports: readonly EventReport[]): string {
  const lines = [CSV_COLUMNS.join(','), ...reports.map((r) => cellsOf(r).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function eventsToJson(reports: readonly EventReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

/** lookalike-guard-events-20250102T030405Z.csv */
export function exportFileName(kind: 'csv' | 'json', now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `lookalike-guard-events-${stamp}.${kind}`;
}
