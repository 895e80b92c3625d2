/**
 * Benchmark (not a test): how fast a lookalike is replaced by the block page,
 * against an ordinary page load, and what the content script costs an
 * ordinary page's main thread. Run after `npm run build` (`npm run bench`
 * runs it after the scoring benchmark):
 *
 *   npx tsx bench/time-to-block.ts [--runs 25]
 *
 * Same launch helper and fixture server as the e2e suite (Debian's Chromium,
 * every host mapped to the local fixture server). Every sample uses a fresh
 * host name, so no sample profits from the previous one's connection, cache
 * or the session rule a block installs (that path is measured separately as
 * "repeat visit").
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_PATH, chromiumArgs, DIST_CHROME, launchWithExtension } from '../e2e/support/launch.ts';
import { startFixtureServers, type FixtureServers } from '../e2e/support/fixture-server.ts';

if (!existsSync(join(DIST_CHROME, 'manifest.json')) || !existsSync(join(DIST_CHROME, 'content.js'))) {
  console.error(`time-to-block: no built extension in ${DIST_CHROME}. Run \`npm run build\` first (the benchmark also needs Debian's chromium).`);
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`time-to-block: no Chromium at ${CHROMIUM_PATH}: \`apt-get install chromium\`, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25;
const POLICY = { protectedDomains: ['twilio.com', 'twilio.okta.com'] };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

async function reset(page: Page): Promise<void> {
  await page.goto('about:blank');
}

async function timeOrdinary(page: Page, url: string): Promise<number> {
  await reset(page);
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  return performance.now() - t0;
}

/** Navigation start until the block page has loaded. */
async function timeToBlock(page: Page, url: string, blockRe: RegExp): Promise<number> {
  await reset(page);
  const t0 = performance.now();
  // The 'load' event of the block page (waitForURL would give up on the aborted lookalike navigation).
  const landed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no block page for ${url}; at ${page.url()}`)), 15_000);
    const onLoad = (): void => {
      if (!blockRe.test(page.url())) return;
      clearTimeout(timer);
      page.off('load', onLoad);
      resolve();
    };
    page.on('load', onLoad);
  });
  await page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
  await landed;
  return performance.now() - t0;
}

interface Metrics { ScriptDuration: number; TaskDuration: number }

/**
 * Main-thread script time of one ordinary page load, from CDP
 * Performance.getMetrics on a fresh tab (the /plain page runs no script of
 * its own, so with the extension this is the content script's time). Read
 * once the counter has stopped moving after load.
 */
async function pageScriptCost(context: BrowserContext, url: string): Promise<Metrics> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const read = async (): Promise<Metrics> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (n: string): number => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
    return { ScriptDuration: get('ScriptDuration'), TaskDuration: get('TaskDuration') };
  };
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await read();
    if (now.ScriptDuration === last.ScriptDuration) break;
    last = now;
  }
  await cdp.detach();
  await page.close();
  return last;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string; scriptName?: string } } }

/**
 * Main-thread time spent in the extension's own scripts during one ordinary
 * page load, from a devtools.timeline trace: the union of the EvaluateScript,
 * FunctionCall and v8.compile slices whose script is the extension's (the
 * content script at document_start and its listener/callback runs).
 */
async function contentScriptTrace(context: BrowserContext, url: string, extensionId: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const ours = `chrome-extension://${extensionId}/`;
  // Renderer main threads only (compilation may also run on worker threads).
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const slices = events
    .filter((e) => main.has(`${e.pid}:${e.tid}`))
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'].includes(e.name))
    .filter((e) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(ours))
    .map((e) => {
      if (process.env.LG_BENCH_DEBUG) console.log(e.name, e.dur, e.args?.data?.url ?? e.args?.data?.scriptName);
      return [e.ts, e.ts + (e.dur ?? 0)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of slices) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

async function withPlainChromium<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'lg-bench-plain-'));
  // Same flags minus the extension.
  const args = chromiumArgs(DIST_CHROME).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, ignoreHTTPSErrors: true, args });
  try {
    return await fn(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const servers: FixtureServers = await startFixtureServers();
  const ext = await launchWithExtension();
  try {
    const w = await ext.worker();
    await w.evaluate(`chrome.storage.local.set({ localPolicy: ${JSON.stringify(POLICY)} })`);
    const blockRe = new RegExp(`^chrome-extension://${ext.extensionId}/[^?#]*block`);
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());

    // Warm-up: worker, engine and first connections.
    await timeOrdinary(page, servers.url('warm.example.org', '/plain'));
    await timeToBlock(page, servers.url('twilio-sso-warm.net'), blockRe);

    const rows: Record<string, number[]> = {
      'ordinary page load (http)': [],
      'lookalike -> block page (http)': [],
      'ordinary page load (https)': [],
      'lookalike -> block page (https)': [],
      'repeat visit -> block page (session rule, http)': [],
      'sign-in clone, unrelated domain -> block page (page signals, http)': [],
    };
    const push = (k: string, v: number): void => {
      (rows[k] as number[]).push(v);
    };
    for (let i = 0; i < RUNS; i++) {
      push('ordinary page load (http)', await timeOrdinary(page, servers.url(`news-${i}.example.org`, '/plain')));
      push('lookalike -> block page (http)', await timeToBlock(page, servers.url(`twilio-sso-${i}.net`), blockRe));
      push('repeat visit -> block page (session rule, http)', await timeToBlock(page, servers.url(`twilio-sso-${i}.net`, '/login?again=1'), blockRe));
      push('ordinary page load (https)', await timeOrdinary(page, servers.httpsUrl(`blog-${i}.example.org`, '/plain')));
      push('lookalike -> block page (https)', await timeToBlock(page, servers.httpsUrl(`twilio-okta-${i}.com`), blockRe));
      push('sign-in clone, unrelated domain -> block page (page signals, http)', await timeToBlock(page, servers.url(`secure-portal-${i}.com`, '/login?brand=Acme'), blockRe));
    }

    console.log(`Chromium ${CHROMIUM_PATH}, ${RUNS} runs each, medians:`);
    for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(68)} ${fmt(median(v))}`);
    const ratio = (a: string, b: string): string => (median(rows[a] as number[]) / median(rows[b] as number[])).toFixed(2);
    console.log(`  ratio time-to-block / ordinary load, http:  ${ratio('lookalike -> block page (http)', 'ordinary page load (http)')}  (target <= 1.5, aim <= 1.0)`);
    console.log(`  ratio time-to-block / ordinary load, https: ${ratio('lookalike -> block page (https)', 'ordinary page load (https)')}`);

    // Content script cost on an ordinary page: with the extension vs without.
    const withExt: Metrics[] = [];
    for (let i = 0; i < RUNS; i++) withExt.push(await pageScriptCost(ext.context, servers.url(`cost-${i}.example.org`, '/plain')));
    const without = await withPlainChromium(async (ctx) => {
      const out: Metrics[] = [];
      for (let i = 0; i < RUNS; i++) out.push(await pageScriptCost(ctx, servers.url(`cost-${i}.example.org`, '/plain')));
      return out;
    });
    const ms = (xs: Metrics[], k: keyof Metrics): number => median(xs.map((x) => x[k]));
    const cost = ms(withExt, 'ScriptDuration') - ms(without, 'ScriptDuration');
    console.log('Main-thread cost of an ordinary page (CDP Performance.getMetrics, medians):');
    console.log(`  script time with the extension     ${fmt(ms(withExt, 'ScriptDuration'))}   (all tasks ${fmt(ms(withExt, 'TaskDuration'))})`);
    console.log(`  script time without the extension  ${fmt(ms(without, 'ScriptDuration'))}   (all tasks ${fmt(ms(without, 'TaskDuration'))})`);
    console.log(`  content script per ordinary page (the difference)  ${fmt(cost)}  (target <= 1 ms)`);
    const traced: number[] = [];
    for (let i = 0; i < RUNS; i++) traced.push(await contentScriptTrace(ext.context, servers.url(`trace-${i}.example.org`, '/plain'), ext.extensionId));
    // Tracing slows every compile and call down, so this reads high; it shows where the time goes.
    console.log(`  the extension's own script slices under tracing (compile + run + callbacks) ${fmt(median(traced))}`);
  } finally {
    await ext.close();
    await servers.close();
  }
}

await main();
