import { describe, expect, it } from 'vitest';
import { useListedOnly } from './listed-use-only.ts';

const stating = '2022年，我局机关运行经费共计安排95.17万元，主要用于我单位办公区的日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出。';
const labels = new Set(['机关', '关运', '运行', '行经', '经费', '办公', '公费', '物业', '业管', '管理', '理费']);

describe('useListedOnly', () => {
  it('finds one listed use asked within the line it belongs to', () => {
    expect(useListedOnly('机关运行经费中办公用房取暖费是多少？', '机关运行经费', stating, labels)).toBe('办公用房取暖费');
    expect(useListedOnly('机关运行经费95.17万元。请提供其中取暖费的具体预算金额。', '机关运行经费', stating, labels)).toBe('办公用房取暖费');
  });
  it('leaves the line asked whole, a use with a line of its own, and several uses at once', () => {
    expect(useListedOnly('机关运行经费是多少？', '机关运行经费', stating, labels)).toBeUndefined();
    // 物业管理费 is a labelled line elsewhere in the document: its words are no use without a figure.
    expect(useListedOnly('机关运行经费中物业管理费是多少？', '机关运行经费', stating, labels)).toBeUndefined();
    expect(useListedOnly('机关运行经费中水电费和取暖费一共多少？', '机关运行经费', stating, labels)).toBeUndefined();
    // Without asking within the line, a use named alone is left to the rest of the engine.
    expect(useListedOnly('取暖费是多少？', '机关运行经费', stating, labels)).toBeUndefined();
  });
  it('reads an English question asking within the line in its Chinese rendering', () => {
    const english = 'Of the bureau\'s 2022 institutional operating funds, exactly how much is earmarked for heating the office space?';
    expect(useListedOnly('机关运行经费 信访局 办公用房 取暖费 2022年', '机关运行经费', stating, labels, english)).toBe('办公用房取暖费');
    expect(useListedOnly('机关运行经费 信访局 2022年', '机关运行经费', stating, labels, 'How much are the institutional operating funds?')).toBeUndefined();
  });
});
