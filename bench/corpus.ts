/** Loading the evaluation corpora in ../shared/corpus (or $LG_CORPUS), and the engines they are scored with. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergePolicy, parsePolicy } from '../src/core/policy.ts';
import { buildEngine, type Engine } from '../src/core/score.ts';

export function corpusDir(): string {
  const dir = process.env['LG_CORPUS'] ?? fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
  if (!existsSync(dir)) throw new Error(`corpus folder not found: ${dir} (set LG_CORPUS)`);
  return dir.endsWith('/') ? dir : `${dir}/`;
}

export function readTsv(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(name.startsWith('/') ? name : corpusDir() + name, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const cols = (head ?? '').split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i] ?? `c${i}`, v])));
}

export function readList(name: string): string[] {
  return readFileSync(corpusDir() + name, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The 16 companies of dnstwist-dev.tsv, sorted: the policies the benign lists are scored under. */
export function dnstwistBrands(): string[] {
  return [...new Set(readTsv('dnstwist-dev.tsv').map((r) => r['target'] ?? ''))].filter(Boolean).sort();
}

/**
 * The benchmarks' traffic (bench.ts, ab.ts): half the benign list as
 * ordinary hosts, every lookalike of dnstwist-dev and phish-2022, and the
 * pool protected sets are taken from: the 16 corpus brands, then the benign
 * list's other half.
 */
export function benchTraffic(): { ordinary: string[]; lookalikes: string[]; protectedPool: string[] } {
  const benign = readList('benign-top-odd.txt');
  const lookalikes = [...readTsv('dnstwist-dev.tsv').map((r) => r['domain'] ?? ''), ...readTsv('phish-2022.tsv').map((r) => r['domain'] ?? '')].filter(Boolean);
  return { ordinary: benign.slice(0, 2500), lookalikes, protectedPool: [...new Set(readTsv('dnstwist-dev.tsv').map((r) => r['target'] ?? ''))].concat(benign.slice(2500)) };
}

/** An engine for a policy that protects `protectedDomains` and sets nothing else (but `sensitivity`, when given). */
export function engineProtecting(protectedDomains: string[], sensitivity?: string): Engine {
  return buildEngine(mergePolicy(parsePolicy(sensitivity === undefined ? { protectedDomains } : { protectedDomains, sensitivity }).policy, {}).policy);
}
