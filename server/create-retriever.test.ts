import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import type { HnswVectorStore } from '../ingest/hnsw-vector-store.ts';
import type { KeywordEntry, KeywordHit, KeywordIndex } from '../ingest/keyword-index.ts';
import { createRetriever } from './create-retriever.ts';

// Fakes stand in for BM25 and hnsw: each returns a fixed ranking and applies the filter it is given, so the test
// checks what the retriever asks for and how it fuses, not the indexes themselves.
function fakes(keywordHits: KeywordHit[], vectorHits: Array<{ chunkId: string; docId: string; score: number }>) {
  const calls = { keyword: [] as Array<{ query: string; k: number }>, embedded: [] as string[], vector: [] as Array<{ k: number; filtered: boolean }> };
  const keywordIndex = {
    search(query: string, options: { k: number; filter?: (entry: KeywordEntry) => boolean }) {
      calls.keyword.push({ query, k: options.k });
      return keywordHits.filter((hit) => !options.filter || options.filter(hit)).slice(0, options.k);
    },
  } as unknown as KeywordIndex;
  const vectorStore = {
    async similaritySearchVectorWithScore(_embedding: number[], k: number, filter?: (metadata: Record<string, unknown>) => boolean) {
      calls.vector.push({ k, filtered: filter !== undefined });
      return vectorHits
        .filter((hit) => !filter || filter({ chunkId: hit.chunkId, docId: hit.docId }))
        .slice(0, k)
        .map((hit) => [{ pageContent: '', metadata: { chunkId: hit.chunkId, docId: hit.docId } }, hit.score]);
    },
  } as unknown as HnswVectorStore;
  const embeddings = {
    async embedQuery(text: string) {
      calls.embedded.push(text);
      return [1, 0];
    },
    async embedDocuments(texts: string[]) {
      return texts.map(() => [1, 0]);
    },
  } as EmbeddingsInterface;
  return { retrieve: createRetriever({ keywordIndex, vectorStore, embeddings }), calls };
}

const keywordHits: KeywordHit[] = [
  { chunkId: 'a', docId: 'one', score: 9 },
  { chunkId: 'b', docId: 'two', score: 5 },
  { chunkId: 'c', docId: 'one', score: 1 },
];
const vectorHits = [
  { chunkId: 'c', docId: 'one', score: 0.9 },
  { chunkId: 'd', docId: 'two', score: 0.8 },
];

describe('createRetriever', () => {
  it('returns BM25 hits alone in keyword mode, without embedding the query', async () => {
    const { retrieve, calls } = fakes(keywordHits, vectorHits);
    expect(await retrieve({ text: '三公经费', k: 2, mode: 'keyword' })).toEqual([
      { chunkId: 'a', score: 9 },
      { chunkId: 'b', score: 5 },
    ]);
    expect(calls.embedded).toEqual([]);
    expect(calls.vector).toEqual([]);
    // Retrieval looks deeper than k (at least 20) so fusion has material.
    expect(calls.keyword).toEqual([{ query: '三公经费', k: 20 }]);
  });
  it('returns vector hits alone in vector mode, without the keyword index', async () => {
    const { retrieve, calls } = fakes(keywordHits, vectorHits);
    expect(await retrieve({ text: '三公经费', k: 1, mode: 'vector' })).toEqual([{ chunkId: 'c', score: 0.9 }]);
    expect(calls.keyword).toEqual([]);
    expect(calls.embedded).toEqual(['三公经费']);
    expect(calls.vector).toEqual([{ k: 20, filtered: false }]);
  });
  it('fuses both rankings in hybrid mode, with vector votes at half weight', async () => {
    const { retrieve, calls } = fakes(keywordHits, vectorHits);
    const results = await retrieve({ text: '三公经费', k: 10, mode: 'hybrid' });
    expect(results.map((item) => item.chunkId)).toEqual(['c', 'a', 'b', 'd']);
    expect(results[0].score).toBeCloseTo(1 / 63 + 0.5 / 61, 12);
    expect(results[1].score).toBeCloseTo(1 / 61, 12);
    expect(results[3].score).toBeCloseTo(0.5 / 62, 12);
    expect(calls.keyword[0].k).toBe(40);
    expect(calls.vector[0].k).toBe(40);
  });
  it('keeps only the documents asked for, in both indexes', async () => {
    const { retrieve, calls } = fakes(keywordHits, vectorHits);
    const results = await retrieve({ text: '三公经费', k: 10, docIds: ['two'], mode: 'hybrid' });
    expect(results.map((item) => item.chunkId)).toEqual(['b', 'd']);
    expect(calls.vector[0].filtered).toBe(true);
  });
  it('returns nothing when no passage matches or no document is allowed', async () => {
    expect(await fakes([], []).retrieve({ text: '', k: 5, mode: 'hybrid' })).toEqual([]);
    expect(await fakes(keywordHits, vectorHits).retrieve({ text: '三公经费', k: 5, docIds: [], mode: 'hybrid' })).toEqual([]);
  });
  it('passes a failing embedder’s error on', async () => {
    const { retrieve } = fakes(keywordHits, vectorHits);
    const failing = createRetriever({
      keywordIndex: { search: () => keywordHits } as unknown as KeywordIndex,
      vectorStore: {} as HnswVectorStore,
      embeddings: { embedQuery: async () => Promise.reject(new Error('embedder down')), embedDocuments: async () => [] } as EmbeddingsInterface,
    });
    await expect(failing({ text: '三公经费', k: 5, mode: 'hybrid' })).rejects.toThrow('embedder down');
    // Keyword mode never calls the embedder, so it still answers.
    expect((await retrieve({ text: '三公经费', k: 1, mode: 'keyword' })).length).toBe(1);
  });
  it('embeds a question once however many times it retrieves with it', async () => {
    const { retrieve, calls } = fakes([], []);
    await retrieve({ text: '三公经费', k: 5, mode: 'hybrid' });
    await retrieve({ text: '三公经费', k: 5, docIds: ['a'], mode: 'vector' });
    await retrieve({ text: '公务接待费', k: 5, mode: 'hybrid' });
    expect(calls.embedded).toEqual(['三公经费', '公务接待费']);
  });
});
