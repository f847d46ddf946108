import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusFileMissingError, readCorpusFile } from './read-corpus-file.ts';

describe('readCorpusFile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'corpus-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads the bytes of a corpus file', () => {
    writeFileSync(join(directory, 'a.pdf'), Uint8Array.from([37, 80, 68, 70]));
    expect(Array.from(readCorpusFile('a.pdf', directory))).toEqual([37, 80, 68, 70]);
  });

  it('names the file and the folder it looked in when the corpus is not there', () => {
    expect(() => readCorpusFile('missing.pdf', directory)).toThrow(CorpusFileMissingError);
    expect(() => readCorpusFile('missing.pdf', directory)).toThrow(`corpus file missing.pdf not found in ${directory}`);
  });
});
