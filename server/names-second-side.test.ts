import { describe, expect, it } from 'vitest';
import { namesSecondSide } from './names-second-side.ts';

describe('namesSecondSide', () => {
  it('finds a second thing after 比 or than', () => {
    expect(namesSecondSide('信访局房租比呼叫中心的钱多多少')).toBe(true);
    expect(namesSecondSide('万里街道2025年统战那块比市场监管那块多多少？')).toBe(true);
    expect(namesSecondSide('How much more goes to rent than to the call centre?')).toBe(true);
    expect(namesSecondSide('How much bigger is the legal services line than mass sports?')).toBe(true);
  });
  it('reads a time after 比 or than as the same measure earlier', () => {
    expect(namesSecondSide('三公经费比上年减少多少')).toBe(false);
    expect(namesSecondSide('2025年比2024年多几辆车')).toBe(false);
    expect(namesSecondSide('收入比24年预算多了多少')).toBe(false);
    expect(namesSecondSide('比去年少了多少？')).toBe(false);
    expect(namesSecondSide('How much more is it than last year?')).toBe(false);
    expect(namesSecondSide('How much higher than in 2024?')).toBe(false);
    expect(namesSecondSide('how much less than the previous budget')).toBe(false);
  });
  it('finds nothing in a question without a comparison', () => {
    expect(namesSecondSide('三公经费是多少')).toBe(false);
    expect(namesSecondSide('What is the total?')).toBe(false);
  });
});
