/**
 * Errors that end the command with exit status 2 and one line on stderr:
 * usage mistakes and policy problems. Anything else is a bug and is
 * reported as such.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Exit statuses, per DESIGN §8: 0 when it ran (whatever it found), 2 otherwise. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** A file-system error in the words an admin expects. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}
