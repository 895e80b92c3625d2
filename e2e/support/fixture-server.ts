/**
 * HTTP and HTTPS fixture servers. Chromium maps every host name to 127.0.0.1
 * (--host-resolver-rules), so one server on a random port answers for
 * twilio-okta.com, example.org and the rest; the page served depends on the
 * path only. Never ports 80/443: Chromium's own background requests would
 * land there under MAP *.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOLD_MARK, articlePage, framePage, genericLoginPage, loginPage, writesFramePage, type WrittenFrameKind } from './pages.ts';

export interface FixtureServers {
  httpPort: number;
  httpsPort: number;
  /** `http://<host>:<port><path>` on the HTTP server. */
  url(host: string, path?: string): string;
  /** Same on the HTTPS server (self-signed; the context ignores certificate errors). */
  httpsUrl(host: string, path?: string): string;
  /** Requests received per host name (port stripped, favicon and /__synthetic beacons excluded). */
  requestCount(host: string): number;
  /** Synthetic event types a ?synthetic=1 page reported reaching its password field, per host. */
  syntheticReached(host: string): string[];
  /** Lets every held response finish (pages served with ?hold=1). */
  releaseHeld(): void;
  close(): Promise<void>;
}

const HOLD_LIMIT_MS = 15_000;

function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  // The SAN list is cosmetic (the browser ignores certificate errors), but it
  // keeps the certificate plausible for the hosts the specs use.
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=lookalike-guard-fixtures',
    '-addext', 'subjectAltName=DNS:localhost,DNS:*.com,DNS:*.net,DNS:*.org,DNS:twilio-okta.com,DNS:twilio-sso.net,DNS:example.org',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFixtureServers(): Promise<FixtureServers> {
  const counts = new Map<string, number>();
  const synthetic = new Map<string, string[]>();
  let waiting: (() => void)[] = [];

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/__synthetic' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        try {
          const types = JSON.parse(body) as unknown;
          if (Array.isArray(types)) synthetic.set(host, [...(synthetic.get(host) ?? []), ...types.map(String)]);
        } catch {
          // Not a beacon from the fixture page.
        }
        res.writeHead(204).end();
      });
      return;
    }
    counts.set(host, (counts.get(host) ?? 0) + 1);
    const q = url.searchParams;
    const flag = (name: string): boolean => q.get(name) === '1';
    let html: string;
    switch (url.pathname) {
      case '/':
      case '/login':
        html = loginPage({ brand: q.get('brand') ?? 'Twilio', hold: flag('hold'), prefill: flag('prefill'), synthetic: flag('synthetic'), focus: !flag('nofocus') });
        break;
      case '/article':
        html = articlePage();
        break;
      case '/plain':
        html = articlePage(true);
        break;
      case '/generic-login':
        html = genericLoginPage();
        break;
      case '/frame':
        html = framePage(q.get('src') ?? 'about:blank');
        break;
      case '/held.js': {
        // Parser-blocking script that arrives only when the test releases held responses.
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        let sent = false;
        const finish = (): void => {
          if (sent) return;
          sent = true;
          clearTimeout(timer);
          if (!res.destroyed) res.end('/* released */');
        };
        const timer = setTimeout(finish, HOLD_LIMIT_MS);
        waiting.push(finish);
        res.on('close', finish);
        return;
      }
      case '/writes-frame': {
        const kind = q.get('kind') ?? 'blank';
        if (!['blank', 'srcdoc', 'data', 'blob'].includes(kind)) {
          res.writeHead(400).end('bad kind');
          return;
        }
        html = writesFramePage(kind as WrittenFrameKind, flag('hold'));
        break;
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // A repeat visit must hit the network unless the extension stops it.
      'cache-control': 'no-store',
    });
    const at = html.indexOf(HOLD_MARK);
    if (at < 0) {
      res.end(html);
      return;
    }
    // Stream the part up to the focused password field, then keep the
    // document loading until the test releases it: this pins the window in
    // which keys are typed into a live lookalike page.
    res.write(html.slice(0, at));
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!res.destroyed) res.end(html.slice(at + HOLD_MARK.length));
    };
    const timer = setTimeout(finish, HOLD_LIMIT_MS);
    waiting.push(finish);
    res.on('close', finish);
  };

  const certDir = mkdtempSync(join(tmpdir(), 'lg-e2e-cert-'));
  const tls = makeCert(certDir);
  const plain = http.createServer(handler);
  const secure = https.createServer(tls, handler);
  for (const s of [plain, secure]) s.keepAliveTimeout = 1000;
  await Promise.all([
    new Promise<void>((r) => plain.listen(0, '127.0.0.1', r)),
    new Promise<void>((r) => secure.listen(0, '127.0.0.1', r)),
  ]);
  const httpPort = (plain.address() as AddressInfo).port;
  const httpsPort = (secure.address() as AddressInfo).port;

  return {
    httpPort,
    httpsPort,
    url: (host, path = '/login') => `http://${host}:${httpPort}${path}`,
    httpsUrl: (host, path = '/login') => `https://${host}:${httpsPort}${path}`,
    requestCount: (host) => counts.get(host.toLowerCase()) ?? 0,
    syntheticReached: (host) => synthetic.get(host.toLowerCase()) ?? [],
    releaseHeld: () => {
      const all = waiting;
      waiting = [];
      for (const f of all) f();
    },
    close: async () => {
      const all = waiting;
      waiting = [];
      for (const f of all) f();
      for (const s of [plain, secure]) s.closeAllConnections();
      await Promise.all([
        new Promise<void>((r) => plain.close(() => r())),
        new Promise<void>((r) => secure.close(() => r())),
      ]);
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
