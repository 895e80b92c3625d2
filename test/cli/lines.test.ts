import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines, type Line } from '../../src/cli/lines.ts';

async function collect(chunks: (string | Buffer)[], max = 100): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of splitLines(Readable.from(chunks), max)) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits on LF and CRLF, keeps blank lines, and numbers them', async () => {
    const lines = await collect(['a.com\r\nb.com\n\nc.com']);
    expect(lines.map((l) => [l.number, l.text])).toEqual([[1, 'a.com'], [2, 'b.com'], [3, ''], [4, 'c.com']]);
  });

  it('joins lines split across chunks, including a multi-byte character split mid-sequence', async () => {
    const bytes = Buffer.from('аcme.com\nx.io\n', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect((await collect(chunks)).map((l) => l.text)).toEqual(['аcme.com', 'x.io']);
  });

  it('yields no phantom line after a final newline, and none for empty input', async () => {
    expect(await collect(['a\n'])).toHaveLength(1);
    expect(await collect([])).toHaveLength(0);
  });

  it('strips a UTF-8 BOM from the first line only', async () => {
    expect((await collect(['\uFEFFa.com\n\uFEFFb.com'])).map((l) => l.text)).toEqual(['a.com', '\uFEFFb.com']);
  });

  it('cuts an over-long line, flags it, and resumes at the next line', async () => {
    const lines = await collect(['x'.repeat(60), 'y'.repeat(60), '\nok.com\n'], 100);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ number: 1, truncated: true });
    expect(lines[0]?.text).toHaveLength(100);
    expect(lines[1]).toEqual({ number: 2, text: 'ok.com', truncated: false });
  });
});
