import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import type { DocumentReader, RawBlock, RawCell } from '../model.ts';
import { ReaderError } from './reader-error.ts';

/**
 * Reads HTML pages (a disclosure published as a web page, or a .docx saved as HTML) into raw blocks in reading
 * order: h1–h6 become headings, text blocks and list items paragraphs, data tables cell grids. Site chrome (menus,
 * banners, footers, scripts) is left out.
 */

export interface ReadHtmlOptions {
  /** Name used in error messages. */
  fileName?: string;
}

export const htmlReader: DocumentReader = {
  extensions: ['.html', '.htm'],
  async read({ fileName, bytes }) {
    return readHtml(decodeHtmlBytes(bytes, fileName), { fileName });
  },
};

export function readHtml(html: string, options: ReadHtmlOptions = {}): RawBlock[] {
  const fileName = options.fileName ?? 'page.html';
  // Word's "downlevel-revealed" conditionals (`<![if !supportLists]>`) wrap real text (list numbers); browsers show
  // that text and drop the markers. Newlines inside a marker are kept so line numbers still match the source.
  // The same goes for DOCTYPE and XML declarations, which the parser would otherwise keep as text.
  const source = html.replace(/<!\[(?:end)?if[^\]]*\]>|<!doctype[^>]*>|<\?xml[^>]*>/gi, (marker) => marker.replace(/[^\n]/g, ''));
  const root = parse(source, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, textarea: true },
  });
  const walker = new HtmlBlockWalker(lineFinder(source));
  walker.walk(root, false);
  walker.flush();
  if (walker.blocks.length === 0) {
    throw new ReaderError({ code: 'empty', fileName, message: 'the page has no text' });
  }
  return walker.blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes to text

const chineseLegacyEncodings = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'gb_2312-80', 'csgb2312', 'chinese']);

function decodeHtmlBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    throw new ReaderError({ code: 'unreadable', fileName, message: 'binary data (NUL bytes), not an HTML page' });
  }
  const declared = declaredCharset(new TextDecoder('latin1').decode(head));
  if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') {
    // Browsers read gb2312 pages as GBK, and GB18030 is a superset of both.
    const label = chineseLegacyEncodings.has(declared) ? 'gb18030' : declared;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding label TextDecoder does not know: fall through to the byte-based guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Many Chinese government pages are GBK and declare nothing (or declare UTF-8 wrongly); bytes that are not
    // UTF-8 are read as GB18030 rather than turned into replacement characters.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function declaredCharset(head: string): string | undefined {
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match === null ? undefined : match[1].toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

function lineFinder(source: string): (offset: number) => number {
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text normalisation

const cjk = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
/** A source line break between two Chinese characters is layout of the HTML file, not a space in the text. */
const cjkLineBreakPattern = new RegExp(`([${cjk}])[ \\t\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=[${cjk}])`, 'g');

function collapseWhitespace(text: string): string {
  return text.replace(cjkLineBreakPattern, '$1').replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
}

/** Joins the wrapped lines of one heading: a space only between two Latin words, as Chinese uses none. */
function joinHeadingLines(lines: string[]): string {
  return lines.reduce((joined, line) => {
    if (joined === '') return line;
    return /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line;
  }, '');
}

/**
 * A `<br>` that falls mid-sentence (after a comma, or before closing punctuation) wraps a line; any other `<br>`
 * is the page's paragraph break.
 */
function continuesAfterBreak(previous: string, next: string): boolean {
  return /[，、（“‘,(]$/.test(previous) || /^[，。；：、）”’,.;:)]/.test(next);
}

// ---------------------------------------------------------------------------------------------------------------
// Which elements count

const hiddenTags = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'map',
  'audio', 'video', 'select', 'option', 'button', 'textarea', 'input', 'nav', 'menu', 'dialog',
]);
/** `<header>`/`<footer>` of the page are banner and footer; inside an article they carry its title and notes. */
const pageChromeTags = new Set(['header', 'footer']);
const articleTags = new Set(['article', 'main']);
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);
/** Class or id names government site templates give their menus, banners and footers. */
const chromeNames = new Set([
  'nav', 'navbar', 'menu', 'topmenu', 'mainmenu', 'breadcrumb', 'breadcrumbs', 'crumb', 'header', 'footer',
  'site-header', 'site-footer', 'sidebar', 'skip-link',
]);
const blockTags = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'address', 'blockquote',
  'center', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'hr',
  'details', 'summary', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
]);
const headingPattern = /^h([1-6])$/;

function tagOf(element: HTMLElement): string {
  return element.rawTagName?.toLowerCase() ?? '';
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function isHidden(element: HTMLElement, insideArticle: boolean): boolean {
  const tag = tagOf(element);
  if (hiddenTags.has(tag)) return true;
  if (pageChromeTags.has(tag) && !insideArticle) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role')?.toLowerCase();
  if (role !== undefined && chromeRoles.has(role)) return true;
  const style = element.getAttribute('style')?.toLowerCase().replace(/\s+/g, '') ?? '';
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  if (insideArticle) return false;
  const names = [...(element.getAttribute('class') ?? '').split(/\s+/), element.getAttribute('id') ?? ''];
  return names.some((name) => chromeNames.has(name.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------------------------
// Walking

interface Segment {
  text: string;
  offset: number;
  /** A `<br>`. */
  isBreak?: boolean;
}

class HtmlBlockWalker {
  readonly blocks: RawBlock[] = [];
  private segments: Segment[] = [];

  constructor(private readonly lineOf: (offset: number) => number) {}

  walk(parent: HTMLElement, insideArticle: boolean): void {
    for (const child of parent.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) {
        this.segments.push({ text: child.text, offset: child.range[0] });
        continue;
      }
      if (!isElement(child) || isHidden(child, insideArticle)) continue;
      const tag = tagOf(child);
      const inside = insideArticle || articleTags.has(tag);
      const heading = headingPattern.exec(tag);
      if (tag === 'br') {
        this.segments.push({ text: '', offset: child.range[0], isBreak: true });
      } else if (heading !== null) {
        this.flush();
        const text = joinHeadingLines(renderLines(child, inside));
        if (text !== '') this.blocks.push({ kind: 'paragraph', text, headingLevel: Number(heading[1]), place: { line: this.lineOf(child.range[0]) } });
      } else if (tag === 'table') {
        this.flush();
        this.readTable(child, inside);
      } else if (tag === 'pre') {
        this.flush();
        this.readPreformatted(child);
      } else if (blockTags.has(tag)) {
        this.flush();
        this.walk(child, inside);
        this.flush();
      } else {
        this.walk(child, inside);
      }
    }
  }

  /** Ends the current text block: each `<br>`-separated line becomes a paragraph. */
  flush(): void {
    const lines: Array<{ text: string; offset: number | undefined }> = [];
    let current: { raw: string; offset: number | undefined } = { raw: '', offset: undefined };
    const endLine = () => {
      const text = collapseWhitespace(current.raw);
      if (text !== '') {
        const previous = lines[lines.length - 1];
        if (previous !== undefined && continuesAfterBreak(previous.text, text)) previous.text += text;
        else lines.push({ text, offset: current.offset });
      }
      current = { raw: '', offset: undefined };
    };
    for (const segment of this.segments) {
      if (segment.isBreak === true) {
        endLine();
        continue;
      }
      if (current.offset === undefined && segment.text.trim() !== '') current.offset = segment.offset;
      current.raw += segment.text;
    }
    endLine();
    this.segments = [];
    for (const line of lines) {
      this.blocks.push({ kind: 'paragraph', text: line.text, place: line.offset === undefined ? {} : { line: this.lineOf(line.offset) } });
    }
  }

  private readPreformatted(element: HTMLElement): void {
    const firstLine = this.lineOf(element.range[0]);
    element.text.split(/\r\n|\r|\n/).forEach((line, index) => {
      const text = line.replace(/\u00a0/g, ' ').trim();
      if (text !== '') this.blocks.push({ kind: 'paragraph', text, place: { line: firstLine + index } });
    });
  }

  private readTable(table: HTMLElement, insideArticle: boolean): void {
    const rowElements = rowsOf(table);
    if (isLayoutTable(table, rowElements)) {
      // A table used to lay out the page: its cells are regions of the page, read in order as ordinary content.
      for (const row of rowElements) {
        for (const cell of cellsOf(row)) {
          if (isHidden(cell, insideArticle)) continue;
          this.flush();
          this.walk(cell, insideArticle);
          this.flush();
        }
      }
      return;
    }
    const caption = table.childNodes.find((child): child is HTMLElement => isElement(child) && tagOf(child) === 'caption');
    if (caption !== undefined) {
      const text = joinHeadingLines(renderLines(caption, insideArticle));
      if (text !== '') this.blocks.push({ kind: 'paragraph', text, place: { line: this.lineOf(caption.range[0]) } });
    }
    const rows: RawCell[][] = [];
    rowElements.forEach((row, rowIndex) => {
      const cells: RawCell[] = [];
      for (const cellElement of cellsOf(row)) {
        const cell: RawCell = { text: renderLines(cellElement, insideArticle).join('\n') };
        const colSpan = spanOf(cellElement.getAttribute('colspan'));
        // rowspan="0" reaches to the end of the table.
        const rowSpanAttribute = cellElement.getAttribute('rowspan')?.trim();
        const rowSpan = rowSpanAttribute === '0' ? rowElements.length - rowIndex : spanOf(rowSpanAttribute);
        if (colSpan > 1) cell.colSpan = colSpan;
        if (rowSpan > 1) cell.rowSpan = Math.min(rowSpan, rowElements.length - rowIndex);
        cells.push(cell);
      }
      if (cells.length > 0) rows.push(cells);
    });
    if (rows.some((row) => row.some((cell) => cell.text !== ''))) {
      this.blocks.push({ kind: 'table', rows, place: { line: this.lineOf(table.range[0]) } });
    }
  }
}

function spanOf(value: string | undefined): number {
  if (value === undefined || !/^\s*\d+/.test(value)) return 1;
  const parsed = Number.parseInt(value, 10);
  // Browsers clamp colspan at 1000 and rowspan at 65534; a typo must not make a grid of millions of cells.
  return parsed >= 1 ? Math.min(parsed, 1000) : 1;
}

/** Rows of this table (through thead/tbody/tfoot and stray wrappers), not rows of tables nested in it. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const visit = (parent: HTMLElement) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'tr') rows.push(child);
      else if (tag !== 'table' && tag !== 'td' && tag !== 'th' && tag !== 'caption') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: HTMLElement): HTMLElement[] {
  return row.childNodes.filter((child): child is HTMLElement => isElement(child) && (tagOf(child) === 'td' || tagOf(child) === 'th'));
}

function isLayoutTable(table: HTMLElement, rows: HTMLElement[]): boolean {
  const role = table.getAttribute('role')?.toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  const cells = rows.flatMap(cellsOf);
  if (cells.length === 1) return true;
  return cells.some((cell) =>
    cell.querySelector('table, h1, h2, h3, h4, h5, h6, article, main, nav') !== null || cell.querySelectorAll('a').length >= 3,
  );
}

/**
 * The text of an element as lines: `<br>` and block boundaries break lines, whitespace collapses, hidden content
 * is skipped. (A table nested in a cell never gets here: it makes the outer table a layout table.)
 */
function renderLines(element: HTMLElement, insideArticle: boolean): string[] {
  // Source newlines inside text nodes are whitespace; line breaks are marked with a character text cannot hold.
  const lineBreak = '\u0000';
  const parts: string[] = [];
  const visit = (parent: HTMLElement) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) {
        parts.push(child.text.replaceAll(lineBreak, ''));
        continue;
      }
      if (!isElement(child) || isHidden(child, insideArticle)) continue;
      const tag = tagOf(child);
      if (tag === 'br') {
        parts.push(lineBreak);
      } else if (blockTags.has(tag) || headingPattern.test(tag) || tag === 'pre' || tag === 'table') {
        parts.push(lineBreak);
        visit(child);
        parts.push(lineBreak);
      } else {
        visit(child);
      }
    }
  };
  visit(element);
  return parts.join('').split(lineBreak).map(collapseWhitespace).filter((line) => line !== '');
}
