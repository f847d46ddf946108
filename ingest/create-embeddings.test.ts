import { Embeddings } from '@langchain/core/embeddings';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { startFakeOpenAiServer } from '../server/testing/fake-openai-server.ts';
import { readerFor } from './readers/index.ts';
import { runIngest } from './run-ingest.ts';
import { createEmbeddings, IdentifiedRemoteEmbeddings } from './create-embeddings.ts';
import { HashEmbeddings } from './hash-embedder.ts';

class FixedEmbeddings extends Embeddings {
  constructor(private readonly lengths: number[]) {
    super({});
  }
  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map(() => new Array(this.lengths.shift() ?? 3).fill(0.5));
  }
  async embedQuery(): Promise<number[]> {
    return new Array(this.lengths.shift() ?? 3).fill(0.5);
  }
}

describe('createEmbeddings', () => {
  it('uses the local hash embedder by default', () => {
    const embeddings = createEmbeddings(loadConfig({}));
    expect(embeddings).toBeInstanceOf(HashEmbeddings);
    expect(embeddings.id).toBe('hash-ngram-v1');
    expect(embeddings.dimensions).toBe(256);
  });

  it('stays local when a model is named but neither key nor base URL is set', () => {
    expect(createEmbeddings(loadConfig({ OPENAI_EMBEDDINGS_MODEL: 'text-embedding-3-small' }))).toBeInstanceOf(HashEmbeddings);
  });

  it('stays local when a key is set but no embeddings model is named', () => {
    expect(createEmbeddings(loadConfig({ OPENAI_API_KEY: 'sk-test' }))).toBeInstanceOf(HashEmbeddings);
  });

  it('switches to OpenAI embeddings with a model and a key or base URL, named after the model', () => {
    const withKey = createEmbeddings(loadConfig({ OPENAI_EMBEDDINGS_MODEL: 'text-embedding-3-small', OPENAI_API_KEY: 'sk-test' }));
    expect(withKey.id).toBe('openai:text-embedding-3-small');
    expect(withKey.dimensions).toBe(0);
    const withUrl = createEmbeddings(loadConfig({ OPENAI_EMBEDDINGS_MODEL: 'bge-m3', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }), { dimensions: 1024 });
    expect(withUrl.id).toBe('openai:bge-m3');
    expect(withUrl.dimensions).toBe(1024);
  });
});

describe('IdentifiedRemoteEmbeddings', () => {
  it('learns its size from the first vector', async () => {
    const embeddings = new IdentifiedRemoteEmbeddings(new FixedEmbeddings([4, 4]), { id: 'openai:test' });
    expect(embeddings.dimensions).toBe(0);
    await embeddings.embedDocuments(['a', 'b']);
    expect(embeddings.dimensions).toBe(4);
  });

  it('refuses a vector of another size later', async () => {
    const embeddings = new IdentifiedRemoteEmbeddings(new FixedEmbeddings([4, 5]), { id: 'openai:test' });
    await embeddings.embedQuery('a');
    await expect(embeddings.embedQuery('b')).rejects.toThrow(/5 dimensions after 4/);
  });
});

describe('OpenAI-compatible embeddings against a local fake server', () => {
  it('embeds through the server (base64 float32), and switching embedder rebuilds the index', async () => {
    const fake = await startFakeOpenAiServer({ dimensions: 8 });
    const dataDir = mkdtempSync(join(tmpdir(), 'budget-qa-remote-'));
    const seedsDir = new URL('../seeds/', import.meta.url).pathname;
    try {
      const remote = createEmbeddings(loadConfig({ OPENAI_EMBEDDINGS_MODEL: 'fake-embed', OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test' }));
      const vector = await remote.embedQuery('公务用车购置及运维费');
      expect(vector).toHaveLength(8);
      expect(vector.some((value) => value !== 0)).toBe(true);
      const request = fake.requests.find((entry) => entry.path.endsWith('/embeddings'))?.body as { encoding_format?: string; model?: string };
      expect(request).toMatchObject({ model: 'fake-embed', encoding_format: 'base64' });

      const first = await runIngest({ seedsDir, dataDir, embeddings: remote, readerFor, log: () => {} });
      expect(first.ingested).toBe(1);
      const manifest = JSON.parse(readFileSync(join(dataDir, 'index', 'manifest.json'), 'utf8')) as { embedder: { id: string; dimensions: number } };
      expect(manifest.embedder).toEqual({ id: 'openai:fake-embed', dimensions: 8 });

      // The local embedder cannot use vectors another embedder made: everything is embedded again.
      const second = await runIngest({ seedsDir, dataDir, embeddings: createEmbeddings(loadConfig({})), readerFor, log: () => {} });
      expect(second.ingested).toBe(1);
      expect(second.reused).toBe(0);
    } finally {
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
