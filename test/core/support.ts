/**
 * Shared helpers for the core engine tests: build an engine the way the
 * extension does (parsePolicy -> mergePolicy -> buildEngine) and assert on
 * verdicts with messages that name the host.
 */
import { expect } from 'vitest';
import { mergePolicy, parsePolicy, type PolicySettings } from '../../src/core/policy.ts';
import { buildEngine, scoreHost, type Engine } from '../../src/core/score.ts';
import type { Level, Verdict } from '../../src/core/types.ts';

/** The company of DESIGN §1: its domain and its Okta tenant. */
export const ACME = ['acme.com', 'acme.okta.com'];
/** A real company with a 6-letter brand and an Okta tenant. */
export const TWILIO = ['twilio.com', 'twilio.okta.com'];

const cache = new Map<string, Engine>();

/** An engine for a raw policy object; fails the test if the policy has errors. */
export function engineFor(settings: PolicySettings | Record<string, unknown>): Engine {
  const key = JSON.stringify(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parsePolicy(settings);
  expect(parsed.errors, `policy ${key} should parse cleanly`).toEqual([]);
  const engine = buildEngine(mergePolicy(parsed.policy, {}).policy);
  cache.set(key, engine);
  return engine;
}

export function protect(hosts: string[], extra: Record<string, unknown> = {}): Engine {
  return engineFor({ protectedDomains: hosts, ...extra });
}

/** Scores `input`, failing the test when it is not a web host. */
export function verdict(engine: Engine, input: string): Verdict {
  const v = scoreHost(engine, input);
  if ('error' in v) throw new Error(`expected a verdict for ${JSON.stringify(input)}, got error: ${v.error}`);
  return v;
}

export interface Expected {
  level: Level;
  /** Rule id of the strongest reason. */
  rule: string;
  /** The protected host the verdict names. */
  target: string;
  /** Text the strongest reason must contain (the brand it names). */
  mentions: string;
}

/** Asserts level, strongest reason's rule, target and a readable reason naming the brand. */
export function expectFlag(engine: Engine, input: string, want: Expected): Verdict {
  const v = verdict(engine, input);
  const label = `${input} -> ${JSON.stringify(v)}`;
  expect(v.level, label).toBe(want.level);
  expect(v.reasons[0]?.rule, label).toBe(want.rule);
  expect(v.target, label).toBe(want.target);
  const detail = v.reasons[0]?.detail ?? '';
  expect(detail, label).toContain(want.mentions);
  // Human-readable: a sentence, not a code; says what matched.
  expect(detail.length, label).toBeGreaterThan(20);
  expect(detail, label).toMatch(/\s/);
  return v;
}

/** Asserts a host stays quiet: allowed (or trusted when `trusted`), with no lookalike reasons. */
export function expectQuiet(engine: Engine, input: string, level: 'allow' | 'trusted' = 'allow'): Verdict {
  const v = verdict(engine, input);
  expect(v.level, `${input} -> ${JSON.stringify(v)}`).toBe(level);
  return v;
}
