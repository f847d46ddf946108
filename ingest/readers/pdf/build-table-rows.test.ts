import { describe, expect, it } from 'vitest';
import { buildTableRows } from './build-table-rows.ts';
import type { TextLine } from './pdf-page.ts';

const line = (y: number, cells: [string, number, number][]): TextLine => ({
  pageNumber: 1, y, fontSize: 12, x0: cells[0][1], x1: cells[cells.length - 1][2], text: cells.map(([text]) => text).join(''),
  segments: cells.map(([text, x0, x1]) => ({ text, x0, x1, fontSize: 12 })),
});

const columns = [{ x0: 66, x1: 84 }, { x0: 103, x1: 115 }, { x0: 137, x1: 149 }, { x0: 162, x1: 327 }, { x0: 384, x1: 449 }, { x0: 466, x1: 531 }, { x0: 607, x1: 613 }];

describe('buildTableRows', () => {
  it('stacks header lines into rows with spans and joins a wrapped header cell', () => {
    const rows = buildTableRows(
      [
        line(433, [['项目', 199, 223], ['收入预算', 550, 597]]),
        line(409, [['功能分类科目编码', 62, 156]]),
        line(404, [['事业单位', 590, 630]]),
        line(396, [['功能分类科目名称', 215, 309], ['合计', 399, 422], ['财政拨款收入', 462, 532]]),
        line(389, [['经营收入', 590, 630]]),
        line(384, [['类', 69, 81], ['款', 103, 115], ['项', 137, 149]]),
      ],
      [],
      columns,
    );
    expect(rows).toEqual([
      [{ text: '项目', colSpan: 4 }, { text: '收入预算', colSpan: 3 }],
      [{ text: '功能分类科目编码', colSpan: 3 }, { text: '功能分类科目名称' }, { text: '合计' }, { text: '财政拨款收入' }, { text: '事业单位经营收入' }],
      [{ text: '类' }, { text: '款' }, { text: '项' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }],
    ]);
  });

  it('keeps empty cells in place in body rows and joins a wrapped label to its row', () => {
    const rows = buildTableRows(
      [],
      [
        line(360, [['201', 66, 84], ['一般公共服务支出', 162, 256], ['3,296,600', 396, 449], ['0', 607, 613]]),
        line(336, [['201', 66, 84], ['05', 103, 115], ['07', 137, 149], ['机关事业单位基本养老', 162, 290], ['438,300', 408, 449], ['438,300', 489, 531]]),
        line(326, [['保险缴费支出', 162, 234]]),
        line(300, [['合计', 199, 223], ['189,767,551', 384, 449]]),
      ],
      columns,
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['201', '', '', '一般公共服务支出', '3,296,600', '', '0'],
      ['201', '05', '07', '机关事业单位基本养老保险缴费支出', '438,300', '438,300', ''],
      ['', '', '', '合计', '189,767,551', '', ''],
    ]);
  });

  it('returns no rows for no lines', () => {
    expect(buildTableRows([], [], columns)).toEqual([]);
  });
});
