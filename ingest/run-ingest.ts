import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { Document } from '@langchain/core/documents';
import { HnswVectorStore, type IdentifiedEmbeddings } from './hnsw-vector-store.ts';
import {
  readChunkVectors,
  readDocument,
  readKeywordIndex,
  savedFilesPresent,
  readManifest,
  readVectorStore,
  sha256,
  IndexWriter,
  type Manifest,
  type ManifestFile,
} from './index-store.ts';
import { KeywordIndex } from './keyword-index.ts';
import { chunkSearchText } from './make-chunks.ts';
import type { DocumentReader, ParsedDocument } from './model.ts';
import { documentIdFromFileName, parseDocument } from './parse-document.ts';
import { summarizeDocument } from './summarize-document.ts';

export interface IngestOptions {
  seedsDir: string;
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  readerFor: (fileName: string) => DocumentReader | undefined;
  log: (line: string) => void;
  /** Files read, parsed and embedded at the same time. Default 4. */
  concurrency?: number;
  /** Stands in for parseDocument in tests. */
  parse?: (input: { fileName: string; bytes: Uint8Array }, reader: DocumentReader) => Promise<ParsedDocument>;
}

export interface IngestFailure {
  fileName: string;
  message: string;
  line?: number;
}

export interface IngestedDocument {
  fileName: string;
  docId: string;
  title: string;
  unit: string;
  year: number | null;
  kind: string;
  sections: number;
  tables: number;
  facts: number;
  chunks: number;
  status: 'ingested' | 'reused';
}

export interface IngestSummary {
  /** Files with a known extension. */
  files: number;
  ingested: number;
  reused: number;
  failed: IngestFailure[];
  /** Files with no reader for their extension. */
  skipped: string[];
  /** Documents of the previous index whose file is gone. */
  removed: number;
  documents: number;
  chunks: number;
  facts: number;
  elapsedMs: number;
  /** False when nothing changed and the current index was left as it was. */
  indexWritten: boolean;
  /** Why the previous index could not be used, when it was refused. */
  rebuiltBecause?: string;
  perDocument: IngestedDocument[];
}

interface SeedFile {
  fileName: string;
  path: string;
  reader: DocumentReader;
  bytes: Uint8Array;
  contentHash: string;
  docId: string;
}

/**
 * A finished document goes straight to disk and only its manifest entry is kept: a thousand parsed documents held
 * in memory make garbage collection dominate the run.
 */
interface Parsed {
  file: SeedFile;
  manifest: ManifestFile;
}

/** Relative paths with '/' so the manifest reads the same on every system; hidden files are not seeds. */
async function listFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(relative(directory, path).split(sep).join('/'));
    }
  };
  await walk(directory);
  return found.sort();
}

function describeFailure(fileName: string, error: unknown): IngestFailure {
  const message = error instanceof Error ? error.message : String(error);
  const carried = (error as { line?: unknown; place?: { line?: unknown } } | undefined) ?? {};
  const line = typeof carried.line === 'number' ? carried.line : typeof carried.place?.line === 'number' ? carried.place.line : undefined;
  return line === undefined ? { fileName, message } : { fileName, message, line };
}

function formatFailure(failure: IngestFailure): string {
  return failure.line === undefined ? failure.message : `line ${failure.line}: ${failure.message}`;
}

function manifestEntry(file: SeedFile, document: ParsedDocument): ManifestFile {
  const { id, ...summary } = summarizeDocument(document);
  return { fileName: file.fileName, contentHash: file.contentHash, docId: id, ...summary };
}

function documentRow(entry: ManifestFile, status: IngestedDocument['status']): IngestedDocument {
  const { fileName, docId, title, unit, year, kind, sections, tables, facts, chunks } = entry;
  return { fileName, docId, title, unit, year, kind, sections, tables, facts, chunks, status };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function mapWithConcurrency<Item, Result>(items: readonly Item[], limit: number, work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(runners);
  return results;
}

function toVectorDocuments(document: ParsedDocument): Document[] {
  return document.chunks.map((chunk) => new Document({ pageContent: chunk.text, metadata: { chunkId: chunk.id, docId: chunk.docId } }));
}

/**
 * Brings the index in DATA_DIR up to date with SEEDS_DIR: unchanged files (same name, same sha256) are reused
 * without parsing or embedding, new and changed ones are parsed, removed ones dropped. A file that cannot be read
 * is reported and skipped; the others still go in. The new index replaces the old one only once it is complete.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { embeddings, log, dataDir } = options;
  const parse = options.parse ?? parseDocument;
  const failed: IngestFailure[] = [];
  const skipped: string[] = [];

  const seeds: SeedFile[] = [];
  const docIdOwners = new Map<string, string>();
  for (const fileName of await listFiles(options.seedsDir)) {
    const reader = options.readerFor(fileName);
    if (!reader) {
      skipped.push(fileName);
      log(`skipped ${fileName}: no reader for "${extname(fileName) || fileName}" files`);
      continue;
    }
    const path = join(options.seedsDir, fileName);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      failed.push(describeFailure(fileName, error));
      continue;
    }
    const docId = documentIdFromFileName(fileName);
    const owner = docIdOwners.get(docId);
    if (owner) {
      failed.push({ fileName, message: `same document id "${docId}" as ${owner}; rename one of the two files` });
      continue;
    }
    docIdOwners.set(docId, fileName);
    seeds.push({ fileName, path, reader, bytes, contentHash: sha256(bytes), docId });
  }
  const total = seeds.length + failed.length;

  const previousHead = await readManifest(dataDir, embeddings);
  let previous: Manifest | undefined;
  let rebuiltBecause: string | undefined;
  if (previousHead.status === 'ok') previous = previousHead.manifest;
  else if (previousHead.status !== 'missing') {
    rebuiltBecause = previousHead.reason;
    log(`previous index refused (${previousHead.reason}): rebuilding everything`);
  }

  const previousByName = new Map((previous?.files ?? []).map((entry) => [entry.fileName, entry]));
  const seedNames = new Set(seeds.map((file) => file.fileName));
  const unchanged = seeds.filter((file) => {
    const entry = previousByName.get(file.fileName);
    return entry !== undefined && entry.contentHash === file.contentHash && entry.docId === file.docId;
  });
  // An unchanged file whose saved document or vectors are gone is parsed again, like a changed one.
  const present = previous ? await Promise.all(unchanged.map((file) => savedFilesPresent(dataDir, previousByName.get(file.fileName)!))) : [];
  const reusable = unchanged.filter((_, position) => present[position]);
  const reusableNames = new Set(reusable.map((file) => file.fileName));
  const removed = (previous?.files ?? []).filter((entry) => !seedNames.has(entry.fileName));
  const toParse = seeds.filter((file) => !reusableNames.has(file.fileName));

  const summaryBase = { files: total, skipped, removed: removed.length, rebuiltBecause };
  if (previous && toParse.length === 0 && removed.length === 0 && failed.length === 0) {
    const perDocument = reusable.map((file) => documentRow(previousByName.get(file.fileName)!, 'reused'));
    const summary = finish({ ...summaryBase, ingested: 0, reused: reusable.length, failed, perDocument, indexWritten: false }, started);
    log(`index is up to date: ${summaryLine(summary)}`);
    return summary;
  }

  // Indexes are filled while files are parsed: the graph grows on a worker thread (the other core) meanwhile.
  const replacedDocIds = new Set([
    ...removed.map((entry) => entry.docId),
    ...toParse.map((file) => previousByName.get(file.fileName)?.docId).filter((docId): docId is string => docId !== undefined),
  ]);
  const keywordIndex = await startKeywordIndex(dataDir, previous, replacedDocIds);
  const keywordFromScratch = keywordIndex.size === 0;
  const vectorStore = await startVectorStore(options, previous, replacedDocIds);
  const vectorsFromScratch = vectorStore.size === 0;
  // Everything written goes to a staging directory that replaces the current index only when complete.
  const writer = await IndexWriter.begin(dataDir);
  try {

    let done = 0;
    const reusedEntries = new Map<string, ManifestFile>();
    for (const file of reusable) {
      const entry = previousByName.get(file.fileName)!;
      // Saved documents are read only when an index has to be rebuilt from them; otherwise they are linked unread.
      if (keywordFromScratch || vectorsFromScratch) {
        let document: ParsedDocument;
        try {
          document = await readDocument(dataDir, entry);
        } catch (error) {
          log(`${file.fileName}: saved document unusable (${(error as Error).message}): parsing it again`);
          // The index not rebuilt here still holds the file's passages; they go before it is parsed again.
          if (!keywordFromScratch) keywordIndex.removeDocuments(new Set([file.docId]));
          if (!vectorsFromScratch) vectorStore.removeDocuments(new Set([file.docId]));
          toParse.push(file);
          continue;
        }
        if (keywordFromScratch) addToKeywordIndex(keywordIndex, document);
        if (vectorsFromScratch && document.chunks.length > 0) {
          let vectors: number[][];
          try {
            vectors = await readChunkVectors(dataDir, file.contentHash, document.chunks.length, embeddings.dimensions || previous!.embedder.dimensions);
          } catch (error) {
            log(`${file.fileName}: saved vectors unusable (${(error as Error).message}): embedding again`);
            vectors = await embeddings.embedDocuments(document.chunks.map(chunkSearchText));
          }
          await vectorStore.addVectors(vectors, toVectorDocuments(document));
        }
      }
      await writer.reuseDocument(entry);
      await writer.reuseChunkVectors(file.contentHash);
      reusedEntries.set(file.fileName, entry);
      done += 1;
      log(`[${done}/${total}] ${file.fileName}: unchanged, reused`);
    }
    for (const failure of failed) {
      done += 1;
      log(`[${done}/${total}] ${failure.fileName}: failed: ${formatFailure(failure)}`);
    }

    let embeddedDimensions = 0;
    const parsedResults = await mapWithConcurrency(toParse, options.concurrency ?? 4, async (file): Promise<Parsed | undefined> => {
      let document: ParsedDocument;
      let vectors: number[][];
      try {
        document = await parse({ fileName: file.fileName, bytes: file.bytes }, file.reader);
        vectors = document.chunks.length > 0 ? await embeddings.embedDocuments(document.chunks.map(chunkSearchText)) : [];
      } catch (error) {
        const failure = describeFailure(file.fileName, error);
        failed.push(failure);
        done += 1;
        log(`[${done}/${total}] ${file.fileName}: failed: ${formatFailure(failure)}`);
        return undefined;
      }
      addToKeywordIndex(keywordIndex, document);
      if (vectors.length > 0) await vectorStore.addVectors(vectors, toVectorDocuments(document));
      if (vectors.length > 0) embeddedDimensions = vectors[0].length;
      await writer.addChunkVectors(file.contentHash, flatten(vectors));
      await writer.addDocument(file, document);
      done += 1;
      const manifest = manifestEntry(file, document);
      log(`[${done}/${total}] ${file.fileName}: ${manifest.tables} tables, ${manifest.facts} facts, ${manifest.chunks} chunks`);
      return { file, manifest };
    });
    const parsedByName = new Map(
      parsedResults.filter((result): result is Parsed => result !== undefined).map((result) => [result.file.fileName, result]),
    );

    // The index lists documents in file order, whatever order parsing finished in.
    const entries: Array<Parsed & { status: IngestedDocument['status'] }> = [];
    for (const file of seeds) {
      const fresh = parsedByName.get(file.fileName);
      const reused = reusedEntries.get(file.fileName);
      if (fresh) entries.push({ ...fresh, status: 'ingested' });
      else if (reused) entries.push({ file, manifest: reused, status: 'reused' });
    }

    const dimensions = embeddings.dimensions || embeddedDimensions || previous?.embedder.dimensions || 0;
    await writer.commit({
      embedder: { id: embeddings.id, dimensions },
      files: entries.map((entry) => entry.manifest),
      vectorStore,
      keywordIndex,
    });

    const summary = finish(
      {
        ...summaryBase,
        rebuiltBecause,
        ingested: parsedByName.size,
        reused: entries.length - parsedByName.size,
        failed,
        perDocument: entries.map((entry) => documentRow(entry.manifest, entry.status)),
        indexWritten: true,
      },
      started,
    );
    log(summaryLine(summary));
    return summary;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

function flatten(vectors: readonly number[][]): Float32Array {
  const dimensions = vectors[0]?.length ?? 0;
  const values = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, index) => values.set(vector, index * dimensions));
  return values;
}

function addToKeywordIndex(index: KeywordIndex, document: ParsedDocument): void {
  for (const chunk of document.chunks) index.add(chunk.id, chunkSearchText(chunk), chunk.docId);
}

/** The previous keyword index minus replaced documents, or an empty one. */
async function startKeywordIndex(dataDir: string, previous: Manifest | undefined, replacedDocIds: ReadonlySet<string>): Promise<KeywordIndex> {
  if (previous) {
    try {
      const index = await readKeywordIndex(dataDir);
      index.removeDocuments(replacedDocIds);
      return index;
    } catch {
      // Rebuilt from the documents below.
    }
  }
  return new KeywordIndex();
}

/**
 * The previous graph is extended with new files, and the points of changed or removed files are marked deleted, so
 * an update costs what changed. Without a usable previous graph, a new one is built in the background from saved
 * and new vectors, which still embeds nothing that was embedded before.
 */
async function startVectorStore(options: IngestOptions, previous: Manifest | undefined, replacedDocIds: ReadonlySet<string>): Promise<HnswVectorStore> {
  if (previous) {
    try {
      const store = await readVectorStore(options.dataDir, options.embeddings);
      store.removeDocuments(replacedDocIds);
      if (store.size > 0) return store;
    } catch (error) {
      options.log(`previous vector index unusable (${(error as Error).message}): rebuilding it from saved vectors`);
    }
  }
  try {
    return await HnswVectorStore.inBackground(options.embeddings);
  } catch (error) {
    options.log(`${(error as Error).message}: building the vector index on the main thread`);
    return new HnswVectorStore(options.embeddings);
  }
}

function finish(
  partial: Omit<IngestSummary, 'documents' | 'chunks' | 'facts' | 'elapsedMs'>,
  started: number,
): IngestSummary {
  return {
    ...partial,
    documents: partial.perDocument.length,
    chunks: partial.perDocument.reduce((sum, row) => sum + row.chunks, 0),
    facts: partial.perDocument.reduce((sum, row) => sum + row.facts, 0),
    elapsedMs: Math.round(performance.now() - started),
  };
}

function summaryLine(summary: IngestSummary): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  return (
    `${summary.ingested} files ingested, ${summary.reused} reused, ${summary.failed.length} failed` +
    (summary.skipped.length > 0 ? `, ${summary.skipped.length} skipped` : '') +
    (summary.removed > 0 ? `, ${summary.removed} removed` : '') +
    `: ${summary.documents} documents, ${summary.chunks} chunks, ${summary.facts} facts in ${seconds} s`
  );
}
