/** Renders a host diff as text nodes and <mark>s (textContent only). */
import type { DiffChar } from '../../core/host-diff.ts';

export function renderDiff(into: HTMLElement, chars: DiffChar[]): void {
  into.replaceChildren();
  let plain = '';
  const flush = (): void => {
    if (plain !== '') into.append(document.createTextNode(plain));
    plain = '';
  };
  for (const c of chars) {
    if (!c.changed && c.codePoint === undefined) {
      plain += c.char;
      continue;
    }
    flush();
    const node = c.changed ? document.createElement('mark') : document.createElement('span');
    node.textContent = c.char;
    if (c.codePoint !== undefined) {
      const cp = document.createElement('span');
      cp.className = 'cp';
      cp.textContent = c.codePoint;
      node.append(cp);
    }
    into.append(node);
  }
  flush();
}
