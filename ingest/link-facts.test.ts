import { describe, expect, it } from 'vitest';
import { amountsEqual, linkFacts, normaliseName } from './link-facts.ts';
import type { Fact } from './model.ts';

function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'label' | 'text' | 'unit' | 'origin'>): Fact {
  return {
    docId: 'doc',
    context: [],
    amount: Number(partial.text),
    comparator: '=',
    kind: 'value',
    section: [],
    source: { blockId: 'b1', quote: partial.text },
    ...partial,
  };
}

const threePublicTitle = '2025年部门“三公”经费和机关运行经费预算表';

/** The 三公 sentence and the one-row 三公 table of a Shanghai disclosure (万里街道 2025). */
const threePublicFacts: Fact[] = [
  fact({ id: 'p1', origin: 'prose', label: '三公经费预算数', text: '37.91', unit: '万元', period: 2025 }),
  fact({ id: 'p2', origin: 'prose', label: '公务用车购置及运行费', text: '36.56', unit: '万元' }),
  fact({ id: 'p3', origin: 'prose', label: '公务用车购置费', text: '15', unit: '万元' }),
  fact({ id: 'p4', origin: 'prose', label: '公务用车运行费', text: '21.56', unit: '万元' }),
  fact({ id: 'p5', origin: 'prose', label: '参公事业单位财政拨款的机关运行经费预算', text: '464.64', unit: '万元', period: 2025 }),
  ...[
    ['t1', '合计', '“三公”经费预算数 > 合计', '37.91'],
    ['t2', '小计', '“三公”经费预算数 > 公务用车购置及运行费 > 小计', '36.56'],
    ['t3', '购置费', '“三公”经费预算数 > 公务用车购置及运行费 > 购置费', '15'],
    ['t4', '运行费', '“三公”经费预算数 > 公务用车购置及运行费 > 运行费', '21.56'],
    ['t5', '机关运行经费预算数', '机关运行经费预算数', '464.64'],
  ].map(([id, label, column, text]) =>
    fact({
      id,
      origin: 'table',
      label,
      text,
      unit: '万元',
      tableTitle: threePublicTitle,
      source: { blockId: 'b9', row: 0, column, quote: text },
    }),
  ),
];

describe('linkFacts', () => {
  it('links each 三公 sentence figure to its cell, sub-columns named through their coordinated parent', () => {
    const linked = linkFacts(threePublicFacts, { documentYear: 2025 });
    const links = Object.fromEntries(linked.map((item) => [item.id, item.sameAs ?? []]));
    expect(links).toEqual({ p1: ['t1'], p2: ['t2'], p3: ['t3'], p4: ['t4'], p5: ['t5'], t1: ['p1'], t2: ['p2'], t3: ['p3'], t4: ['p4'], t5: ['p5'] });
    expect(linked.every((item) => item.conflictsWith === undefined)).toBe(true);
  });

  it('converts 元 to 万元 exactly and accepts the rounding of the less precise figure', () => {
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '财政拨款收入', text: '18976.76', unit: '万元', period: 2025 }),
      fact({
        id: 't1',
        origin: 'table',
        label: '收入总计',
        text: '189767551',
        unit: '元',
        tableTitle: '2025年部门财政拨款收支预算总表',
        source: { blockId: 'b5', row: 9, column: '财政拨款收入 > 预算数', quote: '收入总计 | 189,767,551' },
      }),
      fact({ id: 't2', origin: 'table', label: '公务接待费', text: '13500', unit: '元', source: { blockId: 'b6', row: 23, column: '一般公共预算基本支出 > 合计', quote: '' } }),
      fact({ id: 'p2', origin: 'prose', label: '公务接待费', text: '1.35', unit: '万元' }),
    ];
    const linked = linkFacts(facts, { documentYear: 2025 });
    expect(linked.map((item) => [item.id, item.sameAs])).toEqual([
      ['p1', ['t1']],
      ['t1', ['p1']],
      ['t2', ['p2']],
      ['p2', ['t2']],
    ]);
  });

  it('marks a conflict with every whole-amount cell when they agree with one another and not with the sentence', () => {
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '公务接待费', text: '9.99', unit: '万元' }),
      fact({ id: 't1', origin: 'table', label: '公务接待费', text: '1.35', unit: '万元', source: { blockId: 'b9', row: 0, column: '“三公”经费预算数 > 公务接待费', quote: '' } }),
      fact({ id: 't2', origin: 'table', label: '公务接待费', text: '13500', unit: '元', source: { blockId: 'b6', row: 2, column: '合计', quote: '' } }),
      fact({ id: 't3', origin: 'table', label: '公务接待费', text: '0', unit: '元', tableTitle: '一般公共预算基本支出经济分类预算表', source: { blockId: 'b7', row: 2, column: '合计', quote: '' } }),
    ];
    expect(linkFacts(facts, { documentYear: 2025 }).map((item) => [item.id, item.conflictsWith])).toEqual([
      ['p1', ['t1', 't2']],
      ['t1', ['p1']],
      ['t2', ['p1']],
      ['t3', undefined],
    ]);
  });

  it('marks a conflict when one whole-amount cell names the same measure with another figure', () => {
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '“三公”经费预算数', text: '47.91', unit: '万元' }),
      fact({ id: 't1', origin: 'table', label: '合计', text: '37.91', unit: '万元', source: { blockId: 'b9', row: 0, column: '“三公”经费预算数 > 合计', quote: '' } }),
    ];
    const linked = linkFacts(facts, { documentYear: 2025 });
    expect(linked.map((item) => [item.id, item.sameAs, item.conflictsWith])).toEqual([
      ['p1', undefined, ['t1']],
      ['t1', undefined, ['p1']],
    ]);
  });

  it('links a 功能分类 item only to the row under the same 款, in a whole-amount column', () => {
    const row = (id: string, label: string, context: string[], column: string, text: string) =>
      fact({ id, origin: 'table', label, text, unit: '元', context, source: { blockId: 'b3', row: 0, column, quote: '' } });
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）科目', text: '42.29', unit: '万元' }),
      fact({ id: 'p2', origin: 'prose', label: '卫生健康支出-行政事业单位医疗-行政单位医疗', text: '78.29', unit: '万元' }),
      row('t1', '一般行政管理事务', ['20129 群众团体事务', '2012902 一般行政管理事务'], '支出预算 > 合计', '422900'),
      row('t2', '一般行政管理事务', ['20132 组织事务', '2013202 一般行政管理事务'], '支出预算 > 合计', '422900'),
      row('t3', '一般行政管理事务', ['20129 群众团体事务', '2012902 一般行政管理事务'], '支出预算 > 项目支出', '422900'),
      row('t4', '行政单位医疗', ['21011 行政事业单位医疗', '2101101 行政单位医疗'], '支出预算 > 合计', '782900'),
      fact({ id: 'p3', origin: 'prose', label: '公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）科目', text: '133.30', unit: '万元' }),
      row('t5', '其他公共安全支出', ['20499 其他公共安全支出', '2049999 其他公共安全支出'], '支出预算 > 合计', '1333000'),
      row('t6', '其他公共安全支出', ['204 公共安全支出', '20499 其他公共安全支出'], '支出预算 > 合计', '1333000'),
    ];
    const linked = linkFacts(facts, { documentYear: 2025 });
    expect(linked.find((item) => item.id === 'p1')?.sameAs).toEqual(['t1']);
    expect(linked.find((item) => item.id === 'p2')?.sameAs).toEqual(['t4']);
    expect(linked.find((item) => item.id === 't2')?.sameAs).toBeUndefined();
    // The 项 that shares its 款's name, not the 款 row with the same amount.
    expect(linked.find((item) => item.id === 'p3')?.sameAs).toEqual(['t5']);
  });

  it('leaves alone figures of other periods, other units, other measures and ambiguous conflicts', () => {
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '三公经费', text: '37.91', unit: '万元', period: 2024 }),
      fact({ id: 'p2', origin: 'prose', label: '车辆', text: '8', unit: '辆' }),
      fact({ id: 'p3', origin: 'prose', label: '公务接待费', text: '9.99', unit: '万元' }),
      fact({ id: 'p4', origin: 'prose', label: '三公经费', text: '10', unit: '万元', kind: 'change', direction: 'decrease' }),
      fact({ id: 't1', origin: 'table', label: '合计', text: '37.91', unit: '万元', source: { blockId: 'b9', row: 0, column: '“三公”经费预算数 > 合计', quote: '' } }),
      fact({ id: 't2', origin: 'table', label: '车辆', text: '8', unit: '万元', source: { blockId: 'b8', row: 0, column: '合计', quote: '' } }),
      fact({ id: 't3', origin: 'table', label: '公务接待费', text: '1.35', unit: '万元', source: { blockId: 'b9', row: 0, column: '“三公”经费预算数 > 公务接待费', quote: '' } }),
      fact({ id: 't4', origin: 'table', label: '公务接待费', text: '20000', unit: '元', source: { blockId: 'b6', row: 2, column: '合计', quote: '' } }),
      fact({ id: 't5', origin: 'table', label: '一般公共服务支出', text: '0', unit: '元', source: { blockId: 'b2', row: 2, column: '收入预算 > 事业收入', quote: '' } }),
      fact({ id: 'p5', origin: 'prose', label: '一般公共服务支出', text: '0.00', unit: '万元' }),
    ];
    const linked = linkFacts(facts, { documentYear: 2025 });
    expect(linked.filter((item) => item.sameAs || item.conflictsWith).map((item) => [item.id, item.sameAs, item.conflictsWith])).toEqual([]);
  });

  it('does not change the facts it is given', () => {
    const input = threePublicFacts.map((item) => ({ ...item }));
    linkFacts(input, { documentYear: 2025 });
    expect(input).toEqual(threePublicFacts);
  });

  it('infers the document year from the table periods when none is given', () => {
    const facts = [
      fact({ id: 'p1', origin: 'prose', label: '机关运行经费', text: '443.18', unit: '万元', period: 2024 }),
      fact({ id: 't1', origin: 'table', label: '2024年机关运行经费预算数', text: '443.18', unit: '万元', period: 2024, source: { blockId: 'b9', row: 0, column: '2024年机关运行经费预算数', quote: '' } }),
      fact({ id: 'p2', origin: 'prose', label: '公务接待费', text: '1.35', unit: '万元' }),
      fact({ id: 't2', origin: 'table', label: '公务接待费', text: '1.35', unit: '万元', source: { blockId: 'b9', row: 0, column: '“三公”经费预算数 > 公务接待费', quote: '' } }),
    ];
    expect(linkFacts(facts).map((item) => item.sameAs)).toEqual([['t1'], ['p1'], ['t2'], ['p2']]);
  });
});

describe('normaliseName', () => {
  it('drops quotes, numbering, years and trailing budget words', () => {
    expect(normaliseName('“三公”经费预算数')).toBe('三公经费');
    expect(normaliseName('一、财政拨款收入')).toBe('财政拨款收入');
    expect(normaliseName('2025年因公出国（境）费')).toBe('因公出国(境)费');
  });
});

describe('amountsEqual', () => {
  it('compares at the coarser precision, exactly', () => {
    const yuan = fact({ id: 'a', origin: 'table', label: 'x', text: '379100.00', unit: '元' });
    expect(amountsEqual(fact({ id: 'b', origin: 'prose', label: 'x', text: '37.91', unit: '万元' }), yuan)).toBe(true);
    expect(amountsEqual(fact({ id: 'c', origin: 'prose', label: 'x', text: '37.92', unit: '万元' }), yuan)).toBe(false);
    expect(amountsEqual(fact({ id: 'd', origin: 'prose', label: 'x', text: '0.003791', unit: '亿元' }), yuan)).toBe(true);
    expect(amountsEqual(fact({ id: 'e', origin: 'prose', label: 'x', text: 'n/a', unit: '元' }), yuan)).toBe(false);
  });
});
