/**
 * The real process, once: argv, stdin, exit status and stderr through
 * src/cli/main.ts (the file the build bundles into dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function cli(args: string[], input = '') {
  return spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
}

describe('lookalike-guard process', () => {
  it('reads stdin and exits 0', () => {
    const r = cli(['scan', '--protect', 'twilio.com', '--format', 'jsonl'], 'twilio.com\nexample.org\n');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { level: string }).level)).toEqual(['trusted', 'allow']);
    expect(r.stderr).toBe('');
  });

  it('exits 2 with one line on stderr on a usage error', () => {
    const r = cli(['scan', '--format', 'yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('lookalike-guard: scan: --format must be one of jsonl, csv, table, got "yaml"\n');
  });

  it('prints --help and --version', () => {
    expect(cli(['--help']).stdout).toContain('lookalike-guard scan [--policy FILE]');
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const hosts = Array.from({ length: 50_000 }, (_, i) => `h${i}.example`).join('\n');
    const r = spawnSync('sh', ['-c', `"${tsx}" src/cli/main.ts scan | head -n 1`], { cwd: root, input: hosts, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
