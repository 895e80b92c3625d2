/** What the extension does with a verdict under the policy's mode. */
import type { Level, Mode } from './types.ts';

export type Action = 'block' | 'warn' | 'monitor' | 'none';

/**
 * block-level verdicts get the mode's action; warn-level ones never get
 * more than a banner (and only an event in monitor mode).
 */
export function actionFor(level: Level, mode: Mode): Action {
  if (level === 'block') return mode;
  if (level === 'warn') return mode === 'monitor' ? 'monitor' : 'warn';
  return 'none';
}
