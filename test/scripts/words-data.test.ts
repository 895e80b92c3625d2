/** src/core/words-data.ts is generated from data/english-words.txt (npm run gen:words): this fails when they drift apart. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWordsData, renderWordsModule } from '../../scripts/gen-words.ts';

describe('word list module', () => {
  it('is what npm run gen:words makes of data/english-words.txt', () => {
    const committed = readFileSync(new URL('../../src/core/words-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderWordsModule(readWordsData()));
  });

  it('rejects a malformed line instead of dropping it', () => {
    expect(() => renderWordsModule('# note\ncoin\nBase\n')).toThrow(/bad line/);
  });
});
