/**
 * src/core/confusables-data.ts is generated from data/confusables-latin.txt
 * (npm run gen:confusables) and committed so that tsc, the tests and the CLI
 * need no build step: this fails when the two drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfusablesData, renderConfusablesModule } from '../../scripts/gen-confusables.ts';

describe('confusables data module', () => {
  it('is what npm run gen:confusables makes of data/confusables-latin.txt', () => {
    const committed = readFileSync(new URL('../../src/core/confusables-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderConfusablesModule(readConfusablesData()));
  });

  it('rejects a malformed data line instead of dropping it', () => {
    expect(() => renderConfusablesModule('0430 ; a # ok\nzz ; a # bad code point\n')).toThrow(/bad line/);
  });
});
