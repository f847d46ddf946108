import type { ParsedDocument } from '../ingest/model.ts';

/**
 * Staff name a classification line by its code: 2120104 (类 212, 款 01, 项 04: 城管执法), 30201 (办公费). A table row
 * of the disclosure gives the code in its leading cells and the line's name after them; a code the question writes
 * (five or seven digits, 2… for functions, 3… for economic classes) is read as that name. Codes no row carries stay.
 */
export function withCodesNamed(question: string, document: ParsedDocument): string {
  if (!/(?<!\d)[23]\d{4}(?:\d{2})?(?!\d)/.test(question)) return question;
  const names = codeNames(document);
  return question.replace(/(?<!\d)([23]\d{4}(?:\d{2})?)(?!\d)/g, (code) => (names.get(code) ? `${names.get(code)} ` : code));
}

const cache = new WeakMap<ParsedDocument, Map<string, string>>();

/** Each code the document's table rows carry, with the row's line name. */
function codeNames(document: ParsedDocument): Map<string, string> {
  let names = cache.get(document);
  if (names) return names;
  names = new Map();
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    for (const row of block.table.rows) {
      const codeCells: string[] = [];
      let name: string | undefined;
      for (const cell of row) {
        const text = cell.trim();
        if (/^\d{2,3}$/.test(text) && name === undefined) codeCells.push(text);
        else if (text && name === undefined && /[\u4e00-\u9fa5]/.test(text)) name = text;
      }
      const code = codeCells.join('');
      if (name && /^[23]\d{4}(?:\d{2})?$/.test(code) && !names.has(code)) names.set(code, name.replace(/\s+/g, ''));
    }
  }
  cache.set(document, names);
  return names;
}
