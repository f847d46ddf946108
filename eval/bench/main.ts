/**
 * `npm run bench`: ingest time for the seed, PDF ingest pages/second, ingest time and index size for N generated
 * disclosures, /api/ask latency and throughput at concurrency 1 and 32 next to a bare Express JSON endpoint, and the
 * server's RSS with the seed loaded. Prints a table and writes eval/reports/bench.json.
 *
 * Flags: --docs <n> (default 1000), --duration <seconds per load run> (default 10), --corpus <dir>, --skip-generated.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { z } from 'zod';
import type { Config } from '../../server/config.ts';
import type { Engine } from '../../server/engine-contract.ts';
import { openEngine } from '../../server/open-engine.ts';
import { defaultCorpusFolder, seedFile } from '../corpus-seeds.ts';
import { offlineConfig } from '../offline-config.ts';
import { generateDisclosures } from './generate-disclosures.ts';

/** What serve-for-bench.ts prints on its first line, and what its /rss endpoint answers. */
const benchServerUrlsSchema = z.object({ askUrl: z.string().url(), bareUrl: z.string().url() });
const residentMemorySchema = z.object({ rss: z.number().nonnegative() });

const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** A fixed rotation of questions, mixed languages and kinds, so the load is not one cached question. */
const rotation = [
  '信访局三公经费总共多少',
  'How much does the petitions bureau spend on hospitality?',
  '公车一年花多少钱',
  '去年三公经费是多少',
  '基本支出占总支出的比例',
  '平均每辆车价值多少',
  '采购项目里哪个最贵',
  'What is the total budgeted spending for 2022?',
  '机关运行经费主要用在哪些方面',
  '什么是项目支出',
  'How many telephone operators does the bureau plan to hire?',
  '信访局政府采购预算多少',
  '项目支出比基本支出多多少',
  'What share of the procurement budget is office rent?',
  '信访局有几辆车',
  '租办公楼一年多少钱',
  'What are the three public expenses?',
  '信访局广告宣传费花了多少',
  '聘请话务员多少人',
  'How much did the bureau budget for official cars in 2021?',
];

interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

function benchConfig(seedsFolder: string, dataFolder: string): Config {
  // The rate limiter would turn a load test into a test of the limiter.
  return offlineConfig(process.env, { SEEDS_DIR: seedsFolder, DATA_DIR: dataFolder, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000000', PORT: '0' });
}

async function timedOpen(seedsFolder: string, dataFolder: string): Promise<{ engine: Engine; milliseconds: number; config: Config }> {
  const config = benchConfig(seedsFolder, dataFolder);
  const started = performance.now();
  const { engine } = await openEngine({ config, log: () => {} });
  return { engine, milliseconds: Math.round(performance.now() - started), config };
}

async function load(url: string, path: string, connections: number, durationSeconds: number): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const question = rotation[next % rotation.length];
          next += 1;
          return { ...request, body: JSON.stringify({ question }) };
        },
      },
    ],
  });
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function pdfPageCount(path: string): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '10' },
      corpus: { type: 'string', default: defaultCorpusFolder },
      'skip-generated': { type: 'boolean', default: false },
    },
  });
  const documentCount = Number(values.docs);
  const durationSeconds = Number(values.duration);
  if (!Number.isInteger(documentCount) || documentCount < 1) throw new Error(`--docs must be a positive integer, got ${values.docs}`);
  if (!(durationSeconds > 0)) throw new Error(`--duration must be positive, got ${values.duration}`);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const workFolder = mkdtempSync(join(tmpdir(), 'budget-qa-bench-'));
  const report: Record<string, unknown> = { generatedAt: new Date().toISOString(), node: process.version, durationSeconds };

  try {
    // 1. The seed alone: ingest, then serve it, then measure memory before anything else is loaded.
    const seedFolder = join(workFolder, 'seed');
    mkdirSync(seedFolder);
    copyFileSync(seedFile, join(seedFolder, basename(seedFile)));
    const seed = await timedOpen(seedFolder, join(workFolder, 'seed-data'));
    const seedReopen = await timedOpen(seedFolder, join(workFolder, 'seed-data'));
    report.seedIngest = {
      milliseconds: seed.milliseconds,
      reopenMilliseconds: seedReopen.milliseconds,
      indexBytes: folderBytes(join(workFolder, 'seed-data')),
    };
    print(`seed ingest ${seed.milliseconds} ms (reopen, nothing new: ${seedReopen.milliseconds} ms)`);

    // The server runs in a child process so the load generator does not share its event loop. The first server has
    // its answer cache off, so every request is worked out (the engine's real cost); the second keeps answers, as
    // `npm start` does, so the rotation's repeated questions are served from the cache.
    const startServer = async (answerCacheSize: number) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'eval', 'bench', 'serve-for-bench.ts'), seedFolder, join(workFolder, 'seed-data')], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, ANSWER_CACHE_SIZE: String(answerCacheSize) },
      });
      const [firstLine] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const urls = benchServerUrlsSchema.parse(JSON.parse(firstLine));
      const probe = await fetch(`${urls.askUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: rotation[0] }) });
      if (!probe.ok) throw new Error(`/api/ask answered ${probe.status}: ${await probe.text()}`);
      return { child, urls };
    };
    const http: Record<string, LoadFigures> = {};
    const cached = await startServer(1000);
    try {
      for (const connections of [1, 32]) http[`askCached_c${connections}`] = await load(cached.urls.askUrl, '/api/ask', connections, durationSeconds);
      print('load with the answer cache done');
    } finally {
      cached.child.kill();
    }
    const { child, urls } = await startServer(0);
    try {
      for (const connections of [1, 32]) {
        http[`ask_c${connections}`] = await load(urls.askUrl, '/api/ask', connections, durationSeconds);
        http[`bare_c${connections}`] = await load(urls.bareUrl, '/bare', connections, durationSeconds);
        print(`load at ${connections} connection(s) done`);
      }
      const memory = residentMemorySchema.parse(await (await fetch(`${urls.bareUrl}/rss`)).json());
      report.http = http;
      report.ratioBareToAsk = {
        c1: Math.round((http.bare_c1.requestsPerSecond / Math.max(0.1, http.ask_c1.requestsPerSecond)) * 10) / 10,
        c32: Math.round((http.bare_c32.requestsPerSecond / Math.max(0.1, http.ask_c32.requestsPerSecond)) * 10) / 10,
      };
      report.serverRssMegabytes = megabytes(memory.rss);
    } finally {
      child.kill();
    }

    // 2. PDF ingest speed on the corpus PDFs.
    const pdfFolder = join(workFolder, 'pdfs');
    mkdirSync(pdfFolder);
    const pdfNames = readdirSync(values.corpus ?? '').filter((name) => name.endsWith('.pdf'));
    let pages = 0;
    for (const name of pdfNames) {
      copyFileSync(resolve(values.corpus ?? '', name), join(pdfFolder, name));
      pages += await pdfPageCount(join(pdfFolder, name));
    }
    const pdf = await timedOpen(pdfFolder, join(workFolder, 'pdf-data'));
    report.pdfIngest = { files: pdfNames.length, pages, milliseconds: pdf.milliseconds, pagesPerSecond: Math.round((pages / (pdf.milliseconds / 1000)) * 10) / 10 };
    print(`pdf ingest: ${pages} pages in ${pdf.milliseconds} ms`);

    // 3. N generated disclosures.
    if (!values['skip-generated']) {
      const generatedFolder = join(workFolder, 'generated');
      mkdirSync(generatedFolder);
      const disclosures = generateDisclosures({ count: documentCount, seed: 20_250_101 });
      for (const disclosure of disclosures) writeFileSync(join(generatedFolder, disclosure.fileName), disclosure.text);
      const sourceBytes = folderBytes(generatedFolder);
      const generated = await timedOpen(generatedFolder, join(workFolder, 'generated-data'));
      report.generatedIngest = {
        documents: generated.engine.documents().length,
        requested: documentCount,
        sourceBytes,
        milliseconds: generated.milliseconds,
        documentsPerSecond: Math.round((documentCount / (generated.milliseconds / 1000)) * 10) / 10,
        indexBytes: folderBytes(join(workFolder, 'generated-data')),
        rssMegabytesAfter: megabytes(process.memoryUsage().rss),
      };
      print(`generated ingest: ${documentCount} documents in ${generated.milliseconds} ms`);
    }

    printTable(report, print);
    const reportPath = join(projectRoot, 'eval', 'reports', documentCount === 1000 && !values['skip-generated'] ? 'bench.json' : 'bench.scaled.json.tmp');
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(`${reportPath}.${process.pid}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
    renameSync(`${reportPath}.${process.pid}.tmp`, reportPath);
    print(`report written to ${reportPath}`);
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}

function printTable(report: Record<string, unknown>, print: (line: string) => void): void {
  const seedIngest = report.seedIngest as { milliseconds: number; indexBytes: number };
  const http = report.http as Record<string, LoadFigures>;
  const ratio = report.ratioBareToAsk as { c1: number; c32: number };
  const pdf = report.pdfIngest as { pages: number; milliseconds: number; pagesPerSecond: number };
  const generated = report.generatedIngest as
    | { documents: number; requested: number; milliseconds: number; documentsPerSecond: number; indexBytes: number; rssMegabytesAfter: number }
    | undefined;
  const rows: [string, string][] = [
    ['seed ingest', `${seedIngest.milliseconds} ms, index ${megabytes(seedIngest.indexBytes)} MB`],
    ...(['ask_c1', 'askCached_c1', 'bare_c1', 'ask_c32', 'askCached_c32', 'bare_c32'] as const).map((name): [string, string] => {
      const figures = http[name];
      const what = name.startsWith('askCached') ? 'POST /api/ask, cache' : name.startsWith('ask') ? 'POST /api/ask, no cache' : 'bare Express JSON';
      return [
        `${what} c=${figures.connections}`,
        `p50 ${figures.latencyP50Ms} ms, p99 ${figures.latencyP99Ms} ms, ${figures.requestsPerSecond} req/s, non-2xx ${figures.non2xx}, errors ${figures.errors}`,
      ];
    }),
    ['bare / ask throughput', `c=1: ${ratio.c1}x, c=32: ${ratio.c32}x`],
    ['server RSS (seed loaded)', `${report.serverRssMegabytes as number} MB`],
    ['PDF ingest', `${pdf.pages} pages in ${pdf.milliseconds} ms = ${pdf.pagesPerSecond} pages/s`],
    ...(generated
      ? [
          [
            `ingest ${generated.requested} generated`,
            `${generated.milliseconds} ms (${generated.documentsPerSecond} docs/s), ${generated.documents} loaded, index ${megabytes(generated.indexBytes)} MB, RSS after ${generated.rssMegabytesAfter} MB`,
          ] as [string, string],
        ]
      : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  print('');
  for (const [label, value] of rows) print(`${label.padEnd(width)}  ${value}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(2);
  },
);
