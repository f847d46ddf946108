import { describe, expect, it } from 'vitest';
import { ConfigError } from '../server/config.ts';
import { offlineConfig } from './offline-config.ts';

describe('offlineConfig', () => {
  it('drops every OPENAI_ variable and applies the overrides over the rest', () => {
    const config = offlineConfig(
      { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_EMBEDDINGS_MODEL: 'e', HOST: '0.0.0.0', DATA_DIR: '/ignored' },
      { DATA_DIR: '/tmp/eval-data', LOG_LEVEL: 'silent' },
    );
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config.OPENAI_EMBEDDINGS_MODEL).toBeUndefined();
    expect([config.HOST, config.DATA_DIR, config.LOG_LEVEL]).toEqual(['0.0.0.0', '/tmp/eval-data', 'silent']);
  });

  it('still refuses an invalid setting', () => {
    expect(() => offlineConfig({}, { RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(ConfigError);
  });
});
