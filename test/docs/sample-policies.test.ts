/**
 * The sample policies admins copy from docs/policies/ must be valid, and
 * every one must export to every platform.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/cli/args.ts';
import { parsePolicy } from '../../src/core/policy.ts';
import { runCli } from '../cli/mem-io.ts';

const dir = new URL('../../docs/policies/', import.meta.url);
const samples = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (file: string): string => readFileSync(new URL(file, dir), 'utf8');

describe('docs/policies samples', () => {
  it('include the three the admin guide links to', () => {
    expect(samples).toEqual(expect.arrayContaining(['basic.json', 'siem-reporting.json', 'monitor-rollout.json']));
    const guide = readFileSync(new URL('../../docs/admin.md', import.meta.url), 'utf8');
    for (const file of samples) expect(guide).toContain(`policies/${file}`);
  });

  it.each(samples)('%s parses with zero errors and protects something', (file) => {
    const { policy, errors } = parsePolicy(JSON.parse(read(file)));
    expect(errors).toEqual([]);
    expect(policy.protectedDomains?.length).toBeGreaterThan(0);
  });

  it.each(samples)('%s exports to every format', async (file) => {
    for (const format of EXPORT_FORMATS) {
      const r = await runCli(['policy', 'export', '--format', format, file], { files: { [file]: read(file) } });
      expect({ format, code: r.code, stderr: r.stderr }).toEqual({ format, code: 0, stderr: '' });
    }
  });
});
