import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../server/config.ts';
import { HashEmbeddings } from './hash-embedder.ts';

export type IdentifiedEmbeddingsInstance = Embeddings & { readonly id: string; readonly dimensions: number };

/**
 * A remote embedder with the identity the saved index checks. Its size is unknown until the first vector comes
 * back (0 until then; the index then compares ids only), unless the model was asked for a fixed size.
 */
export class IdentifiedRemoteEmbeddings extends Embeddings {
  readonly id: string;
  private learnedDimensions: number;

  constructor(
    private readonly inner: Embeddings,
    options: { id: string; dimensions?: number },
  ) {
    super({});
    this.id = options.id;
    this.learnedDimensions = options.dimensions ?? 0;
  }

  get dimensions(): number {
    return this.learnedDimensions;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const vectors = await this.inner.embedDocuments(documents);
    if (vectors.length > 0) this.learn(vectors[0].length);
    return vectors;
  }

  async embedQuery(document: string): Promise<number[]> {
    const vector = await this.inner.embedQuery(document);
    this.learn(vector.length);
    return vector;
  }

  private learn(length: number): void {
    if (this.learnedDimensions === 0) this.learnedDimensions = length;
    else if (length !== this.learnedDimensions) {
      throw new Error(`embedder ${this.id} returned ${length} dimensions after ${this.learnedDimensions}`);
    }
  }
}

/** Local hash embeddings unless an OpenAI(-compatible) embeddings model is configured with a key or base URL. */
export function createEmbeddings(config: Config, options: { dimensions?: number } = {}): IdentifiedEmbeddingsInstance {
  const remoteConfigured = Boolean(config.OPENAI_EMBEDDINGS_MODEL && (config.OPENAI_API_KEY || config.OPENAI_BASE_URL));
  if (!remoteConfigured || !config.OPENAI_EMBEDDINGS_MODEL) return new HashEmbeddings();
  const model = config.OPENAI_EMBEDDINGS_MODEL;
  const inner = new OpenAIEmbeddings({
    model,
    // OpenAI-compatible local servers often need no key, but the client refuses to start without one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    timeout: config.OPENAI_TIMEOUT_MS,
    ...(options.dimensions ? { dimensions: options.dimensions } : {}),
    ...(config.OPENAI_BASE_URL ? { configuration: { baseURL: config.OPENAI_BASE_URL } } : {}),
  });
  return new IdentifiedRemoteEmbeddings(inner, { id: `openai:${model}`, dimensions: options.dimensions });
}
