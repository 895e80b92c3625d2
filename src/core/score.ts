/**
 * host + policy (+ page facts) -> Verdict. TEMPORARY first cut while the
 * rule set lands: trusted / blocklist only. The exported API is stable.
 */
import { isHostError, isSameOrSubdomain, parseHost } from './host.ts';
import type { Policy } from './policy-catalogue.ts';
import type { Verdict } from './types.ts';

export interface Engine {
  readonly policy: Policy;
}

export function buildEngine(policy: Policy): Engine {
  return { policy };
}

export function scoreHost(engine: Engine, input: string): Verdict | { error: string } {
  const info = parseHost(input);
  if (isHostError(info)) return info;
  const base = { host: info.hostname, displayHost: info.unicode };
  for (const p of [...engine.policy.protectedDomains, ...engine.policy.allowlist]) {
    if (isSameOrSubdomain(info.hostname, p)) return { ...base, level: 'trusted', score: 0, reasons: [] };
  }
  for (const b of engine.policy.blocklist) {
    if (isSameOrSubdomain(info.hostname, b)) {
      return { ...base, level: 'block', score: 1, reasons: [{ rule: 'blocklist', detail: `${b} is on the blocklist` }] };
    }
  }
  return { ...base, level: 'allow', score: 0, reasons: [] };
}
