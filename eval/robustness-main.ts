/**
 * `npm run robustness`: asks every tuning question the engine answers right again inside a greeting, a polite lead,
 * closing thanks and an asker's story (eval/robustness.ts), prints how many answers change per wrapper with a few
 * examples, and writes eval/reports/robustness.json. Held-out files are not read.
 *
 * Flags: --set <name> (repeatable), --wrapper <name> (repeatable; default all), --corpus <dir>, --report <path>.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openEngine } from '../server/open-engine.ts';
import { copyCorpusSeeds, defaultCorpusFolder } from './corpus-seeds.ts';
import { offlineConfig } from './offline-config.ts';
import { parseQuestionSet } from './question-schema.ts';
import { answerKey, measureRobustness, wrappers } from './robustness.ts';

const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
const setsFolder = join(projectRoot, 'eval', 'sets');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      wrapper: { type: 'string', multiple: true },
      corpus: { type: 'string', default: defaultCorpusFolder },
      report: { type: 'string' },
    },
  });
  const sets = (values.set ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  const questions = readdirSync(setsFolder)
    .filter((name) => name.endsWith('.tuning.jsonl'))
    .sort()
    .flatMap((name) => parseQuestionSet({ fileName: name, text: readFileSync(join(setsFolder, name), 'utf8') }))
    .filter((question) => sets.length === 0 || sets.includes(question.set));
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const wanted = values.wrapper ?? [];
  const unknown = wanted.filter((name) => !wrappers.some((wrapper) => wrapper.name === name));
  if (unknown.length) throw new Error(`unknown --wrapper ${unknown.join(', ')}; known: ${wrappers.map((wrapper) => wrapper.name).join(', ')}`);
  const chosen = wanted.length ? wrappers.filter((wrapper) => wanted.includes(wrapper.name)) : wrappers;
  const workFolder = mkdtempSync(join(tmpdir(), 'budget-qa-robustness-'));
  try {
    const seedsFolder = join(workFolder, 'seeds');
    mkdirSync(seedsFolder);
    copyCorpusSeeds(seedsFolder, values.corpus);
    const config = offlineConfig(process.env, { SEEDS_DIR: seedsFolder, DATA_DIR: join(workFolder, 'data'), LOG_LEVEL: 'silent' });
    const { engine } = await openEngine({ config, log: () => {} });
    const documents = engine.documents();
    const resolveDocId = (docId: string) =>
      engine.hasDocument(docId) ? docId : documents.find((document) => document.id.includes(docId) || docId.includes(document.id))?.id;
    print(`engine opened with ${documents.length} documents; ${questions.length} tuning questions`);
    const tallies = await measureRobustness({
      questions,
      wrappers: chosen,
      ask: async (question, text) => {
        const docId = question.docId === undefined ? undefined : resolveDocId(question.docId);
        return answerKey(await engine.ask({ question: text, ...(docId ? { docId } : {}) }));
      },
    });
    for (const tally of tallies) {
      print(`${tally.wrapper}: ${tally.changed} of ${tally.asked} right answers changed (${((tally.changed / Math.max(1, tally.asked)) * 100).toFixed(1)}%)`);
      for (const example of tally.examples.slice(0, 5)) print(`  - [${example.id}] ${example.before} -> ${example.after}: ${example.question}`);
    }
    const reportPath = values.report ? resolve(values.report) : join(projectRoot, 'eval', 'reports', sets.length || wanted.length ? 'robustness.filtered.json.tmp' : 'robustness.json');
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(`${reportPath}.${process.pid}.tmp`, `${JSON.stringify({ generatedAt: new Date().toISOString(), sets, tallies }, null, 2)}\n`);
    renameSync(`${reportPath}.${process.pid}.tmp`, reportPath);
    print(`report written to ${reportPath}`);
    return 0;
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`robustness failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(2);
  },
);
