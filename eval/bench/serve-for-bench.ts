/**
 * Child process of the benchmark: opens the engine on SEEDS_DIR/DATA_DIR given as arguments, serves createApp and a
 * bare Express JSON endpoint on ephemeral ports, and prints one JSON line with their URLs. Running the servers
 * apart from the load generator keeps autocannon from competing with them for one event loop, and makes the RSS
 * figure the server's alone.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp } from '../../server/create-app.ts';
import { openEngine } from '../../server/open-engine.ts';
import { offlineConfig } from '../offline-config.ts';

async function listen(app: express.Express): Promise<string> {
  return new Promise((resolveListen, reject) => {
    const server = app.listen(0, '127.0.0.1', (error?: Error) => {
      if (error) reject(error);
      else resolveListen(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

async function main(): Promise<void> {
  const [seedsFolder, dataFolder] = process.argv.slice(2);
  if (!seedsFolder || !dataFolder) throw new Error('usage: serve-for-bench.ts <seeds dir> <data dir>');
  // The rate limiter would turn a load test into a test of the limiter.
  const config = offlineConfig(process.env, { SEEDS_DIR: seedsFolder, DATA_DIR: dataFolder, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000000' });
  const { engine } = await openEngine({ config, log: () => {} });
  const askUrl = await listen(createApp({ engine, config, log: () => {} }));
  const bare = express();
  bare.use(express.json());
  bare.post('/bare', (request, response) => {
    response.json({ kind: 'text', answer: String((request.body as { question?: unknown }).question ?? ''), citations: [] });
  });
  bare.get('/rss', (_request, response) => {
    globalThis.gc?.();
    response.json({ rss: process.memoryUsage().rss });
  });
  const bareUrl = await listen(bare);
  process.stdout.write(`${JSON.stringify({ askUrl, bareUrl })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve-for-bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(2);
});
