import { describe, expect, it } from 'vitest';
import type { RawCell } from './model.ts';
import { rebuildTable } from './rebuild-table.ts';

/** Cells as the .docx text export gives them: text only, in order. */
const cells = (...rows: string[][]): RawCell[][] => rows.map((row) => row.map((text) => ({ text })));

describe('rebuildTable', () => {
  it('reads a title row, meta rows, a one-line header and body rows', () => {
    const table = rebuildTable(
      cells(
        ['某市市直单位固定资产占用情况表'],
        ['编制单位：某市档案局', '截止时间：2022年12月31日'],
        ['项   目', '数量', '价值（金额单位：万元）'],
        ['资产总额', '——', '1520.10'],
        ['2、车辆（台、辆）', '3', '61.20'],
      ),
      { precedingText: ['上年末固定资产金额为1520.10万元（详见下表）。'] },
    );
    expect(table).toEqual({
      title: '某市市直单位固定资产占用情况表',
      unit: '万元',
      headerRows: [['项目', '数量', '价值（金额单位：万元）']],
      columns: ['项目', '数量', '价值（金额单位：万元）'],
      rows: [
        ['资产总额', '——', '1520.10'],
        ['2、车辆（台、辆）', '3', '61.20'],
      ],
      notes: [
        { label: '编制单位', text: '某市档案局' },
        { label: '截止时间', text: '2022年12月31日' },
      ],
    });
  });

  it('rebuilds a two-line header where a label spans sub-labels and empty cells continue labels from above', () => {
    const table = rebuildTable(
      cells(
        ['101某区教育局', '单位：万元'],
        ['项目来源', '品目', '采购金额', '备注'],
        ['项目名称', '预算资金', '', '合计', '财政拨款', '其他资金', ''],
        ['合  计', '', '', '80.00', '80.00', '', ''],
        ['教学设备采购', '80.00', '计算机', '80.00', '80.00', '', '无'],
      ),
      { precedingText: ['二、政府采购情况', '部门政府采购预算'] },
    );
    expect(table.title).toBe('部门政府采购预算');
    expect(table.unit).toBe('万元');
    expect(table.notes).toEqual([
      { label: '', text: '101某区教育局' },
      { label: '单位', text: '万元' },
    ]);
    expect(table.headerRows).toEqual([
      ['项目来源', '项目来源', '品目', '采购金额', '采购金额', '采购金额', '备注'],
      ['项目名称', '预算资金', '品目', '合计', '财政拨款', '其他资金', '备注'],
    ]);
    expect(table.columns).toEqual([
      '项目来源 > 项目名称',
      '项目来源 > 预算资金',
      '品目',
      '采购金额 > 合计',
      '采购金额 > 财政拨款',
      '采购金额 > 其他资金',
      '备注',
    ]);
    expect(table.rows).toEqual([
      ['合  计', '', '', '80.00', '80.00', '', ''],
      ['教学设备采购', '80.00', '计算机', '80.00', '80.00', '', '无'],
    ]);
  });

  it('moves a performance goal box to notes and fills merged label columns down, keeping wrapped text raw', () => {
    const table = rebuildTable(
      cells(
        ['绩效目标', '1.完成档案数字化10万页。\n2.保障查档服务。'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出\n指标', '数量指标', '数字化页数', '≥10万页'],
        ['', '', '查档人次', '≥2000人次'],
        ['', '质量指标', '合格率', '≥98%'],
        ['满意度指标', '服务对象满意度', '群众满意度', '≥90%'],
      ),
      { precedingText: ['第二部分 项目绩效目标', '1.档案数字化经费绩效目标表'] },
    );
    expect(table.title).toBe('1.档案数字化经费绩效目标表');
    expect(table.notes).toEqual([{ label: '绩效目标', text: '1.完成档案数字化10万页。\n2.保障查档服务。' }]);
    expect(table.columns).toEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(table.rows).toEqual([
      ['产出\n指标', '数量指标', '数字化页数', '≥10万页'],
      ['产出\n指标', '数量指标', '查档人次', '≥2000人次'],
      ['产出\n指标', '质量指标', '合格率', '≥98%'],
      ['满意度指标', '服务对象满意度', '群众满意度', '≥90%'],
    ]);
  });

  it('leaves real blanks alone outside the leading label columns', () => {
    const table = rebuildTable(
      cells(
        ['指标', '符号', '值', '单位'],
        ['受理数量', '≥', '100', '件'],
        ['社会稳定', '', '保障', ''],
      ),
      { precedingText: [] },
    );
    expect(table.rows).toEqual([
      ['受理数量', '≥', '100', '件'],
      ['社会稳定', '', '保障', ''],
    ]);
  });

  it('places a short header that ends in an empty cell over the right-hand columns', () => {
    const table = rebuildTable(
      cells(
        ['符号', '值', '单位', ''],
        ['部门\n产出', '数量', '受理数量', '≥', '19000', '件', '历史数据'],
        ['', '', '办结率', '≥', '95', '%', '实际情况'],
      ),
      { precedingText: ['（四）整体支出绩效指标'] },
    );
    expect(table.title).toBe('（四）整体支出绩效指标');
    expect(table.columns).toEqual(['', '', '', '符号', '值', '单位', '']);
    expect(table.rows[1]).toEqual(['部门\n产出', '数量', '办结率', '≥', '95', '%', '实际情况']);
  });

  it('joins a row that a blank line split in two and drops all-empty rows', () => {
    const table = rebuildTable(
      cells(
        ['项目', '说明', '符号', '值', '单位'],
        ['', '', '', '', ''],
        ['公用经费控制率', '控制在预算内'],
        ['≤', '100', '%'],
      ),
      { precedingText: [] },
    );
    expect(table.rows).toEqual([['公用经费控制率', '控制在预算内', '≤', '100', '%']]);
  });

  it('lets a short body row label span the label columns, so figures stay under their headers', () => {
    const table = rebuildTable(cells(['科目编码', '科目名称', '金额'], ['201', '一般公共服务', '50.00'], ['合计', '50.00']), {
      precedingText: ['单位：元'],
    });
    expect(table.unit).toBe('元');
    expect(table.rows).toEqual([
      ['201', '一般公共服务', '50.00'],
      ['合计', '合计', '50.00'],
    ]);
  });

  it('applies colSpan and rowSpan from readers that know them', () => {
    const rows: RawCell[][] = [
      [{ text: '项目', rowSpan: 2 }, { text: '本年预算', colSpan: 2 }],
      [{ text: '基本支出' }, { text: '项目支出' }],
      [{ text: '行政运行', rowSpan: 2 }, { text: '10.00' }, { text: '2.00' }],
      [{ text: '3.00' }, { text: '4.00' }],
    ];
    const table = rebuildTable(rows, { precedingText: ['收支总表'] });
    expect(table.headerRows).toEqual([
      ['项目', '本年预算', '本年预算'],
      ['项目', '基本支出', '项目支出'],
    ]);
    expect(table.columns).toEqual(['项目', '本年预算 > 基本支出', '本年预算 > 项目支出']);
    expect(table.rows).toEqual([
      ['行政运行', '10.00', '2.00'],
      ['行政运行', '3.00', '4.00'],
    ]);
  });

  it('recovers a spanning label from empty cells in grids without span information', () => {
    const table = rebuildTable(
      cells(['项目', '本年预算', '', '备注'], ['', '基本支出', '项目支出', ''], ['行政运行', '10.00', '2.00', '']),
      { precedingText: [] },
    );
    expect(table.columns).toEqual(['项目', '本年预算 > 基本支出', '本年预算 > 项目支出', '备注']);
    expect(table.rows).toEqual([['行政运行', '10.00', '2.00', '']]);
  });

  it('has no header and no title when the first row holds figures and nothing precedes it', () => {
    const table = rebuildTable(cells(['工资福利支出', '120.00'], ['商品和服务支出', '30.00']), {
      precedingText: ['具体情况如下。'],
    });
    expect(table).toEqual({
      title: '',
      headerRows: [],
      columns: ['', ''],
      rows: [
        ['工资福利支出', '120.00'],
        ['商品和服务支出', '30.00'],
      ],
      notes: [],
    });
  });

  it('takes the title from the text above, skipping meta lines, and reads a lone label in a full grid as a header', () => {
    const table = rebuildTable(
      cells(
        ['', '2024年“三公”经费预算数', ''],
        ['合计', '因公出国(境)费', '公务接待费'],
        ['1.35', '0', '1.35'],
      ),
      { precedingText: ['部门“三公”经费预算表', '编制部门：某区街道办事处', '单位:万元'] },
    );
    expect(table.title).toBe('部门“三公”经费预算表');
    expect(table.unit).toBe('万元');
    expect(table.headerRows).toHaveLength(2);
    expect(table.columns[1]).toBe('2024年“三公”经费预算数 > 因公出国(境)费');
    expect(table.rows).toEqual([['1.35', '0', '1.35']]);
  });

  it('returns an empty table for rows with no text', () => {
    expect(rebuildTable(cells([''], ['', '']), { precedingText: [] })).toEqual({
      title: '',
      headerRows: [],
      columns: [],
      rows: [],
      notes: [],
    });
  });

  it('gives PDF group labels the sub-labels beside them: 小计 to its parent, the 合计 column to the top label', () => {
    const table = rebuildTable(
      cells(
        ['', '', '“三公”经费预算数', '', '', '', ''],
        ['合计', '因公出国(境)费', '公务接待费', '', '公务用车购置及运行费', '', '机关运行经费预算数'],
        ['', '', '', '小计', '购置费', '运行费', ''],
        ['37.91', '0', '1.35', '36.56', '15', '21.56', '464.64'],
      ),
      { precedingText: ['2025年部门“三公”经费和机关运行经费预算表', '单位:万元'] },
    );
    expect(table.columns).toEqual([
      '“三公”经费预算数 > 合计',
      '“三公”经费预算数 > 因公出国(境)费',
      '“三公”经费预算数 > 公务接待费',
      '“三公”经费预算数 > 公务用车购置及运行费 > 小计',
      '“三公”经费预算数 > 公务用车购置及运行费 > 购置费',
      '“三公”经费预算数 > 公务用车购置及运行费 > 运行费',
      '机关运行经费预算数',
    ]);
    expect(table.rows).toEqual([['37.91', '0', '1.35', '36.56', '15', '21.56', '464.64']]);
  });

  it('does not give a two-row header\'s side labels to the group label between them', () => {
    const table = rebuildTable(
      cells(['', '预算数', '', ''], ['项目', '一般公共预算', '其他', '备注'], ['', '', '', ''], ['办公费', '10', '2', '无']),
      { precedingText: ['某表'] },
    );
    // `其他` and `备注` follow from the older fill-from-left rule for grids without spans; `项目` stays alone.
    expect(table.columns).toEqual(['项目', '预算数 > 一般公共预算', '预算数 > 其他', '预算数 > 备注']);
  });

  it('keeps an empty table\'s 合计 row as a body row under a three-row header', () => {
    const table = rebuildTable(
      cells(
        ['项目', '', '', '', '政府性基金预算支出', '', ''],
        ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项', '', '', '', ''],
        ['', '', '', '合计', '', '', ''],
      ),
      { precedingText: ['2025年部门政府性基金预算支出功能分类预算表'] },
    );
    expect(table.rows).toEqual([['', '', '', '合计', '', '', '']]);
  });
});
