/**
 * The data modules under src/core are generated from data/ files and
 * committed, so that tsc, the tests and the CLI need no build step: these
 * fail when a module and its data file drift apart, and a malformed data
 * line fails generation instead of being dropped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfusablesData, renderConfusablesModule } from '../../scripts/gen-confusables.ts';
import { readWordsData, renderWordsModule } from '../../scripts/gen-words.ts';

const committed = (name: string): string => readFileSync(new URL(`../../src/core/${name}`, import.meta.url), 'utf8');

describe('generated data modules', () => {
  it.each([
    ['confusables-data.ts', 'npm run gen:confusables', () => renderConfusablesModule(readConfusablesData())],
    ['words-data.ts', 'npm run gen:words', () => renderWordsModule(readWordsData())],
  ])('src/core/%s is what %s makes of its data file', (name, _command, render) => {
    expect(committed(name)).toBe(render());
  });

  it('a malformed data line fails generation', () => {
    expect(() => renderConfusablesModule('0430 ; a # ok\nzz ; a # bad code point\n')).toThrow(/bad line/);
    expect(() => renderWordsModule('# note\ncoin\nBase\n')).toThrow(/bad line/);
  });
});
