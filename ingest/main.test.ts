import { describe, expect, it } from 'vitest';
import { exitCodeFor, formatDocumentTable } from './main.ts';
import type { IngestSummary } from './run-ingest.ts';

const baseSummary: IngestSummary = {
  files: 0,
  ingested: 0,
  reused: 0,
  failed: [],
  skipped: [],
  removed: 0,
  documents: 0,
  chunks: 0,
  facts: 0,
  elapsedMs: 0,
  indexWritten: true,
  perDocument: [],
};

describe('formatDocumentTable', () => {
  it('lines columns up by display width, Chinese counting double', () => {
    const table = formatDocumentTable([
      { fileName: 'a.txt', docId: 'a', title: '甲局预算', unit: '甲局', year: 2022, kind: '预算', sections: 3, tables: 2, facts: 10, chunks: 12, status: 'ingested' },
      { fileName: 'b.txt', docId: 'b', title: '', unit: '', year: null, kind: '其他', sections: 0, tables: 0, facts: 0, chunks: 1, status: 'reused' },
    ]);
    expect(table.split('\n')).toEqual([
      'title     unit  year  sections  tables  facts  chunks  status',
      '甲局预算  甲局  2022  3         2       10     12      ingested',
      'b.txt           -     0         0       0      1       reused',
    ]);
  });
});

describe('exitCodeFor', () => {
  it('is 1 only when every file failed', () => {
    expect(exitCodeFor({ ...baseSummary, failed: [{ fileName: 'a.pdf', message: 'broken' }] })).toBe(1);
    expect(exitCodeFor({ ...baseSummary, failed: [{ fileName: 'a.pdf', message: 'broken' }], documents: 1 })).toBe(0);
    expect(exitCodeFor(baseSummary)).toBe(0);
  });
});
