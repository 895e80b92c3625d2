/** `check HOST...`: the scan engine, written for a person. */
import { buildEngine } from '../core/score.ts';
import { checkBlock } from './format-check.ts';
import { Output, type Io } from './io.ts';
import { loadScanPolicy } from './load-policy.ts';
import { scoreLine } from './result.ts';

export interface CheckOptions {
  policyFile?: string;
  protect: string[];
  hosts: string[];
}

export async function check(io: Io, opts: CheckOptions): Promise<void> {
  const engine = buildEngine(await loadScanPolicy(io, opts.policyFile, opts.protect));
  const out = new Output(io.stdout);
  for (const [i, host] of opts.hosts.entries()) {
    await out.write(`${i > 0 ? '\n' : ''}${checkBlock(scoreLine(engine, host.trim()))}`);
  }
  await out.flush();
}
