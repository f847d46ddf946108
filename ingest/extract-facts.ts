import { linkFacts } from './link-facts.ts';
import type { Block, DocumentMeta, Fact } from './model.ts';
import { extractProseFacts, namesKindOnly } from './prose-facts.ts';
import { extractTableFacts } from './table-facts.ts';

/**
 * Every number a question could be about, in document order: sentences of paragraphs and table notes give prose
 * facts, numeric table cells give table facts. Ids are `${docId}:f${n}` so they stay stable for one document text.
 * Prose figures that a table also states are linked to those cells last (`sameAs`, `conflictsWith`).
 */
export function extractFacts(blocks: Block[], meta: DocumentMeta): Fact[] {
  let counter = 0;
  const createId = () => `${meta.id}:f${++counter}`;
  const facts: Fact[] = [];
  // The line the last paragraph of the current section stated last (its label), for a paragraph that continues it.
  let lineBefore: { section: string; label: string } | undefined;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const section = block.path.join('\u0001');
      const found = extractProseFacts(block.text, {
        docId: meta.id,
        blockId: block.id,
        section: block.path,
        documentUnit: meta.unit,
        createId,
        ...(lineBefore?.section === section ? { lineBefore: lineBefore.label } : {}),
      });
      facts.push(...found);
      const named = [...found].reverse().find((fact) => fact.kind === 'value' && !fact.partOf && !namesKindOnly(fact.label));
      if (named) lineBefore = { section, label: named.label };
      else if (lineBefore?.section !== section) lineBefore = undefined;
    } else if (block.kind === 'table') {
      for (const note of block.table.notes) {
        facts.push(
          ...extractProseFacts(note.text, {
            docId: meta.id,
            blockId: block.id,
            section: block.path,
            documentUnit: meta.unit,
            createId,
            tableTitle: block.table.title,
          }),
        );
      }
      facts.push(...extractTableFacts(block, { docId: meta.id, createId, documentUnit: meta.unit }));
    }
  }
  return linkFacts(facts, { documentYear: meta.year });
}
