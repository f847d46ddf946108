import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { KeywordIndex } from '../ingest/keyword-index.ts';
import type { HnswVectorStore } from '../ingest/hnsw-vector-store.ts';
import type { RetrievalMode, RetrievedChunk } from './create-engine.ts';
import { fuseRankings } from './fuse-rankings.ts';

/** Hybrid retrieval: BM25 over segmented words and the hnsw vector index, fused by reciprocal rank. */
export function createRetriever(input: { keywordIndex: KeywordIndex; vectorStore: HnswVectorStore; embeddings: EmbeddingsInterface }) {
  return async function retrieve(query: { text: string; k: number; docIds?: string[]; mode: RetrievalMode }): Promise<RetrievedChunk[]> {
    const allowed = query.docIds ? new Set(query.docIds) : undefined;
    const depth = Math.max(query.k * 4, 20);
    const keyword = query.mode === 'vector'
      ? []
      : input.keywordIndex.search(query.text, { k: depth, filter: allowed ? (entry) => allowed.has(entry.docId) : undefined });
    let vector: Array<{ chunkId: string; score: number }> = [];
    if (query.mode !== 'keyword') {
      const embedding = await input.embeddings.embedQuery(query.text);
      const hits = await input.vectorStore.similaritySearchVectorWithScore(
        embedding,
        depth,
        allowed ? ((metadata: Record<string, unknown>) => allowed.has(String(metadata.docId))) as never : undefined,
      );
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
