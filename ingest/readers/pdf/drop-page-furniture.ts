import type { TextLine } from './pdf-page.ts';
import { textPatterns } from './text-patterns.ts';

export interface PageLines {
  pageNumber: number;
  height: number;
  lines: TextLine[];
}

/** Running headers, footers and page numbers live in this top/bottom share of the page. */
const marginBand = 0.12;

const pageNumberPatterns = [
  /^[-–—－\s]*\d{1,4}[-–—－\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];

/**
 * Drops what is not content: running headers and footers (the same text, digits aside, at the same height on many
 * pages), page numbers in the margins, and tables of contents (a page headed 目录, and any dot-leader line).
 */
export function dropPageFurniture(pages: readonly PageLines[]): PageLines[] {
  const repeatCounts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      if (!inMargin(line, page.height)) continue;
      const key = repeatKey(line);
      if (!seen.has(key)) repeatCounts.set(key, (repeatCounts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const repeatThreshold = Math.max(3, Math.ceil(pages.length * 0.5));

  return pages.map((page) => {
    const firstLine = page.lines.find((line) => line.text.trim() !== '');
    if (firstLine && isContentsHeading(firstLine.text)) return { ...page, lines: [] };
    const lines = page.lines.filter((line) => {
      const text = line.text.trim();
      if (text === '') return false;
      if (inMargin(line, page.height)) {
        if (pageNumberPatterns.some((pattern) => pattern.test(text))) return false;
        if ((repeatCounts.get(repeatKey(line)) ?? 0) >= repeatThreshold) return false;
      }
      return !isContentsLine(line);
    });
    return { ...page, lines };
  });
}

function inMargin(line: TextLine, pageHeight: number): boolean {
  return pageHeight > 0 && (line.y < pageHeight * marginBand || line.y > pageHeight * (1 - marginBand));
}

function repeatKey(line: TextLine): string {
  return `${Math.round(line.y / 3)}|${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
}

function isContentsHeading(text: string): boolean {
  return /^(目\s*录|contents)$/i.test(text.replace(/\s+/g, ' ').trim());
}

/** A contents entry: a title, dot leaders, and usually a page number. */
function isContentsLine(line: TextLine): boolean {
  return textPatterns.dotLeader.test(line.text) && /(…|\.|·|．|-)\s*\d{0,4}\s*$/.test(line.text.trim());
}
