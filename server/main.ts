import type { Socket } from 'node:net';
import { loadConfig, ConfigError } from './config.ts';
import { createApp } from './create-app.ts';
import { openEngine } from './open-engine.ts';

/**
 * Entry point for `npm start`: read the environment once, ingest and open the engine, serve. The only server file that
 * touches process.env, the process signals and the console.
 */

const forcedShutdownAfterMs = 10_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const quiet = config.LOG_LEVEL === 'silent';
  const writeLine = (line: string) => {
    if (!quiet) process.stdout.write(`${line}\n`);
  };
  const log = (entry: object) => writeLine(JSON.stringify(entry));

  const { engine } = await openEngine({ config, log: writeLine });
  const app = createApp({ engine, config, log });

  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  // The URL goes to the console even when logging is silent: it is what the person who ran `npm start` needs.
  process.stdout.write(`Listening on http://${host}:${port}/ (${engine.documents().length} documents)\n`);

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ time: new Date().toISOString(), level: 'info', message: `${signal} received, finishing in-flight requests` });
    // close() stops accepting and waits for open connections; idle keep-alive ones would otherwise hold it open.
    server.close(() => {
      log({ time: new Date().toISOString(), level: 'info', message: 'stopped' });
      process.exit(0);
    });
    server.closeIdleConnections();
    const idleSweep = setInterval(() => server.closeIdleConnections(), 250);
    idleSweep.unref();
    setTimeout(() => {
      log({ time: new Date().toISOString(), level: 'error', message: `in-flight requests still open after ${forcedShutdownAfterMs} ms, closing ${sockets.size} connections` });
      for (const socket of sockets) socket.destroy();
      process.exit(1);
    }, forcedShutdownAfterMs).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
