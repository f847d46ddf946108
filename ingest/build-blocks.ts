import type { Block, RawBlock } from './model.ts';
import { rebuildTable, sentencePunctuationPattern } from './rebuild-table.ts';

/**
 * Builds the section tree from the document's own numbering and rebuilds every table.
 *
 * Disclosures number their sections with a handful of styles (`一、`, `第一部分`, `（一）`, `1、`/`1.`, `（1）`) but
 * nest them in whatever order the author chose, so levels come from the order styles appear in: a stack of open
 * headings, where a style already on the stack closes back to that level and a new style nests one level deeper.
 */

type NumberingKind = 'chinese-comma' | 'part' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled';

interface Numbering {
  kind: NumberingKind;
  ordinal: number;
}

interface OpenHeading {
  /** Numbering kind, or `style` for a heading the reader marked by style. */
  kind: NumberingKind | 'style';
  ordinal: number;
  text: string;
}

const chineseDigits = '〇零一二三四五六七八九十百两';
const numberingPatterns: { kind: NumberingKind; pattern: RegExp }[] = [
  { kind: 'part', pattern: new RegExp(`^第([${chineseDigits}]+|\\d+)部分`) },
  { kind: 'chinese-comma', pattern: new RegExp(`^([${chineseDigits}]+)、`) },
  { kind: 'chinese-paren', pattern: new RegExp(`^[（(]([${chineseDigits}]+)[）)]`) },
  { kind: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]/ },
  // `1、`, `1.`, `1．` are one style: authors mix them within one list. `2022.` or `1.5` are not numbering.
  { kind: 'arabic', pattern: /^(\d{1,2})(?:[、．]|\.(?!\d))/ },
  { kind: 'circled', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/ },
];

/** Headings are short labels; a numbered line longer than this is a list item. */
const maximumHeadingLength = 40;
/** A numbered line right above a table is its title, and table titles run longer (fund names, document numbers). */
const maximumTableTitleLength = 100;
/** How many paragraphs above a table are offered to rebuildTable to find its title and unit. */
const precedingParagraphCount = 3;
/** A colon followed by more text makes a definition or a list item (`1、基本支出：指…`), not a heading. */
const inlineColonPattern = /[：:]\s*\S/;

export function buildBlocks(raw: RawBlock[], options: { docId: string }): Block[] {
  void options.docId; // ids are per document; the docId scopes them for callers that combine documents
  const blocks: Block[] = [];
  const stack: OpenHeading[] = [];
  let precedingText: string[] = [];
  const currentPath = () => stack.map((heading) => heading.text);

  raw.forEach((rawBlock, index) => {
    const id = `b${blocks.length + 1}`;
    if (rawBlock.kind === 'table') {
      const table = rebuildTable(rawBlock.rows, { precedingText: precedingText.slice(-precedingParagraphCount) });
      if (table.title === '' && stack.length > 0) table.title = stack[stack.length - 1].text;
      blocks.push({ id, kind: 'table', table, path: currentPath(), place: rawBlock.place });
      precedingText = [];
      return;
    }

    const text = rawBlock.text.trim();
    precedingText.push(text);
    const nextIsTable = raw[index + 1]?.kind === 'table';
    const headingKind =
      rawBlock.headingLevel !== undefined || opensPage(raw, index) ? 'style' : headingNumbering(text, nextIsTable);
    if (headingKind === undefined) {
      blocks.push({ id, kind: 'paragraph', text, path: currentPath(), place: rawBlock.place });
      return;
    }
    const followsHeading = blocks[blocks.length - 1]?.kind === 'heading';
    if (headingKind === 'style') openStyledHeading(stack, text, rawBlock.headingLevel ?? 1);
    else openNumberedHeading(stack, { ...headingKind, text }, followsHeading);
    blocks.push({ id, kind: 'heading', text, level: stack.length, path: currentPath(), place: rawBlock.place });
  });
  return blocks;
}

/**
 * Paged documents start each part on a new page under an unnumbered title (`名词解释`, `其他相关情况说明`, a table's
 * title): a short line without sentence punctuation or numbering that opens its page, with more on the same page.
 */
function opensPage(raw: RawBlock[], index: number): boolean {
  const block = raw[index];
  const page = block.place.page;
  if (block.kind !== 'paragraph' || page === undefined) return false;
  const text = block.text.trim();
  if (text.length < 2 || text.length > maximumHeadingLength) return false;
  if (/[。；;！!？?：:，,]/.test(text) || parseNumbering(text) || !/\p{Script=Han}/u.test(text)) return false;
  const previousPage = raw[index - 1]?.place.page;
  const nextPage = raw[index + 1]?.place.page;
  return (previousPage === undefined || previousPage < page) && nextPage === page;
}

function headingNumbering(text: string, nextIsTable: boolean): Numbering | undefined {
  const numbering = parseNumbering(text);
  if (!numbering) return undefined;
  const lengthLimit = nextIsTable ? maximumTableTitleLength : maximumHeadingLength;
  if (text.length > lengthLimit) return undefined;
  if (sentencePunctuationPattern.test(text) || inlineColonPattern.test(text)) return undefined;
  return numbering;
}

function parseNumbering(text: string): Numbering | undefined {
  for (const { kind, pattern } of numberingPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    if (rest === '') return undefined;
    const ordinal = kind === 'circled' ? '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(match[1]) + 1 : parseOrdinal(match[1]);
    return { kind, ordinal };
  }
  return undefined;
}

function parseOrdinal(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const digitValue = (character: string) => '〇一二三四五六七八九'.indexOf(character.replace('零', '〇').replace('两', '二'));
  let total = 0;
  let current = 0;
  for (const character of numeral) {
    if (character === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (character === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = digitValue(character);
    }
  }
  return total + current;
}

function openStyledHeading(stack: OpenHeading[], text: string, level: number): void {
  stack.length = Math.min(stack.length, level - 1);
  stack.push({ kind: 'style', ordinal: 0, text });
}

/**
 * Places a numbered heading on the stack.
 * - Same style already open: it is a sibling of the entry whose numbering it continues (`（二）` after `（一）`);
 *   when several entries of that style are open, the one whose next number it is wins, so `（三）` after a nested
 *   `（五）` closes back to the outer `（二）`.
 * - `（一）` directly after a heading of the same style (`（二）分项绩效目标` then `（一）…`) restarts the count: a
 *   nested list, kept one level deeper. A top-level `一、` list that restarts stays top level.
 * - A new `一、` outside the known styles is top level (only `第…部分` may sit above it); any other new style nests.
 */
function openNumberedHeading(stack: OpenHeading[], heading: OpenHeading, followsHeading: boolean): void {
  const top = stack[stack.length - 1];
  const sameStyle = stack.map((entry, position) => ({ entry, position })).filter(({ entry }) => entry.kind === heading.kind);

  if (sameStyle.length > 0) {
    const continued = [...sameStyle].reverse().find(({ entry }) => entry.ordinal + 1 === heading.ordinal);
    if (continued) {
      replaceFrom(stack, continued.position, heading);
      return;
    }
    const restartsUnderTop = heading.ordinal === 1 && top?.kind === heading.kind && followsHeading;
    // A top-level `一、` list that starts again (a second part of the document) stays top level.
    const isTopLevelList = heading.kind === 'chinese-comma' && sameStyle[0].position === 0;
    if (restartsUnderTop && !isTopLevelList) {
      stack.push(heading);
      return;
    }
    const closest = [...sameStyle]
      .reverse()
      .reduce((best, candidate) =>
        Math.abs(candidate.entry.ordinal + 1 - heading.ordinal) < Math.abs(best.entry.ordinal + 1 - heading.ordinal)
          ? candidate
          : best,
      );
    replaceFrom(stack, closest.position, heading);
    return;
  }

  if (heading.kind === 'chinese-comma') {
    while (stack.length > 0 && stack[stack.length - 1].kind !== 'part' && stack[stack.length - 1].kind !== 'style') {
      stack.pop();
    }
  }
  stack.push(heading);
}

function replaceFrom(stack: OpenHeading[], position: number, heading: OpenHeading): void {
  stack.length = position;
  stack.push(heading);
}
