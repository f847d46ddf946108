import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{ingest,server,prompts,eval,web}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
