import { describe, expect, it } from 'vitest';
import { coreLabel, questionContent, scoreMeasure } from './match-measure.ts';

const fact = (label: string, context: string[] = [], tableTitle?: string) => ({ label, context, tableTitle });

describe('coreLabel', () => {
  it('drops qualifiers that do not change what a label measures', () => {
    expect(coreLabel('财政拨款三公经费')).toBe('三公经费');
    expect(coreLabel('2022年一般公共预算基本支出')).toBe('基本支出');
    expect(coreLabel('住房公积金（项）')).toBe('住房公积金');
    expect(coreLabel('三公经费预算数')).toBe('三公经费');
    expect(coreLabel('“三公”经费')).toBe('三公经费');
  });
  it('leaves a label without qualifiers as it is, and may empty a label made only of qualifiers', () => {
    expect(coreLabel('公务用车运维费')).toBe('公务用车运维费');
    expect(coreLabel('本部门')).toBe('');
    expect(coreLabel('')).toBe('');
  });
});

describe('questionContent', () => {
  it('removes years, cue words and punctuation', () => {
    expect(questionContent('请问2022年三公经费是多少？')).toBe('三公经费');
    expect(questionContent('公务用车运维费是多少')).toBe('公务用车运维费');
    // An amount the asker states with thousands separators, and who reported it, name no measure.
    expect(questionContent('有媒体报道，收入预算为11,941.20万元')).toBe('收入预算');
    expect(questionContent('有几辆公车')).toBe('有|公车|车辆');
    // 那会儿, 当时: when, said again after the year, not what.
    expect(questionContent('那2023年那会儿的预算盘子')).toBe('那|预算盘子');
    // 水钱, 电钱: a bill named with 钱 is that 费.
    // (A joining word between two terms is read as 及, the way labels join them.)
    expect(questionContent('办公用的水钱和电钱是多少')).toBe('办公用|水费及电费');
    expect(questionContent('多少辆车')).toBe('车辆');
  });
  it('drops 计划 / 预计 before a verb as framing, and keeps 用款计划 as a measure', () => {
    expect(questionContent('越级上访计划下降多少')).toBe('越级上访|下降');
    // A hiring verb and its object stay one phrase, as labels write them (聘请话务员数量); 计划 before it is a cue.
    expect(questionContent('计划聘请的话务员是多少人')).toBe('聘请话务员|人');
    // A bracket inside a term stays part of it, as labels write it.
    expect(questionContent('因公出国（境）费是多少')).toBe('因公出国境费');
    // An amount the asker states is no word of the label.
    // (请核实, 请提供 ask for the figure and name nothing.)
    expect(questionContent('机关运行经费预算为446.64万元，请核实')).toBe('机关运行经费预算');
    expect(questionContent('预计采购多少')).toBe('采购');
    expect(questionContent('要雇几个接线员')).toBe('接线员');
    // 聘请 and 聘用 name labels (聘请话务员数量) and stay.
    expect(questionContent('打算聘请多少名话务员')).toBe('聘请话务员');
    expect(questionContent('第一季度用款计划是多少')).toBe('第一季度用款计划');
    expect(questionContent('一共有多少个项目报了绩效目标')).toBe('项目报|绩效目标');
  });
  it('removes a year without its century and where the asker read the figure', () => {
    expect(questionContent('万里街道25年预算里说，一共有几辆车')).toBe('万里街道|有|车辆');
    expect(questionContent('文件中提到的三公经费')).toBe('三公经费');
    expect(questionContent('截至2023年8月底，万里街道（整个部门）名下一共有几辆车')).toBe('万里街道|有|车辆');
  });
  it('keeps separate words apart with | so no bigram spans them', () => {
    expect(questionContent('话务员 信访')).toBe('话务员|信访');
  });
  it('is empty for an empty question or one made of cue words only', () => {
    expect(questionContent('')).toBe('');
    expect(questionContent('多少钱？')).toBe('');
  });
});

describe('scoreMeasure', () => {
  it('scores a label the question names exactly at 1', () => {
    const score = scoreMeasure('公务用车运维费是多少', fact('公务用车运维费'));
    expect(score.score).toBe(1);
    expect([...score.matchedBigrams]).toEqual(['公务', '务用', '用车', '车运', '运维', '维费']);
  });
  it('reads two words joined by 和 as the label that lists them side by side (保洁和保安, 保洁、保安)', () => {
    const joined = scoreMeasure('保洁和保安每人多少钱', fact('接访中心保洁、保安经费'));
    const written = scoreMeasure('保洁保安每人多少钱', fact('接访中心保洁、保安经费'));
    expect(joined.labelCoverage).toBeCloseTo(written.labelCoverage, 6);
    expect(joined.labelCoverage).toBeCloseTo(4 / 10, 4);
  });
  it('ranks the label the question names above a longer one sharing its words', () => {
    const exact = scoreMeasure('公务用车运维费是多少', fact('公务用车运维费'));
    const longer = scoreMeasure('公务用车运维费是多少', fact('公务用车购置及运维费'));
    expect(longer.score).toBeCloseTo(0.65, 4);
    expect(longer.labelCoverage).toBeCloseTo(0.5278, 4);
    expect(exact.score).toBeGreaterThan(longer.score);
  });
  it('accepts a question that names the head of a head-final compound', () => {
    const score = scoreMeasure('项目支出是多少', fact('运转类其他及特定目标类项目支出'));
    expect(score.labelCoverage).toBeCloseTo(0.8167, 4);
    expect(score.score).toBeCloseTo(0.89, 4);
  });
  it('matches a qualified label through its core', () => {
    expect(scoreMeasure('三公经费是多少', fact('财政拨款三公经费')).labelCoverage).toBeCloseTo(0.97, 4);
    expect(scoreMeasure('住房公积金是多少', fact('住房保障支出住房改革支出住房公积金（项）')).labelCoverage).toBeCloseTo(0.8235, 4);
  });
  it('explains the rest of the question with the fact’s context at half weight', () => {
    const score = scoreMeasure('信访办公楼电费', fact('电费', ['信访办公楼']));
    expect(score.labelCoverage).toBe(1);
    expect(score.questionCoverage).toBe(0.5);
    expect(score.score).toBeCloseTo(0.8, 10);
  });
  it('ignores question bigrams an earlier measure already explained', () => {
    const score = scoreMeasure('信访办公楼电费', fact('电费', ['信访办公楼']), new Set(['电费']));
    expect(score.questionCoverage).toBeCloseTo(0.4, 10);
    expect(score.score).toBeCloseTo(0.76, 10);
  });
  it('lets a question that names one whole item of an enumerating label match it', () => {
    const enumerating = fact('越级上访、到非接待场所上访总量人次');
    expect(scoreMeasure('越级上访下降', enumerating).labelCoverage).toBeGreaterThan(0.7);
    // The same characters without the enumeration are a small part of the label.
    expect(scoreMeasure('越级上访下降', fact('越级上访到非接待场所上访总量人次')).labelCoverage).toBeLessThan(0.4);
    // An item of two characters is too short to name the label.
    expect(scoreMeasure('保安', fact('保安、保洁等专项经费')).labelCoverage).toBeLessThan(0.5);
  });
  it('halves the score of a one-character label', () => {
    expect(scoreMeasure('人是多少', fact('人')).score).toBe(0.5);
  });
  it('scores a label unrelated to the question low', () => {
    const score = scoreMeasure('广告费是多少', fact('三公经费'));
    expect(score.score).toBeCloseTo(0.15, 10);
    expect(score.questionCoverage).toBe(0);
  });
  it('scores 0 for an empty question, a question of cue words only, or an empty label', () => {
    const zero = { score: 0, labelCoverage: 0, questionCoverage: 0, matchedBigrams: new Set() };
    expect(scoreMeasure('', fact('三公经费'))).toEqual(zero);
    expect(scoreMeasure('是多少？', fact('三公经费'))).toEqual(zero);
    expect(scoreMeasure('三公经费', fact(''))).toEqual(zero);
  });
});

describe('questionContent with a quoted term', () => {
  it('keeps “三公”经费 one word: the quotation marks are how the term is written', () => {
    expect(questionContent('“三公”经费是多少')).toBe('三公经费');
    expect(scoreMeasure('上一年的“三公”经费是多少', fact('三公经费')).labelCoverage).toBe(1);
  });
});

describe('questionContent, a rough amount the asker half-remembers', () => {
  it('leaves out 三百多万, 三千来万 and the hedge before them', () => {
    expect(questionContent('光租那栋办公楼就要花三百多万，这个房租具体是多少')).not.toMatch(/三百|万/);
    expect(questionContent('副食品行业管理这块好像安排了三千来万')).not.toMatch(/三千|好像/);
    expect(questionContent('副食品行业管理这块好像安排了三千来万')).toContain('副食品行业管理');
  });
});
