// The baseline for bench/cli-throughput.ts: the same file, read a line at a
// time, each host through tldts.parse, one JSON line out per host.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'tldts';

const out = [];
for await (const line of createInterface({ input: createReadStream(process.argv[2] ?? '') })) {
  const p = parse(line.trim());
  out.push(JSON.stringify({ input: line, host: p.hostname, domain: p.domain }));
  if (out.length === 1000) {
    process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  }
}
process.stdout.write(`${out.join('\n')}\n`);
