import { test } from './support/fixtures.ts';
import { visit } from './support/helpers.ts';
test('dbg', async ({ page, servers, seen }) => {
  const host = 'secure-portal-773.com';
  page.on('console', (m) => console.log('console', m.text()));
  page.on('framenavigated', (f) => console.log('nav', f.url().slice(0, 120)));
  await visit(page, servers.url(host, '/writes-frame?kind=srcdoc&hold=1'), 'commit');
  await new Promise((r) => setTimeout(r, 1500));
  console.log(page.frames().map((f) => f.url().slice(0, 100)));
  console.log(JSON.stringify(seen.all.map(o => `${o.tag}:${o.where}:${o.type}:${o.trusted}:${o.field}:${o.len}`)));
  servers.releaseHeld();
});
