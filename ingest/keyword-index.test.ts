import { describe, expect, it } from 'vitest';
import { bm25TermScore, KeywordIndex, KeywordIndexError } from './keyword-index.ts';

describe('bm25TermScore', () => {
  it('scores a literal case', () => {
    // idf = ln(1 + (10 - 2 + 0.5) / (2 + 0.5)) = ln(4.4); tf part = 3 * 2.2 / (3 + 1.2 * (0.25 + 0.75 * 2)) = 6.6 / 5.1
    const score = bm25TermScore({ termFrequency: 3, documentLength: 20, averageDocumentLength: 10, documentFrequency: 2, documentCount: 10 });
    expect(score).toBeCloseTo(Math.log(4.4) * (6.6 / 5.1), 12);
  });

  it('gives nothing for an absent term', () => {
    expect(bm25TermScore({ termFrequency: 0, documentLength: 5, averageDocumentLength: 5, documentFrequency: 3, documentCount: 10 })).toBe(0);
  });

  it('never goes negative for a term in every document', () => {
    const score = bm25TermScore({ termFrequency: 1, documentLength: 5, averageDocumentLength: 5, documentFrequency: 10, documentCount: 10 });
    expect(score).toBeGreaterThan(0);
  });

  it('prefers shorter documents for the same term frequency', () => {
    const base = { termFrequency: 1, averageDocumentLength: 10, documentFrequency: 1, documentCount: 5 };
    expect(bm25TermScore({ ...base, documentLength: 5 })).toBeGreaterThan(bm25TermScore({ ...base, documentLength: 20 }));
  });

  it('ignores length with b = 0', () => {
    const base = { termFrequency: 2, averageDocumentLength: 10, documentFrequency: 1, documentCount: 5 };
    const parameters = { k1: 1.2, b: 0 };
    expect(bm25TermScore({ ...base, documentLength: 5 }, parameters)).toBe(bm25TermScore({ ...base, documentLength: 50 }, parameters));
  });
});

function sampleIndex(): KeywordIndex {
  const index = new KeywordIndex();
  index.add('a:c0', '2022年公务用车购置及运维费11.80万元', 'a');
  index.add('a:c1', '信访呼叫中心服务平台运行维护经费', 'a');
  index.add('b:c0', '机关运行经费预算95.17万元', 'b');
  index.add('b:c1', '公务接待费0.5万元，公务用车运维费3万元', 'b');
  return index;
}

describe('KeywordIndex', () => {
  it('ranks the passage with the query terms first', () => {
    const hits = sampleIndex().search('机关运行经费', { k: 2 });
    expect(hits[0]).toMatchObject({ chunkId: 'b:c0', docId: 'b' });
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('matches a number token exactly', () => {
    expect(sampleIndex().search('11.80', { k: 5 }).map((hit) => hit.chunkId)).toEqual(['a:c0']);
  });

  it('filters by entry and limits to k', () => {
    const index = sampleIndex();
    expect(index.search('公务', { k: 5, filter: (entry) => entry.docId === 'a' }).map((hit) => hit.chunkId)).toEqual(['a:c0']);
    expect(index.search('万元', { k: 1 })).toHaveLength(1);
  });

  it('finds nothing for unknown words, an empty query or an empty index', () => {
    expect(sampleIndex().search('火箭', { k: 5 })).toEqual([]);
    expect(sampleIndex().search('，', { k: 5 })).toEqual([]);
    expect(new KeywordIndex().search('经费', { k: 5 })).toEqual([]);
  });

  it('removes whole documents and keeps the rest searchable', () => {
    const index = sampleIndex();
    index.removeDocuments(new Set(['a']));
    expect(index.size).toBe(2);
    expect(index.search('公务用车', { k: 5 }).map((hit) => hit.chunkId)).toEqual(['b:c1']);
    expect(index.search('信访', { k: 5 })).toEqual([]);
  });

  it('round-trips through JSON with identical results', () => {
    const index = sampleIndex();
    const restored = KeywordIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.search('公务用车运维费', { k: 4 })).toEqual(index.search('公务用车运维费', { k: 4 }));
  });

  it('refuses malformed JSON', () => {
    expect(() => KeywordIndex.fromJSON({ schemaVersion: 2 })).toThrow(KeywordIndexError);
    const valid = sampleIndex().toJSON();
    expect(() => KeywordIndex.fromJSON({ ...valid, postings: { 经费: [99, 1] } })).toThrow(/points at passage 99/);
    expect(() => KeywordIndex.fromJSON({ ...valid, postings: { 经费: [0] } })).toThrow(/odd length/);
    expect(() => KeywordIndex.fromJSON({ ...valid, postings: { 经费: [0, 1.5] } })).toThrow(KeywordIndexError);
    expect(() => KeywordIndex.fromJSON({ ...valid, postings: { 经费: [-1, 1] } })).toThrow(KeywordIndexError);
    expect(() => KeywordIndex.fromJSON({ ...valid, postings: { 经费: '0,1' } })).toThrow(KeywordIndexError);
  });
});

describe('KeywordIndex.hasTerm', () => {
  it('tells whether any passage uses a word', () => {
    const index = new KeywordIndex();
    index.add('c1', '支持中小企业发展和管理支出', 'd1');
    expect(index.hasTerm('支持')).toBe(true);
    expect(index.hasTerm('大象')).toBe(false);
  });
});
