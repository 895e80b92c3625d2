/** Where the block page lives and how the worker addresses it. */
import browser from 'webextension-polyfill';

export const BLOCK_PAGE_PATH = '/block/index.html';

export function blockPageBase(): string {
  return browser.runtime.getURL(BLOCK_PAGE_PATH);
}

/** host: ASCII host blocked; url: the page to return to after a bypass (origin + path). */
export function blockPageUrl(host: string, url: string | null): string {
  const params = new URLSearchParams({ host });
  if (url !== null) params.set('url', url);
  return `${blockPageBase()}?${params.toString()}`;
}

export function isBlockPageUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  const base = blockPageBase();
  return url === base || url.startsWith(`${base}?`) || url.startsWith(`${base}#`);
}
