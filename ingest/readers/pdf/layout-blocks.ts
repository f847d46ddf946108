import type { RawBlock } from '../../model.ts';
import type { PdfPage, TextLine } from './pdf-page.ts';
import { splitRuns } from './split-runs.ts';
import { groupLines } from './group-lines.ts';
import { dropPageFurniture } from './drop-page-furniture.ts';
import { detectTableColumns, refineWithHeaderLabels } from './detect-table-columns.ts';
import { buildTableRows } from './build-table-rows.ts';
import { isWideCharacter, joinText, textPatterns } from './text-patterns.ts';

type PageItem =
  | { kind: 'text'; line: TextLine }
  | { kind: 'meta'; line: TextLine }
  | { kind: 'table'; header: TextLine[]; body: TextLine[] };

/** A gap this wide (in ems) between two segments of a line can only be a gap between table columns. */
const columnGap = 1.5;

/**
 * The PDF reader's layout core: positioned runs of every page in, paragraphs and tables in reading order out.
 * Pure: the pdfjs side only supplies the runs.
 */
export function layoutBlocks(pages: readonly PdfPage[]): RawBlock[] {
  const cleaned = dropPageFurniture(
    pages.map((page) => ({ pageNumber: page.pageNumber, height: page.height, lines: groupLines(splitRuns(page.runs), page.pageNumber) })),
  );
  // Where prose lines end when they are full: the page's own margin when it has enough prose to tell, else the
  // widest prose line on pages of the same width.
  const documentMargins = new Map<number, number>();
  const pageMargins = cleaned.map((page, index) => {
    const prose = page.lines.filter((line) => !isTabular(line));
    const key = Math.round(pages[index].width);
    const right = Math.max(0, ...prose.map((line) => line.x1));
    documentMargins.set(key, Math.max(documentMargins.get(key) ?? 0, right));
    return prose.length >= 3 ? right : undefined;
  });

  const emitter = new BlockEmitter();
  cleaned.forEach((page, index) => {
    const rightMargin = pageMargins[index] ?? documentMargins.get(Math.round(pages[index].width)) ?? pages[index].width;
    emitter.startPage();
    for (const item of classifyPage(page.lines, pages[index].width)) emitter.add(item, rightMargin);
  });
  return emitter.finish();
}

function isTabular(line: TextLine): boolean {
  if (line.segments.length < 2) return false;
  return line.segments.some((segment, index) => index > 0 && segment.x0 - line.segments[index - 1].x1 >= columnGap * line.fontSize);
}

function isMeta(line: TextLine): boolean {
  return line.segments.length <= 3 && line.segments.some((segment) => textPatterns.tableMeta.test(segment.text.trim()));
}

function hasFigure(line: TextLine): boolean {
  return line.segments.some((segment) => textPatterns.amount.test(segment.text.trim()));
}

/** Splits a page's lines into prose lines, table meta lines and table regions. */
function classifyPage(lines: readonly TextLine[], pageWidth: number): PageItem[] {
  const contentLeft = Math.min(...lines.map((line) => line.x0));
  const contentRight = Math.max(...lines.map((line) => line.x1));
  const contentWidth = Math.max(1, Math.min(pageWidth, contentRight - contentLeft));
  const isLong = (line: TextLine) => line.x1 - line.x0 > contentWidth * 0.5;
  const canSitInTable = (line: TextLine) =>
    !isMeta(line) && !textPatterns.tableTitle.test(line.text.trim()) && !/^注\s*[:：]/.test(line.text.trim())
    && !(isLong(line) && textPatterns.sentenceEnd.test(line.text.trim()));

  const inTable = lines.map(() => false);
  const regionStart = lines.map(() => false);
  let index = 0;
  while (index < lines.length) {
    if (isMeta(lines[index]) || !isTabular(lines[index])) {
      index += 1;
      continue;
    }
    // Header lines above the first ruled-looking line: short labels standing alone on their line.
    let start = index;
    while (start > 0 && !inTable[start - 1]) {
      const candidate = lines[start - 1];
      const gap = candidate.y - lines[start].y;
      if (!canSitInTable(candidate) || isLong(candidate) || textPatterns.sentenceEnd.test(candidate.text.trim())
        || textPatterns.numbering.test(candidate.text.trim()) || gap > 3 * candidate.fontSize) break;
      start -= 1;
    }
    let end = index;
    for (;;) {
      const next = nextTabular(lines, end + 1);
      const between = lines.slice(end + 1, next === -1 ? lines.length : next);
      if (next !== -1 && between.every(canSitInTable)) {
        end = next;
        continue;
      }
      // After the last multi-cell line only totals rows and lone figures still belong to the table.
      for (const line of between) {
        if (!canSitInTable(line) || !(textPatterns.totalRow.test(line.text.trim()) || hasFigure(line))) break;
        end += 1;
      }
      break;
    }
    for (let marked = start; marked <= end; marked += 1) inTable[marked] = true;
    regionStart[start] = true;
    index = end + 1;
  }

  const items: PageItem[] = [];
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    const line = lines[lineIndex];
    if (inTable[lineIndex]) {
      if (regionStart[lineIndex] || items[items.length - 1]?.kind !== 'table') items.push({ kind: 'table', header: [], body: [] });
      const region = items[items.length - 1] as Extract<PageItem, { kind: 'table' }>;
      const isData = region.body.length > 0 || hasFigure(line) || line.segments.some((segment) => /^\d{3,}$/.test(segment.text.trim()));
      (isData ? region.body : region.header).push(line);
      const regionEnds = !inTable[lineIndex + 1] || regionStart[lineIndex + 1];
      // An empty table still has its totals row (`合计` and nothing else); it is a body row, not a header.
      const lastHeader = region.header[region.header.length - 1];
      if (regionEnds && region.body.length === 0 && lastHeader && lastHeader.segments.length === 1 && textPatterns.totalRow.test(lastHeader.text.trim())) {
        region.body.push(region.header.pop() as TextLine);
      }
    } else {
      items.push({ kind: isMeta(line) ? 'meta' : 'text', line });
    }
  }
  return items;
}

function nextTabular(lines: readonly TextLine[], from: number): number {
  for (let index = from; index < lines.length; index += 1) {
    if (isTabular(lines[index]) && !isMeta(lines[index])) return index;
  }
  return -1;
}

interface PendingTable {
  blockIndex: number;
  header: TextLine[];
  body: TextLine[];
}

interface OpenParagraph {
  block: Extract<RawBlock, { kind: 'paragraph' }>;
  lastLine: TextLine;
  /** Right margin of the page the last line stands on. */
  rightMargin: number;
  /** Left edge of the paragraph's first line: right of the text column when the document indents paragraphs. */
  firstX0: number;
}

/** Emits blocks in reading order, carrying a table or a paragraph over a page break when it continues there. */
class BlockEmitter {
  private readonly blocks: RawBlock[] = [];
  private pending: PendingTable | null = null;
  private paragraph: OpenParagraph | null = null;
  private firstOnPage = true;

  startPage(): void {
    this.firstOnPage = true;
  }

  add(item: PageItem, rightMargin: number): void {
    const firstOnPage = this.firstOnPage;
    this.firstOnPage = false;
    if (item.kind === 'table') {
      this.paragraph = null;
      const last = this.blocks[this.blocks.length - 1];
      const continues = firstOnPage && this.pending !== null && last?.kind === 'table'
        && this.blocks.length - 1 === this.pending.blockIndex
        && (item.header.length === 0 || headerKey(item.header) === headerKey(this.pending.header));
      if (continues && this.pending) {
        // A continuation page repeats the header, or has none: keep only its body rows.
        this.pending.body.push(...item.body);
        return;
      }
      this.finishTable();
      this.blocks.push({ kind: 'table', rows: [], place: { page: (item.header[0] ?? item.body[0]).pageNumber } });
      this.pending = { blockIndex: this.blocks.length - 1, header: item.header, body: item.body };
      return;
    }
    this.finishTable();
    if (item.kind === 'meta') {
      this.paragraph = null;
      for (const segment of item.line.segments) {
        this.blocks.push({ kind: 'paragraph', text: segment.text.trim(), place: { page: item.line.pageNumber } });
      }
      return;
    }
    const line = item.line;
    const text = line.text.trim();
    const open = this.paragraph;
    if (open && continuesParagraph(open, line, text)) {
      open.block.text = joinText(open.block.text, text, false);
      open.lastLine = line;
      open.rightMargin = rightMargin;
      return;
    }
    const block: Extract<RawBlock, { kind: 'paragraph' }> = { kind: 'paragraph', text, place: { page: line.pageNumber } };
    this.blocks.push(block);
    this.paragraph = { block, lastLine: line, rightMargin, firstX0: line.x0 };
  }

  finish(): RawBlock[] {
    this.finishTable();
    return this.blocks.filter((block) => block.kind !== 'paragraph' || block.text !== '');
  }

  private finishTable(): void {
    if (!this.pending) return;
    const { blockIndex, header, body } = this.pending;
    const multiCellBody = body.filter((line) => line.segments.length >= 2);
    const columnSource = multiCellBody.length > 0 ? multiCellBody : [...header, ...body];
    const columns = refineWithHeaderLabels(
      detectTableColumns(columnSource.map((line) => line.segments)),
      header,
    );
    const rows = buildTableRows(header, body, columns);
    this.blocks[blockIndex] = { kind: 'table', rows, place: this.blocks[blockIndex].place };
    this.pending = null;
  }
}

function continuesParagraph(open: OpenParagraph, line: TextLine, text: string): boolean {
  const previous = open.lastLine;
  const previousText = open.block.text;
  // The previous line wrapped only if the next line's first word would not have fitted after it.
  const firstWord = /^[A-Za-z0-9.,%]+/.exec(text)?.[0] ?? text.slice(0, 1);
  const firstWordWidth = [...firstWord].reduce((sum, character) => sum + (isWideCharacter(character) ? 1 : 0.5), 0) * line.fontSize;
  if (previous.x1 + firstWordWidth + 1.5 * line.fontSize < open.rightMargin) return false;
  if (textPatterns.numbering.test(text)) return false;
  // A sentence end closes the paragraph, unless the document indents its paragraphs (this one opened indented) and
  // the line after a full line starts at the text column: a new paragraph would be indented too.
  const indentedOpening = open.firstX0 > line.x0 + 0.8 * line.fontSize;
  if (/[。！？!?]$/.test(previousText) && !indentedOpening) return false;
  if (Math.abs(previous.fontSize - line.fontSize) > 0.15 * line.fontSize) return false;
  if (previous.pageNumber === line.pageNumber && previous.y - line.y > 2.2 * line.fontSize) return false;
  // A first-line indent opens a new paragraph.
  if (line.x0 > previous.x0 + 0.8 * line.fontSize) return false;
  return true;
}

function headerKey(lines: readonly TextLine[]): string {
  return lines.map((line) => line.text.replace(/\s+/g, '')).join('|');
}
