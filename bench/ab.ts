/**
 * npm run bench:ab -- <git ref>: the engine of the working tree against the
 * engine at another commit, scored interleaved in one process on the same
 * hosts and protected sets as bench.ts. A shared or busy machine moves
 * whole runs of `npm run bench` by 10-50%; taking turns round by round and
 * keeping each side's best round shows a change of a few per cent. A
 * benchmark, not a test: it prints figures and asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTraffic } from './corpus.ts';

interface EngineModule {
  buildEngine(policy: unknown): unknown;
  scoreHost(engine: unknown, host: string): { score?: number } | { error: string };
  parsePolicy(raw: unknown): { policy: unknown };
  mergePolicy(managed: unknown, local: unknown): { policy: unknown };
}

const ROUNDS = 30;
const ref = process.argv[2];
if (!ref) {
  console.error('usage: npm run bench:ab -- <git ref>   (for example: npm run bench:ab -- HEAD~3)');
  process.exit(2);
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'lg-bench-ab-'));
const tree = join(dir, 'tree');

async function load(base: string): Promise<EngineModule> {
  const score = (await import(join(base, 'src/core/score.ts'))) as Partial<EngineModule>;
  const policy = (await import(join(base, 'src/core/policy.ts'))) as Partial<EngineModule>;
  return { ...score, ...policy } as EngineModule;
}

let sink = 0;
function once(m: EngineModule, engine: unknown, hosts: readonly string[]): number {
  const t = performance.now();
  for (const h of hosts) {
    const v = m.scoreHost(engine, h);
    sink += 'score' in v ? (v.score ?? 0) : 0;
  }
  return performance.now() - t;
}

try {
  try {
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', tree, ref], { stdio: 'pipe' });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    console.error(`bench:ab: cannot check out ${ref}: ${stderr || String(e)}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(2);
  }
  // The other tree imports tldts like this one does.
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  if (!existsSync(join(tree, 'src/core/score.ts'))) throw new Error(`${ref} has no src/core/score.ts`);
  const current = await load(root);
  const other = await load(tree);

  const { ordinary, lookalikes, protectedPool: pool } = benchTraffic();
  const sets: [string, readonly string[]][] = [['ordinary', ordinary], ['lookalike-heavy', lookalikes]];
  const engineOf = (m: EngineModule, n: number): unknown => m.buildEngine(m.mergePolicy(m.parsePolicy({ protectedDomains: pool.slice(0, n) }).policy, {}).policy);

  console.log(`# engine A/B: working tree against ${ref}, ${ROUNDS} interleaved rounds, best round of each (us/host)`);
  console.log('protected  traffic          ' + `${ref}`.padStart(12) + '  working tree   change');
  for (const n of [1, 10, 100, 1000]) {
    const a = engineOf(other, n);
    const b = engineOf(current, n);
    for (const [name, hosts] of sets) {
      for (let w = 0; w < 5; w++) {
        once(other, a, hosts);
        once(current, b, hosts);
      }
      let bestA = Infinity;
      let bestB = Infinity;
      for (let r = 0; r < ROUNDS; r++) {
        bestA = Math.min(bestA, once(other, a, hosts));
        bestB = Math.min(bestB, once(current, b, hosts));
      }
      const us = (ms: number): string => ((ms * 1000) / hosts.length).toFixed(2);
      const change = `${bestB >= bestA ? '+' : ''}${((100 * (bestB - bestA)) / bestA).toFixed(1)}%`;
      console.log(`${String(n).padStart(9)}  ${name.padEnd(16)} ${us(bestA).padStart(12)}  ${us(bestB).padStart(12)}  ${change.padStart(7)}`);
    }
  }
  if (sink === 42) console.log('');
} finally {
  // Not there when the ref did not resolve: the error above is the one to see.
  if (existsSync(tree)) execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
