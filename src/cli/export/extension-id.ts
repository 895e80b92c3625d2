/**
 * The ids admins put in policy. Chrome and Edge derive an unpacked or
 * self-hosted extension's id from the manifest's public `key`: SHA-256 of
 * the DER key, first 32 hex digits, each digit 0-f written as a-p. It is
 * computed here from the manifest itself, never copied, so it cannot drift
 * from what the browser shows at chrome://extensions.
 */
import { createHash } from 'node:crypto';
import { CliError } from '../errors.ts';

/** Firefox has no key-derived id; the build sets browser_specific_settings.gecko.id to this. */
export const GECKO_ID = 'lookalike-guard@lookalike-guard.dev';

const CHROME_ID = /^[a-p]{32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function extensionIdFromKey(key: string): string {
  const compact = key.replace(/\s+/g, '');
  if (compact === '' || !BASE64.test(compact)) throw new CliError('manifest.json "key" is not base64');
  const der = Buffer.from(compact, 'base64');
  // A SubjectPublicKeyInfo is a DER SEQUENCE (0x30); anything else is not a key Chrome accepts.
  if (der[0] !== 0x30) throw new CliError('manifest.json "key" is not a DER public key');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export function checkChromeId(id: string): string {
  if (!CHROME_ID.test(id)) throw new CliError(`--id must be a Chrome/Edge extension id (32 letters a-p), got "${id}"`);
  return id;
}

/** Gecko ids are an email-like string or a {GUID}. */
export function checkGeckoId(id: string): string {
  if (!/^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/.test(id) && !/^\{[0-9a-fA-F-]{36}\}$/.test(id)) {
    throw new CliError(`--id must be a Firefox add-on id (name@domain or {GUID}), got "${id}"`);
  }
  return id;
}
