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

  spanGroupLabels(headerRows, columns, headerLines[0]?.fontSize ?? 12);

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

/**
 * A label above sub-labels is centred over the columns it groups (`“三公”经费预算数` over six columns, `公务用车购置及
 * 运行费` over `小计 | 购置费 | 运行费`) but, being narrower, lands in one of them. From the lowest header row up, such
 * a label takes the run of columns, free in its own row and labelled below, whose centre is nearest its own, without
 * cutting a lower label in two; among runs equally near (a group nested in the middle of its parent) the widest wins.
 * Labels with nothing under them are labels merged down, and stay as they are.
 */
function spanGroupLabels(headerRows: GridRow[], columns: readonly TableColumn[], fontSize: number): void {
  const tolerance = 0.5 * fontSize;
  // Body figures are right-aligned: a column's extent is judged with the lowest labels standing in it alone.
  const extents = columns.map((column, index) => {
    const own = headerRows.flatMap((row, rowIndex) =>
      row.cells.filter((cell) => cell.first === index && cell.last === index
        && !headerRows.slice(rowIndex + 1).some((lowerRow) => lowerRow.cells.some((lowerCell) => lowerCell.first <= index && index <= lowerCell.last))),
    );
    return { x0: Math.min(column.x0, ...own.map((cell) => cell.x0)), x1: Math.max(column.x1, ...own.map((cell) => cell.x1)) };
  });
  for (let rowIndex = headerRows.length - 2; rowIndex >= 0; rowIndex -= 1) {
    const row = headerRows[rowIndex];
    const lower = headerRows.slice(rowIndex + 1).flatMap((lowerRow) => lowerRow.cells);
    const labelledBelow = (column: number) => lower.some((cell) => cell.first <= column && column <= cell.last);
    const cutsLower = (first: number, last: number) =>
      lower.some((cell) => cell.first <= last && first <= cell.last && (cell.first < first || cell.last > last));
    for (const cell of row.cells) {
      const hasSubLabels = lower.some((below) => below.first >= cell.first && below.last <= cell.last);
      if (!hasSubLabels) continue;
      const free = (column: number) =>
        labelledBelow(column) && !row.cells.some((other) => other !== cell && other.first <= column && column <= other.last);
      let start = cell.first;
      while (start > 0 && free(start - 1)) start -= 1;
      let end = cell.last;
      while (end < columns.length - 1 && free(end + 1)) end += 1;
      const centre = (cell.x0 + cell.x1) / 2;
      const candidates: { first: number; last: number; distance: number }[] = [];
      for (let first = start; first <= cell.first; first += 1) {
        for (let last = cell.last; last <= end; last += 1) {
          if (cutsLower(first, last)) continue;
          candidates.push({ first, last, distance: Math.abs((extents[first].x0 + extents[last].x1) / 2 - centre) });
        }
      }
      if (candidates.length === 0) continue;
      const nearest = Math.min(...candidates.map((candidate) => candidate.distance));
      const chosen = candidates
        .filter((candidate) => candidate.distance <= nearest + tolerance)
        .reduce((widest, candidate) => (candidate.last - candidate.first > widest.last - widest.first ? candidate : widest));
      cell.first = chosen.first;
      cell.last = chosen.last;
    }
  }
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
