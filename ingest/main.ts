import { loadConfig } from '../server/config.ts';
import { createEmbeddings } from './create-embeddings.ts';
import { readerFor } from './readers/index.ts';
import { runIngest, type IngestedDocument, type IngestSummary } from './run-ingest.ts';

/** East Asian characters take two columns in a terminal; pad by display width so the table lines up. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The per-document table printed after an ingest: what went in, so a wrong title or empty document shows at once. */
export function formatDocumentTable(rows: readonly IngestedDocument[]): string {
  const header = ['title', 'unit', 'year', 'sections', 'tables', 'facts', 'chunks', 'status'];
  const cells = rows.map((row) => [
    row.title || row.fileName,
    row.unit,
    row.year === null ? '-' : String(row.year),
    String(row.sections),
    String(row.tables),
    String(row.facts),
    String(row.chunks),
    row.status,
  ]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...cells.map((cell) => displayWidth(cell[column]))));
  return [header, ...cells].map((cell) => cell.map((text, column) => pad(text, widths[column])).join('  ').trimEnd()).join('\n');
}

/** Exit status: 1 only when there were files and every one failed; an empty folder or a partial success is 0. */
export function exitCodeFor(summary: IngestSummary): number {
  return summary.failed.length > 0 && summary.documents === 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const embeddings = createEmbeddings(config);
  const log = (line: string): void => {
    if (config.LOG_LEVEL !== 'silent') console.log(line);
  };
  log(`ingesting ${config.SEEDS_DIR} into ${config.DATA_DIR} with ${embeddings.id}`);
  const summary = await runIngest({ seedsDir: config.SEEDS_DIR, dataDir: config.DATA_DIR, embeddings, readerFor, log });
  if (summary.perDocument.length > 0) console.log(`\n${formatDocumentTable(summary.perDocument)}`);
  for (const failure of summary.failed) {
    console.error(`failed: ${failure.fileName}${failure.line === undefined ? '' : `:${failure.line}`}: ${failure.message}`);
  }
  return exitCodeFor(summary);
}

// Only when run as the CLI, so the table formatting can be imported by tests without ingesting anything.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('ingest/main.ts')) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
