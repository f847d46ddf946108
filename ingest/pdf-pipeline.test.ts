import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact, ParsedDocument, TableBlock } from './model.ts';
import { parseDocument } from './parse-document.ts';
import { pdfReader } from './readers/pdf-reader.ts';
import { standardTableKind, type StandardTableKind } from './testing/standard-table-kind.ts';
import { readCorpusFile } from './testing/read-corpus-file.ts';

/** The Shanghai PDFs of the shared corpus through the whole pipeline; every figure below was read off the PDFs. */

interface Expected {
  file: string;
  unit: string;
  year: number;
  titlePrefix: string;
  /** Body row count of each of the nine standard tables. */
  rowCounts: Record<StandardTableKind, number>;
  /** Last row of the expenditure summary (功能分类 合计 | 基本支出 | 项目支出). */
  expenditureTotal: string[];
  incomeTotal: string;
  /** The 三公 table's one row: 合计, 因公出国(境)费, 公务接待费, 公务用车 小计, 购置费, 运行费, 机关运行经费. */
  threePublicRow: string[];
  /** Prose figure of the 三公 total, in 万元. */
  threePublicProse: string;
}

const documents: Expected[] = [
  {
    file: 'putuo-wanli-street-2025-dept-budget.pdf',
    unit: '上海市普陀区人民政府万里街道办事处',
    year: 2025,
    titlePrefix: '2025年部门',
    rowCounts: { 'financial-summary': 10, 'income-summary': 67, 'expenditure-summary': 67, 'fiscal-appropriation-summary': 10, 'general-budget-by-function': 67, 'government-fund-by-function': 1, 'state-capital-by-function': 1, 'general-budget-basic-by-economic': 32, 'three-public-and-running-costs': 1 },
    expenditureTotal: ['', '', '', '合计', '189,767,551', '101,341,746', '88,425,805'],
    incomeTotal: '189,767,551',
    threePublicRow: ['37.91', '0', '1.35', '36.56', '15', '21.56', '464.64'],
    threePublicProse: '37.91',
  },
  {
    file: 'putuo-wanli-street-2024-dept-budget.pdf',
    unit: '上海市普陀区人民政府万里街道办事处',
    year: 2024,
    titlePrefix: '2024年部门',
    rowCounts: { 'financial-summary': 10, 'income-summary': 67, 'expenditure-summary': 67, 'fiscal-appropriation-summary': 10, 'general-budget-by-function': 67, 'government-fund-by-function': 1, 'state-capital-by-function': 1, 'general-budget-basic-by-economic': 32, 'three-public-and-running-costs': 1 },
    expenditureTotal: ['', '', '', '合计', '156,211,123', '99,706,020', '56,505,103'],
    incomeTotal: '156,211,123',
    threePublicRow: ['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18'],
    threePublicProse: '47.91',
  },
  {
    file: 'putuo-district-office-2025-dept-budget.pdf',
    unit: '上海市普陀区人民政府办公室',
    year: 2025,
    titlePrefix: '2025年部门',
    rowCounts: { 'financial-summary': 8, 'income-summary': 21, 'expenditure-summary': 21, 'fiscal-appropriation-summary': 5, 'general-budget-by-function': 21, 'government-fund-by-function': 1, 'state-capital-by-function': 1, 'general-budget-basic-by-economic': 30, 'three-public-and-running-costs': 1 },
    expenditureTotal: ['', '', '', '合计', '91,016,775.35', '24,606,775.35', '66,410,000.00'],
    incomeTotal: '91,016,775.35',
    threePublicRow: ['867.50', '839.00', '28.50', '', '', '', '213.28'],
    threePublicProse: '867.50',
  },
  {
    file: 'putuo-commerce-2025-unit-budget.pdf',
    unit: '上海市普陀区商务委员会',
    year: 2025,
    titlePrefix: '2025年预算单位',
    rowCounts: { 'financial-summary': 8, 'income-summary': 31, 'expenditure-summary': 31, 'fiscal-appropriation-summary': 8, 'general-budget-by-function': 31, 'government-fund-by-function': 1, 'state-capital-by-function': 1, 'general-budget-basic-by-economic': 31, 'three-public-and-running-costs': 1 },
    expenditureTotal: ['', '', '', '合计', '371,514,655.00', '19,830,655.00', '351,684,000.00'],
    incomeTotal: '371,514,655.00',
    threePublicRow: ['1.00', '', '1.00', '', '', '', '171.01'],
    threePublicProse: '1.00',
  },
];

const threePublicColumns = [
  '“三公”经费预算数 > 合计',
  '“三公”经费预算数 > 因公出国(境)费',
  '“三公”经费预算数 > 公务接待费',
  '“三公”经费预算数 > 公务用车购置及运行费 > 小计',
  '“三公”经费预算数 > 公务用车购置及运行费 > 购置费',
  '“三公”经费预算数 > 公务用车购置及运行费 > 运行费',
  '机关运行经费预算数',
];

function standardTables(document: ParsedDocument): Map<StandardTableKind, TableBlock> {
  const found = new Map<StandardTableKind, TableBlock>();
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    const kind = standardTableKind(block.table.title);
    if (kind && !found.has(kind)) found.set(kind, block);
  }
  return found;
}

const parsed = new Map<string, ParsedDocument>();
beforeAll(async () => {
  for (const { file } of documents) parsed.set(file, await parseDocument({ fileName: file, bytes: readCorpusFile(file) }, pdfReader));
});

describe.each(documents)('$file through parseDocument', (expected) => {
  const document = () => parsed.get(expected.file)!;
  const tables = () => standardTables(document());

  it('detects the unit, the year and the kind', () => {
    expect(document().meta).toMatchObject({ unit: expected.unit, year: expected.year, kind: '预算' });
  });

  it('finds the nine standard tables by their own titles, in 元 except the 三公 table in 万元', () => {
    const found = tables();
    expect([...found.keys()].sort()).toEqual(Object.keys(expected.rowCounts).sort());
    for (const [kind, block] of found) {
      expect(block.table.title.startsWith(expected.titlePrefix) || kind === 'three-public-and-running-costs').toBe(true);
      expect(block.table.title).not.toMatch(/编制|单位[:：]/);
      expect(block.table.unit).toBe(kind === 'three-public-and-running-costs' ? '万元' : '元');
      expect([kind, block.table.rows.length]).toEqual([kind, expected.rowCounts[kind]]);
      // A table stands under its own title, which the section path names.
      expect(block.path[block.path.length - 1]).toBe(block.table.title);
    }
  });

  it('keeps the income and expenditure totals and the 功能分类 columns', () => {
    const expenditure = tables().get('expenditure-summary')!.table;
    expect(expenditure.rows[expenditure.rows.length - 1]).toEqual(expected.expenditureTotal);
    expect(expenditure.columns.slice(3)).toEqual(['项目 > 功能分类科目名称', '支出预算 > 合计', '支出预算 > 基本支出', '支出预算 > 项目支出']);
    const income = tables().get('income-summary')!.table;
    expect(income.rows[income.rows.length - 1][4]).toBe(expected.incomeTotal);
    const economic = tables().get('general-budget-basic-by-economic')!.table;
    expect(economic.columns.slice(-3)).toEqual(['一般公共预算基本支出 > 合计', '一般公共预算基本支出 > 人员经费', '一般公共预算基本支出 > 公用经费']);
    expect(economic.rows[0][0]).toBe('301');
  });

  it('reads the 三公 table with 小计 under 公务用车购置及运行费', () => {
    const table = tables().get('three-public-and-running-costs')!.table;
    expect(table.columns.map((column) => column.replace(/^\d{4}年/, '').replace(/ > \d{4}年/, ' > '))).toEqual(threePublicColumns);
    expect(table.rows).toEqual([expected.threePublicRow]);
  });

  it('links the prose 三公 total to the table cell it repeats', () => {
    const facts = document().facts;
    const prose = facts.find((fact) => fact.origin === 'prose' && fact.label === '三公经费预算数' && fact.kind === 'value')!;
    expect([prose.text, prose.unit, prose.period]).toEqual([expected.threePublicProse, '万元', expected.year]);
    expect(prose.section).toEqual(['其他相关情况说明', `一、${expected.year}年“三公”经费预算情况说明`]);
    const linked = (prose.sameAs ?? []).map((id) => facts.find((fact) => fact.id === id)!);
    expect(linked.map((fact) => [fact.text, fact.source.column?.replace(/^\d{4}年/, '')])).toEqual([[expected.threePublicRow[0], threePublicColumns[0]]]);
    expect(linked[0].sameAs).toContain(prose.id);
    expect(facts.filter((fact) => fact.conflictsWith)).toEqual([]);
  });

  it('turns the unnumbered part titles into headings', () => {
    const headings = document().blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toEqual(expect.arrayContaining(['名词解释', '其他相关情况说明', `${expected.year}年${expected.titlePrefix.endsWith('预算单位') ? '单位' : '部门'}预算编制说明`]));
  });
});

describe('putuo-wanli-street-2025 in detail', () => {
  const document = () => parsed.get('putuo-wanli-street-2025-dept-budget.pdf')!;
  const fact = (predicate: (candidate: Fact) => boolean) => document().facts.filter(predicate);

  it('labels 功能分类 facts with the 科目名称 and keeps the code in context', () => {
    const [row] = fact((candidate) => candidate.tableTitle === '2025年部门支出预算总表' && candidate.label === '行政运行' && candidate.source.column === '支出预算 > 合计');
    expect(row).toMatchObject({ text: '17887739', unit: '元', origin: 'table' });
    expect(row.context).toContain('2120101 行政运行');
    expect(row.context).toContain('21201 城乡社区管理事务');
  });

  it('links every 三公 sentence figure to its cell and the 财政拨款收入 total to the 财政拨款收支预算总表', () => {
    const linkedColumns = (label: string) => {
      const [prose] = fact((candidate) => candidate.origin === 'prose' && candidate.label === label && candidate.kind === 'value');
      return (prose.sameAs ?? []).map((id) => document().facts.find((candidate) => candidate.id === id)!).map((table) => `${table.tableTitle} | ${table.source.column} | ${table.text}`);
    };
    expect(linkedColumns('公务用车购置及运行费')).toEqual(['2025年部门“三公”经费和机关运行经费预算表 | “三公”经费预算数 > 公务用车购置及运行费 > 小计 | 36.56']);
    expect(linkedColumns('公务用车购置费')).toEqual(['2025年部门“三公”经费和机关运行经费预算表 | “三公”经费预算数 > 公务用车购置及运行费 > 购置费 | 15']);
    expect(linkedColumns('公务用车运行费')).toEqual(['2025年部门“三公”经费和机关运行经费预算表 | “三公”经费预算数 > 公务用车购置及运行费 > 运行费 | 21.56']);
    expect(linkedColumns('财政拨款收入')).toEqual([
      '2025年部门财务收支预算总表 | 本年收入 > 预算数 | 189767551',
      '2025年部门财政拨款收支预算总表 | 财政拨款收入 > 预算数 | 189767551',
    ]);
  });

  it('names counted units by the noun after the number', () => {
    const counts = fact((candidate) => candidate.origin === 'prose' && candidate.unit === '家').map((candidate) => `${candidate.label} ${candidate.text}`);
    expect(counts.slice(0, 4)).toEqual(['预算单位 5', '行政单位 1', '参公单位 1', '事业单位 4']);
    expect(counts).toContain('机关 1');
  });

  it('states the prose totals in 万元 with the document year', () => {
    const [income] = fact((candidate) => candidate.origin === 'prose' && candidate.label === '收入预算');
    expect([income.text, income.unit, income.period]).toEqual(['18976.76', '万元', 2025]);
  });
});
