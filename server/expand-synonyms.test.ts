import { describe, expect, it } from 'vitest';
import { createSynonymCoverage, createSynonymExpander } from './expand-synonyms.ts';

const expand = createSynonymExpander([
  { zh: '人员经费', zhAliases: ['人员类项目经费', '人员支出'], en: ['personnel costs'] },
  { zh: '公务用车购置及运维费', zhAliases: ['公车经费', '公车'], en: ['official vehicles'] },
]);

describe('createSynonymExpander', () => {
  it('adds the wording the document uses for a term the question names differently', () => {
    expect(expand('人员经费占基本支出的比重', new Set(['人员类项目经费']))).toBe('人员经费占基本支出的比重 人员类项目经费');
    expect(expand('公车一年花多少钱', new Set(['公务用车购置及运维费']))).toBe('公车一年花多少钱 公务用车购置及运维费');
  });
  it('adds nothing the document does not use, or when the question already uses it', () => {
    expect(expand('人员经费是多少', new Set(['工资福利支出', '人员经费占比']))).toBe('人员经费是多少');
    expect(expand('公务用车购置及运维费是多少', new Set(['公务用车购置及运维费']))).toBe('公务用车购置及运维费是多少');
  });
});

describe('createSynonymExpander, a count between buying and its noun', () => {
  const buying = createSynonymExpander([{ zh: '公务用车购置费', zhAliases: ['买车'], en: [] }]);
  it('reads 买这辆车 and 买一辆车 as 买车', () => {
    expect(buying('买这辆车的钱是多少', new Set(['公务用车购置费']))).toBe('买这辆车的钱是多少 公务用车购置费');
    expect(buying('再买一辆车要多少钱', new Set(['公务用车购置费']))).toBe('再买一辆车要多少钱 公务用车购置费');
    expect(buying('这辆车的油费是多少', new Set(['公务用车购置费']))).toBe('这辆车的油费是多少');
  });
});

describe('createSynonymExpander, a wording said with words between its halves', () => {
  const insurance = createSynonymExpander([{ zh: '行政单位医疗', zhAliases: ['机关医保'], en: [] }, { zh: '年度预算', en: [] }]);
  const labels = new Set(['行政单位医疗', '年度预算']);
  it('finds 机关医保 in 给机关干部交医保的钱', () => {
    expect(insurance('给机关干部交医保的钱', labels)).toBe('给机关干部交医保的钱 行政单位医疗');
  });
  it('does not join halves across a joint, a long gap, or two English-rendered terms', () => {
    expect(insurance('机关的钱和医保的钱', labels)).toBe('机关的钱和医保的钱');
    expect(insurance('机关今年安排的全部医保', labels)).toBe('机关今年安排的全部医保');
    expect(insurance('区政府办公室 减少 年度 上年 预算', labels)).toBe('区政府办公室 减少 年度 上年 预算');
  });
});

describe('createSynonymExpander edge cases', () => {
  it('does not add a shorter wording contained in a longer one the question already uses', () => {
    // 公车 is a member of the group, but the question says 公务用车购置及运维费 in full.
    const shortLabel = createSynonymExpander([{ zh: '公务用车购置及运维费', zhAliases: ['公务用车'], en: [] }]);
    expect(shortLabel('公务用车购置及运维费是多少', new Set(['公务用车']))).toBe('公务用车购置及运维费是多少');
  });
  it('matches the question and the labels after normalisation', () => {
    expect(expand('“公车”一年花多少钱', new Set(['公务用车购置及运维费']))).toBe('“公车”一年花多少钱 公务用车购置及运维费');
  });
  it('leaves the question unchanged with an empty glossary, an empty question or no labels', () => {
    expect(createSynonymExpander([])('公车一年花多少钱', new Set(['公务用车购置及运维费']))).toBe('公车一年花多少钱');
    expect(expand('', new Set(['人员类项目经费']))).toBe('');
    expect(expand('人员经费是多少', new Set())).toBe('人员经费是多少');
  });
});

describe('createSynonymCoverage', () => {
  const covers = createSynonymCoverage([
    { zh: '公务用车购置及运维费', zhAliases: ['公车经费', '公车'], en: ['official vehicles'] },
  ]);
  it('covers a word whose group the document uses under another wording', () => {
    expect(covers('公车', '公务用车购置及运维费12.00万元')).toBe(true);
    expect(covers('公车经费', '公务用车购置及运维费')).toBe(true);
  });
  it('does not cover a word outside every group, or when the document uses no wording of its group', () => {
    expect(covers('广告费', '公务用车购置及运维费')).toBe(false);
    expect(covers('公车', '公务接待费')).toBe(false);
    expect(covers('公车', '')).toBe(false);
  });
});

describe('createSynonymExpander inside labels', () => {
  const rent = createSynonymExpander([{ zh: '租赁', zhAliases: ['租用', '租房'], en: ['lease'] }]);
  it('translates a word no label uses into a group wording that labels contain', () => {
    expect(rent('租房经费多少', new Set(['办公用房租赁经费', '保洁经费']))).toBe('租房经费多少 租赁');
  });
  it('adds nothing when a label already uses the question word, or no label contains another wording', () => {
    expect(rent('租用经费多少', new Set(['设备租用经费', '办公用房租赁经费']))).toBe('租用经费多少');
    expect(rent('租房经费多少', new Set(['保洁经费']))).toBe('租房经费多少');
  });
});

describe('createSynonymExpander across groups', () => {
  const cars = createSynonymExpander([
    { zh: '公务用车购置及运维费', zhAliases: ['公车'], en: ['official vehicles'] },
    { zh: '公务用车购置费', zhAliases: ['买公车'], en: ['vehicle purchase'] },
  ]);
  it('lets a longer mention of one group (买公车) override the shorter word of another group inside it (公车)', () => {
    expect(cars('买公车的预算是多少', new Set(['公务用车购置及运维费', '公务用车购置费']))).toBe('买公车的预算是多少 公务用车购置费');
    expect(cars('公车的预算是多少', new Set(['公务用车购置及运维费', '公务用车购置费']))).toBe('公车的预算是多少 公务用车购置及运维费');
  });
});

describe('createSynonymExpander and general words', () => {
  const spending = createSynonymExpander([{ zh: '支出', zhAliases: ['支出总计', '支出合计'], en: ['spending'] }]);
  it('does not expand a word too general to stand for one figure', () => {
    expect(spending('因公出国（境）费 支出', new Set(['支出总计', '因公出国（境）费']))).toBe('因公出国（境）费 支出');
  });
});
