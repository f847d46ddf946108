import { mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashEmbeddings } from './hash-embedder.ts';
import { loadIndex } from './index-store.ts';
import { makeChunks } from './make-chunks.ts';
import type { Block, DocumentReader, ParsedDocument, RawBlock } from './model.ts';
import { documentIdFromFileName } from './parse-document.ts';
import { runIngest, type IngestOptions } from './run-ingest.ts';

/** A reader for test files: one paragraph a line; a line "BROKEN" is a malformed file, reported with its line. */
const lineReader: DocumentReader = {
  extensions: ['.txt'],
  async read({ bytes }) {
    const lines = new TextDecoder().decode(bytes).split('\n');
    return lines.map((text, index): RawBlock => {
      if (text === 'BROKEN') throw Object.assign(new Error('broken table'), { line: index + 1 });
      return { kind: 'paragraph', text, place: { line: index + 1 } };
    });
  },
};

class CountingEmbeddings extends HashEmbeddings {
  calls = 0;
  override async embedDocuments(documents: string[]): Promise<number[][]> {
    this.calls += 1;
    return super.embedDocuments(documents);
  }
}

describe('runIngest', () => {
  let root: string;
  let seedsDir: string;
  let dataDir: string;
  let parsed: string[];
  let lines: string[];

  /** Stands in for the colleagues' parse stages: first line is the title, each other line a paragraph. */
  async function fakeParse(input: { fileName: string; bytes: Uint8Array }, reader: DocumentReader): Promise<ParsedDocument> {
    parsed.push(input.fileName);
    const raw = await reader.read(input);
    const docId = documentIdFromFileName(input.fileName);
    const blocks: Block[] = raw.slice(1).map((block, index) => ({
      id: `b${index}`,
      kind: 'paragraph',
      text: block.kind === 'paragraph' ? block.text : '',
      path: [`一、第${index}节`],
      place: block.place,
    }));
    const title = raw[0]?.kind === 'paragraph' ? raw[0].text : '';
    return {
      meta: { id: docId, title, unit: '某局', year: 2022, kind: '预算', fileName: input.fileName },
      blocks,
      facts: [],
      chunks: makeChunks(blocks, docId),
    };
  }

  function options(embeddings = new CountingEmbeddings()): IngestOptions & { embeddings: CountingEmbeddings } {
    return {
      seedsDir,
      dataDir,
      embeddings,
      readerFor: (fileName) => (fileName.endsWith('.txt') ? lineReader : undefined),
      log: (line) => lines.push(line),
      parse: fakeParse,
    };
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'run-ingest-'));
    seedsDir = join(root, 'seeds');
    dataDir = join(root, 'data');
    await mkdir(join(seedsDir, 'sub'), { recursive: true });
    await writeFile(join(seedsDir, 'a.txt'), '甲局预算\n公务用车购置及运维费11.80万元。\n机关运行经费95.17万元。');
    await writeFile(join(seedsDir, 'sub', 'b.txt'), '乙局预算\n信访呼叫中心服务平台运行维护经费20万元。');
    await writeFile(join(seedsDir, 'notes.md'), '# not a disclosure');
    parsed = [];
    lines = [];
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('ingests every readable file, skips unknown extensions with a note, and prints progress and a summary', async () => {
    const summary = await runIngest(options());
    expect(summary).toMatchObject({ files: 2, ingested: 2, reused: 0, failed: [], skipped: ['notes.md'], documents: 2, chunks: 3, indexWritten: true });
    expect(lines).toContain('skipped notes.md: no reader for ".md" files');
    expect(lines.some((line) => /^\[\d\/2\] sub\/b\.txt: 0 tables, 0 facts, 1 chunks$/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2 files ingested, 0 reused, 0 failed, 1 skipped: 2 documents, 3 chunks, 0 facts in \d+\.\d s$/);
    const loaded = await loadIndex(dataDir, new HashEmbeddings());
    if (loaded.status !== 'ok') throw new Error(loaded.reason);
    expect(loaded.documents.map((document) => document.meta.id)).toEqual(['a', 'b']);
    expect(loaded.manifest.files.map((file) => file.fileName)).toEqual(['a.txt', 'sub/b.txt']);
    expect(loaded.keywordIndex.search('信访', { k: 3 })[0].docId).toBe('b');
    const [[nearest]] = await loaded.vectorStore.similaritySearchWithScore('公务用车运维费', 1);
    expect(nearest.metadata.docId).toBe('a');
  });

  it('does no work the second time when nothing changed', async () => {
    await runIngest(options());
    parsed = [];
    const embeddings = new CountingEmbeddings();
    const summary = await runIngest(options(embeddings));
    expect(parsed).toEqual([]);
    expect(embeddings.calls).toBe(0);
    expect(summary).toMatchObject({ ingested: 0, reused: 2, documents: 2, indexWritten: false });
    expect(summary.perDocument.map((row) => [row.docId, row.title, row.status])).toEqual([
      ['a', '甲局预算', 'reused'],
      ['b', '乙局预算', 'reused'],
    ]);
  });

  it('parses only changed and added files, drops removed ones, and keeps the rest searchable', async () => {
    await runIngest(options());
    parsed = [];
    await writeFile(join(seedsDir, 'a.txt'), '甲局预算\n公务接待费0.5万元。');
    await unlink(join(seedsDir, 'sub', 'b.txt'));
    await writeFile(join(seedsDir, 'c.txt'), '丙局预算\n政府采购预算30万元。');
    const embeddings = new CountingEmbeddings();
    const summary = await runIngest(options(embeddings));
    expect(parsed.sort()).toEqual(['a.txt', 'c.txt']);
    expect(embeddings.calls).toBe(2);
    expect(summary).toMatchObject({ ingested: 2, reused: 0, removed: 1, documents: 2 });
    const loaded = await loadIndex(dataDir, new HashEmbeddings());
    if (loaded.status !== 'ok') throw new Error(loaded.reason);
    expect(loaded.vectorStore.size).toBe(2);
    expect(loaded.keywordIndex.search('机关运行经费', { k: 5 })).toEqual([]);
    expect(loaded.keywordIndex.search('公务接待费', { k: 5 })[0].chunkId).toBe('a:c0');
  });

  it('adds a new file without re-embedding the others', async () => {
    await runIngest(options());
    parsed = [];
    await writeFile(join(seedsDir, 'c.txt'), '丙局预算\n政府采购预算30万元。');
    const embeddings = new CountingEmbeddings();
    const summary = await runIngest(options(embeddings));
    expect(parsed).toEqual(['c.txt']);
    expect(embeddings.calls).toBe(1);
    expect(summary).toMatchObject({ ingested: 1, reused: 2, documents: 3, chunks: 4 });
    const loaded = await loadIndex(dataDir, new HashEmbeddings());
    if (loaded.status !== 'ok') throw new Error(loaded.reason);
    expect(loaded.vectorStore.size).toBe(4);
    expect(loaded.keywordIndex.size).toBe(4);
  });

  it('reports a malformed file with its name and line and ingests the others', async () => {
    await writeFile(join(seedsDir, 'bad.txt'), '丁局预算\n正文\nBROKEN');
    const summary = await runIngest(options());
    expect(summary.failed).toEqual([{ fileName: 'bad.txt', message: 'broken table', line: 3 }]);
    expect(summary.documents).toBe(2);
    expect(lines.some((line) => /^\[\d\/3\] bad\.txt: failed: line 3: broken table$/.test(line))).toBe(true);
  });

  it('refuses two files that would get the same document id', async () => {
    await writeFile(join(seedsDir, 'sub', 'a.txt'), '重名\n内容');
    const summary = await runIngest(options());
    expect(summary.failed).toEqual([{ fileName: 'sub/a.txt', message: 'same document id "a" as a.txt; rename one of the two files' }]);
  });

  it('rebuilds everything when the index was built by another embedder', async () => {
    await runIngest(options(new CountingEmbeddings({ dimensions: 64 })));
    parsed = [];
    const summary = await runIngest(options());
    expect(parsed.sort()).toEqual(['a.txt', 'sub/b.txt']);
    expect(summary.rebuiltBecause).toMatch(/64 dimensions/);
    expect(lines.some((line) => line.startsWith('previous index refused'))).toBe(true);
    expect((await loadIndex(dataDir, new HashEmbeddings())).status).toBe('ok');
  });

  it('leaves no staging directories behind', async () => {
    await runIngest(options());
    await writeFile(join(seedsDir, 'c.txt'), '丙局预算\n政府采购预算30万元。');
    await runIngest(options());
    expect(await readdir(dataDir)).toEqual(['index']);
  });

  it('ingests an empty seeds folder into an empty index', async () => {
    await rm(seedsDir, { recursive: true });
    await mkdir(seedsDir);
    const summary = await runIngest(options());
    expect(summary).toMatchObject({ files: 0, documents: 0, indexWritten: true });
    const loaded = await loadIndex(dataDir, new HashEmbeddings());
    expect(loaded.status).toBe('ok');
  });
});
