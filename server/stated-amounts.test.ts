import { describe, expect, it } from 'vitest';
import { statedAmounts, withinStated } from './stated-amounts.ts';

describe('statedAmounts', () => {
  it('reads 来 and 几 after a Chinese number as hedges upward (一百五十来万, 一百三十几万)', () => {
    const [about] = statedAmounts('一年请这些人的钱大概一百五十来万');
    expect(withinStated(150.83, '万元', about!)).toBe(true);
    const [some] = statedAmounts('一年运行维护要一百三十几万');
    expect(withinStated(135, '万元', some!)).toBe(true);
    expect(withinStated(129, '万元', some!)).toBe(false);
  });
  it('reads English amounts at the precision stated, and "over" upward', () => {
    expect(statedAmounts('one huge line of about 293.8 million yuan')).toEqual([{ min: 293_750_000, max: 293_850_000 }]);
    const [wan] = statedAmounts('project expenditure of 1,234.15 ten thousand yuan');
    expect(withinStated(1234.15, '万元', wan!)).toBe(true);
    const [twelve] = statedAmounts('over twelve million yuan of project money');
    expect(twelve).toEqual({ min: 12_000_000, max: 13_000_000 });
  });
  it('reads Chinese amounts with 万/亿, digits or numerals, and 多 upward', () => {
    expect(statedAmounts('项目上那一千二百多万，都干啥用的')).toEqual([{ min: 12_000_000, max: 13_000_000 }]);
    expect(statedAmounts('那笔1200多万的钱')).toEqual([{ min: 12_000_000, max: 13_000_000 }]);
    const [exact] = statedAmounts('29,381.00万元主要用于什么');
    expect(withinStated(29381, '万元', exact!)).toBe(true);
    expect(withinStated(29381.01, '万元', exact!)).toBe(false);
  });
  it('finds nothing in a question without an amount, and does not read a year as money', () => {
    expect(statedAmounts('2025年商务委的三公经费是多少？')).toEqual([]);
    expect(statedAmounts('How much did the bureau budget for cars in 2022?')).toEqual([]);
  });
  it('compares across money units', () => {
    expect(withinStated(293_810_000, '元', { min: 293_750_000, max: 293_850_000 })).toBe(true);
    expect(withinStated(5, '辆', { min: 0, max: 10 })).toBe(false);
  });
});
