import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashEmbeddings } from './hash-embedder.ts';
import { HnswVectorStore, VectorStoreError } from './hnsw-vector-store.ts';

const passages = [
  { text: '公务用车购置及运维费11.80万元', chunkId: 'a:c0', docId: 'a' },
  { text: '信访呼叫中心服务平台运行维护经费', chunkId: 'a:c1', docId: 'a' },
  { text: '机关运行经费预算95.17万元', chunkId: 'b:c0', docId: 'b' },
  { text: '公务接待费0.5万元', chunkId: 'b:c1', docId: 'b' },
];

function documents() {
  return passages.map((passage) => new Document({ pageContent: passage.text, metadata: { chunkId: passage.chunkId, docId: passage.docId } }));
}

describe('HnswVectorStore', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'hnsw-store-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('finds the nearest passage first, with cosine similarity as the score', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await store.addDocuments(documents());
    const results = await store.similaritySearchWithScore('公务用车运维费', 2);
    expect(results[0][0].metadata).toEqual({ chunkId: 'a:c0', docId: 'a' });
    expect(results[0][1]).toBeGreaterThan(results[1][1]);
    expect(results[0][1]).toBeLessThanOrEqual(1.000001);
  });

  it('removes a document without rebuilding: its own points disappear, points it shared stay for the others', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await store.addDocuments(documents());
    // c:c0 repeats a:c0's text, so the two share one point.
    await store.addDocuments([new Document({ pageContent: passages[0].text, metadata: { chunkId: 'c:c0', docId: 'c' } })]);
    expect(store.pointCount).toBe(4);
    store.removeDocuments(new Set(['a']));
    expect(store.size).toBe(3);
    const ids = async (query: string) => (await store.similaritySearchWithScore(query, 10)).map(([document]) => document.metadata.chunkId);
    expect(await ids('公务用车运维费')).toEqual(expect.arrayContaining(['c:c0', 'b:c0', 'b:c1']));
    expect(await ids('信访呼叫中心')).not.toContain('a:c1');
    expect((await ids('信访呼叫中心')).length).toBe(3);
    await store.save(directory);
    const loaded = await HnswVectorStore.load(directory, new HashEmbeddings());
    expect(loaded.size).toBe(3);
    expect((await loaded.similaritySearchWithScore('信访呼叫中心', 10)).map(([document]) => document.metadata.chunkId).sort()).toEqual(['b:c0', 'b:c1', 'c:c0']);
    // A later identical vector gets a live point of its own, not the deleted one.
    await loaded.addDocuments([new Document({ pageContent: passages[1].text, metadata: { chunkId: 'd:c0', docId: 'd' } })]);
    expect((await loaded.similaritySearchWithScore('信访呼叫中心服务平台运行维护经费', 1))[0][0].metadata.chunkId).toBe('d:c0');
  });

  it('ignores removal of documents it does not hold', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await store.addDocuments(documents());
    store.removeDocuments(new Set(['zzz']));
    expect(store.size).toBe(4);
  });

  it('applies a metadata filter', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await store.addDocuments(documents());
    const results = await store.similaritySearchWithScore('公务用车运维费', 4, (metadata) => metadata.docId === 'b');
    expect(results.map(([document]) => document.metadata.docId)).toEqual(['b', 'b']);
  });

  it('returns at most as many results as it holds, and nothing when empty', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    expect(await store.similaritySearch('经费', 5)).toEqual([]);
    await store.addDocuments(documents());
    expect(await store.similaritySearch('经费', 50)).toHaveLength(4);
  });

  it('grows past its initial capacity', async () => {
    const embeddings = new HashEmbeddings({ dimensions: 16 });
    const store = new HnswVectorStore(embeddings);
    const texts = Array.from({ length: 1500 }, (_, index) => `项目${index}经费`);
    const vectors = await embeddings.embedDocuments(texts);
    await store.addVectors(vectors, texts.map((text, index) => new Document({ pageContent: text, metadata: { chunkId: `d:c${index}`, docId: 'd' } })));
    expect(store.size).toBe(1500);
  });

  it('saves and loads, giving the same results', async () => {
    const embeddings = new HashEmbeddings();
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents());
    await store.save(directory);
    const loaded = await HnswVectorStore.load(directory, embeddings);
    expect(loaded.size).toBe(4);
    const before = await store.similaritySearchWithScore('机关运行经费', 3);
    const after = await loaded.similaritySearchWithScore('机关运行经费', 3);
    expect(after.map(([document]) => document.metadata.chunkId)).toEqual(before.map(([document]) => document.metadata.chunkId));
  });

  it('saves and loads an empty store', async () => {
    const embeddings = new HashEmbeddings();
    await new HnswVectorStore(embeddings).save(directory);
    const loaded = await HnswVectorStore.load(directory, embeddings);
    expect(loaded.size).toBe(0);
  });

  it('refuses an index built by another embedder or at another size', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await store.addDocuments(documents());
    await store.save(directory);
    const otherSize = HnswVectorStore.load(directory, new HashEmbeddings({ dimensions: 128 }));
    await expect(otherSize).rejects.toBeInstanceOf(VectorStoreError);
    await expect(otherSize).rejects.toMatchObject({ code: 'embedder_mismatch' });
    const otherEmbedder = Object.assign(new HashEmbeddings(), { id: 'other-v2' });
    await expect(HnswVectorStore.load(directory, otherEmbedder)).rejects.toMatchObject({ code: 'embedder_mismatch' });
  });

  it('refuses a malformed store file instead of trusting it', async () => {
    await writeFile(join(directory, 'docstore.json'), JSON.stringify({ schemaVersion: 2, embedder: { id: 'hash-ngram-v1' } }));
    await expect(HnswVectorStore.load(directory, new HashEmbeddings())).rejects.toMatchObject({ code: 'corrupt_index' });
  });

  it('refuses vectors of the wrong length', async () => {
    const store = new HnswVectorStore(new HashEmbeddings());
    await expect(store.addVectors([[1, 0, 0]], [documents()[0]])).rejects.toMatchObject({ code: 'dimension_mismatch' });
    await expect(store.addVectors([], [documents()[0]])).rejects.toThrow(RangeError);
  });

  it('builds in the background on a worker thread, saves, and the loaded store searches like a foreground one', async () => {
    const embeddings = new HashEmbeddings();
    const background = await HnswVectorStore.inBackground(embeddings);
    await background.addDocuments(documents().slice(0, 2));
    await background.addDocuments(documents().slice(2));
    await expect(background.similaritySearch('经费', 1)).rejects.toMatchObject({ code: 'save_only' });
    await background.save(directory);
    const loaded = await HnswVectorStore.load(directory, embeddings);
    expect(loaded.size).toBe(4);
    const foreground = new HnswVectorStore(embeddings);
    await foreground.addDocuments(documents());
    const ids = async (store: HnswVectorStore) => (await store.similaritySearch('公务用车运维费', 4)).map((document) => document.metadata.chunkId);
    expect(await ids(loaded)).toEqual(await ids(foreground));
  });

  it('saves an empty background store', async () => {
    const embeddings = new HashEmbeddings();
    await (await HnswVectorStore.inBackground(embeddings)).save(directory);
    expect((await HnswVectorStore.load(directory, embeddings)).size).toBe(0);
  });

  it('reports a failed background build at save time', async () => {
    const embeddings = new HashEmbeddings({ dimensions: 16 });
    const background = await HnswVectorStore.inBackground(embeddings);
    await background.addVectors([new Array(16).fill(0.25)], [documents()[0]]);
    await expect(background.save(join(directory, 'missing-parent', '\u0000bad'))).rejects.toBeDefined();
  });

  it('stores identical vectors as one point but returns every document that has it', async () => {
    const embeddings = new HashEmbeddings();
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments([
      new Document({ pageContent: '公务接待费0万元', metadata: { chunkId: 'x:c0', docId: 'x' } }),
      new Document({ pageContent: '公务接待费0万元', metadata: { chunkId: 'y:c0', docId: 'y' } }),
      new Document({ pageContent: '机关运行经费', metadata: { chunkId: 'y:c1', docId: 'y' } }),
    ]);
    expect(store.size).toBe(3);
    expect(store.pointCount).toBe(2);
    const all = await store.similaritySearchWithScore('公务接待费', 3);
    expect(all.map(([document]) => document.metadata.chunkId)).toEqual(['x:c0', 'y:c0', 'y:c1']);
    expect(all[0][1]).toBe(all[1][1]);
    const onlyY = await store.similaritySearch('公务接待费', 1, (metadata) => metadata.docId === 'y');
    expect(onlyY.map((document) => document.metadata.chunkId)).toEqual(['y:c0']);
    expect(await store.similaritySearch('公务接待费', 1)).toHaveLength(1);
    await store.save(directory);
    const loaded = await HnswVectorStore.load(directory, embeddings);
    expect(loaded.pointCount).toBe(2);
    expect((await loaded.similaritySearch('公务接待费', 2)).map((document) => document.metadata.chunkId)).toEqual(['x:c0', 'y:c0']);
  });

  it('refuses a store file whose points do not cover the documents exactly once', async () => {
    const embeddings = new HashEmbeddings();
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents());
    await store.save(directory);
    const path = join(directory, 'docstore.json');
    const saved = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...saved, points: [[0], [0], [2], [3]] }));
    await expect(HnswVectorStore.load(directory, embeddings)).rejects.toMatchObject({ code: 'corrupt_index' });
  });
});
