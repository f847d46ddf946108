import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashEmbeddings } from './hash-embedder.ts';
import { HnswVectorStore } from './hnsw-vector-store.ts';
import { documentKey, IndexWriter, indexSchemaVersion, loadIndex, readChunkVectors, readManifest, savedFilesPresent, sha256 } from './index-store.ts';
import { KeywordIndex } from './keyword-index.ts';
import type { ParsedDocument } from './model.ts';

const document: ParsedDocument = {
  meta: { id: 'a', title: '甲局2022年预算', unit: '甲局', year: 2022, kind: '预算', fileName: 'a.txt' },
  blocks: [{ id: 'b0', kind: 'paragraph', text: '公务接待费0.5万元。', path: ['一、三公经费'], place: { line: 2 } }],
  facts: [],
  chunks: [{ id: 'a:c0', docId: 'a', kind: 'passage', section: ['一、三公经费'], blockIds: ['b0'], text: '公务接待费0.5万元。' }],
};
const contentHash = sha256(new TextEncoder().encode('a'));

async function buildIndex(dataDir: string, embeddings = new HashEmbeddings()): Promise<void> {
  const writer = await IndexWriter.begin(dataDir);
  const [vector] = await embeddings.embedDocuments([document.chunks[0].text]);
  const vectorStore = new HnswVectorStore(embeddings);
  await vectorStore.addVectors([vector], [new Document({ pageContent: document.chunks[0].text, metadata: { chunkId: 'a:c0', docId: 'a' } })]);
  const keywordIndex = new KeywordIndex();
  keywordIndex.add('a:c0', document.chunks[0].text, 'a');
  await writer.addDocument({ docId: 'a', contentHash }, document);
  await writer.addChunkVectors(contentHash, Float32Array.from(vector));
  await writer.commit({
    embedder: { id: embeddings.id, dimensions: embeddings.dimensions },
    files: [{ fileName: 'a.txt', contentHash, docId: 'a', title: document.meta.title, facts: 0, chunks: 1, unit: '甲局', year: 2022, kind: '预算', sections: 1, tables: 0 }],
    vectorStore,
    keywordIndex,
  });
}

describe('index store', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'index-store-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says missing when there is no index', async () => {
    expect(await loadIndex(dataDir, new HashEmbeddings())).toMatchObject({ status: 'missing' });
  });

  it('writes an index that loads back whole', async () => {
    await buildIndex(dataDir);
    const loaded = await loadIndex(dataDir, new HashEmbeddings());
    if (loaded.status !== 'ok') throw new Error(loaded.reason);
    expect(loaded.manifest).toMatchObject({ schemaVersion: indexSchemaVersion, embedder: { id: 'hash-ngram-v1', dimensions: 256 } });
    expect(loaded.documents).toEqual([document]);
    expect(loaded.keywordIndex.search('公务接待费', { k: 1 })[0].chunkId).toBe('a:c0');
    expect(loaded.vectorStore.size).toBe(1);
    expect(await readdir(dataDir)).toEqual(['index']);
    const vectors = await readChunkVectors(dataDir, contentHash, 1, 256);
    expect(vectors[0]).toHaveLength(256);
  });

  it('replaces an existing index and leaves nothing else behind', async () => {
    await buildIndex(dataDir);
    await buildIndex(dataDir);
    expect(await readdir(dataDir)).toEqual(['index']);
    expect((await loadIndex(dataDir, new HashEmbeddings())).status).toBe('ok');
  });

  it('refuses an index built by another embedder', async () => {
    await buildIndex(dataDir, new HashEmbeddings({ dimensions: 64 }));
    const result = await loadIndex(dataDir, new HashEmbeddings());
    expect(result).toMatchObject({ status: 'mismatch' });
    if (result.status === 'mismatch') expect(result.reason).toMatch(/64 dimensions/);
  });

  it('refuses another schema version', async () => {
    await buildIndex(dataDir);
    const path = join(dataDir, 'index', 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...manifest, schemaVersion: indexSchemaVersion + 1 }));
    expect(await readManifest(dataDir, new HashEmbeddings())).toMatchObject({ status: 'mismatch' });
  });

  it('reports a malformed manifest or document file as corrupt instead of trusting it', async () => {
    await mkdir(join(dataDir, 'index'), { recursive: true });
    await writeFile(join(dataDir, 'index', 'manifest.json'), '{"schemaVersion": 1');
    expect(await loadIndex(dataDir, new HashEmbeddings())).toMatchObject({ status: 'corrupt' });
    await buildIndex(dataDir);
    await writeFile(join(dataDir, 'index', 'documents', `${documentKey({ docId: 'a', contentHash })}.json`), JSON.stringify({ meta: { id: 'a' } }));
    expect(await loadIndex(dataDir, new HashEmbeddings())).toMatchObject({ status: 'corrupt' });
  });

  it('keys saved documents by document id and content, so equal bytes under two names do not collide', () => {
    expect(documentKey({ docId: 'a', contentHash })).toMatch(/^[0-9a-f]{64}$/);
    expect(documentKey({ docId: 'a', contentHash })).not.toBe(documentKey({ docId: 'b', contentHash }));
    expect(documentKey({ docId: 'a', contentHash })).toBe(documentKey({ docId: 'a', contentHash }));
  });

  it('carries an unchanged document into the next index by link, without reading it', async () => {
    await buildIndex(dataDir);
    const entry = { docId: 'a', contentHash };
    expect(await savedFilesPresent(dataDir, entry)).toBe(true);
    expect(await savedFilesPresent(dataDir, { docId: 'b', contentHash })).toBe(false);
    const before = await loadIndex(dataDir, new HashEmbeddings());
    if (before.status !== 'ok') throw new Error(before.reason);
    const writer = await IndexWriter.begin(dataDir);
    await writer.reuseDocument(entry);
    await writer.reuseChunkVectors(contentHash);
    await writer.commit({ embedder: { id: 'hash-ngram-v1', dimensions: 256 }, files: before.manifest.files, vectorStore: before.vectorStore, keywordIndex: before.keywordIndex });
    const after = await loadIndex(dataDir, new HashEmbeddings());
    expect(after.status === 'ok' && after.documents).toEqual([document]);
  });

  it('reports a document the manifest lists but the index lacks as corrupt', async () => {
    await buildIndex(dataDir);
    await rm(join(dataDir, 'index', 'documents', `${documentKey({ docId: 'a', contentHash })}.json`));
    expect(await savedFilesPresent(dataDir, { docId: 'a', contentHash })).toBe(false);
    expect(await loadIndex(dataDir, new HashEmbeddings())).toMatchObject({ status: 'corrupt' });
  });

  it('refuses saved vectors of the wrong size', async () => {
    await buildIndex(dataDir);
    await expect(readChunkVectors(dataDir, contentHash, 2, 256)).rejects.toThrow(/expected 2 × 256 × 4/);
  });

  it('leaves the current index untouched when a write is aborted', async () => {
    await buildIndex(dataDir);
    const writer = await IndexWriter.begin(dataDir);
    await writer.addDocument({ docId: 'a', contentHash }, document);
    await writer.abort();
    expect(await readdir(dataDir)).toEqual(['index']);
    expect((await loadIndex(dataDir, new HashEmbeddings())).status).toBe('ok');
  });

  it('does not swap in an index whose writes failed', async () => {
    await buildIndex(dataDir);
    const writer = await IndexWriter.begin(dataDir);
    await expect(writer.reuseChunkVectors('0'.repeat(64))).rejects.toThrow();
    const embeddings = new HashEmbeddings();
    await expect(
      writer.commit({ embedder: { id: embeddings.id, dimensions: 256 }, files: [], vectorStore: new HnswVectorStore(embeddings), keywordIndex: new KeywordIndex() }),
    ).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual(['index']);
    const loaded = await loadIndex(dataDir, embeddings);
    expect(loaded.status === 'ok' && loaded.documents.length).toBe(1);
  });
});
