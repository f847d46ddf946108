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
  });
});
