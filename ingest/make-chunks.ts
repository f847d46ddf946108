import type { Block, Chunk, TableBlock } from './model.ts';

/** Passages grow to about this many characters before a new one starts. */
const targetPassageLength = 400;
/** A paragraph is cut only above this length, so ordinary paragraphs are always quoted whole. */
const longParagraphLength = 800;

const sentenceEndPattern = /[^。！？；!?\n]*(?:[。！？；!?\n]+|$)/g;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A sentence longer than the target with no sentence end: cut at the target, never inside a surrogate pair. */
function hardSplit(sentence: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (sentence.length - start > longParagraphLength) {
    let end = start + targetPassageLength;
    if (isHighSurrogate(sentence.charCodeAt(end - 1))) end -= 1;
    pieces.push(sentence.slice(start, end));
    start = end;
  }
  pieces.push(sentence.slice(start));
  return pieces;
}

/** Cuts a long text at sentence ends into pieces of about the target length; the pieces concatenate to the text. */
export function splitLongText(text: string): string[] {
  if (text.length <= longParagraphLength) return [text];
  const sentences = (text.match(sentenceEndPattern) ?? []).filter((sentence) => sentence.length > 0).flatMap(hardSplit);
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current.length > 0 && current.length + sentence.length > targetPassageLength) {
      pieces.push(current);
      current = '';
    }
    current += sentence;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

function samePath(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((part, index) => part === right[index]);
}

function tableTitle(block: TableBlock): string {
  const title = block.table.title.trim();
  if (title.length > 0) return title;
  return block.path.at(-1) ?? '表格';
}

/**
 * A cell's line breaks are layout (信访事项\n受理数量): between Han characters they vanish, elsewhere they become
 * a space, so the sentence reads as one line.
 */
function flattenCell(cell: string): string {
  return cell
    .trim()
    .replace(/(\p{Script=Han})\s*\n\s*(?=\p{Script=Han})/gu, '$1')
    .replace(/\s*\n\s*/g, ' ');
}

/** `<title>（单位：万元）：<column> <cell>；…`: a row found alone still says what its numbers are. */
function rowSentence(title: string, unit: string | undefined, columns: readonly string[], cells: readonly string[]): string | undefined {
  const parts: string[] = [];
  cells.forEach((cell, index) => {
    const value = flattenCell(cell);
    if (value.length === 0) return;
    const column = flattenCell(columns[index] ?? '');
    parts.push(column.length > 0 && column !== value ? `${column} ${value}` : value);
  });
  if (parts.length === 0) return undefined;
  const unitPart = unit && unit.trim().length > 0 ? `（单位：${unit.trim()}）` : '';
  return `${flattenCell(title)}${unitPart}：${parts.join('；')}`;
}

/**
 * Passages and table rows to embed and search. Passages never cross a heading path (so never two top-level
 * sections); each table row becomes its own chunk written as a sentence; a table's text boxes become passages.
 */
export function makeChunks(blocks: Block[], docId: string): Chunk[] {
  const chunks: Chunk[] = [];
  const push = (chunk: Omit<Chunk, 'id' | 'docId'>): void => {
    chunks.push({ id: `${docId}:c${chunks.length}`, docId, ...chunk });
  };

  let pending: { section: string[]; blockIds: string[]; texts: string[]; length: number } | undefined;
  const flush = (): void => {
    if (pending) push({ kind: 'passage', section: pending.section, blockIds: pending.blockIds, text: pending.texts.join('\n') });
    pending = undefined;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      flush();
      continue;
    }
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (text.length === 0) continue;
      if (text.length > longParagraphLength) {
        flush();
        for (const piece of splitLongText(text)) {
          push({ kind: 'passage', section: [...block.path], blockIds: [block.id], text: piece });
        }
        continue;
      }
      const fits = pending && samePath(pending.section, block.path) && pending.length + 1 + text.length <= targetPassageLength;
      if (!fits) flush();
      if (!pending) pending = { section: [...block.path], blockIds: [], texts: [], length: -1 };
      pending.blockIds.push(block.id);
      pending.texts.push(text);
      pending.length += 1 + text.length;
      continue;
    }
    flush();
    const title = tableTitle(block);
    block.table.rows.forEach((cells, row) => {
      const text = rowSentence(title, block.table.unit, block.table.columns, cells);
      if (text === undefined) return;
      push({ kind: 'row', section: [...block.path], blockIds: [block.id], text, table: { blockId: block.id, row, title } });
    });
    for (const note of block.table.notes) {
      const noteText = note.text.trim();
      if (noteText.length === 0) continue;
      const label = note.label.trim();
      for (const piece of splitLongText(label.length > 0 ? `${label}：${noteText}` : noteText)) {
        push({ kind: 'passage', section: [...block.path], blockIds: [block.id], text: piece });
      }
    }
  }
  flush();
  return chunks;
}

/**
 * What gets embedded and keyword-indexed: a passage with its nearest heading in front, because a paragraph such as
 * "2022年预算数为0" only means something under its heading. Rows already carry their table title.
 */
export function chunkSearchText(chunk: Chunk): string {
  const heading = chunk.section.at(-1);
  if (chunk.kind === 'row' || !heading || chunk.text.startsWith(heading)) return chunk.text;
  return `${heading}\n${chunk.text}`;
}
