/**
 * Guard events and the report JSON of DESIGN §7. Pure: the worker fills the
 * browser facts (time, versions) and stores/sends what toReport returns.
 *
 * Privacy boundary: everything that leaves the browser (or lands in the
 * event log) goes through toReport, which copies an explicit list of fields
 * and sanitises each one. A caller that passes a full URL, a user@host, or
 * sneaks an extra property (a form value, a password) through a cast still
 * cannot get a query string, fragment, user info or that property out.
 */
import { fnv1a } from './string-hash.ts';
import type { Level, Reason } from './types.ts';

export const EVENT_TYPES = ['blocked', 'warned', 'monitored', 'bypassed', 'false-positive', 'policy-error'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** 'error' is for events with no verdict behind them (policy-error). */
export type EventLevel = Level | 'error';
const EVENT_LEVELS: readonly EventLevel[] = ['trusted', 'allow', 'warn', 'block', 'error'];

/** What a caller knows about an event; recordEvent adds the rest. */
export interface GuardEventInput {
  event: EventType;
  host: string;
  target?: string | undefined;
  level: EventLevel;
  score: number;
  reasons: readonly Reason[];
  /** The page's origin. A full URL is tolerated and cut down to its origin. */
  pageOrigin: string;
}

export interface GuardEvent extends GuardEventInput {
  /**
   * Unique per event, made once when it is recorded (a random UUID) and
   * sent unchanged on every retry: delivery is at least once, and the
   * receiver drops a repeat by its id.
   */
  id: string;
  /** ISO 8601. */
  time: string;
  extensionVersion: string;
  policyVersion: string;
}

/** The JSON that is stored in the event log and POSTed to reportUrl. */
export interface EventReport {
  id: string;
  event: EventType;
  host: string;
  target: string | null;
  level: EventLevel;
  score: number;
  reasons: Reason[];
  /** scheme://host[:port], or null when the page had no http(s) origin. */
  pageOrigin: string | null;
  time: string;
  extensionVersion: string;
  policyVersion: string;
}

const MAX_HOST = 260;
const MAX_REASONS = 20;
const MAX_DETAIL = 300;
const MAX_RULE = 40;
const MAX_VERSION = 40;
const MAX_ID = 64;

/**
 * A host, even if the caller handed over a URL or user@host: keep only what
 * can be part of a host name (and a port), so "?", "#", "/", "@", "=" and
 * whatever follows them never survive.
 */
export function sanitiseHost(input: unknown): string {
  if (typeof input !== 'string') return '';
  let text = input.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) text = text.slice(scheme[0].length);
  // Cut at the first path/query/fragment delimiter before looking for user info,
  // so an "@" inside a query string cannot move the host boundary.
  text = text.split(/[/?#\\\s]/, 1)[0] ?? '';
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.\-:[\]_]/gu, '')
    .slice(0, MAX_HOST);
}

/**
 * scheme://host[:port] for http(s) pages (and blob: URLs of them), otherwise
 * null. Built from URL.host, which never includes user info, path, query or
 * fragment, and re-checked against a strict shape.
 */
export function sanitiseOrigin(input: unknown): string | null {
  if (typeof input !== 'string' || input.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'blob:') return sanitiseOrigin(url.pathname);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const origin = `${url.protocol}//${url.host}`;
  return /^https?:\/\/[a-z0-9.\-[\]:]+$/.test(origin) && origin.length <= MAX_HOST + 8 ? origin : null;
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;
// A "?" or "#" glued to more text is treated as a query or fragment; a
// question mark ending a sentence is left alone.
const QUERY_IN_TEXT = /[?#]\S+/g;

/** Reason text is ours, but it names hosts: strip anything URL-shaped down to its origin. */
export function sanitiseText(input: unknown, max = MAX_DETAIL): string {
  if (typeof input !== 'string') return '';
  return input
    .replace(URL_IN_TEXT, (url) => sanitiseOrigin(url) ?? '[url]')
    .replace(QUERY_IN_TEXT, '')
    .replace(/\p{Cc}/gu, ' ')
    .slice(0, max);
}

function sanitiseReasons(reasons: unknown): Reason[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.slice(0, MAX_REASONS).flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) return [];
    const { rule, detail } = r as Record<string, unknown>;
    return [{ rule: sanitiseText(rule, MAX_RULE).replace(/[^a-z0-9._-]/gi, ''), detail: sanitiseText(detail) }];
  });
}

function sanitiseScore(score: unknown): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

function sanitiseTime(time: unknown): string {
  // Date.parse alone is lenient ("yesterday?x=1" parses in V8), so require ISO shape.
  if (typeof time === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(time)) {
    const ms = Date.parse(time);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return new Date(0).toISOString();
}

function sanitiseId(v: unknown): string {
  return typeof v === 'string' ? v.replace(/[^0-9A-Za-z-]/g, '').slice(0, MAX_ID) : '';
}

function sanitiseVersion(v: unknown): string {
  return typeof v === 'string' ? v.replace(/[^0-9A-Za-z._+-]/g, '').slice(0, MAX_VERSION) : '';
}

export function isEventType(v: unknown): v is EventType {
  return typeof v === 'string' && (EVENT_TYPES as readonly string[]).includes(v);
}

/** The DESIGN §7 report for an event. Never throws; unknown fields are dropped. */
export function toReport(e: GuardEvent): EventReport {
  const target = sanitiseHost(e.target);
  return {
    id: sanitiseId(e.id),
    event: isEventType(e.event) ? e.event : 'policy-error',
    host: sanitiseHost(e.host),
    target: target === '' ? null : target,
    level: EVENT_LEVELS.includes(e.level) ? e.level : 'error',
    score: sanitiseScore(e.score),
    reasons: sanitiseReasons(e.reasons),
    pageOrigin: sanitiseOrigin(e.pageOrigin),
    time: sanitiseTime(e.time),
    extensionVersion: sanitiseVersion(e.extensionVersion),
    policyVersion: sanitiseVersion(e.policyVersion),
  };
}

/**
 * Narrow a stored value back to an EventReport (storage is shared with other
 * code and survives upgrades, so never trust its shape). Re-sanitises.
 */
export function reportFromStored(v: unknown): EventReport | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (!isEventType(r['event'])) return null;
  const report = toReport({
    id: typeof r['id'] === 'string' ? r['id'] : '',
    event: r['event'],
    host: typeof r['host'] === 'string' ? r['host'] : '',
    target: typeof r['target'] === 'string' ? r['target'] : undefined,
    level: EVENT_LEVELS.includes(r['level'] as EventLevel) ? (r['level'] as EventLevel) : 'error',
    score: typeof r['score'] === 'number' ? r['score'] : 0,
    reasons: Array.isArray(r['reasons']) ? (r['reasons'] as Reason[]) : [],
    pageOrigin: typeof r['pageOrigin'] === 'string' ? r['pageOrigin'] : '',
    time: typeof r['time'] === 'string' ? r['time'] : '',
    extensionVersion: typeof r['extensionVersion'] === 'string' ? r['extensionVersion'] : '',
    policyVersion: typeof r['policyVersion'] === 'string' ? r['policyVersion'] : '',
  });
  // Events stored before reports had ids: one made from the event itself, the same on every read.
  if (report.id === '') report.id = `legacy-${fnv1a(JSON.stringify(report)).toString(16).padStart(8, '0')}`;
  return report;
}
