/**
 * `policy export --format F FILE`: validates first (exit 2 on any error),
 * then prints the file the platform deploys, ready to redirect to disk.
 */
import type { ExportFormat } from './args.ts';
import { CliError } from './errors.ts';
import { checkChromeId, checkGeckoId } from './export/extension-id.ts';
import { chromiumPolicyFile, firefoxPolicies, googleAdminPolicy } from './export/managed-json.ts';
import { chromeExtensionId, geckoExtensionId } from './export/manifest-ids.ts';
import { macosMobileconfig } from './export/mobileconfig.ts';
import { windowsReg } from './export/windows-reg.ts';
import { Output, type Io } from './io.ts';
import { policyErrorLine, readPolicyFile } from './load-policy.ts';

export interface ExportOptions {
  format: ExportFormat;
  file: string;
  /** Overrides the id from the manifest, e.g. a store-assigned id. */
  id?: string;
}

function render(opts: ExportOptions, settings: Parameters<typeof windowsReg>[0]): string {
  const chromeId = (): string => (opts.id === undefined ? chromeExtensionId() : checkChromeId(opts.id));
  switch (opts.format) {
    case 'chrome':
    case 'edge':
      // Same file shape for both; only the folder differs (see docs/admin.md).
      return chromiumPolicyFile(settings, chromeId());
    case 'google-admin':
      return googleAdminPolicy(settings);
    case 'firefox':
      return firefoxPolicies(settings, opts.id === undefined ? geckoExtensionId() : checkGeckoId(opts.id));
    case 'windows-reg':
      return windowsReg(settings, chromeId());
    case 'macos-mobileconfig':
      return macosMobileconfig(settings, chromeId());
  }
}

export async function policyExport(io: Io, opts: ExportOptions): Promise<void> {
  const parsed = await readPolicyFile(io, opts.file);
  if (parsed.errors.length > 0) throw new CliError(policyErrorLine(opts.file, parsed));
  const out = new Output(io.stdout);
  await out.write(render(opts, parsed.policy));
  await out.flush();
}
