/**
 * URL or host text -> normalised host parts. Never throws: anything that is
 * not a web host comes back as { error }.
 *
 * The WHATWG URL parser does the hostile parts (userinfo, ports, IPv4 in
 * odd notations, IDNA to punycode, percent-encoding); tldts then splits the
 * already-clean hostname (extractHostname: false) into suffix and labels.
 */
import { parse as parseDomain } from 'tldts';
import { hostToUnicode } from './punycode.ts';

export interface HostInfo {
  /** Lower-case ASCII hostname (punycode for IDN), no port, no trailing dot. */
  hostname: string;
  /** Display form: IDN labels decoded to Unicode. */
  unicode: string;
  isIp: boolean;
  /** Registrable domain, ASCII, e.g. "acme.co.uk"; null for IPs and bare suffixes. */
  domain: string | null;
  /** Registrable label without suffix, ASCII, e.g. "acme" or "xn--cme-8cd". */
  domainLabel: string | null;
  /** Unicode form of domainLabel. */
  domainLabelUnicode: string | null;
  /** The host is itself a public suffix of the private section (github.io): judged by its ICANN domain. */
  sharedSuffix: boolean;
  /** Public suffix, e.g. "co.uk", or "github.io" (private suffixes count). */
  suffix: string | null;
  /** Labels left of the registrable domain, outermost first, ASCII. */
  subdomainLabels: string[];
}


export type HostResult = HostInfo | { error: string };

const MAX_INPUT = 8192;
const URL_WITH_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\//i;
const NON_HTTP_SCHEME =
  /^(data|blob|about|javascript|file|mailto|filesystem|view-source|chrome|chrome-extension|moz-extension|edge|tel|sms):/i;
const WEB_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

export function isHostError(r: HostResult): r is { error: string } {
  return 'error' in r;
}

function toUrl(text: string): URL | { error: string } {
  try {
    if (URL_WITH_AUTHORITY.test(text) || NON_HTTP_SCHEME.test(text)) return new URL(text);
    return new URL(`http://${text}`);
  } catch {
    return { error: 'not a valid URL or host name' };
  }
}

/** The web URL whose host counts: the inner URL of blob: and filesystem: URLs. */
function webUrl(url: URL): URL | { error: string } {
  if (url.protocol === 'blob:' || url.protocol === 'filesystem:') {
    // A blob URL's origin is that of the page that made it.
    const origin = url.origin;
    if (!origin || origin === 'null') return { error: `${url.protocol} URL with an opaque origin has no host` };
    try {
      return new URL(origin);
    } catch {
      return { error: `${url.protocol} URL has no valid origin` };
    }
  }
  if (!WEB_SCHEMES.has(url.protocol)) return { error: `${url.protocol} URL has no web host` };
  return url;
}

function isIpHost(hostname: string): boolean {
  if (hostname.startsWith('[')) return true;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname);
}

const DOT = 0x2e;
const HYPHEN = 0x2d;

function isHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === HYPHEN;
}

/**
 * Already-normal host names (labels of 1-63 lower-case letters, digits and
 * hyphens, one optional trailing dot; the bulk of what is scored) skip the
 * URL parser: it would return them as they are. Anything else takes the
 * full path: numeric last labels (URL rewrites those as IPv4) and punycode
 * (which URL validates). One pass over the characters, no regex: this runs
 * for every host scored.
 */
function plainHostname(text: string): string | null {
  const end = text.charCodeAt(text.length - 1) === DOT ? text.length - 1 : text.length;
  let labelStart = 0;
  let lastStart = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : DOT;
    if (c === DOT) {
      if (i === labelStart || i - labelStart > 63) return null;
      lastStart = labelStart;
      labelStart = i + 1;
    } else if (!isHostChar(c)) return null;
    // "xn--" anywhere: punycode goes through the URL parser's checks.
    else if (c === HYPHEN && i >= 3 && text.startsWith('xn-', i - 3)) return null;
  }
  const first = text.charCodeAt(lastStart);
  if (first >= 0x30 && first <= 0x39) return null;
  return end === text.length ? text : text.slice(0, end);
}

function urlHostname(text: string): string | { error: string } {
  const parsed = toUrl(text);
  if ('error' in parsed) return parsed;
  const url = webUrl(parsed);
  if ('error' in url) return url;
  return url.hostname.replace(/\.+$/, '');
}

/**
 * The host name of input that is already a plain host name (see
 * plainHostname), as parseHost would return it; null for anything else.
 * Lets the scorer decide most hosts before any suffix look-up.
 */
export function plainHost(input: string): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  return text === '' || text.length > MAX_INPUT ? null : plainHostname(text);
}

export function parseHost(input: string): HostResult {
  const plain = plainHost(input);
  if (plain !== null) return plainHostInfo(plain);
  if (typeof input !== 'string') return { error: 'not a string' };
  const text = input.trim();
  if (text === '') return { error: 'empty' };
  if (text.length > MAX_INPUT) return { error: 'longer than 8192 characters' };
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\s\u0000-\u001f]/.test(text)) return { error: 'contains white space or control characters' };
  const hostname = urlHostname(text);
  if (typeof hostname !== 'string') return hostname;
  if (hostname === '') return { error: 'has no host' };
  if (hostname.includes('..') || hostname.startsWith('.')) return { error: 'has an empty label' };
  // The URL parser lets "=", "+", "," and the like through; no DNS name has them.
  if (!hostname.startsWith('[') && !/^[a-z0-9_.-]+$/.test(hostname)) return { error: 'has characters no host name can have' };

  if (isIpHost(hostname)) {
    return {
      hostname,
      unicode: hostname,
      isIp: true,
      sharedSuffix: false,
      domain: null,
      domainLabel: null,
      domainLabelUnicode: null,
      suffix: null,
      subdomainLabels: [],
    };
  }
  return plainHostInfo(hostname);
}

const TLDTS_OPTIONS = { extractHostname: false, allowPrivateDomains: true, validateHostname: false, detectIp: false } as const;
const TLDTS_ICANN_ONLY = { ...TLDTS_OPTIONS, allowPrivateDomains: false } as const;

/**
 * Splits a clean host name (not an IP: what plainHost returns, or what the
 * URL parser left once checked) into registrable domain, suffix and labels.
 */
export function plainHostInfo(hostname: string): HostInfo {
  let p = parseDomain(hostname, TLDTS_OPTIONS);
  // A host that is itself a private suffix (github.io, snowflake.app) is
  // judged by its ICANN registrable domain, or it could never be scored.
  const sharedSuffix = !p.domain && p.isPrivate === true;
  if (sharedSuffix) p = parseDomain(hostname, TLDTS_ICANN_ONLY);
  const domain = p.domain && p.domain.length > 0 ? p.domain : null;
  const domainLabel = domain && p.domainWithoutSuffix ? p.domainWithoutSuffix : null;
  const subdomain = domain && p.subdomain ? p.subdomain : '';
  return {
    hostname,
    unicode: hostToUnicode(hostname),
    isIp: false,
    sharedSuffix,
    domain,
    domainLabel,
    domainLabelUnicode: domainLabel === null ? null : hostToUnicode(domainLabel),
    suffix: p.publicSuffix && p.publicSuffix.length > 0 ? p.publicSuffix : null,
    subdomainLabels: subdomain === '' ? [] : subdomain.split('.'),
  };
}

/** True when `host` equals `base` or lies under it, compared by whole labels. */
export function isSameOrSubdomain(host: string, base: string): boolean {
  return host === base || (host.length > base.length && host.endsWith(`.${base}`));
}
