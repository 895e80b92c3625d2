/**
 * Splits a byte stream into lines without ever holding more than one line
 * (capped) in memory. node:readline would buffer an unbounded line, so a
 * hostile or corrupt input (one 2 GB line without a newline) could exhaust
 * memory; here an over-long line is cut at maxLength and flagged, and the
 * rest of it is discarded up to the next newline.
 */
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line without its line ending (and without a leading BOM on line 1). */
  text: string;
  /** The line was longer than maxLength and `text` holds only its start. */
  truncated: boolean;
}

/**
 * The lines of each chunk read, as one batch: a consumer that handles a
 * batch synchronously pays one await per chunk instead of several per line
 * (the difference is most of the CLI's cost on 200,000 short lines). A
 * batch holds no more lines than one chunk of input.
 */
export async function* splitLineBatches(source: AsyncIterable<Buffer | string>, maxLength: number): AsyncGenerator<Line[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let truncated = false;
  let sawText = false;
  let number = 0;

  const append = (piece: string): void => {
    if (piece === '') return;
    sawText = true;
    if (truncated) return;
    const room = maxLength - pending.length;
    if (piece.length > room) {
      pending += piece.slice(0, Math.max(0, room));
      truncated = true;
    } else pending += piece;
  };
  const finish = (): Line => {
    number += 1;
    let text = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
    if (number === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    const line = { number, text, truncated };
    pending = '';
    truncated = false;
    sawText = false;
    return line;
  };

  const pieces = async function* (): AsyncGenerator<string> {
    for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
    yield decoder.end();
  };

  for await (const text of pieces()) {
    const batch: Line[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      append(text.slice(start, nl));
      batch.push(finish());
      start = nl + 1;
    }
    append(text.slice(start));
    if (batch.length > 0) yield batch;
  }
  if (sawText) yield [finish()];
}

/** One line at a time (splitLineBatches, flattened). */
export async function* splitLines(source: AsyncIterable<Buffer | string>, maxLength: number): AsyncGenerator<Line> {
  for await (const batch of splitLineBatches(source, maxLength)) yield* batch;
}
