import { describe, expect, it } from 'vitest';
import { HashEmbeddings } from './hash-embedder.ts';

function cosine(left: number[], right: number[]): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += left[index] * right[index];
  return sum;
}

function norm(vector: number[]): number {
  return Math.sqrt(cosine(vector, vector));
}

describe('HashEmbeddings', () => {
  const embeddings = new HashEmbeddings();

  it('names itself and its size, which the saved index records', () => {
    expect(embeddings.id).toBe('hash-ngram-v1');
    expect(embeddings.dimensions).toBe(256);
    expect(new HashEmbeddings({ dimensions: 64 }).dimensions).toBe(64);
  });

  it('gives the same vector for the same text, across instances', async () => {
    const first = await embeddings.embedQuery('公务用车购置及运维费11.80万元');
    const second = await new HashEmbeddings().embedQuery('公务用车购置及运维费11.80万元');
    expect(second).toEqual(first);
    expect(first).toHaveLength(256);
  });

  it('gives unit-length vectors', async () => {
    const [vector] = await embeddings.embedDocuments(['机关运行经费预算情况']);
    expect(norm(vector)).toBeCloseTo(1, 10);
  });

  it('puts related budget terms closer than unrelated ones', async () => {
    const [query, related, unrelated] = await embeddings.embedDocuments([
      '公务用车运维费',
      '公务用车购置及运维费',
      '信访呼叫中心服务平台',
    ]);
    expect(cosine(query, related)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
  });

  it('embeds English text, with related words closer than unrelated ones', async () => {
    const [query, related, unrelated] = await embeddings.embedDocuments([
      'official vehicle costs',
      'costs of official vehicles',
      'performance targets of the hotline',
    ]);
    expect(norm(query)).toBeCloseTo(1, 10);
    expect(cosine(query, related)).toBeGreaterThan(cosine(query, unrelated));
  });

  it('gives a zero vector, not NaN, for empty or punctuation-only text', async () => {
    for (const text of ['', '，。 \n']) {
      const vector = await embeddings.embedQuery(text);
      expect(vector).toHaveLength(256);
      expect(vector.every((value) => value === 0)).toBe(true);
    }
  });

  it('refuses a nonsensical size', () => {
    expect(() => new HashEmbeddings({ dimensions: 0 })).toThrow(RangeError);
    expect(() => new HashEmbeddings({ dimensions: 12.5 })).toThrow(RangeError);
  });
});
