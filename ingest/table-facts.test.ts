import { describe, expect, it } from 'vitest';
import type { Fact, Table, TableBlock } from './model.ts';
import { extractTableFacts } from './table-facts.ts';

function tableBlock(table: Partial<Table> & Pick<Table, 'columns' | 'rows'>): TableBlock {
  return {
    id: 'b7',
    kind: 'table',
    path: ['七、国有资产信息'],
    place: { line: 10 },
    table: { title: '表', headerRows: [table.columns], notes: [], ...table },
  };
}

function extract(block: TableBlock): Fact[] {
  let counter = 0;
  return extractTableFacts(block, { docId: 'doc', createId: () => `doc:f${++counter}` });
}

const row = (fact: Fact) => [fact.label, fact.text, fact.unit, fact.comparator, fact.source.row, fact.partOf ?? null];

describe('extractTableFacts', () => {
  it('reads a PDF-style standard table: codes in context, 元 from the table, code-prefix parts', () => {
    const block = tableBlock({
      title: '一般公共预算支出功能分类预算表',
      unit: '元',
      columns: ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出'],
      rows: [
        ['', '合计', '96,282,213.44', '60,000,000.00', '36,282,213.44'],
        ['201', '一般公共服务支出', '3,296,600', '0', '3,296,600'],
        ['20103', '政府办公厅（室）及相关机构事务', '3,296,600', '0', '3,296,600'],
        ['2010301', '行政运行', '2,000,000', '0', '2,000,000'],
        ['2010350', '事业运行', '1,296,600', '——', '1,296,600'],
      ],
    });
    const facts = extract(block);
    expect(facts.filter((fact) => fact.source.column === '合计').map(row)).toEqual([
      ['合计', '96282213.44', '元', '=', 0, null],
      ['一般公共服务支出', '3296600', '元', '=', 1, 'doc:f1'],
      ['政府办公厅（室）及相关机构事务', '3296600', '元', '=', 2, 'doc:f4'],
      ['行政运行', '2000000', '元', '=', 3, 'doc:f7'],
      ['事业运行', '1296600', '元', '=', 4, 'doc:f7'],
    ]);
    const administration = facts.find((fact) => fact.label === '行政运行' && fact.source.column === '项目支出');
    expect(administration).toMatchObject({
      amount: 2000000,
      context: ['20103 政府办公厅（室）及相关机构事务', '2010301 行政运行', '项目支出', '一般公共预算支出功能分类预算表'],
      source: { blockId: 'b7', row: 3, column: '项目支出', quote: '2010301 | 行政运行 | 2,000,000 | 0 | 2,000,000' },
      origin: 'table',
      tableTitle: '一般公共预算支出功能分类预算表',
      section: ['七、国有资产信息'],
    });
    // `——` is not a number, and codes are never amounts.
    expect(facts.some((fact) => fact.text === '201' || fact.text === '2010301')).toBe(false);
    expect(facts.filter((fact) => fact.source.row === 4).map((fact) => fact.source.column)).toEqual(['合计', '项目支出']);
  });

  it('reads the asset table: label units for counts, header unit for values, 资产总额 as the whole', () => {
    const facts = extract(
      tableBlock({
        title: '固定资产占用情况表',
        unit: '万元',
        columns: ['项   目', '数量', '价值（金额单位：万元）'],
        rows: [
          ['资产总额', '——', '2840.29'],
          ['1、房屋（平方米）', '', ''],
          ['2、车辆（台、辆）', '5', '96.83'],
          ['4、其他固定资产', '3300', '2743.46'],
        ],
      }),
    );
    expect(facts.map(row)).toEqual([
      ['资产总额', '2840.29', '万元', '=', 0, null],
      ['车辆', '5', '辆', '=', 2, null],
      ['车辆', '96.83', '万元', '=', 2, 'doc:f1'],
      ['其他固定资产', '3300', '', '=', 3, null],
      ['其他固定资产', '2743.46', '万元', '=', 3, 'doc:f1'],
    ]);
    expect(facts[1].source.quote).toBe('2、车辆（台、辆） | 5 | 96.83');
  });

  it('reads an indicator table with 符号 | 值 | 单位 columns and merged category cells', () => {
    const facts = extract(
      tableBlock({
        title: '单位整体支出绩效指标',
        columns: ['', '', '', '符号', '值', '单位', ''],
        rows: [
          ['部门产出', '数量', '信访事项\n受理数量', '≥', '19000', '件', '历史数据'],
          ['', '', '聘请话务员数量', '=', '25', '人', '聘用合同'],
          ['', '成本', '值班人均成本', '≤', ' 550', '元/日', '年度计划'],
          ['', '', '有效保障社会稳定', '', '保障 ', '', '年度工作计划'],
        ],
      }),
    );
    expect(facts.map(row)).toEqual([
      ['信访事项受理数量', '19000', '件', '≥', 0, null],
      ['聘请话务员数量', '25', '人', '=', 1, null],
      ['值班人均成本', '550', '元/日', '≤', 2, null],
    ]);
    expect(facts[2].context).toEqual(['部门产出', '成本', '值', '单位整体支出绩效指标']);
  });

  it('reads a performance target table: 三级指标 label, 一级/二级 context, units and comparators in the cell', () => {
    const facts = extract(
      tableBlock({
        title: '3.办公用房租赁经费绩效目标表',
        columns: ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
        rows: [
          ['产出指标', '数量指标', '租赁面积', '总建筑面积', '13016.84平方米', '租赁合同'],
          ['产出指标', '数量指标', '帮扶对象', '帮扶至少5个困难对象', '≥5个', '细则'],
          ['产出指标', '成本指标', '单位面积成本', '考察成本控制情况', '≤0.79元/平米/天', '租赁合同'],
          ['效益指标', '社会效益指标', '有效保障工作开展', '有效保障工作开展', '有效保障', '工作计划'],
        ],
      }),
    );
    expect(facts.map(row)).toEqual([
      ['租赁面积', '13016.84', '平方米', '=', 0, null],
      ['帮扶困难对象', '5', '个', '≥', 1, null],
      ['帮扶对象', '5', '个', '≥', 1, null],
      ['单位面积成本', '0.79', '元/平米/天', '≤', 2, null],
    ]);
    expect(facts[3].context).toEqual(['产出指标', '成本指标', '指标值', '3.办公用房租赁经费绩效目标表']);
    expect(facts[1]).toMatchObject({
      origin: 'table',
      source: { row: 1, column: '绩效指标描述', quote: '帮扶至少5个困难对象' },
    });
  });

  it('links items to the 小计 and the 小计 to the 合计 of a procurement table', () => {
    const facts = extract(
      tableBlock({
        title: '部门政府采购预算',
        unit: '万元',
        columns: ['项目名称', '采购物品名称', '政府采购目录序号', '计量单位', '数量', '金额 > 合计'],
        rows: [
          ['合  计', '', '', '', '', '789.83'],
          ['本级小计', '', '', '', '', '789.83'],
          ['办公用房租赁经费', '其他服务', 'C99', '', '1', '375.00'],
          ['呼叫中心运行维护经费', '呼叫中心服务', 'C0209', '套', '1', '414.83'],
        ],
      }),
    );
    expect(facts.map(row)).toEqual([
      ['合计', '789.83', '万元', '=', 0, null],
      ['本级小计', '789.83', '万元', '=', 1, 'doc:f1'],
      ['办公用房租赁经费', '1', '', '=', 2, null],
      ['办公用房租赁经费', '375.00', '万元', '=', 2, 'doc:f2'],
      ['呼叫中心运行维护经费', '1', '套', '=', 3, null],
      ['呼叫中心运行维护经费', '414.83', '万元', '=', 3, 'doc:f2'],
    ]);
    expect(facts[3].context).toEqual(['本级小计', '金额 > 合计', '其他服务', '部门政府采购预算']);
  });

  it('links rows to a total at their foot only where the column adds up', () => {
    const facts = extract(
      tableBlock({
        title: '收入预算总表',
        unit: '元',
        columns: ['项目', '预算数', '上年预算数'],
        rows: [
          ['财政拨款收入', '1,000', '900'],
          ['事业收入', '500', '100'],
          ['本年收入合计', '1,500', '1,100'],
        ],
      }),
    );
    expect(facts.map((fact) => [fact.label, fact.text, fact.source.column, fact.period ?? null, fact.partOf ?? null])).toEqual([
      ['财政拨款收入', '1000', '预算数', null, 'doc:f5'],
      ['财政拨款收入', '900', '上年预算数', '上年', null],
      ['事业收入', '500', '预算数', null, 'doc:f5'],
      ['事业收入', '100', '上年预算数', '上年', null],
      ['本年收入合计', '1500', '预算数', null, null],
      ['本年收入合计', '1100', '上年预算数', '上年', null],
    ]);
  });

  it('labels each half of a side-by-side summary table by its own label column', () => {
    const facts = extract(
      tableBlock({
        title: '财务收支预算总表',
        unit: '元',
        columns: ['收入 > 项目', '收入 > 预算数', '支出 > 项目', '支出 > 预算数'],
        rows: [
          ['一、财政拨款收入', '189,767,551', '一、一般公共服务支出', '3,296,600'],
          ['', '', '二、公共安全支出', '2,878,025'],
        ],
      }),
    );
    expect(facts.map((fact) => [fact.label, fact.text, fact.source.column, fact.source.quote])).toEqual([
      ['财政拨款收入', '189767551', '收入 > 预算数', '一、财政拨款收入 | 189,767,551'],
      ['一般公共服务支出', '3296600', '支出 > 预算数', '一、一般公共服务支出 | 3,296,600'],
      ['公共安全支出', '2878025', '支出 > 预算数', '二、公共安全支出 | 2,878,025'],
    ]);
  });

  it('gives no facts for a table without numbers or without rows', () => {
    expect(
      extract(tableBlock({ columns: ['单位名称', '经费保障形式'], rows: [['廊坊市信访局', '财政拨款（行政）']] })),
    ).toEqual([]);
    expect(extract(tableBlock({ columns: ['项目', '金额'], rows: [] }))).toEqual([]);
    expect(extract(tableBlock({ columns: ['项目', '金额'], rows: [['合计', '——'], ['其他', '-']] }))).toEqual([]);
  });
});
