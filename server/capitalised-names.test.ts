import { describe, expect, it } from 'vitest';
import { capitalisedNames } from './capitalised-names.ts';

describe('capitalisedNames', () => {
  it('keeps capitalised words inside a sentence', () => {
    expect([...capitalisedNames('How much does the Jing’an Education Bureau spend?')]).toEqual(['jing', 'education', 'bureau']);
  });
  it('skips the word that opens the question or a sentence, after quotes and brackets too', () => {
    expect([...capitalisedNames('Fact check: how much did Wanli Street budget?')]).toEqual(['wanli', 'street']);
    expect([...capitalisedNames('Quick one. What is the total?')]).toEqual([]);
    expect([...capitalisedNames('"Official" cars: how much?')]).toEqual([]);
  });
  it('finds nothing in a question without capitals', () => {
    expect(capitalisedNames('how much for cars').size).toBe(0);
  });
});
