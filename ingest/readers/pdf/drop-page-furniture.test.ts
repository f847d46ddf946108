import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from './drop-page-furniture.ts';
import type { TextLine } from './pdf-page.ts';

const line = (text: string, y: number, pageNumber = 1): TextLine => ({
  pageNumber, y, fontSize: 12, x0: 60, x1: 60 + text.length * 12, text, segments: [{ text, x0: 60, x1: 60 + text.length * 12, fontSize: 12 }],
});

describe('dropPageFurniture', () => {
  it('drops page numbers in the margins but keeps numbers in the body', () => {
    const pages = [{ pageNumber: 1, height: 800, lines: [line('正文。', 700), line('2025', 400), line('- 3 -', 30), line('第3页', 770)] }];
    expect(dropPageFurniture(pages)[0].lines.map((kept) => kept.text)).toEqual(['正文。', '2025']);
  });

  it('drops a running header repeated at the same height on many pages', () => {
    const pages = [1, 2, 3, 4].map((pageNumber) => ({
      pageNumber, height: 800, lines: [line('上海市普陀区2025年区级部门预算', 780, pageNumber), line(`第${pageNumber}段正文。`, 600, pageNumber)],
    }));
    expect(dropPageFurniture(pages).map((page) => page.lines.map((kept) => kept.text))).toEqual([['第1段正文。'], ['第2段正文。'], ['第3段正文。'], ['第4段正文。']]);
  });

  it('keeps a header-like line that appears on too few pages', () => {
    const pages = [{ pageNumber: 1, height: 800, lines: [line('封面标题', 780)] }, { pageNumber: 2, height: 800, lines: [line('封面标题', 780, 2)] }];
    expect(dropPageFurniture(pages).map((page) => page.lines.length)).toEqual([1, 1]);
  });

  it('drops a contents page and dot-leader lines', () => {
    const pages = [
      { pageNumber: 1, height: 800, lines: [line('目 录', 700), line('一、部门主要职能', 650)] },
      { pageNumber: 2, height: 800, lines: [line('二、部门机构设置…………………3', 650, 2), line('二、部门机构设置', 600, 2)] },
    ];
    expect(dropPageFurniture(pages).map((page) => page.lines.map((kept) => kept.text))).toEqual([[], ['二、部门机构设置']]);
  });
});
