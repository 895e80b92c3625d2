/**
 * Entry point of the `lookalike-guard` command (bundled to dist/cli.js).
 * Wires run() to the real process; everything else is in run.ts.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { run } from './run.ts';

// `lookalike-guard scan big.txt | head` closes stdout early: that is the
// reader being done, not a failure worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  openFile: (path) => createReadStream(path),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a usage error: still one line, and a status that is neither 0 nor 2.
    process.stderr.write(`lookalike-guard: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
