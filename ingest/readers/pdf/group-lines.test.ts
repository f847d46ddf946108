import { describe, expect, it } from 'vitest';
import { groupLines } from './group-lines.ts';
import type { TextPiece } from './pdf-page.ts';

const piece = (text: string, x0: number, x1: number, y: number, spaceBefore = false): TextPiece => ({ text, x0, x1, y, fontSize: 12, spaceBefore });

describe('groupLines', () => {
  it('orders lines top down and runs left to right, joining Chinese without spaces', () => {
    const lines = groupLines([piece('第二行', 60, 96, 400), piece('预算', 84, 108, 430.8), piece('部门', 60, 84, 431)], 3);
    expect(lines.map((line) => [line.text, line.pageNumber, line.segments.length])).toEqual([['部门预算', 3, 1], ['第二行', 3, 1]]);
  });

  it('separates cells at wide gaps and keeps the positions of each segment', () => {
    const [line] = groupLines([piece('一、财政拨款收入', 61, 157, 398), piece('189,767,551', 341, 407, 398, true)], 1);
    expect(line.segments.map((segment) => [segment.text, segment.x0, segment.x1])).toEqual([
      ['一、财政拨款收入', 61, 157],
      ['189,767,551', 341, 407],
    ]);
    expect(line.text).toBe('一、财政拨款收入189,767,551');
  });

  it('keeps the two lines of a wrapped header cell apart from the row between them', () => {
    const lines = groupLines([piece('事业单位', 637, 684, 403.7), piece('合计', 399, 422, 396.5), piece('经营收入', 637, 684, 389.3)], 1);
    expect(lines.map((line) => line.text)).toEqual(['事业单位', '合计', '经营收入']);
  });

  it('returns nothing for no pieces', () => {
    expect(groupLines([], 1)).toEqual([]);
  });
});
