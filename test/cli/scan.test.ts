import { Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { jsonLines, memIo, runCli, sink } from './mem-io.ts';

const KEYS = ['input', 'host', 'level', 'score', 'target', 'reasons'];

describe('scan: the jsonl contract', () => {
  it('prints one object per non-blank, non-# line, in input order', async () => {
    const input = '# header comment\ntwilio.com\n\n   \nexample.org\n  # indented comment\nhttps://login.twilio.com/path?q=1\n';
    const r = await runCli(['scan', '--protect', 'twilio.com'], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = jsonLines(r.stdout);
    expect(rows.map((x) => x['input'])).toEqual(['twilio.com', 'example.org', 'https://login.twilio.com/path?q=1']);
    for (const x of rows) expect(Object.keys(x)).toEqual(KEYS);
    expect(rows.map((x) => x['level'])).toEqual(['trusted', 'allow', 'trusted']);
    expect(rows[2]?.['host']).toBe('login.twilio.com');
  });

  it('types every field: target null when none, reasons a list of {rule, detail}', async () => {
    const r = await runCli(['scan'], { stdin: 'example.org\n' });
    const [x] = jsonLines(r.stdout);
    expect(x).toEqual({ input: 'example.org', host: 'example.org', level: 'allow', score: expect.any(Number) as number, target: null, reasons: expect.any(Array) as unknown[] });
    expect(x?.['score']).toBeGreaterThanOrEqual(0);
    expect(x?.['score']).toBeLessThanOrEqual(1);
  });

  it('gives a malformed line level "error" with a reason and goes on', async () => {
    const r = await runCli(['scan'], { stdin: 'a.example\nnot a host\ndata:text/html,hi\nhttp://[::1\nb.example\n' });
    expect(r.code).toBe(0);
    const rows = jsonLines(r.stdout);
    expect(rows.map((x) => x['level'])).toEqual(['allow', 'error', 'error', 'error', 'allow']);
    for (const bad of rows.slice(1, 4)) {
      expect(bad['host']).toBeNull();
      expect(bad['target']).toBeNull();
      expect((bad['reasons'] as { rule: string; detail: string }[])[0]?.detail).toMatch(/\w/);
    }
  });

  it('keeps input order and one line per input across chunk boundaries, CRLF and a missing final newline', async () => {
    const hosts = Array.from({ length: 500 }, (_, i) => `host${i}.example`);
    const text = hosts.join('\r\n');
    const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
    const r = await runCli(['scan'], { stdin: chunks });
    expect(jsonLines(r.stdout).map((x) => x['input'])).toEqual(hosts);
  });

  it('flags an over-long line as an error row without keeping it whole', async () => {
    const r = await runCli(['scan'], { stdin: `${'a'.repeat(100_000)}.com\nok.example\n` });
    const rows = jsonLines(r.stdout);
    expect(rows.map((x) => x['level'])).toEqual(['error', 'allow']);
    expect(String(rows[0]?.['input']).length).toBeLessThan(300);
  });

  it('reads a FILE argument, and - as stdin', async () => {
    const files = { 'hosts.txt': 'twilio.com\n' };
    expect(jsonLines((await runCli(['scan', '--protect', 'twilio.com', 'hosts.txt'], { files })).stdout)[0]?.['level']).toBe('trusted');
    expect(jsonLines((await runCli(['scan', '-'], { stdin: 'x.example\n' })).stdout)).toHaveLength(1);
  });

  it('adds --protect to the policy file\'s protectedDomains (file first)', async () => {
    const files = { 'p.json': JSON.stringify({ protectedDomains: ['acme.com'] }) };
    const r = await runCli(['scan', '--policy', 'p.json', '--protect', 'twilio.com'], { files, stdin: 'login.acme.com\nsso.twilio.com\nacme.org\n' });
    expect(jsonLines(r.stdout).map((x) => x['level'])).toEqual(['trusted', 'trusted', expect.not.stringMatching(/^trusted$/) as string]);
  });

  it('applies the policy file (blocklist)', async () => {
    const files = { 'p.json': JSON.stringify({ blocklist: ['evil.example'] }) };
    const r = await runCli(['scan', '--policy', 'p.json'], { files, stdin: 'login.evil.example\n' });
    const [x] = jsonLines(r.stdout);
    expect(x?.['level']).toBe('block');
    expect(x?.['reasons']).toEqual([expect.objectContaining({ rule: 'blocklist' })]);
  });

  it('writes csv with a header and table for people', async () => {
    const csv = await runCli(['scan', '--format', 'csv'], { stdin: 'a.example\n=1+2\n' });
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('input,host,level,score,target,reasons');
    expect(lines[1]).toMatch(/^a\.example,a\.example,allow,/);
    expect(lines[2]?.startsWith("'=1+2,")).toBe(true);
    const table = await runCli(['scan', '--format', 'table'], { stdin: 'a.example\n' });
    expect(table.stdout.split('\n')[0]).toMatch(/^LEVEL\s+SCORE\s+HOST/);
    expect(table.stdout).toContain('a.example');
  });
});

describe('scan: exit status and messages', () => {
  it.each([
    [['scan', '--format', 'xml'], {}, /--format must be one of/],
    [['scan', 'missing.txt'], {}, /cannot read missing\.txt: no such file/],
    [['scan', '--policy', 'missing.json'], {}, /cannot read policy file missing\.json: no such file/],
    [['scan', '--policy', 'bad.json'], { 'bad.json': '{"protectedDomains": [' }, /bad\.json is not valid JSON/],
    [['scan', '--policy', 'p.json'], { 'p.json': '{"mode": "blok", "allowBypass": "yes"}' }, /p\.json: mode: must be one of "block", "warn", "monitor", got "blok" \(and 1 more error; run: lookalike-guard policy validate p\.json\)/],
    [['scan', '--protect', 'not a host'], {}, /--protect: "not a host" is not a host name/],
    [['scan', '--protect', 'com'], {}, /--protect: "com" is a public suffix/],
  ])('%j exits 2 with one line on stderr', async (argv, files, message) => {
    const r = await runCli(argv, { files, stdin: 'a.example\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^lookalike-guard: [^\n]+\n$/);
  });

  it('exits 0 whatever it finds', async () => {
    const files = { 'p.json': JSON.stringify({ blocklist: ['evil.example'] }) };
    expect((await runCli(['scan', '--policy', 'p.json'], { files, stdin: 'evil.example\nnot a host\n' })).code).toBe(0);
  });
});

describe('scan: streaming', () => {
  it('waits for a slow stdout (backpressure) and still emits every line in order', async () => {
    const io = memIo({ stdin: Array.from({ length: 20_000 }, (_, i) => `h${i}.example\n`) });
    const slow = sink(1024);
    const code = await run(['scan'], { ...io, stdout: slow });
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(code).toBe(0);
    const inputs = slow.text().trimEnd().split('\n').map((l) => (JSON.parse(l) as { input: string }).input);
    expect(inputs).toHaveLength(20_000);
    expect(inputs[19_999]).toBe('h19999.example');
  });

  it('does not read ahead of the output: at most a bounded amount is consumed before stdout drains', async () => {
    let produced = 0;
    const source = Readable.from(
      (function* () {
        for (;;) {
          if (produced >= 200_000) return;
          produced++;
          yield `h${produced}.example\n`;
        }
      })(),
    );
    // A stdout that never drains: the scan must stall, not buffer everything.
    const stuck = sink(1024);
    stuck.cork();
    const io = { ...memIo(), stdin: source, stdout: stuck };
    void run(['scan'], io);
    await new Promise((r) => setTimeout(r, 300));
    expect(produced).toBeLessThan(20_000);
  });

  it('scans 200,000 lines with bounded memory', async () => {
    // Measure what stays reachable (after a full GC), not garbage not yet collected.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const retained = (): number => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = retained();
    let peak = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 200_000; i++) {
          if (i % 25_000 === 12_500) peak = Math.max(peak, retained() - before);
          yield `host-${i}.example\n`;
        }
      })(),
    );
    let lines = 0;
    const counter = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _enc, cb) {
        for (const b of chunk) if (b === 10) lines++;
        setImmediate(cb);
      },
    });
    expect(await run(['scan', '--protect', 'acme.com'], { ...memIo(), stdin: source, stdout: counter })).toBe(0);
    await new Promise<void>((resolve) => counter.end(resolve));
    expect(lines).toBe(200_000);
    // The output is ~20 MB and the input ~3.5 MB: holding either would show here.
    expect(peak).toBeLessThan(8 * 1024 * 1024);
  }, 60_000);
});
