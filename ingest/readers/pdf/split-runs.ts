import type { PositionedRun, TextPiece } from './pdf-page.ts';
import { isWideCharacter, textPatterns } from './text-patterns.ts';

/**
 * Turns runs into pieces. Some PDF producers put two neighbouring table cells in one run (`371,514,655.00 一、一般公共
 * 服务支出`, the gap drawn as a positioned space), so a run is split at whitespace when the whitespace separates what
 * can only be different cells: a figure on either side, or two Chinese words. Positions inside a run are estimated
 * from character widths (ideographs one em, the rest half), with whatever the run is wider than its glyphs given to
 * the whitespace, which is where such producers put the gap.
 */
export function splitRuns(runs: readonly PositionedRun[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let afterWhitespaceRun = false;
  for (const run of runs) {
    if (run.text.trim() === '') {
      // Producers often draw the gap between two cells as a separate space run.
      afterWhitespaceRun = true;
      continue;
    }
    if (!(run.fontSize > 0)) continue;
    const runPieces = splitRun(run);
    if (afterWhitespaceRun && runPieces[0]) runPieces[0].spaceBefore = true;
    afterWhitespaceRun = /\s$/.test(run.text);
    pieces.push(...runPieces);
  }
  return pieces;
}

interface Token {
  text: string;
  whitespace: boolean;
  estimatedWidth: number;
}

function splitRun(run: PositionedRun): TextPiece[] {
  const tokens: Token[] = (run.text.match(/\s+|\S+/g) ?? []).map((text) => ({
    text,
    whitespace: /^\s+$/.test(text),
    estimatedWidth: [...text].reduce((sum, character) => sum + (isWideCharacter(character) ? 1 : 0.5), 0) * run.fontSize,
  }));
  const glyphWidth = tokens.filter((token) => !token.whitespace).reduce((sum, token) => sum + token.estimatedWidth, 0);
  const whitespaceCharacters = tokens.filter((token) => token.whitespace).reduce((sum, token) => sum + token.text.length, 0);
  const runWidth = run.width > 0 ? run.width : glyphWidth + whitespaceCharacters * run.fontSize * 0.25;
  let glyphScale = 1;
  let whitespaceWidth = 0;
  if (whitespaceCharacters > 0 && runWidth >= glyphWidth) {
    whitespaceWidth = (runWidth - glyphWidth) / whitespaceCharacters;
  } else {
    const estimated = glyphWidth + whitespaceCharacters * run.fontSize * 0.25;
    glyphScale = estimated > 0 ? runWidth / estimated : 1;
    whitespaceWidth = run.fontSize * 0.25 * glyphScale;
  }

  const pieces: TextPiece[] = [];
  let cursor = run.x;
  let pendingSpace = false;
  let pendingWhitespace = '';
  for (const token of tokens) {
    if (token.whitespace) {
      cursor += whitespaceWidth * token.text.length;
      pendingSpace = true;
      pendingWhitespace = token.text;
      continue;
    }
    const width = token.estimatedWidth * glyphScale;
    const previous = pieces[pieces.length - 1];
    if (previous && pendingSpace && !separatesCells(previous.text, token.text)) {
      previous.text = `${previous.text}${pendingWhitespace}${token.text}`;
      previous.x1 = cursor + width;
    } else {
      pieces.push({
        text: token.text,
        x0: cursor,
        x1: cursor + width,
        y: run.y,
        fontSize: run.fontSize,
        spaceBefore: pieces.length === 0 ? /^\s/.test(run.text) : pendingSpace,
      });
    }
    cursor += width;
    pendingSpace = false;
    pendingWhitespace = '';
  }
  return pieces;
}

/** Whitespace between these two words can only be a gap between cells, never a space inside one cell. */
export function separatesCells(left: string, right: string): boolean {
  if (textPatterns.amount.test(left) || textPatterns.amount.test(right)) return true;
  const chineseWord = (word: string) => [...word].filter(isWideCharacter).length >= 2 && !textPatterns.numbering.test(word);
  const enumerator = (word: string) => /^(\d{1,2}|[一二三四五六七八九十]+)[.．、]$/.test(word) || /^[（(][^）)]*[）)]$/.test(word);
  return chineseWord(left) && chineseWord(right) && !enumerator(left);
}
