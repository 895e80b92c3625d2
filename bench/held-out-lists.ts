/**
 * npm run eval:lists (bench/held-out-lists.sh fetches the packages): the
 * rules on real data they were not written against.
 *
 * - Benign: every host of three public domain lists under each of the 16
 *   dnstwist-dev brands' policies, counted as `npm run eval` counts
 *   benign-top-odd (once per host, the brand's own family left out).
 * - Phishing: MetaMask's eth-phishing-detect blocklist. Each brand of its
 *   fuzzy list (5+ letters) is protected on its own; a blocklisted host
 *   counts as its lookalike when the host holds the brand's letters or its
 *   registrable label is within two edits of the brand: a labelling that
 *   owes nothing to these rules.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'tldts';
import { boundedDamerau } from '../src/core/distance.ts';
import { hostToUnicode } from '../src/core/punycode.ts';
import { scoreHost, type Engine } from '../src/core/score.ts';
import { dnstwistBrands, engineProtecting } from './corpus.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/held-out-lists.ts <folder with the unpacked packages>');
const json = (path: string): unknown => JSON.parse(readFileSync(`${dir}/${path}`, 'utf8'));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const pct = (a: number, b: number): string => `${b === 0 ? '-' : ((100 * a) / b).toFixed(2)}%`;
const levelOf = (e: Engine, host: string): string => {
  const v = scoreHost(e, host);
  return 'error' in v ? 'error' : v.level;
};

function benign(title: string, hosts: readonly string[], listBlocked: boolean): void {
  const unique = [...new Set(hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))];
  const brands = dnstwistBrands();
  const blocked = new Map<string, string[]>();
  const warned = new Set<string>();
  for (const target of brands) {
    const e = engineProtecting([target]);
    const name = target.split('.')[0] ?? target;
    for (const h of unique) {
      if (h.includes(name)) continue; // the brand's own family: its admin allowlists it
      const level = levelOf(e, h);
      if (level === 'block') blocked.set(h, [...(blocked.get(h) ?? []), target]);
      else if (level === 'warn') warned.add(h);
    }
  }
  console.log(`${title.padEnd(48)} ${String(unique.length).padStart(7)}  ${String(blocked.size).padStart(5)} ${pct(blocked.size, unique.length).padStart(7)}  ${String(warned.size).padStart(5)} ${pct(warned.size, unique.length).padStart(7)}`);
  if (listBlocked) for (const [h, by] of blocked) console.log(`  BLOCKED ${h} (${by.length} of 16 policies)`);
}

function phishing(): void {
  const config = json('eth-phishing-detect/package/src/config.json') as Record<string, unknown>;
  const blocklist = strings(config['blacklist']).map((h) => h.toLowerCase());
  console.log(`\n## eth-phishing-detect 1.2.0 blocklist (${blocklist.length} hosts): lookalikes of its fuzzy-list brands, each brand protected on its own`);
  console.log('brand                          rows  flagged  blocked  sample misses');
  let rows = 0;
  let flagged = 0;
  let blocked = 0;
  for (const target of strings(config['fuzzylist'])) {
    const name = (parse(target).domainWithoutSuffix ?? '').replace(/-/g, '');
    if (name.length < 5) continue;
    const e = engineProtecting([target]);
    let n = 0;
    let f = 0;
    let b = 0;
    const misses: string[] = [];
    for (const host of blocklist) {
      if (host === target || host.endsWith(`.${target}`)) continue;
      const label = hostToUnicode(parse(host).domainWithoutSuffix ?? '').replace(/-/g, '');
      const lookalike = host.replace(/[-.]/g, '').includes(name) || (label !== '' && boundedDamerau(label, name, 2) <= 2);
      if (!lookalike) continue;
      n++;
      const level = levelOf(e, host);
      if (level === 'block') b++;
      if (level === 'block' || level === 'warn') f++;
      else misses.push(host);
    }
    if (n === 0) continue;
    rows += n;
    flagged += f;
    blocked += b;
    console.log(`${target.padEnd(28)} ${String(n).padStart(6)}  ${pct(f, n).padStart(7)}  ${pct(b, n).padStart(7)}  ${misses.slice(0, 4).join(' ')}`);
  }
  console.log(`${'all'.padEnd(28)} ${String(rows).padStart(6)}  ${pct(flagged, rows).padStart(7)}  ${pct(blocked, rows).padStart(7)}`);
}

console.log('# Lookalike Guard on held-out lists (npm packages at pinned versions)');
console.log('\n## benign lists under each of the 16 dnstwist-dev brands\' policies (hosts counted once)');
console.log(`${'list'.padEnd(48)} ${'hosts'.padStart(7)}  ${'blocked'.padStart(13)}  ${'warned'.padStart(13)}`);
const topSites = (json('top-sites/package/top-sites.json') as { rootDomain?: string }[]).map((r) => r.rootDomain ?? '');
benign('top-sites 1.1.222 (top 500 sites)', topSites, true);
benign('free-email-domains 1.12.6 (free mail providers)', strings(json('free-email-domains/package/domains.json')), true);
benign('disposable-email-domains 1.0.62', strings(json('disposable-email-domains/package/index.json')), false);
phishing();
