import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../ingest/model.ts';
import { distinctiveUnitPart, selectDocuments, unitsNamed, unitsNamedByPinyin, unitsNamedInPinyin } from './select-documents.ts';

function document(id: string, unit: string, year: number | null): ParsedDocument {
  return { meta: { id, title: `${unit}${year ?? ''}年部门预算`, unit, year, kind: '预算', fileName: `${id}.pdf` }, blocks: [], facts: [], chunks: [] };
}

const petitions2022 = document('petitions-2022', '廊坊市信访局', 2022);
const petitions2023 = document('petitions-2023', '廊坊市信访局', 2023);
const finance2023 = document('finance-2023', '上海市黄浦区财政局', 2023);
const all = [petitions2022, petitions2023, finance2023];
const ids = (documents: ParsedDocument[]) => documents.map((item) => item.meta.id);

describe('selectDocuments years', () => {
  it('reads the year from the question without the asker story when it names one', () => {
    const question = '廊坊信访局2023年的三公经费预算安排了多少？我找了半天只看到22年的那份。';
    expect(ids(selectDocuments({ documents: all, question, askingText: '廊坊信访局2023年的三公经费预算安排了多少？' }).documents)).toEqual(['petitions-2023']);
    // Without it, the two years are read as a comparison across years, answered from the later one.
    expect(ids(selectDocuments({ documents: all, question }).documents)).toEqual(['petitions-2023']);
  });
  it('falls back to the whole question when the asking part names no year', () => {
    const question = '我住信访局附近，听说2022年要添一辆新公车。想问问那年信访局的三公一共多少？';
    expect(ids(selectDocuments({ documents: all, question, askingText: '想问问那年信访局的三公一共多少？' }).documents)).toEqual(['petitions-2022']);
  });
});

describe('distinctiveUnitPart', () => {
  it('strips the place and government words every unit shares', () => {
    expect(distinctiveUnitPart('廊坊市信访局')).toBe('信访局');
    expect(distinctiveUnitPart('中华人民共和国外交部')).toBe('外交部');
    expect(distinctiveUnitPart('上海市黄浦区财政局')).toBe('财政局');
  });
  it('keeps the name without its place names when stripping shared words would leave less than two characters', () => {
    expect(distinctiveUnitPart('北京市')).toBe('北京市');
    expect(distinctiveUnitPart('上海市黄浦区人民政府办事处')).toBe('人民政府办事处');
  });
  it('does not let a unit made of shared words claim a question naming another unit of the same district', () => {
    const office = document('office-2025', '上海市普陀区人民政府办公室', 2025);
    const street = document('street-2025', '上海市普陀区人民政府万里街道办事处', 2025);
    const asked = '上海市普陀区人民政府万里街道办事处2025年物业管理费多少';
    expect(ids(selectDocuments({ documents: [office, street], question: asked }).documents)).toEqual(['street-2025']);
    expect(ids(selectDocuments({ documents: [office, street], question: '上海市普陀区人民政府办公室的三公经费' }).documents)).toEqual(['office-2025']);
  });
  it('picks a unit named by a short form of its name (商委 for 商务委员会)', () => {
    const commerce = document('commerce-2025', '上海市普陀区商务委员会', 2025);
    const street = document('street-2025', '上海市普陀区人民政府万里街道办事处', 2025);
    expect(ids(selectDocuments({ documents: [commerce, street], question: '商委里面都有哪些科室' }).documents)).toEqual(['commerce-2025']);
    // 委员 is a word the name shares, not a short form that starts like 商务.
    expect(ids(selectDocuments({ documents: [commerce, street], question: '委员有哪些' }).documents)).toEqual(['commerce-2025', 'street-2025']);
  });
  it('normalises an English name without changing its words', () => {
    expect(distinctiveUnitPart('Langfang Petitions Bureau')).toBe('langfangpetitionsbureau');
  });
});

describe('selectDocuments', () => {
  it('reports no_document when nothing is loaded', () => {
    expect(selectDocuments({ documents: [], question: '三公经费是多少' })).toEqual({ documents: [], explicit: false, reason: 'no_document' });
  });
  it('keeps every document, not explicit, when nothing names one', () => {
    expect(selectDocuments({ documents: all, question: '三公经费是多少' })).toEqual({ documents: all, explicit: false });
  });
  it('applies the page filters: document id, unit and year', () => {
    expect(ids(selectDocuments({ documents: all, question: '三公经费', docId: 'finance-2023' }).documents)).toEqual(['finance-2023']);
    expect(ids(selectDocuments({ documents: all, question: '三公经费', unit: '信访局' }).documents)).toEqual(['petitions-2022', 'petitions-2023']);
    expect(selectDocuments({ documents: all, question: '三公经费', year: 2022 })).toEqual({ documents: [petitions2022], explicit: true });
  });
  it('reports no_document when the filters leave nothing', () => {
    expect(selectDocuments({ documents: all, question: '三公经费', docId: 'missing' })).toEqual({ documents: [], explicit: true, reason: 'no_document' });
    expect(selectDocuments({ documents: all, question: '三公经费', year: 2019 })).toEqual({ documents: [], explicit: true, reason: 'no_document' });
  });
  it('picks the unit the question names', () => {
    expect(selectDocuments({ documents: all, question: '黄浦区财政局三公经费是多少' })).toEqual({ documents: [finance2023], explicit: true });
    expect(ids(selectDocuments({ documents: all, question: '信访局的三公经费' }).documents)).toEqual(['petitions-2022', 'petitions-2023']);
  });
  it('does not pick a Chinese-named unit from its English name', () => {
    expect(selectDocuments({ documents: all, question: 'What is the Petitions Bureau spending on vehicles?' })).toEqual({ documents: all, explicit: false });
  });
  it('picks the year the question names', () => {
    expect(selectDocuments({ documents: all, question: '信访局2023年三公经费' })).toEqual({ documents: [petitions2023], explicit: true });
  });
  it('answers a year no document covers from the next year’s document, which states the previous year', () => {
    expect(selectDocuments({ documents: all, question: '信访局2021年三公经费' })).toEqual({ documents: [petitions2022], explicit: true });
  });
  it('falls back to a document up to two years later', () => {
    expect(ids(selectDocuments({ documents: [petitions2023], question: '2021年三公经费' }).documents)).toEqual(['petitions-2023']);
  });
  it('reports year_not_covered with the year when no document can speak for it', () => {
    expect(selectDocuments({ documents: all, question: '2030年三公经费' })).toEqual({ documents: [], explicit: true, reason: 'year_not_covered', detail: '2030' });
    expect(selectDocuments({ documents: all, question: '2019年三公经费' })).toEqual({ documents: [], explicit: true, reason: 'year_not_covered', detail: '2019' });
    expect(selectDocuments({ documents: [document('undated', '某局', null)], question: '2022年三公经费' })).toEqual({
      documents: [],
      explicit: true,
      reason: 'year_not_covered',
      detail: '2022',
    });
  });
  it('answers a cross-year question from the latest named year', () => {
    expect(ids(selectDocuments({ documents: all, question: '信访局2023年三公经费比2022年多多少' }).documents)).toEqual(['petitions-2023']);
    // Two years later than every disclosure: no budget states a later year's figures.
    expect(selectDocuments({ documents: all, question: '信访局2025年比2024年' })).toMatchObject({ documents: [], reason: 'year_not_covered', detail: '2025' });
    // Unless a disclosure's text names that year (a target 到2025年).
    expect(ids(selectDocuments({ documents: all, question: '信访局2025年比2024年', documentText: () => '到2025年实现' }).documents)).toEqual(['petitions-2022', 'petitions-2023']);
  });
  it('lets the year filter override a year named in the question', () => {
    expect(ids(selectDocuments({ documents: all, question: '2023年三公经费', year: 2022 }).documents)).toEqual(['petitions-2022']);
  });
});

describe('selectDocuments for an earlier figure derived from a stated change', () => {
  it('answers from the next year’s disclosure, which states the change, rather than from the named year’s', () => {
    const asked = '根据增加额推算，信访局2022年的收入预算是多少';
    expect(ids(selectDocuments({ documents: all, question: asked, derivedFromStatedChange: true }).documents)).toEqual(['petitions-2023']);
    expect(ids(selectDocuments({ documents: all, question: asked }).documents)).toEqual(['petitions-2022']);
  });
  it('counts a year named twice (an English question with its rendering) once', () => {
    expect(ids(selectDocuments({ documents: all, question: '信访局 2022 petitions bureau 2022' }).documents)).toEqual(['petitions-2022']);
  });
});

describe('unitsNamedInPinyin', () => {
  const pinyin: Record<string, string> = { 廊坊: 'langfang', 信访: 'xinfang', 上海: 'shanghai', 普陀: 'putuo', 万里: 'wanli', 商务: 'shangwu' };
  const romanize = (chinese: string) => pinyin[chinese];
  const wanli = document('wanli-2025', '上海市普陀区人民政府万里街道办事处', 2025);
  const commerce = document('commerce-2025', '上海市普陀区商务委员会', 2025);
  it('picks the unit an English question names by its place name', () => {
    expect(ids(unitsNamedInPinyin([petitions2022, wanli, commerce], 'How much does Langfang spend on cars?', romanize))).toEqual(['petitions-2022']);
    expect(ids(unitsNamedInPinyin([petitions2022, wanli, commerce], 'Wanli official cars', romanize))).toEqual(['wanli-2025']);
  });
  it('picks nothing for a name every unit shares, or no name at all', () => {
    expect(ids(unitsNamedInPinyin([wanli, commerce], 'How much does Putuo spend?', romanize))).toEqual([]);
    expect(ids(unitsNamedInPinyin([petitions2022, wanli], 'How much is spent on cars?', romanize))).toEqual([]);
  });
  it('is used by selectDocuments when no Chinese unit name is found', () => {
    expect(ids(selectDocuments({ documents: [petitions2022, wanli, commerce], question: 'Langfang cars', romanize }).documents)).toEqual(['petitions-2022']);
  });
});

describe('selectDocuments for English questions', () => {
  const pinyin: Record<string, string> = { 廊坊: 'langfang', 信访: 'xinfang', 上海: 'shanghai', 普陀: 'putuo', 万里: 'wanli', 商务: 'shangwu' };
  const romanize = (chinese: string) => pinyin[chinese];
  const wanli = document('wanli-2025', '上海市普陀区人民政府万里街道办事处', 2025);
  const office = document('office-2025', '上海市普陀区人民政府办公室', 2025);
  const commerce = document('commerce-2025', '上海市普陀区商务委员会', 2025);
  it('trusts a place name in pinyin over generic words of the rendering (government -> 人民政府)', () => {
    const question = "小微企业 政府采购 人民政府 街道 How much of Wanli Street's government purchasing is reserved?";
    expect(ids(selectDocuments({ documents: [petitions2022, wanli, office], question, romanize }).documents)).toEqual(['wanli-2025']);
  });
  it('lets the Chinese rendering decide among the units a shared place name leaves', () => {
    const question = '商务委员会 Putuo commerce commission spending';
    expect(ids(selectDocuments({ documents: [petitions2022, wanli, office, commerce], question, romanize }).documents)).toEqual(['commerce-2025']);
  });
});

describe('selectDocuments and a date the question names', () => {
  it('picks the disclosure that states the date, which may be the next year’s', () => {
    // A budget prepared in the autumn counts its assets as of the end of August of the year before.
    const texts = new Map([
      ['petitions-2022', '截至2021年8月31日共有车辆3辆'],
      ['petitions-2023', '截至2022年8月31日共有车辆2辆'],
    ]);
    const documentText = (item: ParsedDocument) => texts.get(item.meta.id) ?? '';
    expect(ids(selectDocuments({ documents: all, question: '信访局截至2022年8月31日有几辆车', documentText }).documents)).toEqual(['petitions-2023']);
    expect(ids(selectDocuments({ documents: all, question: 'Langfang petitions bureau cars as of the end of August 2022', documentText }).documents)).toEqual(['petitions-2023']);
    // A date no document states leaves the year to decide.
    expect(ids(selectDocuments({ documents: all, question: '信访局截至2022年12月31日有几辆车', documentText }).documents)).toEqual(['petitions-2022']);
  });
});

describe('selectDocuments and the years a question names', () => {
  it('reads 二〇二三年 and full-width ２０２３年 as years, and an amount such as 2000元 as no year', () => {
    expect(ids(selectDocuments({ documents: all, question: '信访局二〇二三年的三公经费' }).documents)).toEqual(['petitions-2023']);
    expect(ids(selectDocuments({ documents: all, question: '信访局２０２３年的三公经费' }).documents)).toEqual(['petitions-2023']);
    const amount = selectDocuments({ documents: all, question: '信访局单价2000元以上的设备有几台' });
    expect(amount.reason).toBeUndefined();
    expect(ids(amount.documents)).toEqual(['petitions-2022', 'petitions-2023']);
  });
});

describe('unitsNamed and unitsNamedByPinyin', () => {
  const office = document('office-2025', '上海市普陀区人民政府办公室', 2025);
  const commerce = document('commerce-2025', '上海市普陀区商务委员会', 2025);
  const street = document('street-2025', '上海市普陀区人民政府万里街道办事处', 2025);
  const units = [office, commerce, street, petitions2022];
  it('lists the units a question names clearly, in the order it names them', () => {
    expect(unitsNamed(units, '2025年区政府办公室和区商务委，哪家的机关运行经费更高')).toEqual(['上海市普陀区人民政府办公室', '上海市普陀区商务委员会']);
    expect(unitsNamed(units, '信访局和万里街道的三公经费哪个多')).toEqual(['廊坊市信访局', '上海市普陀区人民政府万里街道办事处']);
  });
  it('does not count a shared part of another unit’s name as naming it', () => {
    expect(unitsNamed(units, '上海市普陀区人民政府万里街道办事处的三公经费')).toEqual(['上海市普陀区人民政府万里街道办事处']);
  });
  it('reads place names in pinyin, ignoring those two units share', () => {
    const romanize = (chinese: string) => ({ 上海: 'shanghai', 普陀: 'putuo', 万里: 'wanli', 廊坊: 'langfang' })[chinese];
    expect(unitsNamedByPinyin(units, 'Does Langfang spend more on cars than Wanli in Putuo?', romanize)).toEqual(['廊坊市信访局', '上海市普陀区人民政府万里街道办事处']);
    expect(unitsNamedByPinyin(units, 'What does Putuo spend?', romanize)).toEqual([]);
  });
});
