/**
 * npm run bench, part 3: the CLI end to end. `scan` over 200,000 hosts
 * (popular domains and lookalikes, some under subdomains) against 100
 * protected domains, next to a parse-only pipeline that reads the same
 * file and writes tldts.parse's result a line. Reports hosts per second,
 * the ratio, and the scan's peak resident memory (Linux /proc). Needs
 * `npm run build` first (dist/cli.js).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '../src/core/policy.ts';
import { readList, readTsv } from './corpus.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const LINES = 200_000;
const PREFIXES = ['', 'www.', '', 'login.', 'cdn.', '', 'mail.'];

const PARSE_ONLY = join(ROOT, 'bench', 'parse-only-scan.mjs');

/** Peak resident set (VmHWM) of a running process, in MB; null where /proc has none. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function run(args: string[]): Promise<{ ms: number; peakMb: number | null }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakMb: number | null = null;
  // The last reading before exit is the peak: VmHWM only grows.
  const poll = setInterval(() => {
    const mb = child.pid === undefined ? null : peakRss(child.pid);
    if (mb !== null) peakMb = mb;
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return { ms: performance.now() - start, peakMb };
}

if (!existsSync(CLI)) {
  console.log('\n## CLI scan: skipped (run npm run build first)');
} else {
  const benign = readList('benign-top-odd.txt');
  const lookalikes = [...readTsv('dnstwist-dev.tsv'), ...readTsv('phish-2022.tsv')].map((r) => r['domain'] ?? '').filter(Boolean);
  const pool = [...benign, ...lookalikes];
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) lines.push(`${PREFIXES[i % PREFIXES.length] ?? ''}${pool[i % pool.length] ?? ''}`);
  // The protected sets of bench.ts, less what the CLI rejects outright (public suffixes such as synology.me).
  const candidates = [...new Set(readTsv('dnstwist-dev.tsv').map((r) => r['target'] ?? ''))].concat(benign.slice(2500));
  const protectedDomains = parsePolicy({ protectedDomains: candidates.slice(0, 120) }).policy.protectedDomains?.slice(0, 100) ?? [];

  const dir = mkdtempSync(join(tmpdir(), 'lg-bench-'));
  try {
    const input = join(dir, 'hosts.txt');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const base = await run([PARSE_ONLY, input]);
    const scan = await run([CLI, 'scan', '--protect', protectedDomains.join(','), '--format', 'jsonl', input]);
    const rate = (ms: number): string => `${Math.round((LINES / ms) * 1000).toLocaleString('en-US').padStart(9)}/s`;
    const mb = (v: number | null): string => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
    console.log(`\n## CLI end to end: ${LINES.toLocaleString('en-US')} hosts, 100 protected domains (whole process: start-up, read, score, write)`);
    console.log(`parse-only pipeline (tldts.parse, JSON lines)  ${rate(base.ms)}  ${(base.ms / 1000).toFixed(2)} s  peak ${mb(base.peakMb)}`);
    console.log(`lookalike-guard scan --format jsonl            ${rate(scan.ms)}  ${(scan.ms / 1000).toFixed(2)} s  peak ${mb(scan.peakMb)}  ${(scan.ms / base.ms).toFixed(2)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
