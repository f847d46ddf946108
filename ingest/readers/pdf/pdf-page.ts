/**
 * The reader's own small picture of a PDF page: positioned text runs, nothing from pdfjs. The layout code works on
 * this so it can be tested on literal runs.
 */
export interface PositionedRun {
  text: string;
  /** Left edge of the run, in PDF points from the page's left. */
  x: number;
  /** Baseline, in PDF points from the page's BOTTOM (PDF user space: y grows upwards). */
  y: number;
  /** Advance width of the whole run as the PDF draws it (includes any gap drawn inside it). */
  width: number;
  fontSize: number;
}

export interface PdfPage {
  /** 1-based. */
  pageNumber: number;
  width: number;
  height: number;
  runs: PositionedRun[];
}

/** A piece of text with a horizontal extent: a run, or part of a run split at a cell gap. */
export interface TextPiece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  /** Whitespace stood between this piece and the previous one on the line. */
  spaceBefore: boolean;
}

/** Pieces of one line that stand together (no column gap between them): a cell, or a whole prose line. */
export interface TextSegment {
  text: string;
  x0: number;
  x1: number;
  fontSize: number;
}

export interface TextLine {
  pageNumber: number;
  y: number;
  fontSize: number;
  x0: number;
  x1: number;
  text: string;
  segments: TextSegment[];
}
