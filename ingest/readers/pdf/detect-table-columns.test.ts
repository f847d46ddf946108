import { describe, expect, it } from 'vitest';
import { assignColumns, detectTableColumns, refineWithHeaderLabels } from './detect-table-columns.ts';
import type { TextSegment } from './pdf-page.ts';

const segment = (text: string, x0: number, x1: number): TextSegment => ({ text, x0, x1, fontSize: 12 });

describe('detectTableColumns', () => {
  it('clusters left-aligned labels and right-aligned figures into columns', () => {
    const columns = detectTableColumns([
      [segment('201', 66, 84), segment('一般公共服务支出', 162, 256), segment('3,296,600', 396, 449)],
      [segment('201', 66, 84), segment('05', 103, 115), segment('统计信息事务', 162, 233), segment('438,300', 408, 449)],
    ]);
    expect(columns).toEqual([{ x0: 66, x1: 84 }, { x0: 103, x1: 115 }, { x0: 162, x1: 256 }, { x0: 396, x1: 449 }]);
  });

  it('merges a centred totals label into the label column it never shares a row with', () => {
    const columns = detectTableColumns([
      [segment('司法', 162, 194), segment('300,000', 408, 449)],
      [segment('其他公共安全支出', 162, 256), segment('2,578,025', 396, 449)],
      [segment('合计', 199, 223), segment('189,767,551', 384, 449)],
    ]);
    expect(columns).toEqual([{ x0: 162, x1: 256 }, { x0: 384, x1: 449 }]);
  });

  it('assigns a wide header cell to every column it covers', () => {
    const columns = [{ x0: 66, x1: 84 }, { x0: 103, x1: 115 }, { x0: 137, x1: 149 }, { x0: 162, x1: 327 }];
    expect(assignColumns(columns, { x0: 62, x1: 156 })).toEqual([0, 2]);
    expect(assignColumns(columns, { x0: 215, x1: 309 })).toEqual([3, 3]);
    expect(assignColumns(columns, { x0: 90, x1: 100 })).toEqual([1, 1]);
  });

  it('takes the grid from the lowest header labels when whole columns are empty in the body', () => {
    const body = [{ x0: 124, x1: 148 }, { x0: 327, x1: 351 }, { x0: 726, x1: 762 }];
    const header = [
      { y: 423, segments: [segment('“三公”经费预算数', 305, 413)] },
      { y: 378, segments: [segment('合计', 93, 117), segment('因公出国(境)费', 165, 249), segment('公务接待费', 278, 338)] },
      { y: 363, segments: [segment('小计', 397, 421), segment('购置费', 493, 529), segment('运行费', 594, 630)] },
      { y: 360, segments: [segment('机关运行经费预算数', 666, 762)] },
    ];
    expect(refineWithHeaderLabels(body, header)).toEqual([
      { x0: 93, x1: 148 }, { x0: 165, x1: 249 }, { x0: 278, x1: 351 }, { x0: 397, x1: 421 }, { x0: 493, x1: 529 }, { x0: 594, x1: 630 }, { x0: 666, x1: 762 },
    ]);
  });

  it('keeps the body columns when the header has no finer grid', () => {
    const body = [{ x0: 62, x1: 190 }, { x0: 335, x1: 413 }];
    const header = [{ y: 449, segments: [segment('本年收入', 214, 262)] }, { y: 424, segments: [segment('项目', 154, 178), segment('预算数', 325, 361)] }];
    expect(refineWithHeaderLabels(body, header)).toEqual(body);
  });
});
