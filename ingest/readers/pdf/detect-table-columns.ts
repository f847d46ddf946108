import type { TextSegment } from './pdf-page.ts';

export interface TableColumn {
  x0: number;
  x1: number;
}

/**
 * Finds a table's columns from the cells of its rows. Cells of one column overlap horizontally whatever their
 * alignment (labels left, figures right); cells of different columns do not. Narrow cells are placed first, so a cell
 * that overlaps two columns already found is a cell spanning them, not a reason to merge them.
 */
export function detectTableColumns(lines: readonly (readonly TextSegment[])[]): TableColumn[] {
  const segments = lines.flat();
  const columns: TableColumn[] = [];
  const byWidth = [...segments].sort((left, right) => left.x1 - left.x0 - (right.x1 - right.x0) || left.x0 - right.x0);
  for (const segment of byWidth) {
    const overlapping = columns.filter((column) => overlaps(column, segment));
    if (overlapping.length === 0) {
      columns.push({ x0: segment.x0, x1: segment.x1 });
    } else if (overlapping.length === 1) {
      const column = overlapping[0];
      const widened = { x0: Math.min(column.x0, segment.x0), x1: Math.max(column.x1, segment.x1) };
      // Widening must not swallow a neighbour: such a segment spans columns.
      if (!columns.some((other) => other !== column && overlaps(other, widened))) {
        column.x0 = widened.x0;
        column.x1 = widened.x1;
      }
    }
  }
  columns.sort((left, right) => left.x0 - right.x0);
  const merged = mergeNeverTogether(columns, lines);
  // Cells set aside as spanning before the merge may now fall in one column: let them widen it.
  for (const segment of byWidth) {
    const overlapping = merged.filter((column) => overlaps(column, segment));
    if (overlapping.length !== 1) continue;
    const column = overlapping[0];
    const widened = { x0: Math.min(column.x0, segment.x0), x1: Math.max(column.x1, segment.x1) };
    if (!merged.some((other) => other !== column && overlaps(other, widened))) Object.assign(column, widened);
  }
  return merged;
}

/**
 * Two neighbouring columns that never hold text in the same row, while some cell reaches across both, are one column
 * whose cells are aligned differently (a centred `合计` under left-aligned labels).
 */
function mergeNeverTogether(columns: TableColumn[], lines: readonly (readonly TextSegment[])[]): TableColumn[] {
  let index = 0;
  while (index < columns.length - 1) {
    const left = columns[index];
    const right = columns[index + 1];
    const bridged = lines.some((line) => line.some((segment) => overlaps(left, segment) && overlaps(right, segment)));
    const together = lines.some((line) =>
      line.some((segment) => overlaps(left, segment) && !overlaps(right, segment))
      && line.some((segment) => overlaps(right, segment) && !overlaps(left, segment)),
    );
    if (bridged && !together) {
      columns.splice(index, 2, { x0: Math.min(left.x0, right.x0), x1: Math.max(left.x1, right.x1) });
    } else {
      index += 1;
    }
  }
  return columns;
}

function overlaps(left: { x0: number; x1: number }, right: { x0: number; x1: number }): boolean {
  return Math.min(left.x1, right.x1) - Math.max(left.x0, right.x0) > 0.5;
}

/**
 * The columns a cell belongs to: those it mostly covers when it covers several (a spanning header), else the one it
 * overlaps most, else the nearest. Returns [first, last] column indexes.
 */
export function assignColumns(columns: readonly TableColumn[], segment: { x0: number; x1: number }): [number, number] {
  if (columns.length === 0) return [0, 0];
  const covered = columns
    .map((column, index) => ({ index, share: overlapLength(column, segment) / Math.max(1, column.x1 - column.x0) }))
    .filter((entry) => entry.share >= 0.5)
    .map((entry) => entry.index);
  if (covered.length >= 2) return [covered[0], covered[covered.length - 1]];
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, index) => {
    const overlap = overlapLength(column, segment);
    const distance = Math.abs((column.x0 + column.x1) / 2 - (segment.x0 + segment.x1) / 2);
    const score = overlap > 0 ? 1e6 + overlap : -distance;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return [best, best];
}

function overlapLength(left: { x0: number; x1: number }, right: { x0: number; x1: number }): number {
  return Math.max(0, Math.min(left.x1, right.x1) - Math.max(left.x0, right.x0));
}

/**
 * When the body leaves some columns empty in every row (a 三公 table with only two figures filled), the header's
 * lowest labels (those with no label under them) show the real grid. They replace the body's columns when there are
 * more of them and every body column sits under a different one.
 */
export function refineWithHeaderLabels(
  columns: readonly TableColumn[],
  headerLines: readonly { y: number; segments: readonly TextSegment[] }[],
): TableColumn[] {
  const labels = headerLines.flatMap((line) => line.segments.map((segment) => ({ ...segment, y: line.y })));
  // The top header line of a multi-line header groups columns (`本年收入 | 本年支出`); its labels are never leaves.
  const topY = headerLines.length > 1 ? Math.max(...headerLines.map((line) => line.y)) : Infinity;
  // The second line of a wrapped label (`机关运行经费预算` / `数`) belongs to the label above it, not to a row below.
  const continuations = new Set(labels.filter((label) => labels.some((upper) => {
    const gap = upper.y - label.y;
    const centre = (label.x0 + label.x1) / 2;
    return gap > 0.5 && gap <= 1.5 * label.fontSize && centre >= upper.x0 && centre <= upper.x1;
  })));
  const cells = labels.filter((label) => !continuations.has(label));
  const lowest = cells.filter((label) => label.y < topY - 0.5
    && !cells.some((other) => other.y < label.y - 0.5
      && Math.min(other.x1, label.x1 + label.fontSize) > Math.max(other.x0, label.x0 - label.fontSize)),
  );
  if (lowest.length < 2 || lowest.length <= columns.length) return [...columns];
  const grid: TableColumn[] = lowest
    .map((label) => ({ x0: label.x0, x1: label.x1 }))
    .sort((left, right) => left.x0 - right.x0)
    .filter((column, index, all) => index === 0 || !overlaps(all[index - 1], column));
  if (grid.length <= columns.length) return [...columns];
  const owners = columns.map((column) => assignColumns(grid, column)[0]);
  if (new Set(owners).size !== owners.length) return [...columns];
  columns.forEach((column, index) => {
    const owner = grid[owners[index]];
    owner.x0 = Math.min(owner.x0, column.x0);
    owner.x1 = Math.max(owner.x1, column.x1);
  });
  // Widening to the figures must not make two columns overlap; if it does, the body's own columns are safer.
  const consistent = grid.every((column, index) => index === 0 || grid[index - 1].x1 <= column.x0);
  return consistent ? grid : [...columns];
}
