import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { FakeEngine } from './testing/fake-engine.ts';

interface Started {
  server: Server;
  base: string;
  logs: Array<Record<string, unknown>>;
  engine: FakeEngine;
}

async function start(rateLimitPerMinute = 10_000, engine = new FakeEngine()): Promise<Started> {
  const logs: Array<Record<string, unknown>> = [];
  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: String(rateLimitPerMinute), LOG_LEVEL: 'silent' });
  const app = createApp({ engine, config, log: (entry) => logs.push(entry as Record<string, unknown>) });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, logs, engine };
}

async function stop(started: Started): Promise<void> {
  started.server.closeAllConnections();
  await new Promise<void>((resolve) => started.server.close(() => resolve()));
}

const expectedHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function postJson(base: string, path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

interface ServerSentEvent {
  event: string;
  data: unknown;
}

function parseEvents(text: string): ServerSentEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))!.slice('event: '.length);
      const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice('data: '.length)).join('\n');
      return { event, data: JSON.parse(data) };
    });
}

describe('createApp', () => {
  let started: Started;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await stop(started);
  });
  beforeEach(() => {
    started.logs.length = 0;
  });

  it('GET /healthz counts the engine documents', async () => {
    const response = await fetch(`${started.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', documents: 3 });
  });

  it('GET /api/documents lists the engine documents', async () => {
    const body = (await (await fetch(`${started.base}/api/documents`)).json()) as { documents: Array<{ id: string }> };
    expect(body.documents.map((document) => document.id)).toEqual(['bureau-2022', 'street-2024', 'hostile-2023']);
  });

  it('POST /api/ask returns the engine answer and passes the parsed request on', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: '  公务用车购置及运维费是多少？ ', docId: 'bureau-2022', extra: 1 }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kind: string; value: { display: string } };
    expect(body.kind).toBe('numeric');
    expect(body.value.display).toBe('11.80万元');
    expect(started.engine.askRequests.at(-1)).toEqual({ question: '公务用车购置及运维费是多少？', docId: 'bureau-2022' });
  });

  it('POST /api/ask with mode draft asks the engine for a draft', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: 'How much is spent on official vehicles?', mode: 'draft' }));
    const body = (await response.json()) as { answer: string; lang: string };
    expect(body.lang).toBe('en');
    expect(body.answer).toMatch(/^Dear enquirer/);
    expect(started.engine.askRequests.at(-1)?.mode).toBe('draft');
  });

  const badBodies: Array<[string, string, string, RegExp]> = [
    ['broken JSON', '{"question": ', 'application/json', /not valid JSON/],
    ['an array', '["公务用车"]', 'application/json', /JSON object/],
    ['a bare string', '"公务用车"', 'application/json', /not valid JSON|JSON object/],
    ['null', 'null', 'application/json', /not valid JSON|JSON object/],
    ['a number question', '{"question": 42}', 'application/json', /question must be a string/],
    ['a missing question', '{}', 'application/json', /question must be a string/],
    ['an empty question', '{"question": ""}', 'application/json', /must not be empty/],
    ['a whitespace question', '{"question": " \\n\\t "}', 'application/json', /must not be empty/],
    ['a 100 kB question', JSON.stringify({ question: 'a'.repeat(100_000) }), 'application/json', /at most 2000/],
    ['a bad mode', '{"question": "车", "mode": "shout"}', 'application/json', /Invalid/],
    ['a string year', '{"question": "车", "year": "2022"}', 'application/json', /Invalid/],
    ['a text/plain body', '{"question": "车"}', 'text/plain', /Content-Type: application\/json/],
  ];
  for (const [name, body, contentType, message] of badBodies) {
    it(`POST /api/ask rejects ${name} with 400 invalid_request`, async () => {
      const response = await postJson(started.base, '/api/ask', body, contentType);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const parsed = (await response.json()) as { error: { code: string; message: string } };
      expect(parsed.error.code).toBe('invalid_request');
      expect(parsed.error.message).toMatch(message);
    });
  }

  it('POST /api/ask lists zod issues with their paths', async () => {
    const response = await postJson(started.base, '/api/ask', '{"question": 42}');
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'Invalid request: question must be a string',
        issues: [{ path: ['question'], message: 'question must be a string' }],
      },
    });
  });

  it('POST /api/ask rejects an unknown docId by name', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: '车', docId: 'no-such-doc' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'Unknown docId "no-such-doc"',
        issues: [{ path: ['docId'], message: 'no document with id "no-such-doc"' }],
      },
    });
  });

  it('POST /api/ask answers a body over the limit with a JSON 413, not an HTML page', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: 'x'.repeat(300_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'payload_too_large', message: 'Request body is larger than 256kb' } });
  });

  it('turns an engine failure into a plain 500 without the stack, and logs it', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: 'boom' }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(text).not.toMatch(/secret|stack|at /);
    const errorEntry = started.logs.find((entry) => entry.level === 'error');
    expect(errorEntry?.message).toBe('fake engine failure with a secret stack');
    expect(String(errorEntry?.stack)).toMatch(/fake-engine/);
  });

  it('GET /api/search passes filters on and returns results', async () => {
    const response = await fetch(`${started.base}/api/search?q=${encodeURIComponent('公务用车')}&k=5&unit=${encodeURIComponent('示例区街道办事处')}&year=2024`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Array<{ id: string; docId: string }> };
    expect(body.results.map((result) => result.id)).toEqual(['street-2024#b10']);
  });

  const badSearches: Array<[string, string, RegExp]> = [
    ['a missing q', '', /Invalid search query/],
    ['a blank q', 'q=%20%20', /q must not be empty/],
    ['a k of zero', 'q=x&k=0', /Invalid search query/],
    ['a k that is not a number', 'q=x&k=many', /Invalid search query/],
    ['a repeated q', 'q=a&q=b', /Invalid search query/],
    ['an unknown docId', 'q=x&docId=nope', /Unknown docId "nope"/],
  ];
  for (const [name, query, message] of badSearches) {
    it(`GET /api/search rejects ${name} with 400`, async () => {
      const response = await fetch(`${started.base}/api/search?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toMatch(message);
    });
  }

  it('GET /api/sources/:id returns a table view with its highlighted row', async () => {
    const response = await fetch(`${started.base}/api/sources/${encodeURIComponent('bureau-2022#b52:r2')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kind: string; table: { highlightRow: number } };
    expect(body.kind).toBe('table');
    expect(body.table.highlightRow).toBe(2);
  });

  it('GET /api/sources/:id answers 404 not_found for an unknown id', async () => {
    const response = await fetch(`${started.base}/api/sources/${encodeURIComponent('bureau-2022#b999')}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No source with id "bureau-2022#b999"' } });
  });

  it('answers unknown routes and wrong methods with a JSON 404', async () => {
    for (const [method, path] of [['GET', '/api/nothing'], ['GET', '/api/ask'], ['DELETE', '/api/documents'], ['POST', '/healthz']] as const) {
      const response = await fetch(`${started.base}${path}`, { method });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it('serves the web page at / and its assets, but not the test files beside them', async () => {
    const page = await fetch(`${started.base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<script type="module" src="\/app.js"><\/script>/);
    expect((await fetch(`${started.base}/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${started.base}/styles.css`)).headers.get('content-type')).toMatch(/text\/css/);
    const testFile = await fetch(`${started.base}/browser.test.ts`);
    expect(testFile.status).toBe(404);
    expect(((await testFile.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('sets the security headers on pages, API answers and errors alike', async () => {
    const responses = [
      await fetch(`${started.base}/`),
      await fetch(`${started.base}/api/documents`),
      await fetch(`${started.base}/api/nothing`),
      await postJson(started.base, '/api/ask', '{'),
    ];
    for (const response of responses) {
      for (const [name, value] of Object.entries(expectedHeaders)) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('writes one structured access-log entry per request, without the query string', async () => {
    await fetch(`${started.base}/api/search?q=${encodeURIComponent('私人问题')}`);
    const entries = started.logs.filter((entry) => entry.path !== undefined && entry.level === undefined);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(Object.keys(entry!).sort()).toEqual(['ip', 'method', 'ms', 'path', 'status', 'time']);
    expect(entry).toMatchObject({ method: 'GET', path: '/api/search', status: 200, ip: '127.0.0.1' });
    expect(typeof entry!.ms).toBe('number');
    expect(new Date(String(entry!.time)).toISOString()).toBe(entry!.time);
  });

  it('POST /api/ask/stream sends answer-delta pieces, then the full answer with citations, then done', async () => {
    const response = await postJson(started.base, '/api/ask/stream', JSON.stringify({ question: '公务用车购置及运维费是多少？' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(expectedHeaders['content-security-policy']);
    const events = parseEvents(await response.text());
    const names = events.map((event) => event.event);
    expect(names.at(-1)).toBe('done');
    expect(names.at(-2)).toBe('answer');
    expect(names.slice(0, -2).every((name) => name === 'answer-delta')).toBe(true);
    expect(names.filter((name) => name === 'answer-delta').length).toBeGreaterThan(1);
    const answer = events.at(-2)!.data as { answer: string; citations: unknown[] };
    const joined = events.filter((event) => event.event === 'answer-delta').map((event) => (event.data as { text: string }).text).join('');
    expect(joined).toBe(answer.answer);
    expect(answer.answer).toBe('公务用车购置及运维费预算为11.80万元。');
    expect(answer.citations).toHaveLength(2);
  });

  it('POST /api/ask/stream reports an engine failure as an error event', async () => {
    const response = await postJson(started.base, '/api/ask/stream', JSON.stringify({ question: 'boom' }));
    expect(response.status).toBe(200);
    expect(parseEvents(await response.text())).toEqual([{ event: 'error', data: { code: 'internal', message: 'Internal error' } }]);
    expect(started.logs.some((entry) => entry.level === 'error')).toBe(true);
  });

  it('POST /api/ask/stream rejects bad input with a JSON 400 before streaming', async () => {
    const response = await postJson(started.base, '/api/ask/stream', JSON.stringify({ question: '   ' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});

describe('createApp with an engine that streams', () => {
  let started: Started;
  beforeAll(async () => {
    started = await start(10_000, new FakeEngine({ streamPieces: (answer) => [answer.slice(0, 4), '', answer.slice(4)] }));
  });
  afterAll(async () => {
    await stop(started);
  });

  it('POST /api/ask/stream forwards the engine pieces as they come, skipping empty ones', async () => {
    const response = await postJson(started.base, '/api/ask/stream', JSON.stringify({ question: '公务用车购置及运维费是多少？' }));
    const events = parseEvents(await response.text());
    expect(events.map((event) => event.event)).toEqual(['answer-delta', 'answer-delta', 'answer', 'done']);
    expect(events.slice(0, 2).map((event) => event.data)).toEqual([{ text: '公务用车' }, { text: '购置及运维费预算为11.80万元。' }]);
    expect((events[2]!.data as { citations: unknown[] }).citations).toHaveLength(2);
  });

  it('POST /api/ask/stream reports a failing streaming engine as an error event', async () => {
    const response = await postJson(started.base, '/api/ask/stream', JSON.stringify({ question: 'boom' }));
    expect(parseEvents(await response.text())).toEqual([{ event: 'error', data: { code: 'internal', message: 'Internal error' } }]);
  });

  it('POST /api/ask still answers in one piece', async () => {
    const response = await postJson(started.base, '/api/ask', JSON.stringify({ question: '公务用车购置及运维费是多少？' }));
    expect(((await response.json()) as { answer: string }).answer).toBe('公务用车购置及运维费预算为11.80万元。');
  });
});

describe('createApp rate limiting', () => {
  let started: Started;
  beforeAll(async () => {
    started = await start(3);
  });
  afterAll(async () => {
    await stop(started);
  });

  it('allows the burst, then answers 429 rate_limited with Retry-After; health checks are not limited', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await fetch(`${started.base}/api/documents`)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await fetch(`${started.base}/api/documents`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(limited.headers.get('x-frame-options')).toBe('DENY');
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests; retry after 20 s' } });
    expect((await fetch(`${started.base}/healthz`)).status).toBe(200);
  });
});
