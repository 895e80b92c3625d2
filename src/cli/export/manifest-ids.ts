/**
 * The extension ids, from manifest.json as imported at build time: the CLI
 * is bundled into dist/cli.js and runs from anywhere, so it must not look
 * for manifest.json on disk. Derived on first use, so scan and check work
 * even while the manifest has no key.
 */
import manifest from '../../../manifest.json' with { type: 'json' };
import { CliError } from '../errors.ts';
import { GECKO_ID, extensionIdFromKey } from './extension-id.ts';

interface ManifestIds {
  key?: unknown;
  browser_specific_settings?: { gecko?: { id?: unknown } };
}

export function chromeExtensionId(): string {
  const key = (manifest as ManifestIds).key;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new CliError('manifest.json has no "key", so the Chrome/Edge extension id is unknown; pass --id ID');
  }
  return extensionIdFromKey(key);
}

/** The Firefox manifest is derived by the build; a gecko id written into manifest.json wins. */
export function geckoExtensionId(): string {
  const id = (manifest as ManifestIds).browser_specific_settings?.gecko?.id;
  return typeof id === 'string' && id !== '' ? id : GECKO_ID;
}
