import { copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The documents the eval (and the five-document engine test) load: the seed and the four corpus PDFs, copied into a
 * fresh seeds folder. Copies, not symlinks: the ingest lists regular files only.
 */
const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
export const seedFile = join(projectRoot, 'seeds', 'langfang-petitions-bureau-2022-unit-budget.txt');
export const corpusPdfs = [
  'putuo-wanli-street-2025-dept-budget.pdf',
  'putuo-wanli-street-2024-dept-budget.pdf',
  'putuo-district-office-2025-dept-budget.pdf',
  'putuo-commerce-2025-unit-budget.pdf',
];
export const defaultCorpusFolder = resolve(projectRoot, '..', 'shared', 'corpus');

export class CorpusSeedMissingError extends Error {
  constructor(readonly path: string) {
    super(`corpus file missing: ${path} (the eval needs shared/corpus/ next to the project folder, or --corpus <dir>)`);
    this.name = 'CorpusSeedMissingError';
  }
}

/** Copies the seed and the corpus PDFs from `corpusFolder` into `seedsFolder`; a missing PDF is an error naming it. */
export function copyCorpusSeeds(seedsFolder: string, corpusFolder: string = defaultCorpusFolder): void {
  copyFileSync(seedFile, join(seedsFolder, basename(seedFile)));
  for (const pdf of corpusPdfs) {
    const source = resolve(corpusFolder, pdf);
    if (!existsSync(source)) throw new CorpusSeedMissingError(source);
    copyFileSync(source, join(seedsFolder, pdf));
  }
}
