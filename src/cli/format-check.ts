/** `check` output: one block per host, each reason on its own line. */
import { forTerminal } from './sanitize.ts';
import { hostForPeople, type ScanResult } from './result.ts';

export function checkBlock(r: ScanResult): string {
  const lines = [
    forTerminal(hostForPeople(r)),
    `  level:   ${r.level}`,
    `  score:   ${r.score === null ? '-' : r.score.toFixed(2)}`,
    `  target:  ${forTerminal(r.target ?? '-')}`,
  ];
  if (r.reasons.length === 0) lines.push('  reasons: none');
  else {
    lines.push('  reasons:');
    for (const reason of r.reasons) lines.push(`    - ${forTerminal(`${reason.rule}: ${reason.detail}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
