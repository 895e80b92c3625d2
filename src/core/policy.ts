/**
 * Policy parsing and merging. parsePolicy never throws: a wrong-typed or
 * invalid value is dropped with an error naming the key and why, and the
 * rest still applies. List entries are checked one by one, so one bad host
 * in protectedDomains costs that entry only, never the protection.
 */
import { isHostError, parseHost } from './host.ts';
import { fnv1a } from './string-hash.ts';
import {
  DEFAULT_POLICY,
  POLICY_CATALOGUE,
  POLICY_KEYS,
  type KeySpec,
  type Policy,
  type PolicyKey,
  type PolicySettings,
} from './policy-catalogue.ts';

export interface PolicyError {
  /** The policy key, "protectedDomains[2]" for a list entry, or "(policy)" for the whole object. */
  key: string;
  message: string;
}

export interface ParsedPolicy {
  /** Only the keys that were given and valid. */
  policy: PolicySettings;
  errors: PolicyError[];
}

const MAX_LIST = 5000;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,62}$/u;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/;
const FORBIDDEN_HEADERS = new Set(['host', 'content-length', 'content-type', 'cookie', 'origin', 'referer']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `"${v.slice(0, 80)}"` : `a ${typeof v}`;
}

/** One host list entry -> normalised hostname, or an error message. */
export function normaliseHostEntry(entry: unknown): string | { error: string } {
  if (typeof entry !== 'string') return { error: `must be a host name, got ${describe(entry)}` };
  const text = entry.trim().replace(/^\*\./, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^[^/]*:\d+/.test(text)) {
    return { error: `"${entry}" is not a host name` };
  }
  const parsed = parseHost(text);
  if (isHostError(parsed)) return { error: `"${entry}" is not a host name (${parsed.error})` };
  if (!parsed.isIp && parsed.hostname !== 'localhost' && (parsed.domain === null || parsed.sharedSuffix)) {
    // Listing "co.uk" or "github.io" would trust every site under it.
    return { error: `"${entry}" is a public suffix shared by many sites, not a domain; list your own host under it` };
  }
  return parsed.hostname;
}

function parseHostList(key: string, value: unknown, errors: PolicyError[]): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({ key, message: `must be a list of host names, got ${describe(value)}` });
    return undefined;
  }
  const out: string[] = [];
  value.slice(0, MAX_LIST).forEach((entry, i) => {
    const host = normaliseHostEntry(entry);
    if (typeof host === 'string') {
      if (!out.includes(host)) out.push(host);
    } else errors.push({ key: `${key}[${i}]`, message: host.error });
  });
  if (value.length > MAX_LIST) errors.push({ key, message: `has ${value.length} entries; only the first ${MAX_LIST} apply` });
  return out;
}

function parseWordList(key: string, value: unknown, errors: PolicyError[]): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({ key, message: `must be a list of words, got ${describe(value)}` });
    return undefined;
  }
  const out: string[] = [];
  value.slice(0, MAX_LIST).forEach((entry, i) => {
    const word = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (typeof entry !== 'string' || !WORD.test(word)) {
      errors.push({ key: `${key}[${i}]`, message: `${describe(entry)} is not a word (letters, digits and hyphens)` });
    } else if (!out.includes(word)) out.push(word);
  });
  return out;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Checks a report URL: https, or http to a loopback host only. */
export function checkReportUrl(value: unknown): string | { error: string } {
  if (typeof value !== 'string') return { error: `must be a URL, got ${describe(value)}` };
  if (value.trim() === '') return '';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: `"${value}" is not a valid URL` };
  }
  if (url.username || url.password) return { error: 'must not carry a user name or password; use reportHeaders' };
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.href;
  if (url.protocol === 'http:') return { error: 'must use https (http is allowed for loopback hosts only)' };
  return { error: `must be an https URL, got ${url.protocol}` };
}

function parseHeaders(key: string, value: unknown, errors: PolicyError[]): Record<string, string> | undefined {
  if (!isRecord(value)) {
    errors.push({ key, message: `must be an object of header names to values, got ${describe(value)}` });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) errors.push({ key: `${key}.${name}`, message: 'is not a valid header name' });
    else if (FORBIDDEN_HEADERS.has(name.toLowerCase())) errors.push({ key: `${key}.${name}`, message: 'cannot be set' });
    else if (typeof v !== 'string' || /[\r\n\0]/.test(v)) {
      errors.push({ key: `${key}.${name}`, message: 'must be a single-line string' });
    } else out[name] = v;
  }
  return out;
}

function parseValue(key: PolicyKey, spec: KeySpec, value: unknown, errors: PolicyError[]): unknown {
  switch (spec.kind) {
    case 'hostList':
      return parseHostList(key, value, errors);
    case 'wordList':
      return parseWordList(key, value, errors);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      errors.push({ key, message: `must be true or false, got ${describe(value)}` });
      return undefined;
    case 'enum':
      if (typeof value === 'string' && spec.values?.includes(value)) return value;
      errors.push({ key, message: `must be one of ${(spec.values ?? []).map((v) => `"${v}"`).join(', ')}, got ${describe(value)}` });
      return undefined;
    case 'url': {
      const url = checkReportUrl(value);
      if (typeof url === 'string') return url;
      errors.push({ key, message: url.error });
      return undefined;
    }
    case 'headers':
      return parseHeaders(key, value, errors);
  }
}

export function parsePolicy(input: unknown): ParsedPolicy {
  const errors: PolicyError[] = [];
  const policy: Record<string, unknown> = {};
  if (input === undefined || input === null) return { policy: {}, errors };
  if (!isRecord(input)) {
    errors.push({ key: '(policy)', message: `must be a JSON object, got ${describe(input)}` });
    return { policy: {}, errors };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(POLICY_KEYS as string[]).includes(key)) {
      errors.push({ key, message: 'is not a known policy key; ignored' });
      continue;
    }
    const k = key as PolicyKey;
    const parsed = parseValue(k, POLICY_CATALOGUE[k], value, errors);
    if (parsed !== undefined) policy[k] = parsed;
  }
  return { policy: policy as PolicySettings, errors };
}

export interface EffectivePolicy {
  policy: Policy;
  /** Keys whose value comes from managed storage (locked on the options page). */
  managedKeys: PolicyKey[];
}

/** Managed values win over local ones key by key; defaults fill the rest. */
export function mergePolicy(managed: PolicySettings, local: PolicySettings): EffectivePolicy {
  const policy: Record<string, unknown> = {};
  const managedKeys: PolicyKey[] = [];
  for (const key of POLICY_KEYS) {
    if (managed[key] !== undefined) {
      policy[key] = managed[key];
      managedKeys.push(key);
    } else if (local[key] !== undefined) policy[key] = local[key];
    else policy[key] = structuredCloneValue(DEFAULT_POLICY[key]);
  }
  return { policy: policy as unknown as Policy, managedKeys };
}

export interface ResolvedPolicy extends EffectivePolicy {
  managedErrors: PolicyError[];
  localErrors: PolicyError[];
  /** The valid keys each source set. */
  managed: PolicySettings;
  local: PolicySettings;
}

/** Raw managed and local storage values -> the effective policy and each source's errors. */
export function resolvePolicy(managedRaw: unknown, localRaw: unknown): ResolvedPolicy {
  const managed = parsePolicy(managedRaw);
  const local = parsePolicy(localRaw);
  return {
    ...mergePolicy(managed.policy, local.policy),
    managedErrors: managed.errors,
    localErrors: local.errors,
    managed: managed.policy,
    local: local.policy,
  };
}

function structuredCloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return [...(v as unknown[])];
  if (isRecord(v)) return { ...v };
  return v;
}

/** Short stable fingerprint of a policy, sent with events as policyVersion. */
export function policyVersion(policy: Policy): string {
  const text = JSON.stringify(POLICY_KEYS.map((k) => [k, k === 'reportHeaders' ? Object.keys(policy[k]).sort() : policy[k]]));
  return fnv1a(text).toString(16).padStart(8, '0');
}

export { DEFAULT_POLICY, POLICY_CATALOGUE, POLICY_KEYS };
export type { Policy, PolicyKey, PolicySettings };
