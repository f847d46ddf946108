import { z } from 'zod';

/** Environment, read once at start-up and passed down; nothing else reads process.env. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  DATA_DIR: z.string().min(1).default('./data'),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Setting this (with a key or base URL) switches embeddings to OpenAIEmbeddings; the index is then rebuilt. */
  OPENAI_EMBEDDINGS_MODEL: z.string().min(1).optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  ADMIN_TOKEN: z.string().min(8).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  LOG_LEVEL: z.enum(['silent', 'info']).default('info'),
  /** Answers kept for repeated questions (the index does not change while the server runs); 0 turns the cache off. */
  ANSWER_CACHE_SIZE: z.coerce.number().int().min(0).default(1000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration: ${issues.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, so `OPENAI_API_KEY=` in a shell does not switch the model path on. */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

/** The optional model path is on when a key or an OpenAI-compatible base URL is configured. */
export function modelPathEnabled(config: Config): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}
