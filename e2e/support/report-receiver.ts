/**
 * A stand-in SIEM webhook for the reporting specs: node:http on 127.0.0.1,
 * random port (reportUrl may be http for loopback hosts only). It records
 * every request it gets, whatever it answers, and can be told to fail: the
 * next n POSTs, or all of them, get a 503 (or another status).
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
  at: number;
}

export interface ReportReceiver {
  readonly port: number;
  /** `http://127.0.0.1:<port><path>`. */
  url(path?: string): string;
  /** Every request, in arrival order, including failed ones and any CORS preflight. */
  readonly requests: readonly ReceivedRequest[];
  /** POSTs answered with a 2xx. */
  delivered(): ReceivedRequest[];
  /** Answer the next `n` POSTs with `status`. */
  failNext(n: number, status?: number): void;
  /** Answer every POST from now on with `status` (e.g. 503), or with 200 again (null). */
  failAll(status: number | null): void;
  close(): Promise<void>;
}

export async function startReportReceiver(): Promise<ReportReceiver> {
  const requests: ReceivedRequest[] = [];
  let failing: number | null = null;
  let failCount = 0;
  let failStatus = 503;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let status = 200;
      if (req.method === 'POST') {
        if (failing !== null) status = failing;
        else if (failCount > 0) {
          failCount--;
          status = failStatus;
        }
      } else if (req.method === 'OPTIONS') {
        status = 204;
      } else {
        status = 405;
      }
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
        at: Date.now(),
      });
      // Permissive CORS, so that a preflight (if the browser sent one) is not what fails.
      res.writeHead(status, {
        'content-type': 'text/plain',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'POST',
        connection: 'close',
      });
      res.end(status >= 200 && status < 300 ? 'ok' : 'unavailable');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path = '/events') => `http://127.0.0.1:${port}${path}`,
    requests,
    delivered: () => requests.filter((r) => r.method === 'POST' && r.status >= 200 && r.status < 300),
    failNext: (n, status = 503) => {
      failCount = n;
      failStatus = status;
    },
    failAll: (status) => {
      failing = status;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
