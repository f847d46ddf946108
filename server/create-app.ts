import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type Request } from 'express';
import type { z } from 'zod';
import { accessLog } from './access-log.ts';
import { askRequestSchema, type AskRequest, type AskResponse } from './ask-contract.ts';
import type { Config } from './config.ts';
import { searchQuerySchema, type Engine } from './engine-contract.ts';
import { HttpError, type HttpErrorIssue } from './http-error.ts';
import { rateLimit } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * An engine may produce the answer text incrementally. Optional so that every Engine works: without it the stream
 * endpoint splits the finished answer into pieces.
 */
export interface StreamingEngine extends Engine {
  askStream?(request: AskRequest, onDelta: (text: string) => void): Promise<AskResponse>;
}

export interface CreateAppOptions {
  engine: StreamingEngine;
  config: Config;
  log?: (entry: object) => void;
}

/** Well above any real question (2000 characters) and small enough that a flood of large bodies costs little. */
const jsonBodyLimit = '256kb';

const webDirectory = fileURLToPath(new URL('../web/', import.meta.url));
/** web/ also holds the browser tests; only what the page needs is served. */
const servedExtensions = new Set(['.html', '.js', '.css', '.svg', '.png', '.ico']);

function issuesOf(error: z.ZodError): HttpErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = issuesOf(result.error);
    throw new HttpError('invalid_request', `Invalid ${what}: ${issues.map((issue) => issue.message).join('; ')}`, issues);
  }
  return result.data;
}

function quoteForMessage(value: string): string {
  return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}

function parseAskRequest(request: Request, engine: Engine): AskRequest {
  const body: unknown = request.body;
  if (body === undefined) {
    throw new HttpError('invalid_request', 'Request body must be JSON sent with Content-Type: application/json');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError('invalid_request', 'Request body must be a JSON object', [{ path: [], message: 'expected an object' }]);
  }
  const askRequest = parseOrThrow(askRequestSchema, body, 'request');
  checkDocumentKnown(engine, askRequest.docId);
  return askRequest;
}

/** A filter on a document that does not exist would silently answer from nothing; it is the caller's mistake. */
function checkDocumentKnown(engine: Engine, docId: string | undefined): void {
  if (docId === undefined || engine.hasDocument(docId)) return;
  throw new HttpError('invalid_request', `Unknown docId ${quoteForMessage(docId)}`, [
    { path: ['docId'], message: `no document with id ${quoteForMessage(docId)}` },
  ]);
}

/**
 * Pieces of the finished answer for `answer-delta` events: short runs ending at punctuation or spaces, so the page
 * can show text as it arrives. When the engine produces text incrementally, its pieces replace these.
 */
function answerPieces(answer: string): string[] {
  const pieces = answer.match(/[^\s，。；：、,.;:!?！？]{1,12}[\s，。；：、,.;:!?！？]*|[\s，。；：、,.;:!?！？]+/gu);
  return pieces ?? [];
}

function bodyParserError(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  const type = (error as { type: unknown }).type;
  if (type === 'entity.too.large') {
    return new HttpError('payload_too_large', `Request body is larger than ${jsonBodyLimit}`);
  }
  if (type === 'entity.parse.failed') return new HttpError('invalid_request', 'Request body is not valid JSON');
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpError('invalid_request', 'Request body could not be read (check Content-Type, charset and encoding)');
  }
  return undefined;
}

/**
 * The HTTP service around an Engine. There is no endpoint that changes data (documents come from SEEDS_DIR at start-up,
 * no upload), so no route needs ADMIN_TOKEN and nothing here checks it.
 */
export function createApp(options: CreateAppOptions): express.Express {
  const { engine, config } = options;
  const log = options.log ?? (() => {});
  const app = express();
  app.disable('x-powered-by');

  app.use(securityHeaders());
  app.use(accessLog(log));

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', documents: engine.documents().length });
  });

  app.use('/api', rateLimit({ perMinute: config.RATE_LIMIT_PER_MINUTE }));
  app.use('/api', express.json({ limit: jsonBodyLimit }));

  app.post('/api/ask', async (request, response) => {
    const askRequest = parseAskRequest(request, engine);
    const answer: AskResponse = await engine.ask(askRequest);
    response.json(answer);
  });

  app.post('/api/ask/stream', async (request, response) => {
    // Bad input is answered before the stream starts, as a plain 400 like /api/ask.
    const askRequest = parseAskRequest(request, engine);
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    let clientGone = false;
    response.on('close', () => {
      clientGone = true;
    });
    const send = (event: string, data: unknown) => {
      if (!clientGone) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    try {
      let answer: AskResponse;
      if (engine.askStream) {
        answer = await engine.askStream(askRequest, (text) => {
          if (text !== '') send('answer-delta', { text });
        });
      } else {
        answer = await engine.ask(askRequest);
        for (const piece of answerPieces(answer.answer)) send('answer-delta', { text: piece });
      }
      send('answer', answer);
      send('done', {});
    } catch (error) {
      log({ level: 'error', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined, path: request.path });
      send('error', { code: 'internal', message: 'Internal error' });
    }
    response.end();
  });

  app.get('/api/search', async (request, response) => {
    const query = parseOrThrow(searchQuerySchema, request.query, 'search query');
    checkDocumentKnown(engine, query.docId);
    response.json({ results: await engine.search(query) });
  });

  app.get('/api/documents', (_request, response) => {
    response.json({ documents: engine.documents() });
  });

  app.get('/api/sources/:id', (request, response) => {
    const id = request.params.id;
    const view = engine.source(id);
    if (!view) throw new HttpError('not_found', `No source with id ${quoteForMessage(id)}`);
    response.json(view);
  });

  const serveWeb = express.static(webDirectory, { index: 'index.html', dotfiles: 'ignore', fallthrough: true, maxAge: 0 });
  app.use((request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const extension = extname(request.path);
    if (extension !== '' && !servedExtensions.has(extension)) return next();
    return serveWeb(request, response, next);
  });

  app.use((request, _response, next) => {
    next(new HttpError('not_found', `No route for ${request.method} ${request.path}`));
  });

  const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
    const known = error instanceof HttpError ? error : bodyParserError(error);
    const httpError =
      known ??
      (() => {
        log({ level: 'error', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined, method: request.method, path: request.path });
        return new HttpError('internal', 'Internal error');
      })();
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(httpError.status).set(httpError.headers).json(httpError.toBody());
  };
  app.use(errorHandler);

  return app;
}
