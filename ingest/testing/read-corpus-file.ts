import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus lives beside the checkout, not in it (its README asks that the PDFs are not copied into the
 * repository), so a checkout elsewhere has no corpus: say where it was looked for instead of a bare ENOENT.
 */
export const corpusDirectory = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export class CorpusFileMissingError extends Error {
  constructor(readonly fileName: string, readonly directory: string) {
    super(`corpus file ${fileName} not found in ${directory}: the corpus tests need shared/corpus/ next to the project folder`);
    this.name = 'CorpusFileMissingError';
  }
}

export function readCorpusFile(fileName: string, directory: string = corpusDirectory): Uint8Array {
  try {
    return new Uint8Array(readFileSync(`${directory}${directory.endsWith('/') ? '' : '/'}${fileName}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CorpusFileMissingError(fileName, directory);
    throw error;
  }
}
