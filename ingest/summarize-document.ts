import type { ParsedDocument } from './model.ts';

/** What a document list shows of one document: who, when, and how much was read out of it. */
export function summarizeDocument(document: ParsedDocument) {
  return {
    id: document.meta.id,
    title: document.meta.title,
    unit: document.meta.unit,
    year: document.meta.year,
    kind: document.meta.kind,
    sections: document.blocks.filter((block) => block.kind === 'heading').length,
    tables: document.blocks.filter((block) => block.kind === 'table').length,
    facts: document.facts.length,
    chunks: document.chunks.length,
  };
}
