import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { askResponseSchema } from './ask-contract.ts';
import { documentSummarySchema, sourceViewSchema } from './engine-contract.ts';

/**
 * The real service as `npm start` runs it: a child process over the project's seed, ingested into a fresh DATA_DIR.
 * Only the seed: with several units' disclosures an unqualified question may rightly be answered from another one.
 * One server for the whole file; the last test stops it with SIGTERM.
 */

const projectDirectory = fileURLToPath(new URL('..', import.meta.url));
const seedFile = 'langfang-petitions-bureau-2022-unit-budget.txt';
const chromiumArguments = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const shotsDirectory = '/tmp/shots';

const vehicleSection = '四、财政拨款“三公”经费预算情况及增减变化原因';
const vehicleQuestion = '公务用车购置及运维费是多少？';

let workDirectory: string;
let server: ChildProcess;
let base: string;
let output = '';
let exited: Promise<number | null>;

/** Resolves with the port from the start-up line; rejects when the process ends first or takes too long. */
function waitForListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = () => {
      const match = /Listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

async function waitForHealth(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // Not accepting connections yet.
    }
    if (Date.now() > deadline) throw new Error(`/healthz not ready in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function postAsk(body: unknown, path = '/api/ask'): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  workDirectory = mkdtempSync(join(tmpdir(), 'budget-qa-e2e-'));
  const seedsDirectory = join(workDirectory, 'seeds');
  mkdirSync(seedsDirectory);
  copyFileSync(join(projectDirectory, 'seeds', seedFile), join(seedsDirectory, seedFile));

  // The model path stays off whatever the developer's shell holds: the default service runs offline.
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OPENAI_')));
  // node --import tsx rather than npx: the signal in the last test must reach the server itself, not a wrapper.
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectDirectory,
    env: { ...environment, SEEDS_DIR: seedsDirectory, DATA_DIR: join(workDirectory, 'data'), PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  server.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
  const port = await waitForListening(server, 60_000);
  base = `http://127.0.0.1:${port}`;
  await waitForHealth(10_000);
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGKILL');
    await exited;
  }
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

describe('the real server, started as `npm start` starts it', () => {
  let vehicleCitationId = '';
  let vehicleQuote = '';

  it('GET /healthz counts the ingested documents', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', documents: 1 });
  });

  it('GET /api/documents lists the seed with its title, unit and year', async () => {
    const body = z.object({ documents: z.array(documentSummarySchema) }).parse(await (await fetch(`${base}/api/documents`)).json());
    expect(body.documents).toHaveLength(1);
    const seed = body.documents[0];
    expect(seed).toMatchObject({ id: 'langfang-petitions-bureau-2022-unit-budget', title: '廊坊市信访局2022年单位预算信息公开情况说明', unit: '廊坊市信访局', year: 2022, kind: '预算' });
    expect(seed!.facts).toBeGreaterThan(0);
  });

  it('POST /api/ask answers the vehicle question with 11.80万元 and cites section four', async () => {
    const response = await postAsk({ question: vehicleQuestion });
    expect(response.status).toBe(200);
    const answer = askResponseSchema.parse(await response.json());
    expect(answer.kind).toBe('numeric');
    expect(answer.lang).toBe('zh');
    expect(answer.value).toEqual({ amount: 11.8, unit: '万元', comparator: '=', display: '11.80万元' });
    expect(answer.answer).toContain('11.80万元');
    expect(answer.document?.id).toBe('langfang-petitions-bureau-2022-unit-budget');
    const citation = answer.citations.find((candidate) => candidate.section === vehicleSection);
    expect(citation).toBeDefined();
    expect(citation!.quote).toContain('公务用车购置及运维费11.80万元');
    vehicleCitationId = citation!.id;
    vehicleQuote = citation!.quote;
  });

  it('GET /api/sources/:id returns the whole cited paragraph, which holds the quote verbatim', async () => {
    expect(vehicleCitationId).not.toBe('');
    const response = await fetch(`${base}/api/sources/${encodeURIComponent(vehicleCitationId)}`);
    expect(response.status).toBe(200);
    const view = sourceViewSchema.parse(await response.json());
    expect(view).toMatchObject({ id: vehicleCitationId, kind: 'passage', section: vehicleSection, sectionPath: [vehicleSection] });
    expect(view.text).toContain('公务用车购置及运维费11.80万元');
    // The page highlights the citation's quote (or the view's own highlight) inside the paragraph.
    expect(view.text).toContain(vehicleQuote);
    if (view.highlight !== undefined) expect(view.text).toContain(view.highlight);
  });

  it('POST /api/ask/stream sends the answer text in pieces, then the full answer', async () => {
    const response = await postAsk({ question: vehicleQuestion }, '/api/ask/stream');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = (await response.text())
      .split('\n\n')
      .filter((block) => block.trim() !== '')
      .map((block) => ({
        event: /^event: (.+)$/m.exec(block)![1],
        data: JSON.parse(/^data: (.+)$/m.exec(block)![1]!) as unknown,
      }));
    expect(events.map((event) => event.event).slice(-2)).toEqual(['answer', 'done']);
    const answer = askResponseSchema.parse(events.at(-2)!.data);
    const streamed = events.filter((event) => event.event === 'answer-delta').map((event) => (event.data as { text: string }).text).join('');
    expect(streamed).toBe(answer.answer);
    expect(answer.value?.display).toBe('11.80万元');
  });

  it('answers bad requests with 400 JSON and unknown sources with 404 JSON', async () => {
    const empty = await postAsk({ question: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.headers.get('content-type')).toMatch(/^application\/json/);
    const emptyBody = (await empty.json()) as { error: { code: string; issues: Array<{ path: unknown[] }> } };
    expect(emptyBody.error.code).toBe('invalid_request');
    expect(emptyBody.error.issues[0]!.path).toEqual(['question']);

    const unknownDocument = await postAsk({ question: vehicleQuestion, docId: 'no-such-document' });
    expect(unknownDocument.status).toBe(400);
    expect(((await unknownDocument.json()) as { error: { code: string } }).error.code).toBe('invalid_request');

    const notJson = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: { code: 'invalid_request', message: 'Request body is not valid JSON' } });

    const missing = await fetch(`${base}/api/sources/${encodeURIComponent('langfang-petitions-bureau-2022-unit-budget#b99999')}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('in Chromium: a typed question shows 11.80万元, and its citation opens the highlighted passage', async () => {
    mkdirSync(shotsDirectory, { recursive: true });
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArguments });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${base}/`);
      await page.waitForSelector('#ask-document option:nth-child(2)', { state: 'attached' });
      await page.fill('#question', vehicleQuestion);
      await page.press('#question', 'Enter');
      await page.waitForSelector('#answer:not([hidden]):not([aria-busy]) .citations-section', { timeout: 20_000 });
      expect(await page.textContent('.figure-value')).toBe('11.80万元');
      expect(await page.textContent('.answer-document-title')).toBe('廊坊市信访局2022年单位预算信息公开情况说明');

      await page.click(`.citation:has(.citation-section[title="${vehicleSection}"])`);
      await page.waitForSelector('#ask-source:not([hidden]) .passage mark');
      expect(await page.locator('#ask-source .breadcrumb li').allTextContents()).toEqual([vehicleSection]);
      expect(await page.textContent('#ask-source .passage mark')).toContain('公务用车购置及运维费11.80万元');
      await page.screenshot({ path: `${shotsDirectory}/e2e-real-answer.png`, fullPage: true });

      // A press officer's draft: an editable reply that carries the same figure.
      await page.click('#draft-button');
      await page.waitForSelector('#draft-text', { timeout: 20_000 });
      expect(await page.inputValue('#draft-text')).toContain('11.80万元');
      expect(pageErrors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });

  it('SIGTERM stops the server with exit code 0', async () => {
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM received');
  });
});
