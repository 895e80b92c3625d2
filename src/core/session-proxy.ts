/**
 * Microsoft Defender for Cloud Apps (Conditional Access App Control)
 * serves a proxied site under its own domain: `acme.okta.com` becomes
 * `acme.okta.com.mcas.ms`. Only Microsoft can create names there, and each
 * one serves the site it names, so such a host is judged as the site it
 * carries: the company's own sign-in page through the proxy is trusted, a
 * lookalike through the proxy is still a lookalike. Without this every
 * protected host would read as "starts with the real host but belongs to
 * mcas.ms" for each company that uses session control.
 *
 * The suffixes are Microsoft's list ("What is *.mcas.ms, *.mcas-gov.us, or
 * *.mcas-gov.ms?", Defender for Cloud Apps troubleshooting, 2023).
 */
export const SESSION_PROXY_DOMAINS: readonly string[] = [
  'mcas.ms', 'admin-mcas.ms', 'rs-mcas.ms', 'admin-rs-mcas.ms',
  'mcas-df.ms', 'admin-mcas-df.ms', 'rs-mcas-df.ms', 'admin-rs-mcas-df.ms',
  'mcas-gov.us', 'admin-mcas-gov.us', 'mcas-gov-df.us', 'admin-mcas-gov-df.us',
  'mcas-gov.ms', 'admin-mcas-gov.ms', 'mcas-gov-df.ms', 'admin-mcas-gov-df.ms',
];

/** The label every proxy domain's name ends with before its suffix: one check before the list. */
const MARKER = /mcas(?:-gov)?(?:-df)?\.(?:ms|us)$/;

export interface ProxiedHost {
  /** The site the proxy serves, e.g. "acme.okta.com". */
  host: string;
  /** The proxy's domain, e.g. "mcas.ms". */
  proxy: string;
}

/** The site a session-proxy host name carries; null for every other host. */
export function proxiedHost(hostname: string): ProxiedHost | null {
  // Every host is asked: most end in neither "s" (.ms, .us) nor carry the marker.
  if (hostname.charCodeAt(hostname.length - 1) !== 0x73 || !MARKER.test(hostname)) return null;
  for (const proxy of SESSION_PROXY_DOMAINS) {
    const start = hostname.length - proxy.length - 1;
    // The carried site needs a name of two labels at least: "com.mcas.ms" carries nothing.
    if (start > 0 && hostname.charCodeAt(start) === 0x2e && hostname.endsWith(proxy)) {
      const host = hostname.slice(0, start);
      return host.includes('.') ? { host, proxy } : null;
    }
  }
  return null;
}
