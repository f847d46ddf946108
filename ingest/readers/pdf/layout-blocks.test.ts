import { describe, expect, it } from 'vitest';
import { layoutBlocks } from './layout-blocks.ts';
import type { PdfPage, PositionedRun } from './pdf-page.ts';

/** A run whose width follows the genre's fonts: ideographs one em, everything else half. */
const run = (text: string, x: number, y: number, fontSize = 12): PositionedRun => ({
  text, x, y, fontSize, width: [...text].reduce((sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef“”…]/.test(character) ? 1 : 0.5), 0) * fontSize,
});
const page = (pageNumber: number, runs: PositionedRun[]): PdfPage => ({ pageNumber, width: 842, height: 595, runs });

const tableHeader = (top: number) => [
  run('项目', 100, top), run('预算数', 400, top),
  run('科目名称', 60, top - 24), run('合计', 300, top - 24), run('基本支出', 400, top - 24), run('项目支出', 500, top - 24),
];

describe('layoutBlocks', () => {
  it('joins wrapped prose lines into paragraphs and starts a new one at numbering, indents and sentence ends', () => {
    const blocks = layoutBlocks([page(1, [
      run('2026年部门预算编制说明', 300, 540, 18),
      run('2026年，某某区文化馆收入预算1,234.56万元，其中：财政拨款收入1,234.56万元，比2025年预算增加', 80, 500),
      run('12.30万元；事业收入0万元。', 56, 485),
      run('一、部门主要职能', 56, 460),
      run('主要职能包括宣传、组织和服务群众文化活动，承办区委区政府交办的其他事项，并负责本馆的日常运', 80, 445),
      run('行管理工作。', 56, 430),
    ])]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '2026年部门预算编制说明', place: { page: 1 } },
      { kind: 'paragraph', text: '2026年，某某区文化馆收入预算1,234.56万元，其中：财政拨款收入1,234.56万元，比2025年预算增加12.30万元；事业收入0万元。', place: { page: 1 } },
      { kind: 'paragraph', text: '一、部门主要职能', place: { page: 1 } },
      { kind: 'paragraph', text: '主要职能包括宣传、组织和服务群众文化活动，承办区委区政府交办的其他事项，并负责本馆的日常运行管理工作。', place: { page: 1 } },
    ]);
  });

  it('continues an indented paragraph whose full first line ends a sentence on the next line at the text column', () => {
    const full = '26. “城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”604.34万元，主要用于一般行政管理事务。';
    const blocks = layoutBlocks([page(1, [
      run(full, 80, 500),
      run('2023年当年预算执行数为676.66万元，2024年预算安排604.34万元。', 56, 485),
      run('27. “城乡社区支出（类）城乡社区环境卫生（项）”599.33万元。', 80, 470),
    ])]);
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      `${full}2023年当年预算执行数为676.66万元，2024年预算安排604.34万元。`,
      '27. “城乡社区支出（类）城乡社区环境卫生（项）”599.33万元。',
    ]);
  });

  it('keeps a sentence end as a paragraph end where paragraphs open at the text column (no indent to read)', () => {
    const full = '本单位2026年收入预算1,234.56万元，其中：财政拨款收入1,234.56万元，比上年增加12.30万元。';
    const blocks = layoutBlocks([page(1, [run(full, 56, 500), run('支出预算1,234.56万元。', 56, 485)])]);
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([full, '支出预算1,234.56万元。']);
  });

  it('emits the title and unit line as paragraphs, then the table, and joins its continuation page without the repeated header', () => {
    const blocks = layoutBlocks([
      page(1, [
        run('2026年部门支出预算总表', 300, 540, 18),
        run('编制部门：某某区文化馆', 60, 510), run('单位：元', 740, 510),
        ...tableHeader(480),
        run('文化旅游体育与传媒支出', 60, 420), run('96,282,213.44', 290, 420), run('90,000,000.00', 390, 420), run('6,282,213.44', 496, 420),
        run('文化和旅游', 60, 396), run('1,000.00', 314, 396), run('1,000.00', 514, 396),
      ]),
      page(2, [
        ...tableHeader(540),
        run('群众文化', 60, 480), run('500.00', 320, 480), run('500.00', 420, 480),
        run('合计', 100, 456), run('96,283,713.44', 290, 456), run('90,000,500.00', 390, 456), run('6,283,213.44', 496, 456),
        run('注：本表金额保留两位小数，与说明部分的万元数据因四舍五入可能存在尾差。', 60, 420),
      ]),
    ]);
    expect(blocks.map((block) => block.kind === 'paragraph' ? block.text : block.kind)).toEqual([
      '2026年部门支出预算总表', '编制部门：某某区文化馆', '单位：元', 'table', '注：本表金额保留两位小数，与说明部分的万元数据因四舍五入可能存在尾差。',
    ]);
    const table = blocks[3];
    expect(table.kind === 'table' && table.place).toEqual({ page: 1 });
    expect(table.kind === 'table' && table.rows).toEqual([
      [{ text: '项目' }, { text: '预算数', colSpan: 3 }],
      [{ text: '科目名称' }, { text: '合计' }, { text: '基本支出' }, { text: '项目支出' }],
      [{ text: '文化旅游体育与传媒支出' }, { text: '96,282,213.44' }, { text: '90,000,000.00' }, { text: '6,282,213.44' }],
      [{ text: '文化和旅游' }, { text: '1,000.00' }, { text: '' }, { text: '1,000.00' }],
      [{ text: '群众文化' }, { text: '500.00' }, { text: '500.00' }, { text: '' }],
      [{ text: '合计' }, { text: '96,283,713.44' }, { text: '90,000,500.00' }, { text: '6,283,213.44' }],
    ]);
  });

  it('keeps an empty table: title, header, totals row, and the 本表为空表 sentence', () => {
    const blocks = layoutBlocks([page(1, [
      run('2026年部门政府性基金预算支出功能分类预算表', 240, 540, 18),
      run('单位：元', 740, 510),
      ...tableHeader(480),
      run('合计', 100, 200),
      run('注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。', 60, 170),
    ])]);
    expect(blocks.map((block) => block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.map((cell) => cell.text).join('|')))).toEqual([
      '2026年部门政府性基金预算支出功能分类预算表',
      '单位：元',
      ['项目|预算数', '科目名称|合计|基本支出|项目支出', '合计|||'],
      '注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    ]);
  });

  it('drops page numbers and contents pages', () => {
    const blocks = layoutBlocks([
      page(1, [run('目 录', 380, 520, 19), run('一、部门主要职能……………………3', 60, 480)]),
      page(2, [run('一、部门主要职能', 60, 520), run('- 2 -', 410, 30)]),
      page(3, [run('二、部门机构设置', 60, 520), run('第3页', 410, 30)]),
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、部门主要职能', place: { page: 2 } },
      { kind: 'paragraph', text: '二、部门机构设置', place: { page: 3 } },
    ]);
  });

  it('returns nothing for pages without text', () => {
    expect(layoutBlocks([page(1, [])])).toEqual([]);
  });
});
