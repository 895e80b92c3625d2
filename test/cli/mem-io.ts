/** Runs the CLI in-process against memory streams and an in-memory file map. */
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/run.ts';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
}

export function sink(highWaterMark = 16 * 1024): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(chunk.toString());
      // Asynchronous completion so backpressure really happens.
      setImmediate(cb);
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

export function memIo(opts: { stdin?: string | Iterable<string> | AsyncIterable<string>; files?: Record<string, string> } = {}): Io & {
  out: () => string;
  err: () => string;
} {
  const files = opts.files ?? {};
  const stdout = sink();
  const stderr = sink();
  const stdin = opts.stdin ?? '';
  return {
    stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin),
    stdout,
    stderr,
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(enoent(path)) : Promise.resolve(text);
    },
    openFile: (path) => {
      const text = files[path];
      // Errors surface on iteration, as with fs.createReadStream.
      if (text === undefined) {
        return {
          [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(enoent(path)) }),
        };
      }
      return Readable.from([text]);
    },
    out: () => stdout.text(),
    err: () => stderr.text(),
  };
}

export async function runCli(argv: string[], opts: Parameters<typeof memIo>[0] = {}): Promise<RunResult> {
  const io = memIo(opts);
  const code = await run(argv, io);
  // Let every queued asynchronous write land before reading the output.
  await new Promise<void>((resolve) => io.stdout.end(resolve));
  await new Promise<void>((resolve) => io.stderr.end(resolve));
  return { code, stdout: io.out(), stderr: io.err() };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
