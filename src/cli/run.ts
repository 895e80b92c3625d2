/**
 * argv + injected I/O -> exit status. The whole CLI is callable in-process
 * (tests pass memory streams); main.ts only wires it to the real process.
 */
import pkg from '../../package.json' with { type: 'json' };
import { parseArgs, type Command } from './args.ts';
import { check } from './check.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.ts';
import { HELP } from './help.ts';
import type { Io } from './io.ts';
import { policyExport } from './policy-export.ts';
import { policyValidate } from './policy-validate.ts';
import { oneLine } from './sanitize.ts';
import { scan } from './scan.ts';

async function dispatch(command: Command, io: Io): Promise<void> {
  switch (command.name) {
    case 'help':
      io.stdout.write(HELP);
      return;
    case 'version':
      io.stdout.write(`${pkg.version}\n`);
      return;
    case 'scan':
      return scan(io, command);
    case 'check':
      return check(io, command);
    case 'policy-validate':
      return policyValidate(io, command.file);
    case 'policy-export':
      return policyExport(io, command);
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    await dispatch(parseArgs(argv), io);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`lookalike-guard: ${oneLine(err.message)}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
