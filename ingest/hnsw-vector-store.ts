import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';

/** An embedder that says who it is, so a saved index can refuse vectors made by another one. */
export type IdentifiedEmbeddings = EmbeddingsInterface & { readonly id: string; readonly dimensions: number };

export const chunkMetadataSchema = z.object({ chunkId: z.string(), docId: z.string() });
export type ChunkMetadata = z.infer<typeof chunkMetadataSchema>;

const storeFileSchema = z.object({
  schemaVersion: z.literal(1),
  embedder: z.object({ id: z.string(), dimensions: z.number().int().positive() }),
  /** Position in the array is the hnsw label. */
  documents: z.array(z.object({ pageContent: z.string(), metadata: chunkMetadataSchema })),
});

const indexFileName = 'hnswlib.index';
const storeFileName = 'docstore.json';

export type VectorStoreErrorCode = 'embedder_mismatch' | 'corrupt_index' | 'dimension_mismatch';

/** Errors are data: a literal code plus the facts a caller needs to decide (rebuild, report). */
export class VectorStoreError extends Error {
  constructor(
    readonly code: VectorStoreErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'VectorStoreError';
  }
}

export interface HnswVectorStoreOptions {
  /** Graph degree; 16 is hnswlib's recommended default for mid-sized vectors. */
  m?: number;
  /** Build-time candidate list; 100 gives high recall without slowing ingestion much. */
  efConstruction?: number;
  /** Fixed so the same input builds the same graph. */
  randomSeed?: number;
}

/** A LangChain vector store over hnswlib's HNSW graph (cosine), whose saved form records and checks the embedder. */
export class HnswVectorStore extends VectorStore {
  declare FilterType: (metadata: ChunkMetadata) => boolean;
  declare embeddings: IdentifiedEmbeddings;

  private index: hnswlib.HierarchicalNSW | undefined;
  private readonly documents: Array<{ pageContent: string; metadata: ChunkMetadata }> = [];
  private readonly options: Required<HnswVectorStoreOptions>;

  constructor(embeddings: IdentifiedEmbeddings, options: HnswVectorStoreOptions = {}) {
    super(embeddings, options);
    this.options = { m: 16, efConstruction: 100, randomSeed: 100, ...options };
  }

  _vectorstoreType(): string {
    return 'hnswlib-checked';
  }

  get size(): number {
    return this.documents.length;
  }

  async addDocuments(documents: DocumentInterface[]): Promise<void> {
    const vectors = await this.embeddings.embedDocuments(documents.map((document) => document.pageContent));
    await this.addVectors(vectors, documents);
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<void> {
    if (vectors.length !== documents.length) {
      throw new RangeError(`addVectors got ${vectors.length} vectors for ${documents.length} documents`);
    }
    if (vectors.length === 0) return;
    const dimensions = this.embeddings.dimensions || vectors[0].length;
    const metadata = documents.map((document) => chunkMetadataSchema.parse(document.metadata));
    for (const vector of vectors) {
      if (vector.length !== dimensions) {
        throw new VectorStoreError('dimension_mismatch', `vector of length ${vector.length}, index expects ${dimensions}`, {
          expected: dimensions,
          found: vector.length,
        });
      }
    }
    const index = this.ensureCapacity(dimensions, this.documents.length + vectors.length);
    for (let position = 0; position < vectors.length; position++) {
      const label = this.documents.length;
      index.addPoint(vectors[position], label);
      this.documents.push({ pageContent: documents[position].pageContent, metadata: metadata[position] });
    }
  }

  /** Score is cosine similarity (1 is identical), so higher is better, unlike hnswlib's distance. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this['FilterType'],
  ): Promise<[DocumentInterface, number][]> {
    const index = this.index;
    if (!index || this.documents.length === 0 || k <= 0) return [];
    if (query.length !== index.getNumDimensions()) {
      throw new VectorStoreError('dimension_mismatch', `query of length ${query.length}, index has ${index.getNumDimensions()}`, {
        expected: index.getNumDimensions(),
        found: query.length,
      });
    }
    const wanted = Math.min(k, this.documents.length);
    index.setEf(Math.max(wanted * 2, 64));
    const labelFilter = filter ? (label: number) => filter(this.documents[label].metadata) : undefined;
    const result = index.searchKnn(query, wanted, labelFilter);
    return result.neighbors.map((label, position) => {
      const stored = this.documents[label];
      const document = new Document({ pageContent: stored.pageContent, metadata: { ...stored.metadata } });
      return [document, 1 - result.distances[position]] as [DocumentInterface, number];
    });
  }

  async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    if (this.index) await this.index.writeIndex(join(directory, indexFileName));
    const dimensions = this.index?.getNumDimensions() ?? this.embeddings.dimensions;
    const contents: z.infer<typeof storeFileSchema> = {
      schemaVersion: 1,
      embedder: { id: this.embeddings.id, dimensions },
      documents: this.documents,
    };
    await writeFile(join(directory, storeFileName), JSON.stringify(contents));
  }

  /** Refuses (VectorStoreError 'embedder_mismatch') an index built by another embedder or at another size. */
  static async load(directory: string, embeddings: IdentifiedEmbeddings, options: HnswVectorStoreOptions = {}): Promise<HnswVectorStore> {
    let parsed: z.infer<typeof storeFileSchema>;
    try {
      parsed = storeFileSchema.parse(JSON.parse(await readFile(join(directory, storeFileName), 'utf8')));
    } catch (error) {
      throw new VectorStoreError('corrupt_index', `cannot read ${storeFileName} in ${directory}: ${(error as Error).message}`);
    }
    const sameDimensions = !embeddings.dimensions || embeddings.dimensions === parsed.embedder.dimensions;
    if (parsed.embedder.id !== embeddings.id || !sameDimensions) {
      throw new VectorStoreError(
        'embedder_mismatch',
        `index was built by ${parsed.embedder.id} (${parsed.embedder.dimensions} dimensions), not ${embeddings.id} (${embeddings.dimensions})`,
        { expected: { id: embeddings.id, dimensions: embeddings.dimensions }, found: parsed.embedder },
      );
    }
    const store = new HnswVectorStore(embeddings, options);
    if (parsed.documents.length === 0) return store;
    const index = new hnswlib.HierarchicalNSW('cosine', parsed.embedder.dimensions);
    try {
      await index.readIndex(join(directory, indexFileName));
    } catch (error) {
      throw new VectorStoreError('corrupt_index', `cannot read ${indexFileName} in ${directory}: ${(error as Error).message}`);
    }
    if (index.getCurrentCount() !== parsed.documents.length || index.getNumDimensions() !== parsed.embedder.dimensions) {
      throw new VectorStoreError(
        'corrupt_index',
        `${indexFileName} holds ${index.getCurrentCount()} vectors of ${index.getNumDimensions()}, ${storeFileName} lists ${parsed.documents.length} of ${parsed.embedder.dimensions}`,
      );
    }
    store.index = index;
    store.documents.push(...parsed.documents);
    return store;
  }

  /** hnswlib has a fixed capacity: grow it geometrically so adding one document at a time stays cheap. */
  private ensureCapacity(dimensions: number, needed: number): hnswlib.HierarchicalNSW {
    if (!this.index) {
      const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
      index.initIndex({
        maxElements: Math.max(needed, 1024),
        m: this.options.m,
        efConstruction: this.options.efConstruction,
        randomSeed: this.options.randomSeed,
      });
      this.index = index;
      return index;
    }
    if (this.index.getNumDimensions() !== dimensions) {
      throw new VectorStoreError('dimension_mismatch', `vectors of ${dimensions}, index has ${this.index.getNumDimensions()}`, {
        expected: this.index.getNumDimensions(),
        found: dimensions,
      });
    }
    if (needed > this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    }
    return this.index;
  }
}
