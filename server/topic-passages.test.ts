import { describe, expect, it } from 'vitest';
import type { Block, ParsedDocument } from '../ingest/model.ts';
import { topicOf, topicPassages } from './topic-passages.ts';

const place = { page: 1 };
function documentOf(blocks: Block[]): ParsedDocument {
  return { meta: { id: 'd', title: '某某局2025年部门预算', unit: '某某局', year: 2025, kind: '预算', fileName: 'd.pdf' }, blocks, facts: [], chunks: [] };
}
const heading = (id: string, text: string, path: string[]): Block => ({ id, kind: 'heading', text, level: path.length, path, place });
const paragraph = (id: string, text: string, path: string[]): Block => ({ id, kind: 'paragraph', text, path, place });

const duties = ['某某局主要职能'];
const structure = ['某某局机构设置'];
const document = documentOf([
  heading('h1', '某某局主要职能', duties),
  paragraph('p1', '1、负责全区商务工作。', duties),
  paragraph('p2', '2、负责粮食流通。', duties),
  heading('h2', '某某局机构设置', structure),
  paragraph('p3', '机关设3个内设机构，包括：办公室、综合科、产业科。', structure),
  {
    id: 't1',
    kind: 'table',
    path: ['一、单位概况'],
    place,
    table: { title: '', unit: '', columns: ['单位名称', '单位名称', '经费保障形式'], headerRows: [], rows: [['某某局', '行政', '财政拨款（行政）']], notes: [] },
  } as Block,
]);

describe('topicOf', () => {
  it('reads questions about duties, structure and funding, in Chinese and English', () => {
    expect(topicOf('某某局主要负责哪些工作', 'zh')).toBe('duties');
    expect(topicOf('What does the commerce commission do?', 'en')).toBe('duties');
    expect(topicOf('某某局下面有哪些科室', 'zh')).toBe('structure');
    expect(topicOf('Which units are covered by the budget?', 'en')).toBe('structure');
    expect(topicOf('What public institution belongs to the office?', 'en')).toBe('structure');
    expect(topicOf('How is the bureau funded?', 'en')).toBe('funding');
    expect(topicOf('经费来源是什么', 'zh')).toBe('funding');
  });
  it('leaves figure questions alone', () => {
    expect(topicOf('三公经费是多少', 'zh')).toBeUndefined();
    expect(topicOf('How much is spent on official cars?', 'en')).toBeUndefined();
  });
});

describe('topicPassages', () => {
  it('quotes the section whose heading names the topic, in document order', () => {
    expect(topicPassages(document, 'duties')?.map((passage) => passage.blockId)).toEqual(['p1', 'p2']);
    expect(topicPassages(document, 'structure')?.map((passage) => passage.quote)).toEqual(['机关设3个内设机构，包括：办公室、综合科、产业科。']);
  });
  it('quotes a table row under a column that names the topic, with the header once', () => {
    expect(topicPassages(document, 'funding')).toEqual([
      { docId: 'd', blockId: 't1', quote: '单位名称 | 经费保障形式：某某局 | 行政 | 财政拨款（行政）', section: ['一、单位概况'], row: 0 },
    ]);
  });
  it('returns undefined when the document has no such section', () => {
    expect(topicPassages(documentOf([paragraph('p9', '三公经费1万元。', ['其他'])]), 'duties')).toBeUndefined();
  });
});
