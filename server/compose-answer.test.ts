import { describe, expect, it } from 'vitest';
import { parseDecimal, type Decimal } from '../ingest/decimal.ts';
import type { Fact, ParsedDocument } from '../ingest/model.ts';
import type { ExecutionResult, NumericResult } from './answer-types.ts';
import { composeAnswer, displayAmount, parseSourceId, sourceId, yuanText } from './compose-answer.ts';

const decimal = (text: string): Decimal => parseDecimal(text) as Decimal;

const document: ParsedDocument = {
  meta: { id: 'doc', title: '某局2022年部门预算', unit: '某局', year: 2022, kind: '预算', fileName: 'doc.pdf' },
  blocks: [
    {
      id: 't1',
      kind: 'table',
      path: ['三公经费'],
      place: {},
      table: { title: '“三公”经费支出预算表', unit: '万元', headerRows: [], columns: ['项目', '预算数'], rows: [['公务用车运维费', '11.80']], notes: [] },
    },
    { id: 'p1', kind: 'paragraph', text: '', path: ['部门职责'], place: {} },
  ],
  facts: [],
  chunks: [],
};
const documentsById = new Map([['doc', document]]);

const vehicleFact: Fact = {
  id: 'f1',
  docId: 'doc',
  label: '公务用车运维费',
  context: [],
  text: '11.80',
  amount: 11.8,
  unit: '万元',
  comparator: '=',
  kind: 'value',
  section: ['三公经费'],
  source: { blockId: 't1', row: 0, column: '预算数', quote: '公务用车运维费 11.80' },
  origin: 'table',
};

function numeric(overrides: Partial<NumericResult> = {}): NumericResult {
  return {
    kind: 'numeric',
    intent: 'lookup',
    subject: '公务用车运维费',
    value: decimal('11.80'),
    unit: '万元',
    comparator: '=',
    operands: [{ label: '公务用车运维费', value: decimal('11.80'), unit: '万元', fact: vehicleFact }],
    checks: [],
    facts: [vehicleFact],
    ...overrides,
  };
}

const englishName = (term: string) => (term === '公务用车运维费' ? 'Official vehicle operating costs' : undefined);
const compose = (result: ExecutionResult, lang: 'zh' | 'en', extra: { missingTerm?: string; mode?: 'answer' | 'draft' } = {}) =>
  composeAnswer({ result, lang, mode: extra.mode ?? 'answer', document, documentsById, englishName, missingTerm: extra.missingTerm });

describe('sourceId', () => {
  it('names the block, then the row and column when known', () => {
    expect(sourceId('doc', 'b1')).toBe('doc#b1');
    expect(sourceId('doc', 'b1', 3)).toBe('doc#b1:r3');
    expect(sourceId('doc', 'b1', 3, 2)).toBe('doc#b1:r3:c2');
    expect(sourceId('doc', 'b1', 0, 0)).toBe('doc#b1:r0:c0');
  });
  it('drops a column without a row, or a column that was not found (-1)', () => {
    expect(sourceId('doc', 'b1', undefined, 2)).toBe('doc#b1');
    expect(sourceId('doc', 'b1', 0, -1)).toBe('doc#b1:r0');
  });
});

describe('displayAmount', () => {
  it('writes the number as the document does, with its unit and any comparator', () => {
    expect(displayAmount(decimal('11.80'), '万元')).toBe('11.80万元');
    expect(displayAmount(decimal('96282213.44'), '元')).toBe('96282213.44元');
    expect(displayAmount(decimal('3'), '辆', '≥')).toBe('≥3辆');
    expect(displayAmount(decimal('12.5'), '%', '≤')).toBe('≤12.5%');
    expect(displayAmount(decimal('0'), '万元')).toBe('0万元');
  });
});

describe('yuanText', () => {
  it('converts money to yuan with thousands grouping', () => {
    expect(yuanText(decimal('11.80'), '万元')).toBe('118,000 yuan');
    expect(yuanText(decimal('96282213.44'), '元')).toBe('96,282,213.44 yuan');
    expect(yuanText(decimal('1.5'), '亿元')).toBe('150,000,000 yuan');
    expect(yuanText(decimal('-2.50'), '万元')).toBe('-25,000 yuan');
  });
  it('writes zero as 0 yuan', () => {
    expect(yuanText(decimal('0'), '万元')).toBe('0 yuan');
    expect(yuanText(decimal('0.00'), '元')).toBe('0 yuan');
  });
  it('is undefined for units that are not money', () => {
    expect(yuanText(decimal('3'), '辆')).toBeUndefined();
    expect(yuanText(decimal('12.5'), '%')).toBeUndefined();
  });
});

describe('composeAnswer', () => {
  it('answers a lookup in Chinese with the value, its display and a table citation', () => {
    const response = compose(numeric(), 'zh');
    expect(response.kind).toBe('numeric');
    expect(response.answer).toBe('公务用车运维费为11.80万元。');
    expect(response.value).toEqual({ amount: 11.8, unit: '万元', comparator: '=', display: '11.80万元' });
    expect(response.calculation).toBeUndefined();
    expect(response.citations).toEqual([
      {
        id: 'doc#t1:r0:c1',
        docId: 'doc',
        docTitle: '某局2022年部门预算',
        section: '三公经费',
        quote: '公务用车运维费 11.80',
        table: { title: '“三公”经费支出预算表', row: 0, column: '预算数' },
      },
    ]);
    expect(response.document).toEqual({ id: 'doc', title: '某局2022年部门预算' });
  });
  it('answers in English with the English name, the Chinese label and the amount in yuan', () => {
    expect(compose(numeric(), 'en').answer).toBe('Official vehicle operating costs (公务用车运维费) is 11.80万元 (118,000 yuan).');
  });
  it('words an average over years with each year’s figure', () => {
    const yearly = numeric({
      intent: 'average',
      subject: '2年三公经费（每年平均）',
      value: decimal('42.91'),
      perYear: true,
      operands: [
        { label: '2025年三公经费', value: decimal('37.91'), unit: '万元', fact: vehicleFact },
        { label: '2024年三公经费', value: decimal('47.91'), unit: '万元', fact: vehicleFact },
      ],
    });
    expect(compose(yearly, 'zh').answer).toBe('2025年三公经费37.91万元，2024年三公经费47.91万元，平均每年42.91万元。');
    expect(compose(yearly, 'en').answer).toBe('On average 42.91万元 (429,100 yuan) a year (2025年三公经费 37.91万元; 2024年三公经费 47.91万元).');
  });
  it('cites two figures of one paragraph once, quoting both their sentences', () => {
    const first = { ...vehicleFact, id: 'doc:p1a', source: { blockId: 'p1', quote: '某项目421.23万元。' }, origin: 'prose' as const };
    const second = { ...vehicleFact, id: 'doc:p1b', source: { blockId: 'p1', quote: '2023年当年预算执行数为389.59万元。' }, origin: 'prose' as const };
    const result = numeric({
      intent: 'difference',
      value: decimal('31.64'),
      winner: '某项目',
      others: ['预算执行数'],
      operands: [
        { label: '某项目', value: decimal('421.23'), unit: '万元', fact: first },
        { label: '预算执行数', value: decimal('389.59'), unit: '万元', fact: second },
      ],
      facts: [first, second],
    });
    const citations = compose(result, 'zh').citations;
    expect(citations).toHaveLength(1);
    expect(citations[0].quote).toBe('某项目421.23万元。2023年当年预算执行数为389.59万元。');
  });
  it('words a year’s figure shared over months', () => {
    const monthly = numeric({ intent: 'average', subject: '机关运行经费', value: decimal('36.93'), perPeriod: '月', operands: [{ label: '机关运行经费', value: decimal('443.18'), unit: '万元', fact: vehicleFact }] });
    expect(compose(monthly, 'zh').answer).toBe('机关运行经费全年443.18万元，按12个月平均，每月36.93万元。');
    expect(compose(monthly, 'en').answer).toBe('On average 36.93万元 (369,300 yuan) a month: 机关运行经费 of 443.18万元 for the year over 12 months.');
  });
  it('states the day a stock is counted on instead of the budget year', () => {
    const counted = numeric({ subject: '共有车辆', value: decimal('8'), unit: '辆', period: 2025, asOf: { year: 2024, month: 8, day: 31 } });
    expect(compose(counted, 'zh').answer).toBe('截至2024年8月31日，共有车辆为8辆。');
    expect(compose(counted, 'en').answer).toBe('As of 31 August 2024, 共有车辆 is 8辆.');
  });
  it('words a comparator in both languages and shows it in the display', () => {
    const capped = numeric({ comparator: '≤' });
    expect(compose(capped, 'zh').answer).toBe('公务用车运维费不超过11.80万元。');
    expect(compose(capped, 'en').answer).toBe('Official vehicle operating costs (公务用车运维费) is at most 11.80万元 (118,000 yuan).');
    expect(compose(capped, 'zh').value?.display).toBe('≤11.80万元');
    const floor = numeric({ comparator: '≥', subject: '聘请话务员数量', unit: '人', value: decimal('5') });
    expect(compose(floor, 'zh').answer).toBe('聘请话务员数量不少于5人。');
    expect(compose(floor, 'en').answer).toBe('聘请话务员数量 is at least 5人.');
  });
  it('does not repeat the yuan amount for a figure already in yuan', () => {
    expect(compose(numeric({ value: decimal('118000'), unit: '元' }), 'en').answer).toBe(
      'Official vehicle operating costs (公务用车运维费) is 118000元.',
    );
  });
  it('states a change with its direction and base period', () => {
    const change = numeric({ intent: 'change', direction: 'decrease', basePeriod: '上年', period: 2022, value: decimal('1.20') });
    expect(compose(change, 'zh').answer).toBe('2022年公务用车运维费比上年减少1.20万元。');
    expect(compose(change, 'en').answer).toBe(
      'Official vehicle operating costs (公务用车运维费) in 2022 shows a decrease of 1.20万元 (12,000 yuan) compared with the previous year.',
    );
    const flat = numeric({ intent: 'change', direction: 'flat', basePeriod: 2021, value: decimal('0') });
    expect(compose(flat, 'zh').answer).toBe('公务用车运维费与2021年相比持平。');
    expect(compose(flat, 'en').answer).toBe('Official vehicle operating costs (公务用车运维费) is unchanged from 2021.');
  });
  it('states both disclosures’ figures beside a change worked out across two years', () => {
    const earlierDocument = { ...document, meta: { ...document.meta, id: 'doc-2021', year: 2021 } };
    const crossYear = numeric({
      intent: 'change',
      direction: 'increase',
      basePeriod: 2021,
      period: 2022,
      value: decimal('1.20'),
      operands: [
        { label: '2022年公务用车运维费', value: decimal('11.80'), unit: '万元', fact: vehicleFact },
        { label: '2021年公务用车运维费', value: decimal('10.60'), unit: '万元', fact: vehicleFact },
      ],
      documents: [document, earlierDocument],
    });
    expect(compose(crossYear, 'zh').answer).toBe('2022年公务用车运维费（11.80万元）比2021年（10.60万元）增加1.20万元。');
  });
  it('shows the calculation when several operands went into the value', () => {
    const otherFact: Fact = { ...vehicleFact, id: 'f2', label: '公务接待费', text: '2.20', amount: 2.2, source: { blockId: 'p1', quote: '公务接待费2.20万元' } };
    const total = numeric({
      intent: 'total',
      subject: '公务用车运维费和公务接待费',
      value: decimal('14.00'),
      formula: '11.80 + 2.20',
      operands: [
        { label: '公务用车运维费', value: decimal('11.80'), unit: '万元', fact: vehicleFact },
        { label: '公务接待费', value: decimal('2.20'), unit: '万元', fact: otherFact },
      ],
      facts: [vehicleFact, otherFact],
    });
    const response = compose(total, 'zh');
    expect(response.answer).toBe('公务用车运维费和公务接待费合计14.00万元。');
    expect(response.calculation).toEqual({
      formula: '11.80 + 2.20',
      operands: [
        { label: '公务用车运维费', amount: 11.8, unit: '万元', citationId: 'doc#t1:r0:c1' },
        { label: '公务接待费', amount: 2.2, unit: '万元', citationId: 'doc#p1' },
      ],
    });
    expect(response.citations.map((citation) => citation.id)).toEqual(['doc#t1:r0:c1', 'doc#p1']);
    expect(compose(total, 'en').answer).toBe('Together, Official vehicle operating costs (公务用车运维费) and 公务接待费 come to 14.00万元 (140,000 yuan).');
  });
  it('names the larger side of a comparison with both sides’ own figures, then the gap', () => {
    const otherFact: Fact = { ...vehicleFact, id: 'f2', label: '公务接待费', text: '2.20', amount: 2.2, source: { blockId: 'p1', quote: '公务接待费2.20万元' } };
    const comparison = numeric({
      intent: 'comparison',
      subject: '公务用车运维费与公务接待费之差',
      value: decimal('9.60'),
      operands: [
        { label: '公务用车运维费', value: decimal('11.80'), unit: '万元', fact: vehicleFact },
        { label: '公务接待费', value: decimal('2.20'), unit: '万元', fact: otherFact },
      ],
      facts: [vehicleFact, otherFact],
      winner: '公务用车运维费',
      others: ['公务接待费'],
    });
    expect(compose(comparison, 'zh').answer).toBe('公务用车运维费（11.80万元）较多，比公务接待费（2.20万元）多9.60万元。');
    expect(compose(comparison, 'en').answer).toBe(
      'Official vehicle operating costs (公务用车运维费) (11.80万元, 118,000 yuan) is larger than 公务接待费 (2.20万元, 22,000 yuan), by 9.60万元 (96,000 yuan).',
    );
  });
  it('names the missing term in a not_found answer, in both languages', () => {
    const notFound: ExecutionResult = { kind: 'not_found', reason: 'uncovered_term', nearby: ['公务用车运维费', '公务接待费'] };
    expect(compose(notFound, 'zh', { missingTerm: '广告费' }).answer).toBe(
      '已公开的预算文件没有关于“广告费”的信息，无法给出数字。文件涉及的相关内容有：公务用车运维费、公务接待费。',
    );
    expect(compose(notFound, 'en', { missingTerm: 'advertising' }).answer).toBe(
      'The published budget disclosures do not mention “advertising”, so no figure can be given. Nearby, they cover: Official vehicle operating costs (公务用车运维费); 公务接待费.',
    );
    const response = compose(notFound, 'zh', { missingTerm: '广告费' });
    expect(response).toMatchObject({ kind: 'not_found', citations: [], checks: [] });
  });
  it('words the other not_found reasons', () => {
    const year: ExecutionResult = { kind: 'not_found', reason: 'year_not_covered', detail: '2030', nearby: [] };
    expect(compose(year, 'zh').answer).toBe('已公开的预算文件没有2030年度的相关数据，无法给出数字。');
    expect(compose(year, 'en').answer).toBe('The published budget disclosures do not cover 2030, so no figure can be given.');
    const noDocument: ExecutionResult = { kind: 'not_found', reason: 'no_document', nearby: [] };
    expect(compose(noDocument, 'zh').answer).toBe('已公开的预算文件中没有与该单位或年度对应的文件，无法给出数字。');
    expect(compose(noDocument, 'en').answer).toBe('The published budget disclosures do not include a document for that unit or year, so no figure can be given.');
    const noFact: ExecutionResult = { kind: 'not_found', reason: 'no_matching_fact', nearby: [] };
    expect(compose(noFact, 'zh').answer).toBe('已公开的预算文件没有能回答这个问题的内容，无法给出数字。');
    expect(compose(noFact, 'en').answer).toBe('The published budget disclosures do not answer this question, so no figure can be given.');
  });
  it('quotes a passage for a text answer, and says so when there is none', () => {
    const text: ExecutionResult = {
      kind: 'text',
      intent: 'text',
      passages: [{ docId: 'doc', blockId: 'p1', quote: '负责信访工作。受理来信来访。协调处理。第四句。', section: ['部门职责'] }],
      facts: [],
      checks: [],
    };
    expect(compose(text, 'zh').answer).toBe('据文件“部门职责”部分：负责信访工作。受理来信来访。协调处理。');
    expect(compose(text, 'en').answer).toBe('The disclosure (section “部门职责”) says: “负责信访工作。受理来信来访。协调处理。”');
    expect(compose(text, 'zh').citations.map((citation) => citation.id)).toEqual(['doc#p1']);
    // The passage the answer quotes is cited before the fact found with it.
    const withFact: ExecutionResult = { ...text, intent: 'list', facts: [vehicleFact] };
    expect(compose(withFact, 'zh').citations.map((citation) => citation.id)[0]).toBe('doc#p1');
    const empty: ExecutionResult = { kind: 'text', intent: 'text', passages: [], facts: [], checks: [] };
    expect(compose(empty, 'zh').answer).toBe('未找到相关内容。');
    expect(compose(empty, 'en').answer).toBe('Nothing relevant was found.');
  });
  it('wraps the answer as a reply letter in draft mode', () => {
    expect(compose(numeric(), 'zh', { mode: 'draft' }).answer).toBe(
      '您好！根据《某局2022年部门预算》“三公经费”部分，公务用车运维费为11.80万元。原文表述为：“公务用车运维费 11.80”\n感谢您对预算公开工作的关注。',
    );
    const notFound: ExecutionResult = { kind: 'not_found', reason: 'no_matching_fact', nearby: [] };
    expect(compose(notFound, 'en', { mode: 'draft' }).answer).toBe(
      'Thank you for your enquiry. Having reviewed the “某局2022年部门预算”: The published budget disclosures do not answer this question, so no figure can be given. For further details, please contact the unit concerned.',
    );
  });
  it('offers alternative documents and cites a fact of an unloaded document by its id', () => {
    const foreign: Fact = { ...vehicleFact, docId: 'elsewhere' };
    const response = composeAnswer({
      result: numeric({ facts: [foreign], operands: [{ label: '公务用车运维费', value: decimal('11.80'), unit: '万元', fact: foreign }] }),
      lang: 'zh',
      mode: 'answer',
      documentsById,
      englishName,
      alternatives: [document],
    });
    expect(response.alternatives).toEqual([{ id: 'doc', title: '某局2022年部门预算' }]);
    expect(response.document).toBeUndefined();
    expect(response.citations).toEqual([
      { id: 'elsewhere#t1:r0', docId: 'elsewhere', docTitle: 'elsewhere', section: '三公经费', quote: '公务用车运维费 11.80', table: undefined },
    ]);
  });
});

describe('parseSourceId', () => {
  it('reads back what sourceId writes, and nothing else', () => {
    expect(parseSourceId(sourceId('doc-1', 'b12', 3, 2))).toEqual({ docId: 'doc-1', blockId: 'b12', row: 3, column: 2 });
    expect(parseSourceId(sourceId('doc-1', 'b12'))).toEqual({ docId: 'doc-1', blockId: 'b12', row: undefined, column: undefined });
    expect(parseSourceId('doc-1:b12')).toBeUndefined();
  });

  it('says a use listed in a line’s sentence has no figure of its own, naming the line and its figure', () => {
    const listed: ExecutionResult = { kind: 'not_found', reason: 'no_matching_fact', nearby: [], listedIn: { use: '办公用房取暖费', line: '机关运行经费', display: '95.17万元' } };
    expect(compose(listed, 'zh').answer).toBe('已公开的预算文件只在“机关运行经费”（95.17万元）的用途中列出了“办公用房取暖费”，没有单列金额，无法给出数字。');
    expect(compose(listed, 'en').answer).toContain('only among the uses of');
  });
});
