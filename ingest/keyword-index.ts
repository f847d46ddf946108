import { z } from 'zod';
import { segmentText } from './segment-text.ts';

export interface Bm25Parameters {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  b: number;
}

export const defaultBm25Parameters: Bm25Parameters = { k1: 1.2, b: 0.75 };

export interface Bm25TermInput {
  termFrequency: number;
  documentLength: number;
  averageDocumentLength: number;
  documentFrequency: number;
  documentCount: number;
}

/**
 * One query term's BM25 contribution to one document. The idf is the Lucene form (never negative), so a term found
 * in most passages (万元) still adds a little instead of penalising the passages that contain it.
 */
export function bm25TermScore(input: Bm25TermInput, parameters: Bm25Parameters = defaultBm25Parameters): number {
  const { termFrequency, documentLength, averageDocumentLength, documentFrequency, documentCount } = input;
  if (termFrequency <= 0 || documentFrequency <= 0 || documentCount <= 0) return 0;
  const inverseDocumentFrequency = Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  const lengthRatio = averageDocumentLength > 0 ? documentLength / averageDocumentLength : 1;
  const saturation =
    (termFrequency * (parameters.k1 + 1)) / (termFrequency + parameters.k1 * (1 - parameters.b + parameters.b * lengthRatio));
  return inverseDocumentFrequency * saturation;
}

export interface KeywordEntry {
  chunkId: string;
  docId: string;
}

export interface KeywordHit extends KeywordEntry {
  score: number;
}

/**
 * Checked with one plain loop per list: a per-number schema over a thousand documents' postings (millions of
 * numbers) made loading the keyword index the slowest step of reopening an index.
 */
const postingListSchema = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0),
  'a posting list holds non-negative integers',
);

const keywordIndexJsonSchema = z.object({
  schemaVersion: z.literal(1),
  parameters: z.object({ k1: z.number().positive(), b: z.number().min(0).max(1) }),
  /** [chunkId, docId, token count] per indexed passage; the position is the passage number used in postings. */
  entries: z.array(z.tuple([z.string(), z.string(), z.number().int().nonnegative()])),
  /** term -> flat [passage number, term frequency, passage number, term frequency, ...]. */
  postings: z.record(z.string(), postingListSchema),
});
export type KeywordIndexJson = z.infer<typeof keywordIndexJsonSchema>;

export class KeywordIndexError extends Error {
  readonly code = 'invalid_keyword_index';
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'KeywordIndexError';
  }
}

/** BM25 over segmentText tokens, with postings kept as flat number arrays so thousands of documents stay compact. */
export class KeywordIndex {
  private readonly entries: Array<{ chunkId: string; docId: string; length: number }> = [];
  private readonly postings = new Map<string, number[]>();
  private totalLength = 0;

  constructor(readonly parameters: Bm25Parameters = defaultBm25Parameters) {}

  get size(): number {
    return this.entries.length;
  }

  add(chunkId: string, text: string, docId: string): void {
    this.addTokens(chunkId, segmentText(text), docId);
  }

  /** For callers that already segmented the text. */
  addTokens(chunkId: string, tokens: readonly string[], docId: string): void {
    const position = this.entries.length;
    const frequencies = new Map<string, number>();
    for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
    for (const [term, frequency] of frequencies) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      list.push(position, frequency);
    }
    this.entries.push({ chunkId, docId, length: tokens.length });
    this.totalLength += tokens.length;
  }

  /** Drops every passage of the given documents (a changed or removed file), renumbering the rest. */
  removeDocuments(docIds: ReadonlySet<string>): void {
    const newPosition = new Int32Array(this.entries.length).fill(-1);
    const kept: typeof this.entries = [];
    this.totalLength = 0;
    this.entries.forEach((entry, position) => {
      if (docIds.has(entry.docId)) return;
      newPosition[position] = kept.length;
      kept.push(entry);
      this.totalLength += entry.length;
    });
    if (kept.length === this.entries.length) return;
    this.entries.splice(0, this.entries.length, ...kept);
    for (const [term, list] of this.postings) {
      const filtered: number[] = [];
      for (let index = 0; index < list.length; index += 2) {
        const position = newPosition[list[index]];
        if (position >= 0) filtered.push(position, list[index + 1]);
      }
      if (filtered.length === 0) this.postings.delete(term);
      else this.postings.set(term, filtered);
    }
  }

  /** True when some indexed passage contains the word (as a segmentation token). */
  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  search(query: string, options: { k: number; filter?: (entry: KeywordEntry) => boolean }): KeywordHit[] {
    const documentCount = this.entries.length;
    if (documentCount === 0 || options.k <= 0) return [];
    const averageDocumentLength = this.totalLength / documentCount;
    const scores = new Map<number, number>();
    for (const term of new Set(segmentText(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const documentFrequency = list.length / 2;
      for (let index = 0; index < list.length; index += 2) {
        const position = list[index];
        const score = bm25TermScore(
          {
            termFrequency: list[index + 1],
            documentLength: this.entries[position].length,
            averageDocumentLength,
            documentFrequency,
            documentCount,
          },
          this.parameters,
        );
        scores.set(position, (scores.get(position) ?? 0) + score);
      }
    }
    const hits: Array<{ position: number; score: number }> = [];
    for (const [position, score] of scores) {
      const entry = this.entries[position];
      if (options.filter && !options.filter({ chunkId: entry.chunkId, docId: entry.docId })) continue;
      hits.push({ position, score });
    }
    // Ties keep insertion order so results are stable from run to run.
    hits.sort((left, right) => right.score - left.score || left.position - right.position);
    return hits.slice(0, options.k).map(({ position, score }) => ({
      chunkId: this.entries[position].chunkId,
      docId: this.entries[position].docId,
      score,
    }));
  }

  toJSON(): KeywordIndexJson {
    return {
      schemaVersion: 1,
      parameters: { ...this.parameters },
      entries: this.entries.map((entry) => [entry.chunkId, entry.docId, entry.length]),
      postings: Object.fromEntries(this.postings),
    };
  }

  /** Loaded JSON is checked, not trusted: a posting pointing past the passage list is refused. */
  static fromJSON(value: unknown): KeywordIndex {
    const parsed = keywordIndexJsonSchema.safeParse(value);
    if (!parsed.success) {
      throw new KeywordIndexError(
        'keyword index file is malformed',
        parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      );
    }
    const index = new KeywordIndex(parsed.data.parameters);
    for (const [chunkId, docId, length] of parsed.data.entries) {
      index.entries.push({ chunkId, docId, length });
      index.totalLength += length;
    }
    const entryCount = parsed.data.entries.length;
    for (const [term, list] of Object.entries(parsed.data.postings)) {
      if (list.length % 2 !== 0) throw new KeywordIndexError(`posting list of "${term}" has an odd length`);
      for (let position = 0; position < list.length; position += 2) {
        if (list[position] >= entryCount) {
          throw new KeywordIndexError(`posting list of "${term}" points at passage ${list[position]} of ${entryCount}`);
        }
      }
      index.postings.set(term, list);
    }
    return index;
  }
}
