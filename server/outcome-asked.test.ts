import { describe, expect, it } from 'vitest';
import { outcomeAsked } from './outcome-asked.ts';

describe('outcomeAsked', () => {
  it('names the final accounts, or an outcome set against the plan', () => {
    expect(outcomeAsked('廊坊市信访局2022年决算里三公经费实际支出了多少？', 'zh')).toBe('决算');
    expect(outcomeAsked('What did Wanli Subdistrict actually end up spending — the final accounts?', 'en')).toBe('final accounts');
    expect(outcomeAsked('实际一共受理了多少件？我要的是实际办了多少，不是计划目标。', 'zh')).toBe('实际执行结果（决算）');
    expect(outcomeAsked("What did the new centre end up costing to build?", 'en')).toBe('actual outcomes (final accounts)');
    expect(outcomeAsked('How much did Wanli actually spend on public legal services in 2024 — the executed amount, not the budget?', 'en')).toBe('actual outcomes (final accounts)');
  });
  it('leaves plans and the prior year\'s stated execution alone', () => {
    expect(outcomeAsked('廊坊市信访局2022年计划受理多少件信访事项？', 'zh')).toBeUndefined();
    expect(outcomeAsked('万里街道2023年当年预算执行数是多少？', 'zh')).toBeUndefined();
    expect(outcomeAsked('How much is actually budgeted for cars?', 'en')).toBeUndefined();
  });
});
