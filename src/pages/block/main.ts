/**
 * The block page. Everything shown comes from the worker's fresh verdict for
 * the host in this page's URL ("block:info"); the URL itself is only read
 * defensively for a first paint. DOM built with textContent only.
 */
import { diffHosts } from '../../core/host-diff.ts';
import { send, type BlockInfo } from '../../messages.ts';
import { continueGoingBack, goBack } from './go-back.ts';
import { renderDiff } from './host-marks.ts';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`block page is missing #${id}`);
  return el as T;
}

function param(name: string): string | null {
  try {
    const value = new URLSearchParams(location.search).get(name);
    return value === null ? null : value.slice(0, 2048);
  } catch {
    return null;
  }
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}


function render(info: BlockInfo): void {
  document.title = `Blocked: ${info.displayHost}`;
  const summary = byId('summary');
  if (info.action !== 'block') {
    summary.textContent = `${info.displayHost} is no longer blocked by your organisation's current policy.`;
    if (info.url !== undefined) {
      const link = byId<HTMLAnchorElement>('real-site');
      link.href = info.url;
      link.textContent = `Continue to ${info.displayHost}`;
      link.hidden = false;
    }
    return;
  }
  summary.textContent =
    info.target !== undefined
      ? `The site ${info.displayHost} imitates ${info.targetName ?? info.target} (${info.target}), but it is not that site. It may be trying to steal your password: do not sign in there.`
      : `The site ${info.displayHost} is on your organisation's list of dangerous sites: do not sign in there.`;

  if (info.target !== undefined) {
    const diff = diffHosts(info.displayHost, info.target);
    renderDiff(byId('host-diff'), diff.host);
    renderDiff(byId('target-diff'), diff.target);
    if (info.displayHost !== info.host) byId('host-ascii').textContent = `Encoded: ${info.host}`;
    byId('compare').hidden = false;
    const real = byId<HTMLAnchorElement>('real-site');
    real.href = `https://${info.target}/`;
    real.hidden = false;
  }

  const list = byId('reasons');
  list.replaceChildren();
  for (const r of info.reasons) {
    const li = document.createElement('li');
    li.textContent = r.detail;
    list.append(li);
  }
  byId('reasons-section').hidden = info.reasons.length === 0;

  if (info.allowBypass) setUpBypass(info);
}

function normalise(text: string): string {
  return text.trim().replace(/\.$/, '').toLowerCase();
}

function setUpBypass(info: BlockInfo): void {
  byId('bypass').hidden = false;
  byId('confirm-expected').textContent = info.displayHost;
  const input = byId<HTMLInputElement>('confirm-host');
  const button = byId<HTMLButtonElement>('proceed');
  const accepted = new Set([normalise(info.displayHost), normalise(info.host)]);
  const matches = (): boolean => accepted.has(normalise(input.value));
  input.addEventListener('input', () => {
    button.disabled = !matches();
  });
  byId<HTMLFormElement>('bypass-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (!matches()) {
      setStatus('The address you typed does not match.');
      input.focus();
      return;
    }
    button.disabled = true;
    setStatus('Continuing…');
    // The worker re-checks allowBypass and the tab's blocked host; the typed text stays here.
    void send('block:proceed', {}).then(
      (r) => {
        if (!r.ok) {
          setStatus(r.error);
          button.disabled = false;
        }
      },
      () => {
        setStatus('Could not reach Lookalike Guard. Try again.');
        button.disabled = false;
      },
    );
  });
}

function wireActions(): void {
  byId('go-back').addEventListener('click', () => goBack());
  const report = byId<HTMLButtonElement>('report');
  report.addEventListener('click', () => {
    report.disabled = true;
    void send('block:false-positive', {}).then(
      (r) => setStatus(r.ok ? 'Thank you. Your report was recorded for your security team.' : r.error),
      () => {
        report.disabled = false;
        setStatus('Could not record the report. Try again.');
      },
    );
  });
}

function firstPaint(): void {
  const host = param('host');
  if (host !== null && host !== '') byId('summary').textContent = `Checking ${host}…`;
}

async function load(): Promise<void> {
  firstPaint();
  wireActions();
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const info = await send('block:info', {});
      if ('error' in info) {
        byId('summary').textContent = info.error;
        return;
      }
      render(info);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
  byId('summary').textContent = 'This page was blocked as a possible fake sign-in page.';
}

if (!continueGoingBack()) void load();
