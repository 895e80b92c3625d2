/**
 * `scan`: one host or URL a line in, one result a line out, in input
 * order. Memory stays bounded whatever the input size: lines are read one
 * at a time, each is scored and written before the next is read, and
 * writes wait for stdout to drain.
 */
import { buildEngine } from '../core/score.ts';
import type { ScanFormat } from './args.ts';
import { CliError, describeFsError } from './errors.ts';
import { CSV_HEADER, csvLine } from './format-csv.ts';
import { jsonlLine } from './format-jsonl.ts';
import { TableFormatter } from './format-table.ts';
import { Output, type Io } from './io.ts';
import { splitLineBatches } from './lines.ts';
import { loadScanPolicy } from './load-policy.ts';
import { errorResult, scoreLine, type ScanResult } from './result.ts';

/** Longer than any host or URL the engine accepts (8192), so the engine's own limit speaks first. */
export const MAX_LINE = 16 * 1024;

export interface ScanOptions {
  policyFile?: string;
  protect: string[];
  format: ScanFormat;
  input: string;
}

function formatter(format: ScanFormat): { head: string; row: (r: ScanResult) => string; end: () => string } {
  switch (format) {
    case 'jsonl':
      return { head: '', row: jsonlLine, end: () => '' };
    case 'csv':
      return { head: CSV_HEADER, row: csvLine, end: () => '' };
    case 'table': {
      const table = new TableFormatter();
      return { head: '', row: (r) => table.row(r), end: () => table.end() };
    }
  }
}

/** Blank lines and # comments are not results. */
export function isSkipped(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('#');
}

export async function scan(io: Io, opts: ScanOptions): Promise<void> {
  const engine = buildEngine(await loadScanPolicy(io, opts.policyFile, opts.protect));
  const source = opts.input === '-' ? io.stdin : io.openFile(opts.input);
  const out = new Output(io.stdout);
  const fmt = formatter(opts.format);
  await out.write(fmt.head);
  for await (const batch of splitLineBatches(readErrorsAsUsage(source, opts.input === '-' ? 'stdin' : opts.input), MAX_LINE)) {
    for (const line of batch) {
      if (isSkipped(line.text)) continue;
      const input = line.text.trim();
      const result = line.truncated
        ? errorResult(`${input.slice(0, 256)}…`, `line ${line.number} is longer than ${MAX_LINE} characters`)
        : scoreLine(engine, input);
      // Wait only when the output buffer is full: one await per ~64 KB, not per line.
      if (out.append(fmt.row(result))) await out.flush();
    }
  }
  await out.write(fmt.end());
  await out.flush();
}

/**
 * A failure to read the input (missing file, directory, I/O error) is the
 * admin's to fix: exit 2 with one line. Errors writing the output do not
 * pass through here, so they are never mistaken for input errors.
 */
async function* readErrorsAsUsage(source: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of source) yield chunk;
  } catch (err) {
    throw new CliError(`cannot read ${name}: ${describeFsError(err)}`);
  }
}
