import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
  schemaVersion: z.literal(2),
  embedder: z.object({ id: z.string(), dimensions: z.number().int().positive() }),
  documents: z.array(z.object({ pageContent: z.string(), metadata: chunkMetadataSchema })),
  /** Per hnsw label (the position), the documents sharing that exact vector; empty for a point marked deleted. */
  points: z.array(z.array(z.number().int().nonnegative())),
});

const indexFileName = 'hnswlib.index';
const storeFileName = 'docstore.json';

export type VectorStoreErrorCode = 'embedder_mismatch' | 'corrupt_index' | 'dimension_mismatch' | 'background_build_failed' | 'save_only';

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

/**
 * Background building: inserting into the graph is the slowest step of ingestion, so the graph can be built on a
 * worker thread (the second core) while the main thread parses and embeds the next files. The worker runs this
 * same module; it is told apart by its workerData.
 */
const builderRole = 'hnsw-vector-store:builder';

type BuilderRequest =
  | { type: 'add'; vectors: Float32Array; dimensions: number; firstLabel: number; count: number }
  | { type: 'save'; path: string };
type BuilderReply = { type: 'ready' } | { type: 'saved'; count: number } | { type: 'failed'; message: string };

function initialisedIndex(dimensions: number, capacity: number, options: Required<HnswVectorStoreOptions>): hnswlib.HierarchicalNSW {
  const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
  index.initIndex({ maxElements: Math.max(capacity, 1024), m: options.m, efConstruction: options.efConstruction, randomSeed: options.randomSeed });
  return index;
}

function runBuilder(options: Required<HnswVectorStoreOptions>): void {
  let index: hnswlib.HierarchicalNSW | undefined;
  let failure: string | undefined;
  parentPort!.on('message', (request: BuilderRequest) => {
    if (request.type === 'add') {
      if (failure) return;
      try {
        index ??= initialisedIndex(request.dimensions, request.firstLabel + request.count, options);
        if (request.firstLabel + request.count > index.getMaxElements()) {
          index.resizeIndex(Math.max(request.firstLabel + request.count, index.getMaxElements() * 2));
        }
        for (let position = 0; position < request.count; position++) {
          const start = position * request.dimensions;
          index.addPoint(Array.from(request.vectors.subarray(start, start + request.dimensions)), request.firstLabel + position);
        }
      } catch (error) {
        failure = (error as Error).message;
      }
      return;
    }
    let reply: BuilderReply;
    try {
      if (failure) throw new Error(failure);
      index?.writeIndexSync(request.path);
      reply = { type: 'saved', count: index?.getCurrentCount() ?? 0 };
    } catch (error) {
      reply = { type: 'failed', message: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ type: 'ready' } satisfies BuilderReply);
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === builderRole) {
  runBuilder((workerData as { options: Required<HnswVectorStoreOptions> }).options);
}

/**
 * On Node 20 a worker's entry module ignores `--import` loaders, so the worker registers tsx itself and then
 * imports this module (whose top level starts the builder).
 */
function builderBootstrap(): string {
  // require.resolve finds the CommonJS build; the worker needs the ES module build beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const modulePath = import.meta.url;
  return [
    `const api = await import(${JSON.stringify(tsxApi)});`,
    `(api.register ?? api.default.register)();`,
    `await import(${JSON.stringify(modulePath)});`,
  ].join('\n');
}

/** Exact identity of a vector as hnsw stores it (float32), for sharing one point between identical vectors. */
function vectorKey(vector: readonly number[]): string {
  const values = Float32Array.from(vector);
  return createHash('sha1').update(new Uint8Array(values.buffer)).digest('base64');
}

/** A LangChain vector store over hnswlib's HNSW graph (cosine), whose saved form records and checks the embedder. */
export class HnswVectorStore extends VectorStore {
  declare FilterType: (metadata: ChunkMetadata) => boolean;
  declare embeddings: IdentifiedEmbeddings;

  private index: hnswlib.HierarchicalNSW | undefined;
  private builder: Worker | undefined;
  private builderDimensions = 0;
  private readonly documents: Array<{ pageContent: string; metadata: ChunkMetadata }> = [];
  /**
   * Identical texts (boilerplate shared by many disclosures, rows like 公务接待费 0) give identical vectors; they
   * share one graph point, which keeps the graph small and avoids hnsw's poor handling of exact duplicates.
   */
  private readonly points: number[][] = [];
  private readonly pointByVector = new Map<string, number>();
  private readonly options: Required<HnswVectorStoreOptions>;

  constructor(embeddings: IdentifiedEmbeddings, options: HnswVectorStoreOptions = {}) {
    super(embeddings, options);
    this.options = { m: 16, efConstruction: 100, randomSeed: 100, ...options };
  }

  /**
   * A store that builds its graph on a worker thread. It can be filled and saved, not searched: load the saved
   * directory to search. Used by ingestion, where the graph is only ever written to disk. Resolves once the worker
   * is running; rejects (VectorStoreError 'background_build_failed') when no worker can start, so the caller can
   * fall back to an ordinary store.
   */
  static async inBackground(embeddings: IdentifiedEmbeddings, options: HnswVectorStoreOptions = {}): Promise<HnswVectorStore> {
    const store = new HnswVectorStore(embeddings, options);
    const builder = new Worker(builderBootstrap(), {
      eval: true,
      workerData: { role: builderRole, options: store.options },
      execArgv: [],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        builder.once('message', (reply: BuilderReply) => (reply.type === 'ready' ? resolve() : reject(new Error(reply.type))));
        builder.once('error', reject);
        builder.once('exit', (code) => reject(new Error(`exited with code ${code}`)));
      });
    } catch (error) {
      await builder.terminate();
      throw new VectorStoreError('background_build_failed', `cannot start the graph builder thread: ${(error as Error).message}`);
    }
    // Later errors surface at save(); until then the worker must not keep a finished process alive.
    builder.on('error', () => {});
    builder.unref();
    store.builder = builder;
    return store;
  }

  _vectorstoreType(): string {
    return 'hnswlib-checked';
  }

  get size(): number {
    return this.documents.length;
  }

  /** Distinct vectors in the graph. */
  get pointCount(): number {
    return this.points.length;
  }

  /** Assigns documents to points; returns the positions of vectors that need a new point, with their labels. */
  private assignPoints(vectors: number[][], metadata: ChunkMetadata[], pageContents: string[]): Array<{ position: number; label: number }> {
    const fresh: Array<{ position: number; label: number }> = [];
    vectors.forEach((vector, position) => {
      const documentIndex = this.documents.length;
      this.documents.push({ pageContent: pageContents[position], metadata: metadata[position] });
      const key = vectorKey(vector);
      const existing = this.pointByVector.get(key);
      if (existing !== undefined) {
        this.points[existing].push(documentIndex);
        return;
      }
      const label = this.points.length;
      this.points.push([documentIndex]);
      this.pointByVector.set(key, label);
      fresh.push({ position, label });
    });
    return fresh;
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
    if (this.builder) {
      if (this.builderDimensions === 0) this.builderDimensions = dimensions;
      if (dimensions !== this.builderDimensions) {
        throw new VectorStoreError('dimension_mismatch', `vectors of ${dimensions}, index has ${this.builderDimensions}`, {
          expected: this.builderDimensions,
          found: dimensions,
        });
      }
      const fresh = this.assignPoints(vectors, metadata, documents.map((document) => document.pageContent));
      if (fresh.length === 0) return;
      const flat = new Float32Array(fresh.length * dimensions);
      fresh.forEach(({ position }, row) => flat.set(vectors[position], row * dimensions));
      // Labels of one call are consecutive, so the first one and a count describe them all.
      const request: BuilderRequest = { type: 'add', vectors: flat, dimensions, firstLabel: fresh[0].label, count: fresh.length };
      this.builder.postMessage(request, [flat.buffer]);
      return;
    }
    const fresh = this.assignPoints(vectors, metadata, documents.map((document) => document.pageContent));
    if (fresh.length === 0) return;
    const index = this.ensureCapacity(dimensions, this.points.length);
    for (const { position, label } of fresh) index.addPoint(vectors[position], label);
  }

  /**
   * Drops every chunk of the given documents (a changed or removed file). A point no remaining chunk shares is
   * marked deleted in the graph, which hides it from searches without rebuilding the graph; the other points keep
   * their labels, so the saved graph stays valid.
   */
  removeDocuments(docIds: ReadonlySet<string>): void {
    if (this.builder) throw new VectorStoreError('save_only', 'a store built in the background cannot remove documents');
    const newPosition = new Int32Array(this.documents.length).fill(-1);
    const kept: typeof this.documents = [];
    this.documents.forEach((document, position) => {
      if (docIds.has(document.metadata.docId)) return;
      newPosition[position] = kept.length;
      kept.push(document);
    });
    if (kept.length === this.documents.length) return;
    this.documents.splice(0, this.documents.length, ...kept);
    const emptied = new Set<number>();
    this.points.forEach((members, label) => {
      if (members.length === 0) return;
      const remaining = members.map((position) => newPosition[position]).filter((position) => position >= 0);
      this.points[label] = remaining;
      if (remaining.length === 0) {
        emptied.add(label);
        this.index?.markDelete(label);
      }
    });
    // A deleted point must not be shared by a later identical vector: it would stay hidden.
    for (const [key, label] of this.pointByVector) if (emptied.has(label)) this.pointByVector.delete(key);
  }

  /** Score is cosine similarity (1 is identical), so higher is better, unlike hnswlib's distance. */
  async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this['FilterType'],
  ): Promise<[DocumentInterface, number][]> {
    if (this.builder) throw new VectorStoreError('save_only', 'a store built in the background can only be saved; load it to search');
    const index = this.index;
    if (!index || this.documents.length === 0 || k <= 0) return [];
    if (query.length !== index.getNumDimensions()) {
      throw new VectorStoreError('dimension_mismatch', `query of length ${query.length}, index has ${index.getNumDimensions()}`, {
        expected: index.getNumDimensions(),
        found: query.length,
      });
    }
    const accepts = (documentIndex: number): boolean => !filter || filter(this.documents[documentIndex].metadata);
    // Each point passing the filter yields at least one document, so k points always give k documents.
    const wanted = Math.min(k, this.points.length);
    index.setEf(Math.max(wanted * 2, 64));
    const labelFilter = filter ? (label: number) => this.points[label].some(accepts) : undefined;
    const result = index.searchKnn(query, wanted, labelFilter);
    const found: [DocumentInterface, number][] = [];
    result.neighbors.forEach((label, position) => {
      for (const documentIndex of this.points[label]) {
        if (found.length >= k || !accepts(documentIndex)) continue;
        const stored = this.documents[documentIndex];
        const document = new Document({ pageContent: stored.pageContent, metadata: { ...stored.metadata } });
        found.push([document, 1 - result.distances[position]]);
      }
    });
    return found;
  }

  async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    if (this.builder) await this.saveFromBuilder(join(directory, indexFileName));
    else if (this.index) await this.index.writeIndex(join(directory, indexFileName));
    const dimensions = this.index?.getNumDimensions() || this.builderDimensions || this.embeddings.dimensions;
    const contents: z.infer<typeof storeFileSchema> = {
      schemaVersion: 2,
      embedder: { id: this.embeddings.id, dimensions },
      documents: this.documents,
      points: this.points,
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
    if (parsed.points.length === 0) {
      if (parsed.documents.length > 0) throw new VectorStoreError('corrupt_index', `${storeFileName}: documents without points`);
      return store;
    }
    const index = new hnswlib.HierarchicalNSW('cosine', parsed.embedder.dimensions);
    try {
      await index.readIndex(join(directory, indexFileName));
    } catch (error) {
      throw new VectorStoreError('corrupt_index', `cannot read ${indexFileName} in ${directory}: ${(error as Error).message}`);
    }
    if (index.getCurrentCount() !== parsed.points.length || index.getNumDimensions() !== parsed.embedder.dimensions) {
      throw new VectorStoreError(
        'corrupt_index',
        `${indexFileName} holds ${index.getCurrentCount()} vectors of ${index.getNumDimensions()}, ${storeFileName} lists ${parsed.points.length} of ${parsed.embedder.dimensions}`,
      );
    }
    const owners = new Uint8Array(parsed.documents.length);
    for (const members of parsed.points) {
      for (const documentIndex of members) {
        if (documentIndex >= parsed.documents.length || owners[documentIndex] === 1) {
          throw new VectorStoreError('corrupt_index', `${storeFileName}: document ${documentIndex} is out of range or in two points`);
        }
        owners[documentIndex] = 1;
      }
    }
    if (owners.includes(0)) throw new VectorStoreError('corrupt_index', `${storeFileName}: a document belongs to no point`);
    store.index = index;
    store.documents.push(...parsed.documents);
    // The dedup map is not saved: documents added after loading get their own points, which is only less compact.
    store.points.push(...parsed.points);
    return store;
  }

  /** Waits for the worker to insert everything and write the graph, then ends it. */
  private async saveFromBuilder(path: string): Promise<void> {
    const builder = this.builder!;
    if (this.documents.length === 0) {
      await builder.terminate();
      this.builder = undefined;
      return;
    }
    builder.ref();
    try {
      const reply = await new Promise<BuilderReply>((resolve, reject) => {
        builder.once('message', resolve);
        builder.once('error', reject);
        builder.once('exit', (code) => reject(new Error(`graph builder exited with code ${code}`)));
        builder.postMessage({ type: 'save', path } satisfies BuilderRequest);
      });
      if (reply.type === 'failed') throw new Error(reply.message);
      if (reply.type !== 'saved') throw new Error(`unexpected reply "${reply.type}" from the graph builder`);
      if (reply.count !== this.points.length) throw new Error(`graph holds ${reply.count} vectors, expected ${this.points.length}`);
    } catch (error) {
      throw new VectorStoreError('background_build_failed', `building the vector graph failed: ${(error as Error).message}`);
    } finally {
      await builder.terminate();
      this.builder = undefined;
    }
  }

  /** hnswlib has a fixed capacity: grow it geometrically so adding one document at a time stays cheap. */
  private ensureCapacity(dimensions: number, needed: number): hnswlib.HierarchicalNSW {
    if (!this.index) {
      this.index = initialisedIndex(dimensions, needed, this.options);
      return this.index;
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
