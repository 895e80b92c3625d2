/**
 * `policy validate FILE`: every error on stdout, one a line, naming the
 * key and the reason, so an admin fixes them all in one pass; the one-line
 * summary goes to stderr and the exit status is 2.
 */
import { POLICY_KEYS, mergePolicy, policyVersion } from '../core/policy.ts';
import { buildEngine } from '../core/score.ts';
import { listShortForms } from '../core/short-forms.ts';
import { CliError } from './errors.ts';
import { Output, type Io } from './io.ts';
import { readPolicyFile } from './load-policy.ts';
import { oneLine } from './sanitize.ts';

export async function policyValidate(io: Io, file: string): Promise<void> {
  const parsed = await readPolicyFile(io, file);
  const out = new Output(io.stdout);
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) await out.write(`${oneLine(`${file}: ${e.key}: ${e.message}`, 1000)}\n`);
    await out.flush();
    const n = parsed.errors.length;
    throw new CliError(`${file}: ${n} policy error${n === 1 ? '' : 's'}`);
  }
  const set = POLICY_KEYS.filter((k) => parsed.policy[k] !== undefined);
  const policy = mergePolicy(parsed.policy, {}).policy;
  await out.write(`${oneLine(file)}: valid; ${set.length} key${set.length === 1 ? '' : 's'} set (${set.join(', ') || 'none'}); policyVersion ${policyVersion(policy)}\n`);
  // What the engine reads from the policy beyond the lists: the names it will look for.
  const engine = buildEngine(policy);
  const brands = engine.company.brands.map((b) => `${b.display} (${b.target})`);
  if (brands.length > 0) await out.write(`${oneLine(`brands: ${brands.join(', ')}`, 2000)}\n`);
  const initials = [...engine.initials].map(([letters, { brand, split }]) =>
    `${letters} for ${brand.display} (${split ? `${split.head} + ${split.tail}` : 'listed in brands'})`);
  if (initials.length > 0) await out.write(`${oneLine(`initials: ${initials.join(', ')}`, 2000)}\n`);
  const shortForms = listShortForms(engine.shortForms);
  if (shortForms.length > 0) await out.write(`${oneLine(`short forms (beside sign-in, identity or corporate words): ${shortForms.join('; ')}`, 2000)}\n`);
  // Valid but protecting nothing of the company's own is almost always a mistake.
  if ((parsed.policy.protectedDomains ?? []).length === 0) {
    await out.write('note: protectedDomains is empty, so only the identity providers themselves are protected\n');
  }
  await out.flush();
}
