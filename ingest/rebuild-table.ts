import type { RawCell, Table } from './model.ts';

/**
 * Turns a reader's cell rows into a rectangular table with a title, a unit, header rows and one label per column.
 *
 * Readers differ in what they know: Word and HTML readers give colSpan/rowSpan, the .docx text export gives only
 * cells in order (a horizontally merged cell shows as a shorter row, a vertically merged one as an empty cell).
 * The rules below recover the grid from what is there; each says why it holds for this genre of table.
 *
 * Text policy: body `rows` keep every cell's text as the document has it (trimmed; a cell that wrapped keeps its
 * "\n", e.g. "部门\n产出") so quotes stay verbatim. `title`, `headerRows` and `columns` are labels, so they are
 * normalised: line breaks and padding spaces between Chinese characters are removed ("计量  单位" -> "计量单位",
 * "部门\n产出" -> "部门产出"), other whitespace runs become one space.
 */

type CellOrigin = 'own' | 'spanned' | 'merged-above' | 'padding';

interface GridCell {
  text: string;
  origin: CellOrigin;
}

interface GridRow {
  cells: GridCell[];
  /** True when a reader gave colSpan/rowSpan for this row, so its width is already known to be right. */
  hasExplicitSpans: boolean;
}

type Note = Table['notes'][number];

/** Summary tables stack up to four header rows (`本年支出 > 预算数 > 基本支出 > 人员经费`). */
const maximumHeaderRows = 4;
const maximumTitleLength = 60;
const maximumNoteLabelLength = 10;
/** A goal box's text is a sentence or more; a short second cell is a header label instead. */
const minimumNoteTextLength = 12;

const cjkCharacter = '[\\u2e80-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const spaceBetweenCjkPattern = new RegExp(`(${cjkCharacter})\\s+(?=${cjkCharacter})`, 'g');
const numericCellPattern = /^(?:[≥≤><=＝]|>=|<=)?[-+]?\d[\d,，]*(?:\.\d+)?%?$/;
const yearPattern = /^(?:19|20)\d{2}$/;
const labelValuePattern = /^([^：:（(\d]{1,12})[：:]\s*([\s\S]+)$/;
const unitPatterns = [/单位[：:]\s*((?:人民币)?[百千万亿]*元)/, /[（(]((?:人民币)?[百千万亿]*元)[）)]\s*$/];
/** Punctuation that ends or splits a sentence: text holding it is prose, not a title or a heading. */
export const sentencePunctuationPattern = /[。；;！!？?]/;

export function rebuildTable(rows: RawCell[][], context: { precedingText: string[] }): Table {
  let grid = dropEmptyRows(expandSpans(rows));
  grid = joinSplitRows(grid);
  const width = Math.max(0, ...grid.map((row) => row.cells.length));

  const notes: Note[] = [];
  let title = '';
  let firstRemaining = 0;
  for (; firstRemaining < grid.length; firstRemaining += 1) {
    const outcome = classifyLeadingRow(grid[firstRemaining], width, title === '');
    if (outcome.kind === 'content') break;
    if (outcome.kind === 'title') title = outcome.title;
    else notes.push(...outcome.notes);
  }
  const remaining = grid.slice(firstRemaining);

  const headerCount = countHeaderRows(remaining, width);
  const headerRows = alignHeaderRows(remaining.slice(0, headerCount), width);
  const body = remaining.slice(headerCount).map((row) => padBodyRow(row, width));

  const trailingNotes: Note[] = [];
  while (body.length > 0 && width >= 3 && isTrailingNote(body[body.length - 1])) {
    const row = body.pop() as GridRow;
    trailingNotes.unshift(...row.cells.filter(isOwnText).map((cell) => splitLabel(cell.text)));
  }
  notes.push(...trailingNotes);

  fillDownLabelColumns(body, width);

  const headerLabels = headerRows.map((row) => row.cells.map((cell) => normalizeLabel(cell.text)));
  const columns = Array.from({ length: width }, (_, column) => columnLabel(headerLabels, column));
  if (title === '') title = titleFromPrecedingText(context.precedingText);

  const unit = findUnit([
    title,
    ...notes.map((note) => (note.label ? `${note.label}：${note.text}` : note.text)),
    ...headerLabels.flat(),
    ...context.precedingText,
  ]);

  return {
    title: normalizeLabel(title),
    ...(unit ? { unit } : {}),
    headerRows: headerLabels,
    columns,
    rows: body.map((row) => row.cells.map((cell) => cell.text)),
    notes,
  };
}

/** Lays cells on a grid, honouring colSpan, rowSpan and mergedFromAbove; merged cells repeat the text they cover. */
function expandSpans(rows: RawCell[][]): GridRow[] {
  const carried = new Map<number, { text: string; rowsLeft: number }>();
  const grid: GridRow[] = [];
  for (const rawRow of rows) {
    const cells: GridCell[] = [];
    let hasExplicitSpans = false;
    let column = 0;
    const placeCarried = () => {
      for (let carry = carried.get(column); carry; carry = carried.get(column)) {
        cells[column] = { text: carry.text, origin: 'merged-above' };
        carry.rowsLeft -= 1;
        if (carry.rowsLeft === 0) carried.delete(column);
        column += 1;
        hasExplicitSpans = true;
      }
    };
    for (const rawCell of rawRow) {
      placeCarried();
      const above = grid[grid.length - 1]?.cells[column]?.text ?? '';
      const text = rawCell.mergedFromAbove ? above : rawCell.text.trim();
      const span = rawCell.colSpan ?? 1;
      if (span > 1 || (rawCell.rowSpan ?? 1) > 1 || rawCell.mergedFromAbove) hasExplicitSpans = true;
      for (let offset = 0; offset < span; offset += 1) {
        const origin: CellOrigin = rawCell.mergedFromAbove ? 'merged-above' : offset === 0 ? 'own' : 'spanned';
        cells[column + offset] = { text, origin };
        if ((rawCell.rowSpan ?? 1) > 1) carried.set(column + offset, { text, rowsLeft: (rawCell.rowSpan ?? 1) - 1 });
      }
      column += span;
    }
    placeCarried();
    for (const [carriedColumn, carry] of [...carried].filter(([carriedColumn]) => carriedColumn >= column)) {
      cells[carriedColumn] = { text: carry.text, origin: 'merged-above' };
      carry.rowsLeft -= 1;
      if (carry.rowsLeft === 0) carried.delete(carriedColumn);
    }
    for (let index = 0; index < cells.length; index += 1) cells[index] ??= { text: '', origin: 'padding' };
    grid.push({ cells, hasExplicitSpans });
  }
  return grid;
}

function dropEmptyRows(grid: GridRow[]): GridRow[] {
  return grid.filter((row) => row.cells.some((cell) => cell.text !== ''));
}

/**
 * The text export ends a row at a blank line, and a cell whose text ended with an empty paragraph leaves one inside
 * a row: the row then arrives as two short pieces whose cell counts add up to the table width. Pieces of one cell
 * are not joined (too easily a title or a merged label row).
 */
function joinSplitRows(grid: GridRow[]): GridRow[] {
  const width = Math.max(0, ...grid.map((row) => row.cells.length));
  const joined: GridRow[] = [];
  for (let index = 0; index < grid.length; index += 1) {
    const first = grid[index];
    const second = grid[index + 1];
    const isPiece = (row: GridRow | undefined): row is GridRow =>
      row !== undefined && !row.hasExplicitSpans && row.cells.length >= 2 && row.cells.length < width;
    if (isPiece(first) && isPiece(second) && first.cells.length + second.cells.length === width) {
      joined.push({ cells: [...first.cells, ...second.cells], hasExplicitSpans: false });
      index += 1;
    } else {
      joined.push(first);
    }
  }
  return joined;
}

type LeadingRow = { kind: 'content' } | { kind: 'title'; title: string } | { kind: 'notes'; notes: Note[] };

/**
 * Rows above the header that are not grid rows: a title in one merged cell, meta lines (`编制单位：…`, `单位：万元`),
 * and a performance table's goal box (`绩效目标 | <long text>`). They hold one or two cells in a wider table.
 */
function classifyLeadingRow(row: GridRow, width: number, titleWanted: boolean): LeadingRow {
  const texts = row.cells.filter(isOwnText).map((cell) => cell.text);
  const ownCells = row.cells.filter((cell) => cell.origin === 'own').length;
  if (width < 2) return { kind: 'content' };
  if (texts.length === 1) {
    const [text] = texts;
    if (labelValuePattern.test(text)) return { kind: 'notes', notes: [splitLabel(text)] };
    // Only a row that is one merged cell is a title: a lone label among empty cells of a full grid (PDFs) is a
    // header label spanning the columns below it (`2024年“三公”经费预算数`), spanned or not.
    if (ownCells > 2) return { kind: 'content' };
    if (row.cells.some((cell) => cell.origin === 'spanned') && row.cells.some((cell) => cell.origin === 'own' && cell.text === '')) {
      return { kind: 'content' };
    }
    const looksLikeTitle = text.length <= maximumTitleLength && !sentencePunctuationPattern.test(text);
    if (titleWanted && looksLikeTitle) return { kind: 'title', title: text };
    return { kind: 'notes', notes: [{ label: '', text }] };
  }
  if (texts.length === 2 && width >= 3) {
    const [first, second] = texts;
    if (labelValuePattern.test(first) || labelValuePattern.test(second)) {
      return { kind: 'notes', notes: texts.map(splitLabel) };
    }
    const isGoalBox =
      first.length <= maximumNoteLabelLength &&
      (second.length >= minimumNoteTextLength || /[。；\n]/.test(second)) &&
      row.cells.length < width;
    if (isGoalBox) return { kind: 'notes', notes: [{ label: normalizeLabel(first), text: second }] };
  }
  return { kind: 'content' };
}

function isTrailingNote(row: GridRow): boolean {
  const texts = row.cells.filter(isOwnText).map((cell) => cell.text);
  return texts.length === 1 && (/^(?:注|说明)/.test(texts[0]) || labelValuePattern.test(texts[0]));
}

function splitLabel(text: string): Note {
  const match = labelValuePattern.exec(text);
  if (!match) return { label: '', text };
  return { label: normalizeLabel(match[1]), text: match[2].trim() };
}

/**
 * Header rows are the leading rows of labels (no numbers). A further row belongs to the header only when the row
 * above leaves room for sub-labels: it is short because a label spans several columns, a label has rowSpan into it,
 * or (grids from PDFs) it has empty cells where the next row has sub-labels and either the next row has gaps of its
 * own (labels merged down) or the row above is one lone label. A full row of labels under a row with gaps is
 * otherwise read as data (`廊坊市信访局 | 行政 | 正处级 | …` under `单位名称 | | | 经费保障形式`).
 */
function countHeaderRows(rows: GridRow[], width: number): number {
  if (rows.length === 0 || hasNumber(rows[0])) return 0;
  let count = 1;
  while (count < rows.length && count < maximumHeaderRows) {
    const upper = rows[count - 1];
    const lower = rows[count];
    if (hasNumber(lower)) break;
    // An empty table's `合计` row has no figures but is a body row, not a fourth header row.
    const lowerTexts = lower.cells.filter((cell) => cell.text !== '').map((cell) => cell.text.replace(/\s/g, ''));
    if (lowerTexts.length > 0 && lowerTexts.every((text) => /^(?:合计|总计)$/.test(text))) break;
    const continues =
      upper.cells.length < width
        ? segmentsUnder(upper, lower, width) !== undefined
        : lower.cells.some((cell) => cell.origin === 'merged-above') ||
          upper.cells.some((cell) => cell.origin === 'spanned') ||
          (upper.cells.some((cell, column) => cell.text === '' && (lower.cells[column]?.text ?? '') !== '') &&
            (lower.cells.some((cell) => cell.text === '') || upper.cells.filter((cell) => cell.text !== '').length === 1));
    if (!continues) break;
    count += 1;
  }
  return count;
}

/**
 * Matches a short upper header row to the full row below: every empty lower cell sits under a label merged down
 * from above, and every run of lower labels sits under one label that spans it (`预算资金` above `合计 | 一般公共预算拨款 | …`).
 * Returns, for each upper cell, the columns it covers; undefined when the shapes do not fit.
 */
function segmentsUnder(upper: GridRow, lower: GridRow, width: number): number[][] | undefined {
  if (lower.cells.length !== width) return undefined;
  const segments: number[][] = [];
  lower.cells.forEach((cell, column) => {
    const previous = segments[segments.length - 1];
    const extendsRun = cell.text !== '' && previous !== undefined && lower.cells[column - 1].text !== '';
    if (extendsRun) previous.push(column);
    else segments.push([column]);
  });
  return segments.length === upper.cells.length ? segments : undefined;
}

function alignHeaderRows(rows: GridRow[], width: number): GridRow[] {
  const aligned = rows.map((row, index) => {
    if (row.cells.length >= width) return row;
    const below = rows[index + 1];
    const segments = below ? segmentsUnder(row, below, width) : undefined;
    if (segments) {
      const cells: GridCell[] = [];
      segments.forEach((columns, segmentIndex) => {
        columns.forEach((column, offset) => {
          cells[column] = { text: row.cells[segmentIndex].text, origin: offset === 0 ? 'own' : 'spanned' };
        });
      });
      return { cells, hasExplicitSpans: row.hasExplicitSpans };
    }
    // A short row that ends in an empty cell reaches the right edge, so its missing cells are on the left (Word's
    // gridBefore); otherwise the first label is taken to span the missing columns.
    const lastCell = row.cells[row.cells.length - 1];
    return lastCell && lastCell.text === '' ? padLeft(row, width) : spanFirstCell(row, width);
  });

  claimSubLabels(aligned);
  // Grids without span information leave a spanning label's other columns empty: fill them from the left when
  // the row below has sub-labels under both.
  aligned.forEach((row, index) => {
    const below = aligned[index + 1];
    // A reader that gave spans (Word, HTML, PDF) already said how far each label reaches.
    if (!below || row.hasExplicitSpans) return;
    row.cells.forEach((cell, column) => {
      const left = row.cells[column - 1];
      const hasSubLabel = (position: number) => (below.cells[position]?.text ?? '') !== '';
      // A label with nothing under it in a third row stands on its own, merged down through the header.
      const standsAlone = (position: number) => aligned[index + 2] !== undefined && (aligned[index + 2].cells[position]?.text ?? '') === '';
      if (cell.text === '' && left && left.text !== '' && hasSubLabel(column) && hasSubLabel(column - 1) && !standsAlone(column)) {
        row.cells[column] = { text: left.text, origin: 'spanned' };
      }
    });
  });
  // A label merged down over several header rows is repeated in each, as the document shows it.
  aligned.forEach((row, index) => {
    const above = aligned[index - 1];
    if (!above) return;
    row.cells.forEach((cell, column) => {
      if (cell.text === '' && (above.cells[column]?.text ?? '') !== '') {
        row.cells[column] = { text: above.cells[column].text, origin: 'merged-above' };
      }
    });
  });
  return aligned;
}

const totalLabelPattern = /^(?:合\s*计|总\s*计)$/;

/**
 * Grids without span information (PDF text) put a group label in one of the columns it spans. From the lowest rows
 * up, a group label (one with sub-labels under it) takes:
 * - in the row above the lowest of three or more, the sub-labels beside it that have no label of their own above them
 *   (`小计` and `运行费` beside `购置费` under `公务用车购置及运行费`): a label in the lowest row has a parent;
 * - higher up, the groups directly to its right (columns whose label has sub-labels), and the columns to its left
 *   up to a `合计` column, since a group's total stands first in it. Single labels to its right may stand on their
 *   own (`机关运行经费预算数` spanning all header rows), so they are left alone.
 */
function claimSubLabels(rows: GridRow[]): void {
  const text = (row: GridRow | undefined, column: number) => row?.cells[column]?.text ?? '';
  for (let index = rows.length - 2; index >= 0; index -= 1) {
    const row = rows[index];
    const below = rows[index + 1];
    const further = rows[index + 2];
    const width = row.cells.length;
    const isOrphan = (column: number) => text(row, column) === '' && text(below, column) !== '';
    const claims = new Map<number, string>();
    for (let start = 0; start < width; start += 1) {
      if (row.cells[start].origin !== 'own' || text(row, start) === '') continue;
      let end = start;
      while (end + 1 < width && row.cells[end + 1].origin === 'spanned') end += 1;
      const label = text(row, start);
      const columns = Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
      if (!columns.some((column) => text(below, column) !== '')) continue;
      // Only under a third header row: in a two-row header a label beside a group may span both rows.
      if (!further && index > 0) {
        for (let column = start - 1; column >= 0 && isOrphan(column); column -= 1) claims.set(column, label);
        for (let column = end + 1; column < width && isOrphan(column); column += 1) if (!claims.has(column)) claims.set(column, label);
        continue;
      }
      if (!further) continue;
      for (let column = end + 1; column < width && isOrphan(column) && text(further, column) !== ''; column += 1) claims.set(column, label);
      let total = -1;
      for (let column = start - 1; column >= 0 && isOrphan(column); column -= 1) {
        if (totalLabelPattern.test(text(below, column))) {
          total = column;
          break;
        }
      }
      for (let column = total; column >= 0 && column < start; column += 1) claims.set(column, label);
    }
    for (const [column, label] of claims) row.cells[column] = { text: label, origin: 'spanned' };
  }
}

function padLeft(row: GridRow, width: number): GridRow {
  const padding: GridCell[] = Array.from({ length: width - row.cells.length }, () => ({ text: '', origin: 'padding' }));
  return { cells: [...padding, ...row.cells], hasExplicitSpans: row.hasExplicitSpans };
}

function spanFirstCell(row: GridRow, width: number): GridRow {
  const [first, ...rest] = row.cells;
  const spanned: GridCell[] = Array.from({ length: width - row.cells.length }, () => ({
    text: first.text,
    origin: 'spanned',
  }));
  return { cells: [first, ...spanned, ...rest], hasExplicitSpans: row.hasExplicitSpans };
}

/**
 * A short body row is almost always a label spanning the label columns (`合计` over code and name columns), so the
 * first cell takes the missing width and the figures stay under their headers.
 */
function padBodyRow(row: GridRow, width: number): GridRow {
  if (row.cells.length >= width || row.cells.length === 0) return row;
  return spanFirstCell(row, width);
}

/**
 * Vertically merged label cells arrive empty in every row but the first. The leading columns that have gaps and
 * hold only labels are hierarchy columns (`产出指标` over its `数量指标`, `质量指标` rows); they end at the first
 * column every row fills. Gaps there take the label above; gaps elsewhere are real blanks and stay.
 */
function fillDownLabelColumns(body: GridRow[], width: number): void {
  const hierarchyColumns: number[] = [];
  for (let column = 0; column < width; column += 1) {
    const cells = body.map((row) => row.cells[column]);
    if (cells.some((cell) => cell.text !== '' && isNumeric(cell.text))) return;
    if (cells.every((cell) => cell.text !== '')) break;
    hierarchyColumns.push(column);
  }
  if (hierarchyColumns.length === width) return;
  for (const column of hierarchyColumns) {
    for (let index = 1; index < body.length; index += 1) {
      const cell = body[index].cells[column];
      const above = body[index - 1].cells[column];
      if (cell.text === '' && cell.origin !== 'spanned' && above.text !== '') {
        body[index].cells[column] = { text: above.text, origin: 'merged-above' };
      }
    }
  }
}

function columnLabel(headerLabels: string[][], column: number): string {
  const stacked: string[] = [];
  for (const row of headerLabels) {
    const label = row[column] ?? '';
    if (label !== '' && stacked[stacked.length - 1] !== label) stacked.push(label);
  }
  return stacked.join(' > ');
}

/** Title from the text above the table: the last short line that is not a sentence nor a meta line (`单位：元`). */
function titleFromPrecedingText(lines: string[]): string {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index].trim();
    if (line === '' || labelValuePattern.test(line)) continue;
    if (line.length <= maximumTitleLength && !sentencePunctuationPattern.test(line)) return line;
  }
  return '';
}

function findUnit(texts: string[]): string | undefined {
  for (const text of texts) {
    for (const pattern of unitPatterns) {
      const match = pattern.exec(text);
      if (match) return match[1].replace(/^人民币/, '');
    }
  }
  return undefined;
}

function hasNumber(row: GridRow): boolean {
  return row.cells.some((cell) => cell.text !== '' && isNumeric(cell.text));
}

/** Amounts and percentages, optionally with a comparator (`≥95%`). Bare years are labels (`2022` as a header). */
function isNumeric(text: string): boolean {
  const compact = text.replace(/\s/g, '');
  return numericCellPattern.test(compact) && !yearPattern.test(compact);
}

function isOwnText(cell: GridCell): boolean {
  return cell.origin === 'own' && cell.text !== '';
}

function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(spaceBetweenCjkPattern, '$1').trim();
}
