import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/cli/format-csv.ts';
import { jsonlLine } from '../../src/cli/format-jsonl.ts';
import { TableFormatter } from '../../src/cli/format-table.ts';
import { checkBlock } from '../../src/cli/format-check.ts';
import { forTerminal } from '../../src/cli/sanitize.ts';
import type { ScanResult } from '../../src/cli/result.ts';
import { parseCsv } from '../support/parse-csv.ts';

const row = (over: Partial<ScanResult> = {}): ScanResult => ({
  input: 'acme-okta.com',
  host: 'acme-okta.com',
  displayHost: 'acme-okta.com',
  level: 'block',
  score: 0.9,
  target: 'acme.com',
  reasons: [{ rule: 'combosquat', detail: 'brand "acme" with "okta"' }],
  ...over,
});


describe('csv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain.example')).toBe('plain.example');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])('neutralises the formula %j', (v) => {
    const [[cell]] = parseCsv(`${csvCell(v)}\r\n`) as [[string]];
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(v);
  });

  it('round-trips a row through a CSV reader', () => {
    const r = row({ input: '=cmd|"/c calc"!A0,x', host: null, level: 'error', score: null, target: null, reasons: [{ rule: 'input', detail: 'a, "b"' }] });
    expect(parseCsv(csvLine(r))).toEqual([["'=cmd|\"/c calc\"!A0,x", '', 'error', '', '', 'input: a, "b"']]);
  });
});

describe('jsonl', () => {
  it('has exactly the contract keys, in order, on one line', () => {
    const line = jsonlLine(row());
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(Object.keys(JSON.parse(line) as object)).toEqual(['input', 'host', 'level', 'score', 'target', 'reasons']);
  });

  it('escapes U+2028, U+2029 and C1 controls so a record stays one line everywhere', () => {
    const line = jsonlLine(row({ input: 'a\u2028b\u0085c' }));
    expect(line).not.toMatch(/[\u2028\u0085]/);
    expect((JSON.parse(line) as { input: string }).input).toBe('a\u2028b\u0085c');
  });
});

describe('table and check', () => {
  it('aligns columns under a header', () => {
    const t = new TableFormatter();
    const text = t.row(row()) + t.row(row({ host: 'x.io', displayHost: 'x.io', level: 'allow' })) + t.end();
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^LEVEL\s+SCORE\s+HOST\s+TARGET\s+REASONS$/);
    const hostColumn = lines[0]?.indexOf('HOST');
    for (const l of lines.slice(1)) expect(l.indexOf(l.includes('acme-okta') ? 'acme-okta' : 'x.io')).toBe(hostColumn);
  });

  it('streams after the sample: rows come out without waiting for the end', () => {
    const t = new TableFormatter();
    let text = '';
    for (let i = 0; i < 200; i++) text += t.row(row());
    expect(text).toContain('LEVEL');
    expect(t.row(row())).toContain('acme-okta.com');
  });

  it('check prints host, level, score, target and each reason on its own line', () => {
    const text = checkBlock(row({ reasons: [{ rule: 'combosquat', detail: 'one' }, { rule: 'typo', detail: 'two' }] }));
    expect(text.split('\n')).toEqual(['acme-okta.com', '  level:   block', '  score:   0.90', '  target:  acme.com', '  reasons:', '    - combosquat: one', '    - typo: two', '']);
  });

  it('shows punycode with its Unicode form, and never raw control or bidi characters', () => {
    expect(checkBlock(row({ host: 'xn--cme-5cd.com', displayHost: 'аcme.com' }))).toContain('xn--cme-5cd.com (аcme.com)');
    expect(forTerminal('a\u001b[2Jb\u202ec')).toBe('a\\u{1b}[2Jb\\u{202e}c');
  });
});
