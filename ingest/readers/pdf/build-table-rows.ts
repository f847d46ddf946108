import type { RawCell } from '../../model.ts';
import type { TextLine } from './pdf-page.ts';
import { assignColumns, type TableColumn } from './detect-table-columns.ts';
import { joinText, textPatterns } from './text-patterns.ts';

interface GridCell {
  first: number;
  last: number;
  text: string;
  x0: number;
  x1: number;
  /** Baseline of the cell's lowest line, to tell a wrapped cell from the next row. */
  bottomY: number;
}

interface GridRow {
  cells: GridCell[];
  bottomY: number;
}

/** Header lines further apart than this (in ems) belong to different header rows. */
const headerRowGap = 1.6;
/** A line this close (in ems) under a cell with the same columns continues that cell (a wrapped label). */
const wrappedLineGap = 1.5;
/** Body lines closer than this (in ems) are one row whose cells wrap onto two lines. */
const bodyRowGap = 1.25;

/**
 * Lays a table's lines out on its columns: header lines stacked into header rows (wrapped header cells joined, a cell
 * covering several columns given a colSpan), then one row per body line, with a wrapped body line joined to its row.
 * Every row covers every column; columns with nothing in them are empty strings, never closed up.
 */
export function buildTableRows(headerLines: readonly TextLine[], bodyLines: readonly TextLine[], columns: readonly TableColumn[]): RawCell[][] {
  const headerRows: GridRow[] = [];
  headerLines.forEach((line, lineIndex) => {
    const cells = placeHeaderCells(line, columns, lineIndex === 0);
    const current = headerRows[headerRows.length - 1];
    if (current && current.bottomY - line.y <= headerRowGap * line.fontSize && fitsInto(current, cells, line, wrappedLineGap)) {
      mergeInto(current, cells, line);
    } else {
      headerRows.push({ cells, bottomY: line.y });
    }
  });

  const bodyRows: GridRow[] = [];
  for (const line of bodyLines) {
    const cells = line.segments.map((segment) => {
      const [first, last] = assignColumns(columns, segment);
      return { first, last: isAmount(segment.text) ? first : last, text: segment.text, x0: segment.x0, x1: segment.x1, bottomY: line.y };
    });
    const current = bodyRows[bodyRows.length - 1];
    if (current && current.bottomY - line.y <= bodyRowGap * line.fontSize && fitsInto(current, cells, line, bodyRowGap)) {
      mergeInto(current, cells, line);
    } else {
      bodyRows.push({ cells: combineSameColumn(cells), bottomY: line.y });
    }
  }
  return [...headerRows, ...bodyRows].map((row) => toRawCells(row, columns.length));
}

function placeHeaderCells(line: TextLine, columns: readonly TableColumn[], firstHeaderLine: boolean): GridCell[] {
  const cells = line.segments.map((segment) => {
    const [first, last] = assignColumns(columns, segment);
    return { first, last, text: segment.text, x0: segment.x0, x1: segment.x1, bottomY: line.y };
  });
  // The top header line's labels are centred over groups of columns (`本年收入 | 本年支出`): each one spans the
  // columns between the midpoints to its neighbours, when it has neighbours to measure against.
  if (firstHeaderLine && cells.length >= 2 && columns.length > cells.length) {
    cells.forEach((cell, index) => {
      const left = index === 0 ? -Infinity : (cells[index - 1].x1 + cell.x0) / 2;
      const right = index === cells.length - 1 ? Infinity : (cell.x1 + cells[index + 1].x0) / 2;
      const inside = columns
        .map((column, columnIndex) => ({ columnIndex, centre: (column.x0 + column.x1) / 2 }))
        .filter((entry) => entry.centre > left && entry.centre < right)
        .map((entry) => entry.columnIndex);
      if (inside.length > 0 && inside[0] <= cell.first && inside[inside.length - 1] >= cell.last) {
        cell.first = inside[0];
        cell.last = inside[inside.length - 1];
      }
    });
  }
  return combineSameColumn(cells);
}

/** Two segments of one line that land in the same column are one cell written with a gap (`1.` `一般公共预算资金`). */
function combineSameColumn(cells: GridCell[]): GridCell[] {
  const combined: GridCell[] = [];
  for (const cell of [...cells].sort((left, right) => left.x0 - right.x0)) {
    const previous = combined[combined.length - 1];
    if (previous && cell.first <= previous.last) {
      previous.text = joinText(previous.text, cell.text, true);
      previous.x1 = Math.max(previous.x1, cell.x1);
      previous.last = Math.max(previous.last, cell.last);
    } else {
      combined.push({ ...cell });
    }
  }
  return combined;
}

/** The line's cells go into free columns of the row, or continue a cell of the row directly above them. */
function fitsInto(row: GridRow, cells: readonly GridCell[], line: TextLine, continuationGap: number): boolean {
  return cells.every((cell) => {
    const clashing = row.cells.filter((existing) => existing.first <= cell.last && cell.first <= existing.last);
    if (clashing.length === 0) return true;
    if (clashing.length > 1) return false;
    const existing = clashing[0];
    return existing.first === cell.first && existing.last === cell.last
      && existing.bottomY - line.y <= continuationGap * line.fontSize
      && Math.min(existing.x1, cell.x1) > Math.max(existing.x0, cell.x0) - line.fontSize
      && !isAmount(existing.text) && !isAmount(cell.text);
  });
}

function mergeInto(row: GridRow, cells: readonly GridCell[], line: TextLine): void {
  for (const cell of combineSameColumn([...cells])) {
    const existing = row.cells.find((candidate) => candidate.first === cell.first && candidate.last === cell.last);
    if (existing) {
      existing.text = joinText(existing.text, cell.text, false);
      existing.x0 = Math.min(existing.x0, cell.x0);
      existing.x1 = Math.max(existing.x1, cell.x1);
      existing.bottomY = line.y;
    } else {
      row.cells.push({ ...cell });
    }
  }
  row.cells.sort((left, right) => left.first - right.first);
  row.bottomY = Math.min(row.bottomY, line.y);
}

function toRawCells(row: GridRow, columnCount: number): RawCell[] {
  const rawCells: RawCell[] = [];
  let column = 0;
  for (const cell of [...row.cells].sort((left, right) => left.first - right.first)) {
    if (cell.first < column) {
      // Already covered by a spanning cell to its left: keep the words, in that cell.
      const previous = rawCells[rawCells.length - 1];
      if (previous) previous.text = joinText(previous.text, cell.text, true);
      continue;
    }
    while (column < cell.first) {
      rawCells.push({ text: '' });
      column += 1;
    }
    const span = Math.min(cell.last, columnCount - 1) - cell.first + 1;
    rawCells.push(span > 1 ? { text: cell.text, colSpan: span } : { text: cell.text });
    column = cell.first + Math.max(1, span);
  }
  while (column < columnCount) {
    rawCells.push({ text: '' });
    column += 1;
  }
  return rawCells;
}

function isAmount(text: string): boolean {
  return textPatterns.amount.test(text.trim());
}
