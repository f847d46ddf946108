import { describe, expect, it } from 'vitest';
import { summarizeDocument } from './summarize-document.ts';

describe('summarizeDocument', () => {
  it('counts headings as sections, table blocks as tables, and the facts and chunks', () => {
    const summary = summarizeDocument({
      meta: { id: 'd', title: '某局2024年部门预算', unit: '某局', year: 2024, kind: '预算', fileName: 'd.txt' },
      blocks: [
        { id: 'b1', kind: 'heading', text: '一、概况', level: 1, path: ['一、概况'], place: {} },
        { id: 'b2', kind: 'paragraph', text: '正文', path: ['一、概况'], place: {} },
        { id: 'b3', kind: 'table', path: ['一、概况'], place: {}, table: { title: '表', headerRows: [], columns: [], rows: [], notes: [] } },
      ],
      facts: [],
      chunks: [],
    });
    expect(summary).toEqual({ id: 'd', title: '某局2024年部门预算', unit: '某局', year: 2024, kind: '预算', sections: 1, tables: 1, facts: 0, chunks: 0 });
  });
});
