import type { Block } from './model.ts';

/**
 * Title, unit, year and kind of a disclosure, read from the document itself: the title line names the unit and
 * the year (`廊坊市信访局2022年单位预算信息公开情况说明`); meta cells and the body text back it up when it does not.
 */

export interface DocumentMetadata {
  title: string;
  unit: string;
  year: number | null;
  kind: '预算' | '决算' | '其他';
}

/** Cover pages start with short lines (`目录`, a page header); the title is among the first few lines. */
const titleSearchDepth = 10;
const minimumTitleLength = 6;
const maximumTitleLength = 80;
const yearInTextPattern = /((?:19|20)\d{2})\s*年/;
const budgetYearPattern = /((?:19|20)\d{2})\s*年(?:度)?(?:部门|单位)?(?:预算|决算)/g;
const fileNameYearPattern = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const unitLabelPattern = /^(?:编制单位|编制部门|预算单位|预算主管部门|主管部门|填报单位|单位名称|部门名称)[：:]?\s*(.*)$/;
const unitColumnPattern = /^(?:单位名称|部门名称|预算单位)$/;
const kindWordsPattern = /(?:部门|单位)?(?:预算|决算)/;

export function detectMetadata(blocks: Block[], fileName: string): DocumentMetadata {
  const coverTitle = findTitle(blocks) ?? fileName.replace(/\.[^.]+$/, '');
  const unit = chooseUnit(unitFromTitle(coverTitle), unitFromLabels(blocks));
  const year = yearFromTitle(coverTitle) ?? mostCommonBudgetYear(blocks) ?? yearFromFileName(fileName);
  const kind = kindOf(coverTitle) ?? kindOf(fileName) ?? '其他';
  return { title: titleNamingUnit(coverTitle, unit, year), unit, year, kind };
}

/**
 * District covers share one title (`上海市普陀区2025年区级部门预算`) across every unit, so such a title is rewritten to
 * name the unit (`上海市普陀区人民政府万里街道办事处2025年部门预算`): a folder of many units stays readable.
 */
function titleNamingUnit(title: string, unit: string, year: number | null): string {
  if (!unit || title.includes(unit) || !year) return title;
  const kindWords = /单位预算/.test(title) ? '单位预算' : /部门决算/.test(title) ? '部门决算' : /单位决算/.test(title) ? '单位决算' : /决算/.test(title) ? '决算' : '部门预算';
  return `${unit}${year}年${kindWords}`;
}

function textLines(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? [] : [block.text.trim()]));
}

/** The first substantial line, preferring one that says 预算/决算 when the first lines are a cover or a contents page. */
function findTitle(blocks: Block[]): string | undefined {
  const candidates = textLines(blocks)
    .slice(0, titleSearchDepth)
    .filter((line) => line.length >= minimumTitleLength && line.length <= maximumTitleLength);
  return candidates.find((line) => kindWordsPattern.test(line)) ?? candidates[0];
}

/**
 * The title's unit, unless a labelled unit (`编制单位：…`) names the same body more precisely: district covers say
 * `上海市普陀区2025年区级单位预算` while the unit is `上海市普陀区商务委员会`.
 */
function chooseUnit(fromTitle: string | undefined, fromLabels: string | undefined): string {
  if (fromTitle && fromLabels && fromLabels.length > fromTitle.length && fromLabels.startsWith(fromTitle)) return fromLabels;
  return fromTitle ?? fromLabels ?? '';
}

function unitFromTitle(title: string): string | undefined {
  const beforeYear = yearInTextPattern.exec(title);
  const end = beforeYear ? beforeYear.index : title.search(kindWordsPattern);
  if (end < 0) return undefined;
  const unit = title.slice(0, end);
  const cleaned = unit.replace(/[\s“”"《》:：,，]+$/g, '').trim();
  return cleaned.length >= 2 ? cleaned : undefined;
}

/** `编制单位：…` lines or table notes, or the first value under a `单位名称` column. */
function unitFromLabels(blocks: Block[]): string | undefined {
  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const note of block.table.notes) {
        const fromNote = unitLabelPattern.exec(note.label) ? note.text.trim() : undefined;
        if (fromNote) return fromNote;
      }
      const column = block.table.columns.findIndex((label) => unitColumnPattern.test(label));
      const value = column >= 0 ? block.table.rows.find((row) => row[column])?.[column] : undefined;
      if (value) return value.trim();
      continue;
    }
    const match = unitLabelPattern.exec(block.text.trim());
    if (match && match[1].trim() !== '') return match[1].trim();
  }
  return undefined;
}

function yearFromTitle(title: string): number | undefined {
  const match = yearInTextPattern.exec(title);
  return match ? Number(match[1]) : undefined;
}

function mostCommonBudgetYear(blocks: Block[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of textLines(blocks)) {
    for (const match of line.matchAll(budgetYearPattern)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    // Ties go to the later year: a disclosure compares its own year with earlier ones, not later ones.
    if (best === undefined || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year > best)) best = year;
  }
  return best;
}

function yearFromFileName(fileName: string): number | null {
  const match = fileNameYearPattern.exec(fileName);
  return match ? Number(match[1]) : null;
}

function kindOf(text: string): '预算' | '决算' | undefined {
  if (text.includes('决算')) return '决算';
  if (text.includes('预算')) return '预算';
  return undefined;
}
