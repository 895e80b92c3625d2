/**
 * Reads a policy FILE for the CLI. Where the extension drops a bad value
 * and keeps going, the CLI refuses (exit 2): an admin running a scan or an
 * export wants to know the file is wrong, not get results from a policy
 * that silently differs from it.
 */
import { mergePolicy, normaliseHostEntry, parsePolicy, type ParsedPolicy, type Policy } from '../core/policy.ts';
import { CliError, describeFsError } from './errors.ts';
import type { Io } from './io.ts';

export async function readPolicyFile(io: Io, file: string): Promise<ParsedPolicy> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    throw new CliError(`cannot read policy file ${file}: ${describeFsError(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parsePolicy(json);
}

/** The first error, naming its key, as the one line stderr gets. */
export function policyErrorLine(file: string, parsed: ParsedPolicy): string {
  const [first] = parsed.errors;
  if (!first) return `${file}: valid`;
  const more = parsed.errors.length - 1;
  const tail = more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'}; run: lookalike-guard policy validate ${file})` : '';
  return `${file}: ${first.key}: ${first.message}${tail}`;
}

/** --policy FILE (if any), then --protect hosts appended to its protectedDomains. */
export async function loadScanPolicy(io: Io, file: string | undefined, protect: readonly string[]): Promise<Policy> {
  let settings: ParsedPolicy['policy'] = {};
  if (file !== undefined) {
    const parsed = await readPolicyFile(io, file);
    if (parsed.errors.length > 0) throw new CliError(policyErrorLine(file, parsed));
    settings = parsed.policy;
  }
  const policy = mergePolicy(settings, {}).policy;
  for (const entry of protect) {
    const host = normaliseHostEntry(entry);
    if (typeof host !== 'string') throw new CliError(`--protect: ${host.error}`);
    if (!policy.protectedDomains.includes(host)) policy.protectedDomains.push(host);
  }
  return policy;
}
