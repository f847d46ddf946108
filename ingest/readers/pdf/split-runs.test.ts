import { describe, expect, it } from 'vitest';
import { separatesCells, splitRuns } from './split-runs.ts';

describe('splitRuns', () => {
  it('splits a run holding a figure and the next cell, placing each from character widths', () => {
    const pieces = splitRuns([{ text: '371,514,655.00 一、一般公共服务支出', x: 200, y: 300, width: 204, fontSize: 12 }]);
    expect(pieces.map((piece) => [piece.text, Math.round(piece.x0), Math.round(piece.x1), piece.spaceBefore])).toEqual([
      ['371,514,655.00', 200, 284, false],
      ['一、一般公共服务支出', 284 + 0, 404, true],
    ]);
  });

  it('keeps an enumerator and its label together', () => {
    const pieces = splitRuns([{ text: '1. 一般公共预算资金', x: 60, y: 300, width: 114, fontSize: 12 }]);
    expect(pieces.map((piece) => piece.text)).toEqual(['1. 一般公共预算资金']);
  });

  it('marks the piece after a separate whitespace run and drops empty runs', () => {
    const pieces = splitRuns([
      { text: '合计', x: 100, y: 50, width: 24, fontSize: 12 },
      { text: ' ', x: 124, y: 50, width: 3000, fontSize: 12 },
      { text: '', x: 130, y: 50, width: 0, fontSize: 12 },
      { text: '1,000', x: 300, y: 50, width: 30, fontSize: 12 },
    ]);
    expect(pieces.map((piece) => [piece.text, piece.spaceBefore])).toEqual([['合计', false], ['1,000', true]]);
  });

  it('tells cell gaps from spaces inside a cell', () => {
    expect(separatesCells('10,823,891.00', '1,467,842.00')).toBe(true);
    expect(separatesCells('政府性基金预算', '国有资本经营预算')).toBe(true);
    expect(separatesCells('1.', '上海市')).toBe(false);
    expect(separatesCells('W060701', '单元')).toBe(false);
  });
});
