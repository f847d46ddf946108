import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../server/ask-contract.ts';
import { amountsEqual, normalizeForComparison, scoreAnswer } from './score-answer.ts';

const threePublicSection = '四、财政拨款“三公”经费预算情况及增减变化原因';

function numericResponse(amount: number, unit: string, section = threePublicSection, comparator: '=' | '≥' | '≤' = '='): AskResponse {
  return {
    kind: 'numeric',
    answer: `${amount}${unit}`,
    lang: 'zh',
    value: { amount, unit, comparator, display: `${amount}${unit}` },
    citations: [{ id: 'c1', docId: 'd', docTitle: 't', section, quote: '公务接待费0.5万元' }],
    checks: [],
  };
}

const notFound: AskResponse = { kind: 'not_found', answer: '文件未说明。', lang: 'zh', citations: [], checks: [] };

describe('scoreAnswer', () => {
  it('accepts the same amount written at a different precision, with the same unit and section', () => {
    const score = scoreAnswer({ kind: 'numeric', amount: 12.3, unit: '万元', section: threePublicSection }, numericResponse(12.30, '万元'));
    expect(score).toMatchObject({ numericRight: true, sectionRight: true, wronglyAbstained: false });
  });

  it('rejects a wrong amount, a wrong unit, and a rounding finer than the gold', () => {
    expect(scoreAnswer({ kind: 'numeric', amount: 12.3, unit: '万元' }, numericResponse(12.31, '万元')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 12.3, unit: '万元' }, numericResponse(123000, '元')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 19.37, unit: '万元' }, numericResponse(19.366, '万元')).numericRight).toBe(false);
  });

  it('accepts the same money in the document\'s other unit when the answer quotes it, exact or as the document rounds it', () => {
    const quoting = (amount: number, unit: string, quote: string): AskResponse => ({
      ...numericResponse(amount, unit),
      citations: [{ id: 'c1', docId: 'd', docTitle: 't', section: threePublicSection, quote }],
    });
    const prose = quoting(972.18, '万元', '“其他城乡社区公共设施支出（项）”972.18万元');
    expect(scoreAnswer({ kind: 'numeric', amount: 9721800, unit: '元' }, prose).numericRight).toBe(true);
    const tableRow = quoting(9721800, '元', '其他城乡社区公共设施支出 | 9,721,800 | 9,721,800');
    expect(scoreAnswer({ kind: 'numeric', amount: 972.18, unit: '万元' }, tableRow).numericRight).toBe(true);
    const rounded = quoting(1583.68, '万元', '行政运行和事业运行合计1583.68万元');
    expect(scoreAnswer({ kind: 'numeric', amount: 15836797.42, unit: '元' }, rounded).numericRight).toBe(true);
    const exactRow = quoting(15836797.42, '元', '合计 | 15,836,797.42');
    expect(scoreAnswer({ kind: 'numeric', amount: 1583.68, unit: '万元' }, exactRow).numericRight).toBe(true);
  });

  it('rejects other money when converted, money the answer does not quote, and non-money units', () => {
    const quoting = (amount: number, unit: string, quote: string): AskResponse => ({
      ...numericResponse(amount, unit),
      citations: [{ id: 'c1', docId: 'd', docTitle: 't', section: threePublicSection, quote }],
    });
    expect(scoreAnswer({ kind: 'numeric', amount: 9721800, unit: '元' }, quoting(972.19, '万元', '972.19万元')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 15836797.42, unit: '元' }, quoting(1583.69, '万元', '1583.69万元')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 9721800, unit: '元' }, quoting(972.18, '万元', '合计9,721,800')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 500, unit: '人' }, quoting(5, '万元', '5万元')).numericRight).toBe(false);
  });

  it('accepts a gold worked out past two decimals when the answer gives it at the documents\' two decimals', () => {
    expect(scoreAnswer({ kind: 'numeric', amount: 19.366, unit: '万元' }, numericResponse(19.37, '万元')).numericRight).toBe(true);
    expect(scoreAnswer({ kind: 'numeric', amount: 19.366, unit: '万元' }, numericResponse(19.36, '万元')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 19.366, unit: '万元' }, numericResponse(19.4, '万元')).numericRight).toBe(false);
  });

  it('reads a counter with its alternative in brackets (台（套）) as the counter', () => {
    expect(scoreAnswer({ kind: 'numeric', amount: 0, unit: '台（套）' }, numericResponse(0, '台')).numericRight).toBe(true);
    expect(scoreAnswer({ kind: 'numeric', amount: 0, unit: '台（套）' }, numericResponse(0, '辆')).numericRight).toBe(false);
  });
  it('counts people in 名 and 人 alike', () => {
    expect(scoreAnswer({ kind: 'numeric', amount: 39, unit: '人' }, numericResponse(39, '名')).numericRight).toBe(true);
    expect(scoreAnswer({ kind: 'numeric', amount: 39, unit: '人' }, numericResponse(39, '个')).numericRight).toBe(false);
  });

  it('checks the comparator only when the gold gives one', () => {
    expect(scoreAnswer({ kind: 'numeric', amount: 95, unit: '%', comparator: '≥' }, numericResponse(95, '%', 's', '=')).numericRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 95, unit: '%', comparator: '≥' }, numericResponse(95, '%', 's', '≥')).numericRight).toBe(true);
    expect(scoreAnswer({ kind: 'numeric', amount: 95, unit: '%' }, numericResponse(95, '%', 's', '≥')).numericRight).toBe(true);
  });

  it('matches the top-level heading by prefix, ignoring quote style and spaces, and accepts alternatives', () => {
    const nested = numericResponse(0.5, '万元', '四、财政拨款"三公"经费预算情况及增减变化原因 > （一）明细');
    expect(scoreAnswer({ kind: 'numeric', amount: 0.5, unit: '万元', section: '四、财政拨款“三公”经费' }, nested).sectionRight).toBe(true);
    const table = numericResponse(37.91, '万元', '2025年部门“三公”经费和机关运行经费预算表');
    expect(scoreAnswer({ kind: 'numeric', amount: 37.91, unit: '万元', section: '其他相关情况说明' }, table).sectionRight).toBe(false);
    expect(
      scoreAnswer(
        { kind: 'numeric', amount: 37.91, unit: '万元', section: '其他相关情况说明', sectionAlternatives: ['2025年部门“三公”经费和机关运行经费预算表'] },
        table,
      ).sectionRight,
    ).toBe(true);
  });

  it('fails the section when there is no citation, and does not look past the top-level heading', () => {
    const uncited: AskResponse = { ...numericResponse(1, '万元'), citations: [] };
    expect(scoreAnswer({ kind: 'numeric', amount: 1, unit: '万元', section: '三、机关运行经费安排情况' }, uncited).sectionRight).toBe(false);
    const deeper = numericResponse(1, '万元', '五、预算绩效信息 > 三、机关运行经费安排情况');
    expect(scoreAnswer({ kind: 'numeric', amount: 1, unit: '万元', section: '三、机关运行经费安排情况' }, deeper).sectionRight).toBe(false);
  });

  it('finds text phrases in the answer or in any quote', () => {
    const response: AskResponse = {
      kind: 'text',
      answer: '“三公”经费包括因公出国（境）费、公务用车购置及运维费。',
      lang: 'zh',
      citations: [{ id: 'c', docId: 'd', docTitle: 't', section: '八、名词解释', quote: '公务接待费反映单位按规定开支的各类公务接待' }],
      checks: [],
    };
    expect(scoreAnswer({ kind: 'text', phrases: ['因公出国(境)', '公务接待'], section: '八、名词解释' }, response)).toMatchObject({
      phrasesRight: true,
      sectionRight: true,
    });
    expect(scoreAnswer({ kind: 'text', phrases: ['会议费'] }, response).phrasesRight).toBe(false);
  });

  it('scores abstentions: right when gold is not_found, wrongly abstained when the document answers', () => {
    expect(scoreAnswer({ kind: 'not_found' }, notFound)).toMatchObject({ abstainedRight: true, wronglyAbstained: false });
    expect(scoreAnswer({ kind: 'not_found' }, numericResponse(1, '万元')).abstainedRight).toBe(false);
    expect(scoreAnswer({ kind: 'numeric', amount: 0, unit: '万元' }, notFound)).toMatchObject({
      numericRight: false,
      wronglyAbstained: true,
      got: 'not_found',
    });
  });

  it('describes expected and got for the confusion list', () => {
    const score = scoreAnswer({ kind: 'numeric', amount: 22.78, unit: '万元', section: threePublicSection }, numericResponse(12.3, '万元'));
    expect(score.expected).toBe(`numeric 22.78 万元 @ ${threePublicSection}`);
    expect(score.got).toBe(`numeric =12.3 万元 @ ${threePublicSection}`);
  });
});

describe('amountsEqual and normalizeForComparison', () => {
  it('ignores float noise but not real differences', () => {
    expect(amountsEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(amountsEqual(96282213.44, 96282213.44)).toBe(true);
    expect(amountsEqual(47.48, 47.47)).toBe(false);
  });
  it('folds width, quotes and spaces', () => {
    expect(normalizeForComparison('四、财政拨款 “三公”经费（元）')).toBe('四、财政拨款"三公"经费(元)');
  });
});
