import type { Config } from '../server/config.ts';
import type { Engine } from '../server/engine-contract.ts';
import type { EvaluatedEngine } from './run-eval.ts';

export type OpenEngine = (options: {
  config: Config;
  log: (line: string) => void;
}) => Promise<{ engine: Engine & Partial<EvaluatedEngine> }>;

/**
 * Loads server/open-engine.ts by path at run time, so the eval and bench runners type-check and fail with a clear
 * message while the engine is still being written, instead of failing the whole type-check.
 */
export async function loadOpenEngine(): Promise<OpenEngine> {
  const modulePath = '../server/open-engine.ts';
  let loaded: { openEngine?: unknown };
  try {
    loaded = (await import(modulePath)) as { openEngine?: unknown };
  } catch (error) {
    throw new Error(`cannot load server/open-engine.ts: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof loaded.openEngine !== 'function') throw new Error('server/open-engine.ts does not export openEngine');
  return loaded.openEngine as OpenEngine;
}
