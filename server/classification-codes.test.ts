import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../ingest/model.ts';
import { classNamedByItems, codedLineNames, codesIn, codeNames, otherLineNamed, rowsNamedByCode, withCodesNamed } from './classification-codes.ts';

const table = (rows: string[][]) => ({ id: 't', kind: 'table', path: ['支出总表'], place: {}, table: { title: '支出总表', columns: [], rows, notes: [] } });
/** A document of one table with these rows. */
const documentOfRows = (rows: string[][]) => ({ blocks: [table(rows)] }) as unknown as ParsedDocument;
const document = {
  blocks: [
    table([
      ['212', '', '', '城乡社区支出', '100'],
      ['212', '01', '04', '城管执法', '6,522,681'],
      ['302', '01', '办公费', '259,400.00'],
    ]),
  ],
} as unknown as ParsedDocument;

describe('withCodesNamed', () => {
  it('reads a seven-digit function code and a five-digit economic code as the line its row names', () => {
    expect(withCodesNamed('2120104这一行合计是多少元？', document)).toBe('城管执法 这一行合计是多少元？');
    expect(withCodesNamed('30201是多少？', document)).toBe('办公费 是多少？');
  });
  it('drops a code written beside the name it stands for, so the line is named once', () => {
    expect(withCodesNamed('经济分类表中30201办公费那一行', document)).toBe('经济分类表中办公费那一行');
    expect(withCodesNamed('城管执法（2120104）这一项', document)).toBe('城管执法（）这一项');
  });
  it('leaves years, amounts and codes no row carries as they are', () => {
    expect(withCodesNamed('2025年20000元，2129999呢？', document)).toBe('2025年20000元，2129999呢？');
  });
});

describe('codedLineNames', () => {
  const shared = documentOfRows([
    ['201', '32', '', '组织事务', '1,075,000'],
    ['201', '32', '02', '一般行政管理事务', '1,075,000'],
    ['201', '33', '', '宣传事务', '1,106,000'],
    ['201', '33', '02', '一般行政管理事务', '1,106,000'],
    ['212', '01', '04', '城管执法', '6,522,681'],
  ]);
  it('reads a name other codes share with its parent’s name before it, and a distinct name alone', () => {
    expect(codedLineNames('2013202, 2013302 and 2120104', shared)).toEqual(['组织事务一般行政管理事务', '宣传事务一般行政管理事务', '城管执法']);
    expect(withCodesNamed('2013302是多少', shared)).toBe('宣传事务一般行政管理事务 是多少');
  });
  it('names nothing when one code holds another, and leaves out codes no row carries', () => {
    expect(codedLineNames('20132 and 2013202', shared)).toEqual([]);
    expect(codedLineNames('2013202 and 2019999', shared)).toEqual(['组织事务一般行政管理事务']);
  });
});

describe('classNamedByItems', () => {
  const codes = new Map([
    ['212', '城乡社区支出'],
    ['21201', '城乡社区管理事务'],
    ['2120101', '行政运行'],
    ['2120104', '城管执法'],
    ['21203', '城乡社区公共设施'],
    ['21205', '城乡社区环境卫生'],
    ['21299', '其他城乡社区支出'],
    ['201', '一般公共服务支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['2010301', '行政运行'],
    ['2010302', '一般行政管理事务'],
  ]);
  it('names the class whose parts the examples name by words no other part holds', () => {
    expect(classNamedByItems(['社区管理', '环境卫生', '公共设施'], [codes])).toBe('城乡社区支出');
    // A line under a part names that part: 城管执法 is under 城乡社区管理事务.
    expect(classNamedByItems(['城管执法', '环境卫生'], [codes])).toBe('城乡社区支出');
  });
  it('takes the deepest class when the examples are lines of one part', () => {
    expect(classNamedByItems(['行政运行', '城管执法'], [codes])).toBe('城乡社区管理事务');
  });
  it('names nothing when an item names no part, when words are shared by every part, or when only one part is named', () => {
    expect(classNamedByItems(['社区管理', '广告'], [codes])).toBeUndefined();
    expect(classNamedByItems(['城乡社区', '环境卫生'], [codes])).toBeUndefined();
    expect(classNamedByItems(['城管执法', '行政运行'], [new Map([...codes].filter(([code]) => code.startsWith('212')))])).toBe('城乡社区管理事务');
    expect(classNamedByItems(['环境卫生'], [codes])).toBeUndefined();
    expect(classNamedByItems(['环境卫生', 'x'], [codes])).toBeUndefined();
  });
  it('reads the codes of a table, three-digit classes included', () => {
    expect(codeNames(document).get('212')).toBe('城乡社区支出');
    expect(codeNames(document).get('2120104')).toBe('城管执法');
  });
});

describe('rowsNamedByCode', () => {
  it('finds the rows whose code cells make the code a question writes', () => {
    expect([...rowsNamedByCode('城管执法（2120104）这一项是多少', document)]).toEqual(['t:1']);
    expect([...rowsNamedByCode('30201办公费', document)]).toEqual(['t:2']);
    expect(rowsNamedByCode('2025年办公费', document).size).toBe(0);
    // A catalogue code (a capital letter and digits) names the row holding it in a cell.
    const procurement = documentOfRows([['信访呼叫中心服务平台运行维护经费', '129.00', '呼叫中心服务', 'C0209']]);
    expect([...rowsNamedByCode('采购目录序号为C0209的那一项', procurement)]).toEqual(['t:0']);
    expect(rowsNamedByCode('采购目录序号为C0210的那一项', procurement).size).toBe(0);
  });
});

describe('rowsNamedByCode, income and spending tables', () => {
  it('reads a code in the spending table where an income table lists the same class', () => {
    const incomeTable = { id: 'in', kind: 'table', path: ['收入预算总表'], place: {}, table: { title: '2025年部门收入预算总表', columns: [], rows: [['208', '05', '05', '机关事业单位基本养老保险缴费支出', '4,827,156']], notes: [] } };
    const spendingTable = { id: 'out', kind: 'table', path: ['支出预算总表'], place: {}, table: { title: '2025年部门支出预算总表', columns: [], rows: [['208', '05', '05', '机关事业单位基本养老保险缴费支出', '4,827,156']], notes: [] } };
    expect([...rowsNamedByCode('2080505是多少', { blocks: [incomeTable, spendingTable] } as unknown as ParsedDocument)]).toEqual(['out:0']);
    // With no spending table carrying the code, the income table's row is still the code's.
    expect([...rowsNamedByCode('2080505是多少', { blocks: [incomeTable] } as unknown as ParsedDocument)]).toEqual(['in:0']);
  });
});

describe('otherLineNamed', () => {
  const coded = documentOfRows([
    ['208', '', '', '社会保障和就业支出', '100'],
    ['208', '05', '', '行政事业单位养老支出', '50'],
    ['208', '99', '', '其他社会保障和就业支出', '50'],
    ['212', '', '', '城乡社区支出', '100'],
    ['212', '99', '', '其他城乡社区支出', '10'],
  ]);
  it('names the 99 line of the class written before a quoted 其他', () => {
    expect(otherLineNamed('社保就业类下面那笔归在“其他”里的兜底支出是多少？', coded)).toBe('社保就业类下面那笔归在“其他”里的兜底支出是多少？ 其他社会保障和就业支出');
  });
  it('leaves a question without a quoted 其他, or naming no class, as it is', () => {
    expect(otherLineNamed('社保就业类下面一共多少？', coded)).toBe('社保就业类下面一共多少？');
    expect(otherLineNamed('预算里“其他”是多少？', coded)).toBe('预算里“其他”是多少？');
  });
});

describe('codesIn', () => {
  it('finds the codes a question writes, not the digits of an amount', () => {
    expect(codesIn('how much is budgeted under code 2150899, and under 30201?')).toEqual(['2150899', '30201']);
    // A class's three digits listed after 科目 or "classes" are codes; an amount is not.
    expect(codesIn('功能分类表里，类级科目215和216加起来一共是多少？')).toEqual(['215', '216']);
    expect(codesIn('classes 212, 215 and 216 together')).toEqual(['212', '215', '216']);
    // Levels named: 302款27项 is 30227, 212类01款01项 is 2120101.
    expect(codesIn('委托业务费（经济分类302款27项）')).toEqual(['30227']);
    expect(codesIn('212类01款01项的行政运行')).toEqual(['2120101']);
    expect(codesIn('2025年预算215万元')).toEqual([]);
    expect(codesIn('工资福利支出21170337.81元，房租3,296,600元')).toEqual([]);
  });
});

describe('codesIn, a code written as its table cells', () => {
  it('joins 215 08 99 and 212-99-99 into one code', () => {
    expect(codesIn('功能分类科目215 08 99那一行')).toEqual(['2150899']);
    expect(codesIn('科目代码212-99-99这一项，和302 01')).toEqual(['2129999', '30201']);
  });
});

describe('codesIn, three-digit classes', () => {
  it('reads a class of three digits only where it closes a bracket or stands before 类', () => {
    expect(codesIn('personnel emoluments (wages and benefits, 301) plus goods and services (302)')).toEqual(['301', '302']);
    expect(codesIn('福利费占商品和服务支出（302类）合计')).toEqual(['302']);
    expect(codesIn('302类“商品和服务支出”合计')).toEqual(['302']);
    // A count of three digits is no class.
    expect(codesIn('一共有301个项目')).toEqual([]);
  });
});
