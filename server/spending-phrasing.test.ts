import { describe, expect, it } from 'vitest';
import { spendingPhrasing } from './create-engine.ts';

describe('spendingPhrasing', () => {
  it('reads money spent on X (花在X上的钱, 用在X上面) as X的支出 line', () => {
    expect(spendingPhrasing('2022年花在项目上的钱比基本开支多多少')).toBe('2022年项目支出比基本开支多多少');
    expect(spendingPhrasing('用在培训上面的经费有多少')).toBe('培训支出有多少');
  });
  it('leaves other questions as they are', () => {
    expect(spendingPhrasing('三公经费是多少')).toBe('三公经费是多少');
    expect(spendingPhrasing('花了多少钱')).toBe('花了多少钱');
  });
});
