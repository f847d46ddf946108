import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { HnswVectorStore, VectorStoreError, type IdentifiedEmbeddings } from './hnsw-vector-store.ts';
import { KeywordIndex, KeywordIndexError } from './keyword-index.ts';
import { parsedDocumentSchema, type ParsedDocument } from './model.ts';

/**
 * Bump when the saved layout or anything derived from a file's bytes changes, so old indexes are rebuilt.
 * 2: one document file per seed file (documents/<key>.json) instead of one documents.json.
 * 3: parts stated after 其中 link to the whole whose level stands before its change (prose facts' partOf).
 * 4: a threshold in a label (单价100万元（含）以上设备) stays in the label and is no figure of its own.
 * 5: the segmenter keeps 运维 whole, so the keyword index's tokens change.
 * 7: a prose label opening with 涉及 is led by the label of the sentence's figure before it.
 * 8: a paragraph opening with figures labelled only by their kind takes the line the paragraph before stated last.
 * 9: the PDF reader continues an indented paragraph after a full line ending a sentence when the next line starts at
 *    the text column (a numbered item's 执行数 sentence is no paragraph of its own any more).
 */
export const indexSchemaVersion = 9;

export const manifestFileSchema = z.object({
  fileName: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  docId: z.string().min(1),
  title: z.string(),
  facts: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  /** Extensions beyond the design's list, so a run with nothing to do can still print its per-document table. */
  unit: z.string().default(''),
  year: z.number().int().nullable().default(null),
  kind: z.string().default('其他'),
  sections: z.number().int().nonnegative().default(0),
  tables: z.number().int().nonnegative().default(0),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;
export type ManifestFileInput = z.input<typeof manifestFileSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.number().int(),
  embedder: z.object({ id: z.string().min(1), dimensions: z.number().int().nonnegative() }),
  files: z.array(manifestFileSchema),
  builtAt: z.string(),
});
export type Manifest = z.infer<typeof manifestSchema>;


export interface LoadedIndex {
  status: 'ok';
  manifest: Manifest;
  documents: ParsedDocument[];
  vectorStore: HnswVectorStore;
  keywordIndex: KeywordIndex;
}

/** Not an exception: a missing or outdated index is the normal first run, and the caller decides to (re)build. */
export type IndexLoadFailure =
  | { status: 'missing'; reason: string }
  | { status: 'mismatch'; reason: string; manifest: Manifest }
  | { status: 'corrupt'; reason: string };

export type IndexLoadResult = LoadedIndex | IndexLoadFailure;

export function indexDirectory(dataDir: string): string {
  return join(dataDir, 'index');
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function chunkVectorsPath(directory: string, contentHash: string): string {
  return join(directory, 'chunk-vectors', `${contentHash}.f32`);
}

/**
 * Each file's parsed document is saved on its own, so an unchanged file is carried into a new index by a hard link
 * and a changed one rewrites one small file, not every document. The key covers the document id as well as the
 * bytes: two files with the same bytes under different names are different documents.
 */
export function documentKey(entry: Pick<ManifestFile, 'docId' | 'contentHash'>): string {
  return createHash('sha256').update(`${entry.docId}\n${entry.contentHash}`).digest('hex');
}

function documentPath(directory: string, key: string): string {
  return join(directory, 'documents', `${key}.json`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A hard link costs nothing; a copy is the fallback where links are not allowed. */
async function linkOrCopy(source: string, target: string): Promise<void> {
  await link(source, target).catch(() => copyFile(source, target));
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/**
 * Reads and checks the manifest only: enough to tell whether anything changed, without loading documents or
 * vectors. Another schema version or another embedder (id or size) is a mismatch.
 */
export async function readManifest(dataDir: string, embeddings: IdentifiedEmbeddings): Promise<{ status: 'ok'; manifest: Manifest } | IndexLoadFailure> {
  const path = join(indexDirectory(dataDir), 'manifest.json');
  if (!(await exists(path))) return { status: 'missing', reason: `no index at ${indexDirectory(dataDir)}` };
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(await readJson(path));
    if (!parsed.success) return { status: 'corrupt', reason: `manifest.json: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` };
    manifest = parsed.data;
  } catch (error) {
    return { status: 'corrupt', reason: `manifest.json: ${(error as Error).message}` };
  }
  if (manifest.schemaVersion !== indexSchemaVersion) {
    return { status: 'mismatch', reason: `index schema version ${manifest.schemaVersion}, this program writes ${indexSchemaVersion}`, manifest };
  }
  const sameDimensions = !embeddings.dimensions || !manifest.embedder.dimensions || manifest.embedder.dimensions === embeddings.dimensions;
  if (manifest.embedder.id !== embeddings.id || !sameDimensions) {
    return {
      status: 'mismatch',
      reason: `index built by ${manifest.embedder.id} (${manifest.embedder.dimensions} dimensions), now ${embeddings.id} (${embeddings.dimensions})`,
      manifest,
    };
  }
  return { status: 'ok', manifest };
}

/** True when the current index holds a file's saved document and chunk vectors, so the file can be reused. */
export async function savedFilesPresent(dataDir: string, entry: Pick<ManifestFile, 'docId' | 'contentHash'>): Promise<boolean> {
  const directory = indexDirectory(dataDir);
  const [document, vectors] = await Promise.all([exists(documentPath(directory, documentKey(entry))), exists(chunkVectorsPath(directory, entry.contentHash))]);
  return document && vectors;
}

/** One saved document, checked; throws (z.ZodError, or a file error) when it is missing or malformed. */
export async function readDocument(dataDir: string, entry: Pick<ManifestFile, 'docId' | 'contentHash'>): Promise<ParsedDocument> {
  return parsedDocumentSchema.parse(await readJson(documentPath(indexDirectory(dataDir), documentKey(entry))));
}

/** Every document the manifest lists, in manifest order. */
export async function readDocuments(dataDir: string, manifest: Manifest): Promise<ParsedDocument[]> {
  const documents = new Array<ParsedDocument>(manifest.files.length);
  let next = 0;
  // A few reads in flight keep the disk busy without holding every file's text at once.
  const readers = Array.from({ length: Math.min(8, manifest.files.length) }, async () => {
    while (next < manifest.files.length) {
      const position = next++;
      documents[position] = await readDocument(dataDir, manifest.files[position]);
    }
  });
  await Promise.all(readers);
  return documents;
}

export async function readKeywordIndex(dataDir: string): Promise<KeywordIndex> {
  return KeywordIndex.fromJSON(await readJson(join(indexDirectory(dataDir), 'keyword.json')));
}

export async function readVectorStore(dataDir: string, embeddings: IdentifiedEmbeddings): Promise<HnswVectorStore> {
  return HnswVectorStore.load(join(indexDirectory(dataDir), 'vectors'), embeddings);
}

/** The saved vectors of one file's chunks, in chunk order; refused when the size does not fit. */
export async function readChunkVectors(dataDir: string, contentHash: string, chunkCount: number, dimensions: number): Promise<number[][]> {
  const bytes = await readFile(chunkVectorsPath(indexDirectory(dataDir), contentHash));
  if (bytes.byteLength !== chunkCount * dimensions * 4) {
    throw new Error(`chunk vectors of ${contentHash}: ${bytes.byteLength} bytes, expected ${chunkCount} × ${dimensions} × 4`);
  }
  const values = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const vectors: number[][] = [];
  for (let chunk = 0; chunk < chunkCount; chunk++) vectors.push(Array.from(values.subarray(chunk * dimensions, (chunk + 1) * dimensions)));
  return vectors;
}

/** Everything the server needs, checked: manifest, documents, vector store and keyword index. */
export async function loadIndex(dataDir: string, embeddings: IdentifiedEmbeddings): Promise<IndexLoadResult> {
  const head = await readManifest(dataDir, embeddings);
  if (head.status !== 'ok') return head;
  try {
    const [documents, vectorStore, keywordIndex] = await Promise.all([
      readDocuments(dataDir, head.manifest),
      readVectorStore(dataDir, embeddings),
      readKeywordIndex(dataDir),
    ]);
    return { status: 'ok', manifest: head.manifest, documents, vectorStore, keywordIndex };
  } catch (error) {
    if (error instanceof VectorStoreError && error.code === 'embedder_mismatch') {
      return { status: 'mismatch', reason: error.message, manifest: head.manifest };
    }
    if (error instanceof z.ZodError) {
      return { status: 'corrupt', reason: `saved documents: ${error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` };
    }
    const detail = error instanceof KeywordIndexError ? `${error.message} (${error.issues.join('; ')})` : (error as Error).message;
    return { status: 'corrupt', reason: detail };
  }
}

export interface IndexCommit {
  embedder: { id: string; dimensions: number };
  files: ManifestFile[];
  vectorStore: HnswVectorStore;
  keywordIndex: KeywordIndex;
}

/**
 * Writes a new index into a fresh directory beside the current one, documents and vectors as they are produced (so
 * a large ingest never holds them all in memory), and swaps it in by rename on commit. A server reading the current
 * index never sees a half-written one; the old directory is removed after the swap. Unchanged files' documents and
 * vectors are hard links to the current index, so a new index costs what changed, not what it holds.
 */
export class IndexWriter {
  private pending: Promise<void> = Promise.resolve();
  private finished = false;
  private firstError: unknown;

  private constructor(
    private readonly dataDir: string,
    private readonly staging: string,
  ) {}

  static async begin(dataDir: string): Promise<IndexWriter> {
    const staging = join(dataDir, `index.tmp-${process.pid}-${Date.now()}`);
    await mkdir(join(staging, 'chunk-vectors'), { recursive: true });
    await mkdir(join(staging, 'documents'), { recursive: true });
    return new IndexWriter(dataDir, staging);
  }

  /** Saves one file's document; calls may overlap, writes do not. */
  addDocument(entry: Pick<ManifestFile, 'docId' | 'contentHash'>, document: ParsedDocument): Promise<void> {
    const text = JSON.stringify(document);
    return this.enqueue(() => writeFile(documentPath(this.staging, documentKey(entry)), text));
  }

  /** Carries an unchanged file's document over from the current index. */
  reuseDocument(entry: Pick<ManifestFile, 'docId' | 'contentHash'>): Promise<void> {
    const key = documentKey(entry);
    return this.enqueue(() => linkOrCopy(documentPath(indexDirectory(this.dataDir), key), documentPath(this.staging, key)));
  }

  addChunkVectors(contentHash: string, values: Float32Array): Promise<void> {
    return this.enqueue(() => writeFile(chunkVectorsPath(this.staging, contentHash), values));
  }

  /** Carries a file's saved vectors over from the current index: a hard link costs nothing, a copy is the fallback. */
  reuseChunkVectors(contentHash: string): Promise<void> {
    const source = chunkVectorsPath(indexDirectory(this.dataDir), contentHash);
    const target = chunkVectorsPath(this.staging, contentHash);
    return this.enqueue(() => linkOrCopy(source, target));
  }

  async commit(contents: IndexCommit): Promise<void> {
    try {
      await this.pending;
      if (this.firstError) throw this.firstError;
      await writeFile(join(this.staging, 'keyword.json'), JSON.stringify(contents.keywordIndex.toJSON()));
      await contents.vectorStore.save(join(this.staging, 'vectors'));
      const manifest: Manifest = { schemaVersion: indexSchemaVersion, embedder: contents.embedder, files: contents.files, builtAt: new Date().toISOString() };
      // The manifest last: a directory with a manifest is complete.
      await writeFile(join(this.staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    } catch (error) {
      await this.abort();
      throw error;
    }
    this.finished = true;
    const current = indexDirectory(this.dataDir);
    const retired = join(this.dataDir, `index.old-${process.pid}-${Date.now()}`);
    const hadIndex = await exists(current);
    if (hadIndex) await rename(current, retired);
    await rename(this.staging, current);
    if (hadIndex) await rm(retired, { recursive: true, force: true });
  }

  /** Drops the staging directory; the current index is untouched. */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.pending.catch(() => undefined);
    await rm(this.staging, { recursive: true, force: true });
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    const next = this.pending.then(write);
    // A failed write fails its own caller, and commit reports it again so a broken index is never swapped in.
    this.pending = next.catch((error: unknown) => {
      this.firstError ??= error;
    });
    return next;
  }
}
