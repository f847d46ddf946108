import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from './build-blocks.ts';
import { detectMetadata } from './detect-metadata.ts';
import { extractFacts } from './extract-facts.ts';
import { factSchema, type Block, type Fact } from './model.ts';
import { readDocxText } from './readers/docx-text-reader.ts';

const fileName = 'langfang-petitions-bureau-2022-unit-budget.txt';
const docId = 'langfang-petitions-bureau-2022-unit-budget';
const text = readFileSync(new URL(`../seeds/${fileName}`, import.meta.url), 'utf8');
const blocks = buildBlocks(readDocxText(text), { docId });
const meta = { id: docId, fileName, ...detectMetadata(blocks, fileName) };
const facts = extractFacts(blocks, meta);
const byId = new Map(facts.map((fact) => [fact.id, fact]));

function find(predicate: (fact: Fact) => boolean, description: string): Fact {
  const found = facts.find(predicate);
  if (!found) throw new Error(`no fact for ${description}`);
  return found;
}

const prose = (label: string, value: string, kind: Fact['kind'] = 'value') =>
  find((fact) => fact.origin === 'prose' && fact.label === label && fact.text === value && fact.kind === kind, `${label} ${value}`);
const table = (label: string, value: string) =>
  find((fact) => fact.origin === 'table' && fact.label === label && fact.text === value, `table ${label} ${value}`);

describe('facts of the seed disclosure', () => {
  it('yields at least 150 valid facts with sequential ids and verbatim quotes', () => {
    expect(facts.length).toBeGreaterThanOrEqual(150);
    facts.forEach((fact, index) => {
      expect(factSchema.parse(fact)).toEqual(fact);
      expect(fact.id).toBe(`${docId}:f${index + 1}`);
      const block = blocks.find((candidate) => candidate.id === fact.source.blockId) as Block;
      if (block.kind === 'paragraph') expect(block.text).toContain(fact.source.quote);
      if (block.kind === 'table' && fact.origin === 'prose') {
        expect(block.table.notes.some((note) => note.text.includes(fact.source.quote))).toBe(true);
      }
      if (fact.partOf) expect(byId.has(fact.partOf)).toBe(true);
    });
  });

  it('reads income and expenditure with their parts', () => {
    expect(prose('预算收入', '2115.46')).toMatchObject({ amount: 2115.46, unit: '万元', period: 2022 });
    const basic = prose('基本支出', '881.31');
    expect(basic.unit).toBe('万元');
    expect(prose('人员类项目经费', '786.14')).toMatchObject({ unit: '万元', partOf: basic.id });
    expect(prose('机关运行经费', '95.17')).toMatchObject({ unit: '万元', period: 2022, section: ['三、机关运行经费安排情况'] });
  });

  it('reads the 三公 total, its three parts and its decrease', () => {
    const total = find(
      (fact) => fact.origin === 'prose' && fact.label.includes('三公') && fact.text === '12.30' && fact.kind === 'value',
      '三公 total',
    );
    expect(total).toMatchObject({ amount: 12.3, unit: '万元', section: ['四、财政拨款“三公”经费预算情况及增减变化原因'] });
    expect(total.source.quote).toBe('2022年，我局财政拨款“三公”经费预算安排12.30万元。');
    expect(prose('因公出国（境）费', '0')).toMatchObject({ amount: 0, unit: '万元', partOf: total.id });
    expect(prose('公务用车购置及运维费', '11.80')).toMatchObject({ amount: 11.8, unit: '万元', partOf: total.id });
    expect(prose('公务接待费', '0.5')).toMatchObject({ amount: 0.5, unit: '万元', partOf: total.id });
    const vehicles = prose('公务用车购置及运维费', '11.80');
    expect(prose('公务用车购置费', '0')).toMatchObject({ partOf: vehicles.id });
    const decrease = prose(total.label, '10.48', 'change');
    expect(decrease).toMatchObject({ amount: 10.48, unit: '万元', direction: 'decrease', basePeriod: 2021 });
    expect(prose('公务用车购置及运维费', '10.48', 'change')).toMatchObject({ direction: 'decrease', partOf: decrease.id });
    expect(prose('公务接待费', '0', 'change')).toMatchObject({ direction: 'flat', basePeriod: 2021, amount: 0 });
  });

  it('reads procurement in prose and in the table, with the 合计 row and its items', () => {
    expect(prose('政府采购预算', '789.83')).toMatchObject({ unit: '万元', period: 2022 });
    const totalColumn = (fact: Fact) => fact.source.column?.endsWith('合计') === true;
    const total = find((fact) => fact.label === '合计' && fact.text === '789.83' && totalColumn(fact), '合计 row');
    expect(total).toMatchObject({ unit: '万元', origin: 'table', tableTitle: '部门政府采购预算', source: { row: 0 } });
    const subtotal = find((fact) => fact.label.endsWith('小计') && totalColumn(fact), '小计 row');
    expect(subtotal.partOf).toBe(total.id);
    const items = facts.filter((fact) => totalColumn(fact) && fact.partOf === subtotal.id);
    expect(items.map((fact) => [fact.text, fact.unit])).toEqual([
      ['375.00', '万元'],
      ['150.83', '万元'],
      ['135.00', '万元'],
      ['129.00', '万元'],
    ]);
    expect(items[0].label).toBe('市联合接访中心办公用房租赁经费');
    expect(facts.some((fact) => fact.text === '99' || fact.text === '0399')).toBe(false);
  });

  it('reads fixed assets and vehicles', () => {
    expect(prose('固定资产金额', '2840.29')).toMatchObject({ unit: '万元', period: '上年' });
    const assets = table('资产总额', '2840.29');
    expect(assets.unit).toBe('万元');
    expect(['辆', '台']).toContain(table('车辆', '5').unit);
    expect(table('车辆', '96.83')).toMatchObject({ unit: '万元', partOf: assets.id });
  });

  it('reads performance indicators with comparators and compound units', () => {
    expect(table('聘请话务员数量', '25')).toMatchObject({ amount: 25, unit: '人', comparator: '=' });
    expect(table('信访事项受理数量', '19000')).toMatchObject({ unit: '件', comparator: '≥' });
    expect(table('租赁面积', '13016.84')).toMatchObject({ unit: '平方米', comparator: '=' });
    const cost = table('单位面积成本', '0.79');
    expect(cost).toMatchObject({ amount: 0.79, unit: '元/平米/天', comparator: '≤' });
    expect(cost.context).toEqual(expect.arrayContaining(['产出指标', '成本指标', '3.市联合接访中心办公用房租赁经费绩效目标表']));
    expect(cost.section).toEqual(['五、预算绩效信息', '第二部分 资金绩效目标', '3.市联合接访中心办公用房租赁经费绩效目标表']);
    expect(
      find((fact) => fact.origin === 'prose' && fact.text === '19000', '19000 in prose'),
    ).toMatchObject({ unit: '件', comparator: '≥', period: 2022 });
  });

  it('makes no facts of years, document numbers, addresses or titles', () => {
    for (const stray of ['2021', '2022', '4', '12343', '226', '100']) {
      expect(facts.filter((fact) => fact.origin === 'prose' && fact.text === stray && fact.unit === '')).toEqual([]);
    }
    expect(facts.some((fact) => fact.text === '2021' || fact.text === '2022')).toBe(false);
  });
});
