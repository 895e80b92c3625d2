import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.ts';
import { GECKO_ID, checkChromeId, checkGeckoId, extensionIdFromKey } from '../../src/cli/export/extension-id.ts';
import { chromeExtensionId, geckoExtensionId } from '../../src/cli/export/manifest-ids.ts';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { key: string };

describe('extension ids', () => {
  it('derives the Chrome id from the manifest key (value cross-checked with openssl dgst -sha256 | tr 0-9a-f a-p)', () => {
    expect(extensionIdFromKey(manifest.key)).toBe('ekgafnbdlningionnmgcdaknfgejkdlo');
    expect(chromeExtensionId()).toBe(extensionIdFromKey(manifest.key));
  });

  it('agrees with the id documented for admins', () => {
    const doc = readFileSync(new URL('../../docs/extension-ids.md', import.meta.url), 'utf8');
    expect(doc).toContain(chromeExtensionId());
    expect(doc).toContain(geckoExtensionId());
  });

  it('uses the documented gecko id', () => {
    expect(geckoExtensionId()).toBe(GECKO_ID);
  });

  it('rejects keys that are not base64 DER public keys', () => {
    expect(() => extensionIdFromKey('')).toThrow(CliError);
    expect(() => extensionIdFromKey('not base64!')).toThrow(/not base64/);
    expect(() => extensionIdFromKey(Buffer.from('hello').toString('base64'))).toThrow(/not a DER public key/);
  });

  it('checks --id overrides', () => {
    expect(checkChromeId('abcdefghijklmnopabcdefghijklmnop')).toBe('abcdefghijklmnopabcdefghijklmnop');
    expect(() => checkChromeId('abcdefghijklmnopabcdefghijklmnoq')).toThrow(CliError);
    expect(checkGeckoId('guard@example.com')).toBe('guard@example.com');
    expect(checkGeckoId('{12345678-1234-1234-1234-123456789abc}')).toMatch(/^\{/);
    expect(() => checkGeckoId('no spaces@x y')).toThrow(CliError);
  });
});
