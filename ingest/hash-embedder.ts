import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { isHan, segmentText } from './segment-text.ts';

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** Each feature family hashes from its own seed, so the word 运维 and the bigram 运维 are different features. */
const seeds = { word: 0x1b873593, unigram: 0x85ebca6b, bigram: 0xc2b2ae35, trigram: 0x27d4eb2f } as const;
type Family = keyof typeof seeds;

/**
 * Whole words carry the meaning; character n-grams give partial credit when jieba cut a term differently in the
 * question and in the document (公务用车运维费 vs 公务用车购置及运维费).
 */
const familyWeights: Record<Family, number> = { word: 1, unigram: 0.25, bigram: 0.6, trigram: 0.4 };

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, fnvPrime);
}

/** Murmur3's finaliser: FNV alone leaves the low bits (the bucket) poorly mixed for short keys. */
function finalMix(input: number): number {
  let hash = input;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

export interface HashEmbeddingsOptions extends Partial<EmbeddingsParams> {
  /** Vector length; a power of two is not required. Default 256. */
  dimensions?: number;
}

/**
 * A deterministic, offline embedder: signed feature hashing of words and character n-grams, sublinear term
 * frequency, L2-normalised. No model and no network, so the default install answers with nothing to download.
 */
export class HashEmbeddings extends Embeddings {
  readonly id = 'hash-ngram-v1';
  readonly dimensions: number;
  /** Reused between calls: counting features is the hot loop of ingestion. */
  private readonly counts: Record<Family, Map<number, number>> = {
    word: new Map(),
    unigram: new Map(),
    bigram: new Map(),
    trigram: new Map(),
  };

  constructor(options: HashEmbeddingsOptions = {}) {
    const { dimensions = 256, ...params } = options;
    super(params);
    if (!Number.isInteger(dimensions) || dimensions < 8) {
      throw new RangeError(`HashEmbeddings dimensions must be an integer of at least 8, got ${dimensions}`);
    }
    this.dimensions = dimensions;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }

  /** Synchronous core, for callers that embed in a tight loop. */
  embedText(text: string): number[] {
    for (const family of Object.keys(this.counts) as Family[]) this.counts[family].clear();
    this.countWords(text);
    this.countCharacterGrams(text.normalize('NFKC').toLowerCase());
    const vector = new Float64Array(this.dimensions);
    for (const family of Object.keys(this.counts) as Family[]) {
      const familyWeight = familyWeights[family];
      for (const [rawHash, count] of this.counts[family]) {
        const hash = finalMix(rawHash);
        const bucket = hash % this.dimensions;
        const sign = hash & 0x80000000 ? -1 : 1;
        vector[bucket] += sign * familyWeight * (1 + Math.log(count));
      }
    }
    let squaredNorm = 0;
    for (let index = 0; index < vector.length; index++) squaredNorm += vector[index] * vector[index];
    const result = new Array<number>(this.dimensions);
    // An empty text gives the zero vector, not NaN: cosine distance to it is then simply maximal.
    const scale = squaredNorm > 0 ? 1 / Math.sqrt(squaredNorm) : 0;
    for (let index = 0; index < vector.length; index++) result[index] = vector[index] * scale;
    return result;
  }

  private increment(family: Family, hash: number): void {
    const counts = this.counts[family];
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }

  private countWords(text: string): void {
    for (const word of segmentText(text)) {
      let hash = fnvOffset ^ seeds.word;
      for (let index = 0; index < word.length; index++) hash = fnvStep(hash, word.charCodeAt(index));
      this.increment('word', hash);
    }
  }

  /** Han unigrams and bigrams, and trigrams of ASCII words padded with a boundary mark, straight from char codes. */
  private countCharacterGrams(text: string): void {
    const boundary = 35; // '#'
    let previousHan = -1;
    let wordStart = -1;
    for (let index = 0; index <= text.length; index++) {
      const code = index < text.length ? text.charCodeAt(index) : 0;
      if (isHan(code)) {
        this.increment('unigram', fnvStep(fnvOffset ^ seeds.unigram, code));
        if (previousHan >= 0) {
          this.increment('bigram', fnvStep(fnvStep(fnvOffset ^ seeds.bigram, previousHan), code));
        }
        previousHan = code;
      } else {
        previousHan = -1;
      }
      if (isAsciiAlphanumeric(code)) {
        if (wordStart < 0) wordStart = index;
      } else if (wordStart >= 0) {
        this.countTrigrams(text, wordStart, index, boundary);
        wordStart = -1;
      }
    }
  }

  private countTrigrams(text: string, start: number, end: number, boundary: number): void {
    // Padded word "#cost#": positions -1..end; each trigram starts at -1..end-2.
    for (let first = start - 1; first + 2 <= end; first++) {
      let hash = fnvOffset ^ seeds.trigram;
      for (let position = first; position < first + 3; position++) {
        const code = position < start || position >= end ? boundary : text.charCodeAt(position);
        hash = fnvStep(hash, code);
      }
      this.increment('trigram', hash);
    }
  }
}
