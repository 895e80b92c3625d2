/** Page facts -> adjusted verdict. TEMPORARY: returns the verdict unchanged; API stable. */
import type { Engine } from './score.ts';
import type { PageFacts, Verdict } from './types.ts';

export function evaluatePage(_engine: Engine, verdict: Verdict, _facts: PageFacts): Verdict {
  return verdict;
}
