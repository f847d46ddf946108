import { buildBlocks } from './build-blocks.ts';
import { detectMetadata } from './detect-metadata.ts';
import { extractFacts } from './extract-facts.ts';
import { makeChunks } from './make-chunks.ts';
import type { Block, DocumentMeta, DocumentReader, Fact, ParsedDocument, RawBlock } from './model.ts';

/** The pure stages after reading; passed in so a test can stand in for one of them. */
export interface ParseSteps {
  buildBlocks(raw: RawBlock[], options: { docId: string }): Block[];
  detectMetadata(blocks: Block[], fileName: string): Omit<DocumentMeta, 'id' | 'fileName'>;
  extractFacts(blocks: Block[], meta: DocumentMeta): Fact[];
  makeChunks(blocks: Block[], docId: string): ReturnType<typeof makeChunks>;
}

export const defaultParseSteps: ParseSteps = { buildBlocks, detectMetadata, extractFacts, makeChunks };

/**
 * A stable id from the file name alone, so re-ingesting a file keeps its citations' ids: basename without
 * extension, lower-cased, anything but letters, digits and Han characters turned into '-'.
 */
export function documentIdFromFileName(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const withoutExtension = baseName.includes('.') && !baseName.startsWith('.') ? baseName.slice(0, baseName.lastIndexOf('.')) : baseName;
  const id = withoutExtension
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{Script=Han}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id.length > 0 ? id : 'document';
}

/** One file from bytes to the shared model: read, section tree and tables, metadata, facts, chunks. */
export async function parseDocument(
  input: { fileName: string; bytes: Uint8Array },
  reader: DocumentReader,
  steps: ParseSteps = defaultParseSteps,
): Promise<ParsedDocument> {
  const docId = documentIdFromFileName(input.fileName);
  const raw = await reader.read(input);
  const blocks = steps.buildBlocks(raw, { docId });
  const detected = steps.detectMetadata(blocks, input.fileName);
  const meta: DocumentMeta = { id: docId, fileName: input.fileName, title: detected.title, unit: detected.unit, year: detected.year, kind: detected.kind };
  const facts = steps.extractFacts(blocks, meta);
  const chunks = steps.makeChunks(blocks, docId);
  return { meta, blocks, facts, chunks };
}
