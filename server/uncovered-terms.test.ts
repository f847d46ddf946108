import { describe, expect, it } from 'vitest';
import { attributeAsked, bureauNotLoaded, isShortFormOf, joinedMeasure, namesOtherUnit, partOfNamedZh, topicCoverage } from './uncovered-terms.ts';

const uncoveredTerms = (input: Parameters<typeof topicCoverage>[0]) => topicCoverage(input).missing;

// Questions here are pre-segmented with `|` and spaces, so the test does not depend on the segmenter's dictionary.
const segment = (text: string) => text.split(/[|\s]+/).filter(Boolean);
const documentTexts = ['三公经费公务用车购置及运维费公务接待费信访事项办理'];

describe('uncoveredTerms', () => {
  it('names a content word no document contains', () => {
    expect(uncoveredTerms({ content: '广告费', segment, documentTexts })).toEqual(['广告费']);
    expect(uncoveredTerms({ content: '市长|工资', segment, documentTexts })).toEqual(['市长', '工资']);
  });
  it('reads pointing words with a count (这三项, 这部分) and the asker’s own tables (对照表) as no topic', () => {
    expect(uncoveredTerms({ content: '这三项|这部分|事情|对照表|前阵子|好几处|看不太懂', segment, documentTexts })).toEqual([]);
  });
  it('finds nothing missing when the documents contain every content word', () => {
    expect(uncoveredTerms({ content: '三公经费|公务接待费', segment, documentTexts })).toEqual([]);
  });
  it('covers a compound whose two-character pieces each appear', () => {
    expect(uncoveredTerms({ content: '公务运维', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '公务广告', segment, documentTexts })).toEqual(['公务广告']);
    // An odd last character must appear with its neighbour: another unit (教育局) is not covered by 教育.
    expect(uncoveredTerms({ content: '教育局', segment, documentTexts: ['教育支出100万元'] })).toEqual(['教育局']);
    expect(uncoveredTerms({ content: '信访局', segment, documentTexts: ['信访事项，本局'] })).toEqual(['信访局']);
    expect(uncoveredTerms({ content: '公务接待', segment, documentTexts })).toEqual([]);
  });
  it('reads "to have" with an adverb (实有, 现有, 有所) as no topic, but keeps a topic word ending in 有 (国有)', () => {
    expect(uncoveredTerms({ content: '实有|现有|有所|共有', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '私有', segment, documentTexts })).toEqual(['私有']);
  });
  it('reads a count of rows (两行, 三栏) and a change with its degree (有所增加) as no topic', () => {
    expect(uncoveredTerms({ content: '两行|三栏|有所增加|略有下降|倒推回去|推回去|应为', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '有所作为', segment, documentTexts })).toEqual(['有所作为']);
  });
  it('names a town or street the segmenter cuts into characters (真如镇) when no unit or document names it', () => {
    const characters = (text: string) => text.split(/[|\s]+/).flatMap((piece) => Array.from(piece));
    expect(uncoveredTerms({ content: '真如镇|三公经费', segment: characters, documentTexts: ['真如城市副中心三公经费'] })).toEqual(['真如镇']);
    expect(uncoveredTerms({ content: '万里街道|三公经费', segment: characters, documentTexts: ['三公经费'], unitNames: ['上海市普陀区人民政府万里街道办事处'] })).toEqual([]);
    expect(uncoveredTerms({ content: '要是按街道截至', segment: characters, documentTexts: ['三公经费'] })).toEqual([]);
  });
  it('reads how the asker comes to ask (顺便, 反复) and a measure glued to 多/少 (费多) as no topic', () => {
    expect(uncoveredTerms({ content: '顺便|好奇|反复|费多', segment, documentTexts })).toEqual([]);
  });
  it('skips counts of things, pointing words and joining words', () => {
    expect(uncoveredTerms({ content: '两个|三项|十几个', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '那栋|这个|这份|那张|加上|文号', segment, documentTexts })).toEqual([]);
  });
  it('skips generic words, single characters, numbers, per-unit words and classifiers glued to a noun', () => {
    expect(uncoveredTerms({ content: '多少|预算|钱|车|2022年|每辆|平均费用|一类', segment, documentTexts })).toEqual([]);
    // 辆车 (from 多少辆车) loses its classifier and is then one character: not a topic.
    expect(uncoveredTerms({ content: '辆车', segment, documentTexts })).toEqual([]);
  });
  it('skips adverbs and time words by their part-of-speech tag, but not nouns', () => {
    const tags = () => new Map([['平时', 't'], ['日常', 'd'], ['广告费', 'n']]);
    expect(uncoveredTerms({ content: '平时|日常|广告费', segment, documentTexts, tags })).toEqual(['广告费']);
    expect(uncoveredTerms({ content: '平时|日常', segment, documentTexts })).toEqual(['平时', '日常']);
  });
  it('counts a word as covered when a synonym of it is in the document', () => {
    const covers = (term: string, text: string) => term === '公车' && text.includes('公务用车');
    expect(uncoveredTerms({ content: '公车', segment, documentTexts: ['公务用车运行费'], covers })).toEqual([]);
    expect(uncoveredTerms({ content: '公车', segment, documentTexts: ['公务用车运行费'] })).toEqual(['公车']);
  });
  it('skips dictionary verbs: they say what is done with a figure, not what it is about', () => {
    const isVerb = (word: string) => word === '核实';
    expect(uncoveredTerms({ content: '核实|广告费', segment, documentTexts, isVerb })).toEqual(['广告费']);
  });
  it('skips doubled verbs (问问), number words (两千多万) and the examples before 这类 (买电脑这类办公设备)', () => {
    expect(uncoveredTerms({ content: '问问|两千多万|算进去|放上', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '买电脑打印机这类 公务接待', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '电脑|打印机', segment, documentTexts })).toEqual(['电脑', '打印机']);
  });
  it('reads a position word glued to a noun (公车上) as the noun', () => {
    const covers = (term: string, text: string) => term === '公车' && text.includes('公务用车');
    expect(uncoveredTerms({ content: '公车上', segment, documentTexts, covers })).toEqual([]);
    expect(uncoveredTerms({ content: '车上', segment, documentTexts })).toEqual([]);
    expect(uncoveredTerms({ content: '广告上', segment, documentTexts })).toEqual(['广告上']);
  });
  it('covers a short form of a candidate unit name (商委), not of another unit', () => {
    const unitNames = ['上海市普陀区商务委员会'];
    expect(uncoveredTerms({ content: '商委', segment, documentTexts, unitNames })).toEqual([]);
    expect(uncoveredTerms({ content: '教委', segment, documentTexts, unitNames })).toEqual(['教委']);
  });
  it('treats every content word as missing when there are no documents', () => {
    expect(uncoveredTerms({ content: '三公经费', segment, documentTexts: [] })).toEqual(['三公经费']);
  });
  it('finds nothing in an empty question', () => {
    expect(uncoveredTerms({ content: '', segment, documentTexts })).toEqual([]);
  });
});

describe('isShortFormOf', () => {
  it('keeps the first character and then characters in order, skipping at most two', () => {
    expect(isShortFormOf('商委', '上海市普陀区商务委员会')).toBe(true);
    expect(isShortFormOf('政府办', '上海市普陀区人民政府办公室')).toBe(true);
    expect(isShortFormOf('商会', '上海市普陀区商务委员会')).toBe(false);
    expect(isShortFormOf('主任', '主要任务委员会')).toBe(true);
    expect(isShortFormOf('主任', '上海市普陀区商务委员会')).toBe(false);
    expect(isShortFormOf('商务委员会办公', '上海市普陀区商务委员会')).toBe(false);
  });
});

describe('topicCoverage', () => {
  it('splits topic words into those the documents cover and those they lack, leaving out the unit’s own name', () => {
    const coverage = topicCoverage({ content: '信访局|广告费|公务接待费', segment, documentTexts, unitNames: ['廊坊市信访局'] });
    expect(coverage).toEqual({ missing: ['广告费'], covered: ['公务接待费'] });
  });
});

describe('namesOtherUnit', () => {
  it('reads a unit or place by its suffix, also when the segmenter cut the suffix off (长征|镇)', () => {
    expect(namesOtherUnit('教育局', '教育局三公经费')).toBe(true);
    expect(namesOtherUnit('长征', '长征镇2024年三公经费多少')).toBe(true);
    expect(namesOtherUnit('静安', '静安三公经费', 'ns')).toBe(true);
    expect(namesOtherUnit('广告', '广告花了多少')).toBe(false);
    expect(namesOtherUnit('实际', '比2023年实际花的少了多少')).toBe(false);
    // A verb ending like a unit's short name (督办 like 政府办) does something; it names no unit.
    expect(namesOtherUnit('督办', '用来跟踪督办区里重点工作', 'v')).toBe(false);
    expect(namesOtherUnit('外事办', '外事办三公经费多少', 'n')).toBe(true);
  });
});

describe('attributeAsked and joinedMeasure', () => {
  it('tells a missing word asked for itself (什么品牌, which brand) from one that only stands in the question', () => {
    expect(attributeAsked('新买的公务车是什么品牌的？', '品牌', 'zh')).toBe(true);
    expect(attributeAsked('Which brand of car did it buy?', 'brand', 'en')).toBe(true);
    expect(attributeAsked('What make and model of car is it buying?', 'model', 'en')).toBe(true);
    expect(attributeAsked('品牌推广经费是多少？', '品牌', 'zh')).toBe(false);
  });
  it('reads a missing budget line beside a joint as one of the measures asked, and no other word', () => {
    expect(joinedMeasure('办公楼的水费和电费各花多少？', '水费', 'zh')).toBe(true);
    expect(joinedMeasure('跟朋友打了个赌，物业费和租金哪个多？', '朋友', 'zh')).toBe(false);
    expect(joinedMeasure('water and electricity', 'water', 'en')).toBe(false);
  });
});

describe('topicCoverage with a segmenter that cuts for search', () => {
  it('judges a word whole, not the pieces the segmenter also cuts out of it (对照表 with 照表)', () => {
    const forSearch = () => ['照表', '对照表', '广告', '广告费'];
    expect(topicCoverage({ content: '对照表|广告费', segment: forSearch, documentTexts }).missing).toEqual(['广告费']);
  });
});

describe('bureauNotLoaded', () => {
  it('finds a bureau no document or loaded unit names, and not 我局 or a loaded bureau', () => {
    expect(bureauNotLoaded('普陀区民政局2025年给退休人员安排了多少退休费？', ['……财政局……'], ['上海市普陀区人民政府办公室'])).toBe('民政局');
    expect(bureauNotLoaded('我局2022年计划聘请多少话务员？', [''], ['廊坊市信访局'])).toBeUndefined();
    expect(bureauNotLoaded('廊坊市信访局2022年三公经费多少？', ['廊坊市信访局'], ['廊坊市信访局'])).toBeUndefined();
  });
  it('finds a commission, by its full or short name, that no loaded unit is, and not the loaded commission however shortened', () => {
    const units = ['上海市普陀区商务委员会', '上海市普陀区人民政府办公室'];
    expect(bureauNotLoaded('普陀区发展和改革委员会2025年的三公经费是多少？', [''], units)).toBe('普陀区发展和改革委员会');
    expect(bureauNotLoaded('区发改委今年买车花了多少？', [''], units)).toBe('发改委');
    expect(bureauNotLoaded('普陀商务委员会2025年三公经费多少？', [''], units)).toBeUndefined();
    expect(bureauNotLoaded('区商委2025年三公经费多少？', [''], units)).toBeUndefined();
    expect(bureauNotLoaded('居委会的经费是多少？', [''], units)).toBeUndefined();
  });
});

describe('partOfNamedZh', () => {
  it('reads a missing word right after a named thing and 的 as a part of it asked', () => {
    expect(partOfNamedZh('给社区公共服务中心的食堂装修安排了多少钱？', '食堂', ['社区', '公共', '服务中心'])).toBe(true);
    expect(partOfNamedZh('给那个中心的食堂装修安排了多少钱？', '食堂', ['社区'])).toBe(true);
  });
  it('leaves a missing word elsewhere in the question', () => {
    expect(partOfNamedZh('搞普查的钱比2023年实际花的多了多少？', '普查', ['实际'])).toBe(false);
    expect(partOfNamedZh('食堂的钱给服务中心安排了多少？', '食堂', ['服务中心'])).toBe(false);
    expect(partOfNamedZh('财政拨款收入的同比变化是多少？', '同比', ['财政拨款收入'], 'j')).toBe(false);
    expect(partOfNamedZh('给那个中心的食堂装修安排了多少钱？', '食堂', [], 'n')).toBe(true);
  });
});
