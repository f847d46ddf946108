import { describe, expect, it } from 'vitest';
import { charactersInOrder, longestCommonRun } from './longest-common-run.ts';

const run = (left: string, right: string) => longestCommonRun(Array.from(left), Array.from(right));

describe('longestCommonRun', () => {
  it('finds the longest shared run anywhere in either text', () => {
    expect(run('万里街道', '万里街道2025年三公经费')).toBe(4);
    expect(run('公务用车运维费', '公务用车购置及运维费')).toBe(4);
  });
  it('is zero for nothing shared or an empty side', () => {
    expect(run('广告', '三公经费')).toBe(0);
    expect(run('', '三公经费')).toBe(0);
  });
});

describe('charactersInOrder', () => {
  it('finds a text’s characters in order with gaps, and nothing out of order', () => {
    expect(charactersInOrder('普陀政府办', '上海市普陀区人民政府办公室')).toBe(true);
    expect(charactersInOrder('政府普陀', '上海市普陀区人民政府办公室')).toBe(false);
    expect(charactersInOrder('', '任意')).toBe(true);
    // A gap limit: 商委 skips one character of 商务委员会, 商会 would skip four.
    expect(charactersInOrder('商委', '商务委员会', 2)).toBe(true);
    expect(charactersInOrder('商会', '商务委员会', 2)).toBe(false);
    // The first 主 (主要任务) fails the limit; no later start is needed when it holds.
    expect(charactersInOrder('主任', '主席团主任', 1)).toBe(true);
  });
});
