import { extname } from 'node:path';
import type { DocumentReader } from '../model.ts';
import { docxReader } from './docx-reader.ts';
import { docxTextReader } from './docx-text-reader.ts';
import { htmlReader } from './html-reader.ts';
import { pdfReader } from './pdf-reader.ts';

/** Every format reader; each turns a file into the same raw blocks. */
export const readers: readonly DocumentReader[] = [docxTextReader, docxReader, htmlReader, pdfReader];

export function readerFor(fileName: string): DocumentReader | undefined {
  const extension = extname(fileName).toLowerCase();
  return readers.find((reader) => reader.extensions.includes(extension));
}

export { ReaderError } from './reader-error.ts';
