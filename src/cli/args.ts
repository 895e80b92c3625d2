/**
 * argv -> one Command, or a CliError naming what is wrong. Hand-written
 * rather than a dependency: the grammar is small and the bundled CLI stays
 * self-contained.
 */
import { CliError } from './errors.ts';

export const SCAN_FORMATS = ['jsonl', 'csv', 'table'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export const EXPORT_FORMATS = ['chrome', 'edge', 'google-admin', 'firefox', 'windows-reg', 'macos-mobileconfig'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'scan'; policyFile?: string; protect: string[]; format: ScanFormat; input: string }
  | { name: 'check'; policyFile?: string; protect: string[]; hosts: string[] }
  | { name: 'policy-validate'; file: string }
  | { name: 'policy-export'; format: ExportFormat; file: string; id?: string };

interface Parsed {
  options: Map<string, string[]>;
  positionals: string[];
}

/** Options that take a value; every other --name is a flag or unknown. */
const VALUE_OPTIONS = new Set(['policy', 'protect', 'format', 'id']);

function split(argv: readonly string[], allowed: ReadonlySet<string>, command: string): Parsed {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // "-" alone is a positional (stdin), not an option.
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    if (!arg.startsWith('--') || !allowed.has(name)) throw new CliError(`${command}: unknown option ${arg.slice(0, eq === -1 ? undefined : eq)}`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (VALUE_OPTIONS.has(name)) {
      value = argv[i + 1];
      if (value === undefined) throw new CliError(`${command}: --${name} needs a value`);
      i++;
    }
    if (value === undefined) throw new CliError(`${command}: --${name} takes no value`);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { options, positionals };
}

function single(parsed: Parsed, name: string, command: string): string | undefined {
  const values = parsed.options.get(name);
  if (values && values.length > 1) throw new CliError(`${command}: --${name} given more than once`);
  return values?.[0];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${what} must be one of ${allowed.join(', ')}, got "${value}"`);
}

/** --protect may repeat and may hold a comma-separated list. */
function protectList(parsed: Parsed): string[] {
  return (parsed.options.get('protect') ?? [])
    .flatMap((v) => v.split(','))
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

function withPolicy<T extends object>(base: T, policyFile: string | undefined): T & { policyFile?: string } {
  // exactOptionalPropertyTypes: leave the key out rather than set undefined.
  return policyFile === undefined ? base : { ...base, policyFile };
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  if (argv.includes('--version') || argv.includes('-V')) return { name: 'version' };
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new CliError('missing command (scan, check or policy); see --help');
    case 'help':
      return { name: 'help' };
    case 'scan': {
      const p = split(rest, new Set(['policy', 'protect', 'format']), 'scan');
      if (p.positionals.length > 1) throw new CliError('scan: takes at most one input FILE (or - for stdin)');
      const format = oneOf(single(p, 'format', 'scan') ?? 'jsonl', SCAN_FORMATS, 'scan: --format');
      const cmd = { name: 'scan' as const, protect: protectList(p), format, input: p.positionals[0] ?? '-' };
      return withPolicy(cmd, single(p, 'policy', 'scan'));
    }
    case 'check': {
      const p = split(rest, new Set(['policy', 'protect']), 'check');
      if (p.positionals.length === 0) throw new CliError('check: give at least one HOST');
      return withPolicy({ name: 'check' as const, protect: protectList(p), hosts: p.positionals }, single(p, 'policy', 'check'));
    }
    case 'policy': {
      const [sub, ...args] = rest;
      if (sub === 'validate') {
        const p = split(args, new Set(), 'policy validate');
        const [file, ...extra] = p.positionals;
        if (file === undefined || extra.length > 0) throw new CliError('policy validate: give exactly one policy FILE');
        return { name: 'policy-validate', file };
      }
      if (sub === 'export') {
        const p = split(args, new Set(['format', 'id']), 'policy export');
        const [file, ...extra] = p.positionals;
        if (file === undefined || extra.length > 0) throw new CliError('policy export: give exactly one policy FILE');
        const given = single(p, 'format', 'policy export');
        if (given === undefined) throw new CliError(`policy export: --format is required (${EXPORT_FORMATS.join(', ')})`);
        const format = oneOf(given, EXPORT_FORMATS, 'policy export: --format');
        const id = single(p, 'id', 'policy export');
        return id === undefined ? { name: 'policy-export', format, file } : { name: 'policy-export', format, file, id };
      }
      throw new CliError(`policy: unknown subcommand ${sub === undefined ? '(none)' : `"${sub}"`}; use validate or export`);
    }
    default:
      throw new CliError(`unknown command "${command}"; see --help`);
  }
}
