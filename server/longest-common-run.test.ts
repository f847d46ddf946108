import { describe, expect, it } from 'vitest';
import { longestCommonRun } from './longest-common-run.ts';

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
