import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from './build-blocks.ts';
import type { Block, RawBlock, TableBlock } from './model.ts';
import { readDocxText } from './readers/docx-text-reader.ts';

const paragraphs = (...texts: string[]): RawBlock[] =>
  texts.map((text, index) => ({ kind: 'paragraph', text, place: { line: index + 1 } }));

const outline = (blocks: Block[]) =>
  blocks.map((block) => [block.kind === 'table' ? `table:${block.table.title}` : block.text, block.path]);

describe('buildBlocks', () => {
  it('nests numbering styles in the order they appear and numbers blocks b1, b2, …', () => {
    const blocks = buildBlocks(
      paragraphs('某区档案馆2023年部门预算公开', '一、部门概况', '（一）主要职能', '1.档案收集', '负责档案收集工作。', '2.档案利用', '（二）机构设置', '二、收支情况', '1、收入'),
      { docId: 'doc' },
    );
    expect(blocks.map((block) => block.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']);
    expect(blocks.map((block) => (block.kind === 'heading' ? block.level : null))).toEqual([null, 1, 2, 3, null, 3, 2, 1, 2]);
    expect(outline(blocks)).toEqual([
      ['某区档案馆2023年部门预算公开', []],
      ['一、部门概况', ['一、部门概况']],
      ['（一）主要职能', ['一、部门概况', '（一）主要职能']],
      ['1.档案收集', ['一、部门概况', '（一）主要职能', '1.档案收集']],
      ['负责档案收集工作。', ['一、部门概况', '（一）主要职能', '1.档案收集']],
      ['2.档案利用', ['一、部门概况', '（一）主要职能', '2.档案利用']],
      ['（二）机构设置', ['一、部门概况', '（二）机构设置']],
      ['二、收支情况', ['二、收支情况']],
      ['1、收入', ['二、收支情况', '1、收入']],
    ]);
  });

  it('reads long or sentence-like numbered lines as paragraphs', () => {
    const blocks = buildBlocks(
      paragraphs(
        '一、部门职责',
        '（一）研究提出全市档案工作思路，拟定档案工作有关政策。',
        '（二）完善制度建设。建立健全预算资金管理办法',
        '1、基本支出：指为保障机构正常运转而发生的支出',
        '（三）负责全市范围内各类档案的接收征集整理保管鉴定统计利用和编研开发等工作的监督指导与检查',
      ),
      { docId: 'doc' },
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  // When both lists expect the same next number the inner list wins; here the inner list has moved past it.
  it('treats a restart at （一） right under a heading of the same style as a nested list, and returns to the outer list', () => {
    const blocks = buildBlocks(
      paragraphs('一、绩效信息', '第一部分 整体绩效', '（一）总体目标', '（二）分项目标', '（一）甲项', '（二）乙项', '（三）丙项', '（三）保障措施', '第二部分 项目绩效', '1.甲项目绩效目标表'),
      { docId: 'doc' },
    );
    expect(outline(blocks).slice(4)).toEqual([
      ['（一）甲项', ['一、绩效信息', '第一部分 整体绩效', '（二）分项目标', '（一）甲项']],
      ['（二）乙项', ['一、绩效信息', '第一部分 整体绩效', '（二）分项目标', '（二）乙项']],
      ['（三）丙项', ['一、绩效信息', '第一部分 整体绩效', '（二）分项目标', '（三）丙项']],
      ['（三）保障措施', ['一、绩效信息', '第一部分 整体绩效', '（三）保障措施']],
      ['第二部分 项目绩效', ['一、绩效信息', '第二部分 项目绩效']],
      ['1.甲项目绩效目标表', ['一、绩效信息', '第二部分 项目绩效', '1.甲项目绩效目标表']],
    ]);
  });

  it('keeps a restarted top-level 一、 list at the top, and nests a restart only directly after its parent', () => {
    const blocks = buildBlocks(
      paragraphs('一、概况', '二、国有资产', '项目经费情况说明', '一、项目概况', '（一）背景', '说明文字。', '（一）重复编号'),
      { docId: 'doc' },
    );
    expect(blocks.map((block) => block.path)).toEqual([
      ['一、概况'],
      ['二、国有资产'],
      ['二、国有资产'],
      ['一、项目概况'],
      ['一、项目概况', '（一）背景'],
      ['一、项目概况', '（一）背景'],
      ['一、项目概况', '（一）重复编号'],
    ]);
  });

  it('puts 一、 at the top even after deeper styles, and under 第…部分 when parts come first', () => {
    const partsFirst = buildBlocks(paragraphs('第一部分 部门概况', '一、部门职责', '（一）职能', '第二部分 预算表', '一、收支总表'), { docId: 'doc' });
    expect(partsFirst.map((block) => block.path)).toEqual([
      ['第一部分 部门概况'],
      ['第一部分 部门概况', '一、部门职责'],
      ['第一部分 部门概况', '一、部门职责', '（一）职能'],
      ['第二部分 预算表'],
      ['第二部分 预算表', '一、收支总表'],
    ]);
    const preamble = buildBlocks(paragraphs('（一）编制说明', '一、部门职责'), { docId: 'doc' });
    expect(preamble.map((block) => block.path)).toEqual([['（一）编制说明'], ['一、部门职责']]);
  });

  it('uses a reader-supplied heading level and rebuilds tables with the paragraphs above them', () => {
    const raw: RawBlock[] = [
      { kind: 'paragraph', text: '部门概况', headingLevel: 1, place: { line: 1 } },
      { kind: 'paragraph', text: '1.项目支出绩效目标表（名称较长的专项资金，含文号冀财〔2023〕12号）', place: { line: 2 } },
      {
        kind: 'table',
        rows: [[{ text: '指标' }, { text: '指标值' }], [{ text: '数量' }, { text: '5个' }]],
        place: { line: 3 },
      },
      { kind: 'paragraph', text: '机构设置', headingLevel: 2, place: { line: 5 } },
    ];
    const blocks = buildBlocks(raw, { docId: 'doc' });
    const table = blocks[2] as TableBlock;
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(table.table.title).toBe('1.项目支出绩效目标表（名称较长的专项资金，含文号冀财〔2023〕12号）');
    expect(table.path).toEqual(['部门概况', '1.项目支出绩效目标表（名称较长的专项资金，含文号冀财〔2023〕12号）']);
    expect(table.place).toEqual({ line: 3 });
    expect(blocks[3]).toMatchObject({ kind: 'heading', level: 2, path: ['部门概况', '机构设置'] });
  });

  it('builds the tree of a whole document of another unit from its text export', () => {
    const text = [
      '某县审计局2024年部门预算信息公开',
      '一、部门主要职责',
      '（一）主要职能',
      '负责全县审计监督工作。',
      '（二）机构设置',
      '1.内设机构',
      '本局内设办公室、审计一股。',
      '2.人员情况',
      '二、部门预算情况说明',
      '（一）收入预算',
      '2024年收入预算356.20万元。',
      '（二）“三公”经费',
      '“三公”经费预算表',
      '\t项目',
      '\t预算数',
      '',
      '\t公务接待费',
      '\t1.50',
      '',
      '三、其他说明',
      '无。',
    ].join('\n');
    const blocks = buildBlocks(readDocxText(text), { docId: 'audit' });
    expect(outline(blocks)).toEqual([
      ['某县审计局2024年部门预算信息公开', []],
      ['一、部门主要职责', ['一、部门主要职责']],
      ['（一）主要职能', ['一、部门主要职责', '（一）主要职能']],
      ['负责全县审计监督工作。', ['一、部门主要职责', '（一）主要职能']],
      ['（二）机构设置', ['一、部门主要职责', '（二）机构设置']],
      ['1.内设机构', ['一、部门主要职责', '（二）机构设置', '1.内设机构']],
      ['本局内设办公室、审计一股。', ['一、部门主要职责', '（二）机构设置', '1.内设机构']],
      ['2.人员情况', ['一、部门主要职责', '（二）机构设置', '2.人员情况']],
      ['二、部门预算情况说明', ['二、部门预算情况说明']],
      ['（一）收入预算', ['二、部门预算情况说明', '（一）收入预算']],
      ['2024年收入预算356.20万元。', ['二、部门预算情况说明', '（一）收入预算']],
      ['（二）“三公”经费', ['二、部门预算情况说明', '（二）“三公”经费']],
      ['“三公”经费预算表', ['二、部门预算情况说明', '（二）“三公”经费']],
      ['table:“三公”经费预算表', ['二、部门预算情况说明', '（二）“三公”经费']],
      ['三、其他说明', ['三、其他说明']],
      ['无。', ['三、其他说明']],
    ]);
    const table = blocks[13] as TableBlock;
    expect(table.table.columns).toEqual(['项目', '预算数']);
    expect(table.table.rows).toEqual([['公务接待费', '1.50']]);
  });
});

describe('buildBlocks on the seed document', () => {
  const seedText = readFileSync(new URL('../seeds/langfang-petitions-bureau-2022-unit-budget.txt', import.meta.url), 'utf8');
  const blocks = buildBlocks(readDocxText(seedText), { docId: 'langfang-2022' });
  const tables = blocks.filter((block): block is TableBlock => block.kind === 'table');
  const tableTitled = (title: string) => {
    const found = tables.find((block) => block.table.title === title);
    if (!found) throw new Error(`no table titled ${title}; titles: ${tables.map((block) => block.table.title).join(' | ')}`);
    return found;
  };
  const paragraphContaining = (text: string) => blocks.find((block) => block.kind === 'paragraph' && block.text.includes(text));

  it('finds the twelve tables', () => {
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect(tables.map((block) => block.table.title)).toEqual([
      '单位机构设置情况',
      '（四）单位整体支出绩效指标',
      '1.机关工作经费绩效目标表',
      '2.劳务派遣专项经费绩效目标表',
      '3.市联合接访中心办公用房租赁经费绩效目标表',
      '4.市联合接访中心保洁、保安等专项经费绩效目标表',
      '5.三级视频接访平台运行维护经费绩效目标表',
      expect.stringMatching(/^6\. 提前下达2022年解决特殊疑难信访问题中央补助资金/),
      '7.信访呼叫中心服务平台运行维护经费绩效目标表',
      '8.信访值班工作经费绩效目标表',
      '部门政府采购预算',
      '廊坊市市直单位固定资产占用情况表',
    ]);
  });

  it('reads the organisation table', () => {
    expect(tableTitled('单位机构设置情况').table.rows).toEqual([['廊坊市信访局', '行政', '正处级', '财政拨款（行政）']]);
  });

  it('reads the whole-unit indicator table with its 符号/值/单位 header and filled label columns', () => {
    const { table } = tableTitled('（四）单位整体支出绩效指标');
    expect(table.columns.slice(5, 8)).toEqual(['符号', '值', '单位']);
    expect(table.rows).toHaveLength(18);
    expect(table.rows[1]).toEqual(['部门\n产出', '数量', '三级视频接访平台维护数量', '达到指标值得满分，否则不得分。', '三级视频接访平台维护数量', '=', '1', '套', '运维合同']);
    expect(table.rows[4].slice(0, 3)).toEqual(['部门\n产出', '质量', '信访事件\n办结率']);
    expect(table.rows[11].slice(2, 9)).toEqual([
      '公用经费控制率',
      expect.stringMatching(/^1\.三公经费实际支出数/),
      expect.stringMatching(/^部门本年度实际支出的公用经费总额/),
      '≤',
      '100',
      '%',
      '预算',
    ]);
    expect(table.rows[17].slice(0, 3)).toEqual(['部门\n效果', '满意度', '上级主管部门对信访工作的满意度']);
  });

  it('reads the eight fund performance tables with their goal notes and indicator rows', () => {
    const fundTables = tables.filter((block) => /^\d\.\s?/.test(block.table.title));
    expect(fundTables).toHaveLength(8);
    for (const { table } of fundTables) {
      expect(table.notes[0]?.label).toBe('绩效目标');
      expect(table.columns).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
      expect(table.rows.length).toBeGreaterThanOrEqual(5);
      expect(table.rows.every((row) => row.length === 6 && row[0] !== '')).toBe(true);
    }
    const rental = tableTitled('3.市联合接访中心办公用房租赁经费绩效目标表').table;
    expect(rental.notes).toEqual([{ label: '绩效目标', text: '用于联合接访中心中心办公用房租赁经费' }]);
    expect(rental.rows).toContainEqual(['产出指标', '数量指标', '租赁面积', '总建筑面积', '13016.84平方米', '租赁合同']);
  });

  it('reads the procurement table: unit, two-line header, total and four items', () => {
    const { table } = tableTitled('部门政府采购预算');
    expect(table.unit).toBe('万元');
    expect(table.headerRows).toHaveLength(2);
    expect(table.columns[1]).toBe('政府采购项目来源 > 预算资金');
    expect(table.columns[7]).toBe('政府采购金额（当年部门预算安排资金） > 合计');
    expect(table.columns[8]).toBe('政府采购金额（当年部门预算安排资金） > 一般公共预算拨款');
    expect(table.rows[0][0]).toBe('合  计');
    expect(table.rows[0][7]).toBe('789.83');
    expect(table.rows.slice(2).map((row) => [row[1], row[7]])).toEqual([
      ['375.00', '375.00'],
      ['150.83', '150.83'],
      ['135.00', '135.00'],
      ['129.00', '129.00'],
    ]);
    expect(table.notes).toContainEqual({ label: '单位', text: '万元' });
  });

  it('reads the fixed-asset table', () => {
    const { table } = tableTitled('廊坊市市直单位固定资产占用情况表');
    expect(table.unit).toBe('万元');
    expect(table.notes).toContainEqual({ label: '编制单位', text: '廊坊市信访局' });
    expect(table.rows[0]).toEqual(['资产总额', '——', '2840.29']);
    expect(table.rows).toContainEqual(['2、车辆（台、辆）', '5', '96.83']);
  });

  it('gives every block the full heading path', () => {
    expect(tableTitled('7.信访呼叫中心服务平台运行维护经费绩效目标表').path).toEqual([
      '五、预算绩效信息',
      '第二部分 资金绩效目标',
      '7.信访呼叫中心服务平台运行维护经费绩效目标表',
    ]);
    expect(paragraphContaining('2022年，我局财政拨款“三公”经费预算安排12.30万元')?.path).toEqual([
      '四、财政拨款“三公”经费预算情况及增减变化原因',
    ]);
    expect(paragraphContaining('2022年预算收入2115.46万元')?.path).toEqual(['二、单位预算安排的总体情况', '1、收入说明']);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: '廊坊市信访局2022年单位预算信息公开情况说明', path: [] });
  });

  it('keeps the listed duties and the measures as paragraphs, not headings', () => {
    expect(paragraphContaining('（一）研究提出全市信访工作思路')?.kind).toBe('paragraph');
    expect(paragraphContaining('（一）完善制度建设。')?.path).toEqual(['五、预算绩效信息', '第一部分 单位整体绩效目标', '（三）工作保障措施']);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).not.toContain('1、一般公共预算拨款收入：指市级财政当年拨付的资金。');
  });

  it('makes a short unnumbered line that opens a page a heading, and nests the numbered headings after it', () => {
    const raw: RawBlock[] = [
      { kind: 'paragraph', text: '名词解释', place: { page: 5 } },
      { kind: 'paragraph', text: '（一）财政拨款收入：是本年度从本级财政部门取得的财政拨款。', place: { page: 5 } },
      { kind: 'paragraph', text: '其他相关情况说明', place: { page: 6 } },
      { kind: 'paragraph', text: '一、2025年“三公”经费预算情况说明', place: { page: 6 } },
      { kind: 'paragraph', text: '2025年“三公”经费预算数为37.91万元。', place: { page: 6 } },
      { kind: 'paragraph', text: '注：本表为空表', place: { page: 7 } },
      { kind: 'paragraph', text: '页尾孤行', place: { page: 8 } },
    ];
    expect(outline(buildBlocks(raw, { docId: 'doc' }))).toEqual([
      ['名词解释', ['名词解释']],
      ['（一）财政拨款收入：是本年度从本级财政部门取得的财政拨款。', ['名词解释']],
      ['其他相关情况说明', ['其他相关情况说明']],
      ['一、2025年“三公”经费预算情况说明', ['其他相关情况说明', '一、2025年“三公”经费预算情况说明']],
      ['2025年“三公”经费预算数为37.91万元。', ['其他相关情况说明', '一、2025年“三公”经费预算情况说明']],
      ['注：本表为空表', ['其他相关情况说明', '一、2025年“三公”经费预算情况说明']],
      ['页尾孤行', ['其他相关情况说明', '一、2025年“三公”经费预算情况说明']],
    ]);
  });
});
