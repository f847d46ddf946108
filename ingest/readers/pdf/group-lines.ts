import type { TextLine, TextPiece, TextSegment } from './pdf-page.ts';
import { joinText } from './text-patterns.ts';
import { separatesCells } from './split-runs.ts';

/** Baselines closer than this share a line (fraction of the font size); the two lines of a wrapped header cell do not. */
const sameLineTolerance = 0.2;
/** A horizontal gap wider than this (in ems) separates segments even without whitespace between them. */
const segmentGap = 0.8;

/**
 * Groups the pieces of one page into lines, top of the page first, and each line into segments (its runs of text with
 * no cell gap inside).
 */
export function groupLines(pieces: readonly TextPiece[], pageNumber: number): TextLine[] {
  const sorted = [...pieces].sort((left, right) => right.y - left.y || left.x0 - right.x0);
  const groups: { y: number; fontSize: number; pieces: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const group = groups.find((candidate) =>
      Math.abs(candidate.y - piece.y) <= sameLineTolerance * Math.max(1, Math.min(candidate.fontSize, piece.fontSize)),
    );
    if (group) {
      group.pieces.push(piece);
      group.fontSize = Math.max(group.fontSize, piece.fontSize);
    } else {
      groups.push({ y: piece.y, fontSize: piece.fontSize, pieces: [piece] });
    }
  }
  return groups
    .sort((left, right) => right.y - left.y)
    .map((group) => toLine(group.pieces, pageNumber, group.y, group.fontSize));
}

function toLine(pieces: TextPiece[], pageNumber: number, y: number, fontSize: number): TextLine {
  const ordered = [...pieces].sort((left, right) => left.x0 - right.x0);
  const segments: (TextSegment & { last: TextPiece })[] = [];
  let text = '';
  for (const piece of ordered) {
    const current = segments[segments.length - 1];
    const gap = current ? piece.x0 - current.x1 : 0;
    const breaks = !current || gap > segmentGap * piece.fontSize || (piece.spaceBefore && separatesCells(current.last.text, piece.text));
    text = joinText(text, piece.text, piece.spaceBefore || gap > 0.25 * piece.fontSize);
    if (breaks) {
      segments.push({ text: piece.text, x0: piece.x0, x1: piece.x1, fontSize: piece.fontSize, last: piece });
    } else {
      current.text = joinText(current.text, piece.text, piece.spaceBefore || gap > 0.25 * piece.fontSize);
      current.x1 = Math.max(current.x1, piece.x1);
      current.fontSize = Math.max(current.fontSize, piece.fontSize);
      current.last = piece;
    }
  }
  return {
    pageNumber,
    y,
    fontSize,
    x0: ordered[0]?.x0 ?? 0,
    x1: Math.max(...ordered.map((piece) => piece.x1)),
    text,
    segments: segments.map(({ text: segmentText, x0, x1, fontSize: segmentFontSize }) => ({ text: segmentText, x0, x1, fontSize: segmentFontSize })),
  };
}
