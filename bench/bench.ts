/**
 * npm run bench: scoring throughput against 1, 10, 100 and 1,000 protected
 * domains, next to the cost of tldts.parse alone on the same hosts, and the
 * typo distance next to fast-levenshtein, and what share of hosts the
 * screen (src/core/screen.ts) lets through to the rules. A benchmark, not
 * a test: it prints figures and asserts nothing.
 */
import levenshtein from 'fast-levenshtein';
import { parse } from 'tldts';
import { boundedDamerau } from '../src/core/distance.ts';
import { isHostError, parseHost } from '../src/core/host.ts';
import { mayResemble } from '../src/core/screen.ts';
import { idpFamilyOf, scoreHost, scoreInfo, type Engine } from '../src/core/score.ts';
import { benchTraffic, engineProtecting } from './corpus.ts';

// Hosts: half the benign list plus every lookalike; protected sets come from the other half.
const { ordinary: benignHosts, lookalikes, protectedPool } = benchTraffic();
const hosts = [...benignHosts, ...lookalikes];

/** Best of five timed rounds after a warm-up: the minimum is the least disturbed by other load. */
function time(fn: () => void, roundMs = 150): number {
  for (const t = performance.now(); performance.now() - t < 300; ) fn();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      fn();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < roundMs);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

let sink = 0;

/** Share of hosts the screen lets through to the rules (the rest stop after a few hash probes). */
function toRules(engine: Engine, hosts: readonly string[]): string {
  let through = 0;
  for (const h of hosts) {
    const info = parseHost(h);
    if (isHostError(info) || scoreInfo(engine, info).level === 'trusted' || !info.domain || idpFamilyOf(info, engine)) continue;
    if (mayResemble(info, engine)) through++;
  }
  return `${((100 * through) / hosts.length).toFixed(1)}%`;
}

function run(title: string, hosts: readonly string[]): void {
const parseMs = time(() => {
  for (const h of hosts) sink += parse(h).domain?.length ?? 0;
});
const perSec = (ms: number): string => `${Math.round((hosts.length / ms) * 1000).toLocaleString('en-US').padStart(10)}/s`;

console.log(`\n## ${title} (${hosts.length} hosts)`);
console.log(`tldts.parse alone          ${perSec(parseMs)}   ${((parseMs * 1000) / hosts.length).toFixed(2)} us/host`);
console.log('protected  build ms   scored/s          us/host   x parse   to rules');
for (const n of [1, 10, 100, 1000]) {
  const protectedDomains = protectedPool.slice(0, n);
  const t0 = performance.now();
  const engine = engineProtecting(protectedDomains);
  const buildMs = performance.now() - t0;
  const ms = time(() => {
    for (const h of hosts) {
      const v = scoreHost(engine, h);
      sink += 'error' in v ? 0 : v.score;
    }
  });
  console.log(
    `${String(n).padStart(9)}  ${buildMs.toFixed(1).padStart(8)}  ${perSec(ms)}  ${((ms * 1000) / hosts.length).toFixed(2).padStart(8)}  ${(ms / parseMs).toFixed(2).padStart(8)}  ${toRules(engine, hosts).padStart(8)}`,
  );
}
}

console.log(`# Lookalike Guard benchmark (Node ${process.version}); protected sets: the 16 corpus brands, then other popular domains`);
run('ordinary traffic: popular domains', benignHosts);
run('lookalike-heavy: dnstwist permutations and 0ktapus hosts of the protected brands', lookalikes);

const pairs = hosts.slice(0, 2000).map((h, i) => [h.split('.')[0] ?? '', protectedPool[i % 50]?.split('.')[0] ?? ''] as const);
const dl = time(() => {
  for (const [a, b] of pairs) sink += boundedDamerau(a, b, 2);
});
const fl = time(() => {
  for (const [a, b] of pairs) sink += levenshtein.get(a, b);
});
console.log(`\ntypo distance, ${pairs.length} label pairs: boundedDamerau (max 2) ${((dl * 1000) / pairs.length).toFixed(3)} us/pair; fast-levenshtein ${((fl * 1000) / pairs.length).toFixed(3)} us/pair (no transpositions, unbounded)`);
if (sink === 42) console.log('');
