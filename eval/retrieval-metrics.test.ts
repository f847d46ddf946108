import { describe, expect, it } from 'vitest';
import { firstGoldRank, retrievalMetrics } from './retrieval-metrics.ts';

describe('retrievalMetrics', () => {
  it('computes recall@5 and MRR from the first gold top-level heading', () => {
    const figures = retrievalMetrics([
      { goldSections: ['三、机关运行经费安排情况'], resultSections: ['三、机关运行经费安排情况 > x', '八、名词解释'] },
      { goldSections: ['八、名词解释'], resultSections: ['一、a', '二、b', '八、名词解释'] },
      { goldSections: ['七、国有资产信息'], resultSections: ['一', '二', '三', '四', '五', '七、国有资产信息'] },
      { goldSections: ['六、政府采购预算情况'], resultSections: [] },
    ]);
    // ranks 1, 3, 6, none: recall@5 = 2/4; MRR = (1 + 1/3 + 1/6 + 0) / 4 = 0.375
    expect(figures).toEqual({ cases: 4, recallAtK: 0.5, meanReciprocalRank: 0.375, k: 5 });
  });

  it('gives zeros for no cases rather than NaN', () => {
    expect(retrievalMetrics([])).toEqual({ cases: 0, recallAtK: 0, meanReciprocalRank: 0, k: 5 });
  });

  it('accepts any of several gold headings and ignores matches below the top level', () => {
    expect(firstGoldRank({ goldSections: ['其他相关情况说明', '2025年部门“三公”经费和机关运行经费预算表'], resultSections: ['名词解释', '2025年部门"三公"经费和机关运行经费预算表'] })).toBe(2);
    expect(firstGoldRank({ goldSections: ['八、名词解释'], resultSections: ['五、预算绩效信息 > 八、名词解释'] })).toBeUndefined();
  });
});
