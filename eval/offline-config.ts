import { loadConfig, type Config } from '../server/config.ts';

/**
 * The configuration the eval and benchmark runners use: the caller's environment with every OPENAI_* variable
 * dropped, so a key in the shell does not switch the model path on and figures stay reproducible offline, then the
 * runner's own settings on top.
 */
export function offlineConfig(environment: Record<string, string | undefined>, overrides: Record<string, string>): Config {
  const offline = Object.fromEntries(Object.entries(environment).filter(([name]) => !name.startsWith('OPENAI_')));
  return loadConfig({ ...offline, ...overrides });
}
