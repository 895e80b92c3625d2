/**
 * One scanned input line -> one result row. Every formatter and both
 * commands (scan, check) go through here so they cannot disagree.
 */
import { scoreHost, type Engine } from '../core/score.ts';
import type { Level, Reason } from '../core/types.ts';

export interface ScanResult {
  /** The input line as given (trimmed). */
  input: string;
  /** Normalised ASCII host; null when the line is not a host or URL. */
  host: string | null;
  /** Unicode form of host, for people; null on error. */
  displayHost: string | null;
  level: Level | 'error';
  /** 0..1, three decimals; null on error (there is nothing to score). */
  score: number | null;
  target: string | null;
  reasons: Reason[];
}

export function errorResult(input: string, detail: string): ScanResult {
  return { input, host: null, displayHost: null, level: 'error', score: null, target: null, reasons: [{ rule: 'input', detail }] };
}

export function scoreLine(engine: Engine, input: string): ScanResult {
  let verdict: ReturnType<typeof scoreHost>;
  try {
    verdict = scoreHost(engine, input);
  } catch (err) {
    // The engine promises never to throw; if it does on one hostile line,
    // that line is an error row and the other 199,999 still get scanned.
    return errorResult(input, `engine error: ${err instanceof Error ? err.message : String(err)}`);
  }
  if ('error' in verdict) return errorResult(input, verdict.error);
  return {
    input,
    host: verdict.host,
    displayHost: verdict.displayHost,
    level: verdict.level,
    score: Math.round(verdict.score * 1000) / 1000,
    target: verdict.target ?? null,
    reasons: verdict.reasons,
  };
}

/** Host as a person should read it: punycode with its Unicode form beside it. */
export function hostForPeople(r: ScanResult): string {
  if (r.host === null) return r.input;
  return r.displayHost !== null && r.displayHost !== r.host ? `${r.host} (${r.displayHost})` : r.host;
}
