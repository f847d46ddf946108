import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, modelPathEnabled } from './config.ts';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', SEEDS_DIR: './seeds', DATA_DIR: './data' });
    expect(modelPathEnabled(config)).toBe(false);
  });
  it('treats empty strings as unset and enables the model path with a base URL', () => {
    expect(modelPathEnabled(loadConfig({ OPENAI_API_KEY: '' }))).toBe(false);
    expect(modelPathEnabled(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }))).toBe(true);
  });
  it('rejects a bad port with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
