import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { KeywordIndex } from '../ingest/keyword-index.ts';
import type { HnswVectorStore } from '../ingest/hnsw-vector-store.ts';
import type { RetrievalMode, RetrievedChunk } from './create-engine.ts';
import { fuseRankings } from './fuse-rankings.ts';

/** Hybrid retrieval: BM25 over segmented words and the hnsw vector index, fused by reciprocal rank. */
export function createRetriever(input: { keywordIndex: KeywordIndex; vectorStore: HnswVectorStore; embeddings: EmbeddingsInterface }) {
  // One question retrieves several times with the same text (choosing the document, then within it): the query is
  // embedded once. A remote embedder would otherwise be called once per candidate document.
  const recentEmbeddings = new Map<string, Promise<number[]>>();
  const embed = (text: string): Promise<number[]> => {
    let embedding = recentEmbeddings.get(text);
    if (!embedding) {
      embedding = input.embeddings.embedQuery(text);
      embedding.catch(() => recentEmbeddings.delete(text));
      recentEmbeddings.set(text, embedding);
      if (recentEmbeddings.size > 64) recentEmbeddings.delete(recentEmbeddings.keys().next().value as string);
    }
    return embedding;
  };
  return async function retrieve(query: { text: string; k: number; docIds?: string[]; mode: RetrievalMode }): Promise<RetrievedChunk[]> {
    const allowed = query.docIds ? new Set(query.docIds) : undefined;
    const depth = Math.max(query.k * 4, 20);
    const keyword = query.mode === 'vector'
      ? []
      : input.keywordIndex.search(query.text, { k: depth, filter: allowed ? (entry) => allowed.has(entry.docId) : undefined });
    let vector: Array<{ chunkId: string; score: number }> = [];
    if (query.mode !== 'keyword') {
      const embedding = await embed(query.text);
      const hits = await input.vectorStore.similaritySearchVectorWithScore(embedding, depth, allowed ? (metadata) => allowed.has(metadata.docId) : undefined);
      vector = hits.map(([document, score]) => ({ chunkId: String(document.metadata.chunkId), score }));
    }
    if (query.mode === 'keyword') return keyword.slice(0, query.k).map((hit) => ({ chunkId: hit.chunkId, score: hit.score }));
    if (query.mode === 'vector') return vector.slice(0, query.k);
    // The local hash embedder finds fewer gold passages than BM25 on its own (eval retrieval figures), so its votes
    // count for half: it breaks ties and rescues misspelt or reworded queries without outvoting exact words.
    return fuseRankings([keyword.map((hit) => hit.chunkId), vector.map((hit) => hit.chunkId)], { limit: query.k, weights: [1, 0.5] }).map((item) => ({
      chunkId: item.id,
      score: item.score,
    }));
  };
}
