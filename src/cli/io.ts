/**
 * The command's only contact with the process: injected so tests run the
 * whole CLI in memory, and so no other file touches process.* directly.
 */
export interface Io {
  stdin: AsyncIterable<Buffer | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readFile(path: string): Promise<string>;
  /** A file as a stream of chunks; errors (ENOENT, EISDIR...) surface on iteration. */
  openFile(path: string): AsyncIterable<Buffer | string>;
}

const FLUSH_AT = 64 * 1024;

/**
 * Buffered writer that honours backpressure: results for 200,000 input
 * lines are never held in memory when the reader of stdout is slower than
 * the scan. Output is batched into ~64 KB writes to keep syscalls down.
 */
export class Output {
  private buffer = '';
  private failed: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    if (this.append(text)) await this.flush();
  }

  /** Buffers `text` without waiting; true when the buffer is full and the caller should flush. */
  append(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= FLUSH_AT;
  }

  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await this.drained();
  }

  private drained(): Promise<void> {
    // A stream that errors or closes never drains; resolve or reject
    // rather than hang the scan.
    return new Promise((resolve, reject) => {
      const done = (err?: unknown): void => {
        this.stream.removeListener('drain', onDrain);
        this.stream.removeListener('error', onError);
        this.stream.removeListener('close', onClose);
        if (err instanceof Error) {
          this.failed = err;
          reject(err);
        } else resolve();
      };
      const onDrain = (): void => done();
      const onError = (err: unknown): void => done(err instanceof Error ? err : new Error(String(err)));
      const onClose = (): void => done(new Error('output closed'));
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
      this.stream.once('close', onClose);
    });
  }
}
