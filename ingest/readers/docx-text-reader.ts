import type { DocumentReader, RawBlock, RawCell } from '../model.ts';
import { ReaderError } from './reader-error.ts';

/**
 * Reader for the plain-text export of a .docx (see shared/corpus/README.md): paragraphs are lines, a table is a run
 * of rows separated by blank lines, every cell is a line starting with a tab, and a line without a tab inside a row
 * continues the cell before it.
 */

const bookmarkPattern = /\[bookmark:[^\]]*\]/g;
/** Exporters sometimes indent a cell line with spaces before the tab (` \t符号`); it is still a cell. */
const cellLinePattern = /^[ \u3000]*\t/;
/** C0 control characters other than tab, line feed, carriage return and form feed never occur in exported text. */
const controlCharacterPattern = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/;
/** Top-level section numbering (`一、`, `第二部分`) never continues a table cell; it starts the next section. */
const sectionStartPattern = /^(?:[一二三四五六七八九十百]+、|第[一二三四五六七八九十百\d]+部分)/;
const plainNumberPattern = /^[-+]?[\d,，]+(?:\.\d+)?%?$/;

interface OpenRow {
  cells: RawCell[];
}

interface OpenTable {
  rows: RawCell[][];
  line: number;
}

export function readDocxText(text: string, fileName = ''): RawBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  checkCharacters(lines, fileName);

  const blocks: RawBlock[] = [];
  let table: OpenTable | undefined;
  let row: OpenRow | undefined;

  const closeRow = () => {
    if (table && row && row.cells.length > 0) table.rows.push(row.cells);
    row = undefined;
  };
  const closeTable = () => {
    closeRow();
    if (table && table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows, place: { line: table.line } });
    table = undefined;
  };

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.replace(bookmarkPattern, '');
    // Checked before blankness: a lone tab is an empty (merged) cell, not a blank line.
    if (cellLinePattern.test(line)) {
      if (!table) table = { rows: [], line: lineNumber };
      if (!row) row = { cells: [] };
      row.cells.push({ text: line.replace(cellLinePattern, '').trim() });
      return;
    }
    if (line.trim() === '') {
      // A blank line ends a row; whether it also ends the table depends on the next non-blank line.
      closeRow();
      return;
    }
    const paragraphText = line.trim();
    const previousCell = row?.cells[row.cells.length - 1];
    if (previousCell && continuesCell(previousCell.text, paragraphText)) {
      previousCell.text = previousCell.text === '' ? paragraphText : `${previousCell.text}\n${paragraphText}`;
      return;
    }
    closeTable();
    blocks.push({ kind: 'paragraph', text: paragraphText, place: { line: lineNumber } });
  });
  closeTable();

  if (blocks.length === 0) {
    throw new ReaderError({ code: 'empty', fileName, message: 'the file holds no text' });
  }
  return blocks;
}

/**
 * A tab-less line inside a row normally continues the cell above (`部门` + `产出`). It does not when it opens a new
 * top-level section, or when the cell above is a bare number: numbers are never wrapped onto a second line, so the
 * table has ended without the blank line exporters usually leave.
 */
function continuesCell(previousCellText: string, lineText: string): boolean {
  if (sectionStartPattern.test(lineText)) return false;
  if (plainNumberPattern.test(previousCellText.replace(/\s/g, ''))) return false;
  return true;
}

function checkCharacters(lines: string[], fileName: string): void {
  lines.forEach((line, index) => {
    if (line.includes('\u0000')) {
      throw new ReaderError({
        code: 'unreadable',
        fileName,
        line: index + 1,
        message: 'NUL byte: this is a binary file, not a text export',
      });
    }
    if (line.includes('\uFFFD')) {
      throw new ReaderError({
        code: 'unreadable',
        fileName,
        line: index + 1,
        message: 'bytes that are not UTF-8 text',
      });
    }
    if (controlCharacterPattern.test(line)) {
      throw new ReaderError({
        code: 'malformed',
        fileName,
        line: index + 1,
        message: 'control characters that a text export does not contain',
      });
    }
  });
}

/** Decodes strictly so invalid UTF-8 is reported at its line instead of turning into replacement characters. */
function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  const strictDecoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return strictDecoder.decode(bytes);
  } catch {
    let lineStart = 0;
    let lineNumber = 1;
    for (let index = 0; index <= bytes.length; index += 1) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          strictDecoder.decode(bytes.subarray(lineStart, index));
        } catch {
          throw new ReaderError({ code: 'unreadable', fileName, line: lineNumber, message: 'bytes that are not UTF-8 text' });
        }
        lineStart = index + 1;
        lineNumber += 1;
      }
    }
    throw new ReaderError({ code: 'unreadable', fileName, message: 'bytes that are not UTF-8 text' });
  }
}

export const docxTextReader: DocumentReader = {
  extensions: ['.txt'],
  async read({ fileName, bytes }) {
    if (bytes.length === 0) throw new ReaderError({ code: 'empty', fileName, message: 'the file is empty' });
    return readDocxText(decodeUtf8(bytes, fileName), fileName);
  },
};
