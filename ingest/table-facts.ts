import type { Comparator, Fact, TableBlock } from './model.ts';
import { extractProseFacts } from './prose-facts.ts';
import { isKnownUnit, normaliseUnit, parseAmount, parseComparator, splitLabelUnit, unitFromHeader } from './units.ts';

export interface TableFactOptions {
  docId: string;
  /** The disclosing unit's name, dropped from labels read out of description cells. */
  documentUnit?: string;
  /** Hands out fact ids in document order (`${docId}:f${n}`). */
  createId: () => string;
}

type ColumnRole = 'code' | 'unit' | 'comparator' | 'numeric' | 'text';

interface RowInfo {
  label: string;
  /** Unit named in the label's parentheses (`车辆（台、辆）`). */
  labelUnit?: string;
  code?: string;
  categories: string[];
  extras: string[];
  totalLevel?: 0 | 1;
  isPartLine: boolean;
  parent?: number;
}

/** Columns whose cells are classification codes (功能分类科目编码, 政府采购目录序号), never amounts. */
const codeHeader = /编码|代码|序号|编号|^类$|^款$|^项$|>类$|>款$|>项$/;
const unitHeader = /^(计量)?单位$|计量单位|>单位$/;
const comparatorHeader = /^符号$|比较符|运算符|>符号$/;
const quantityHeader = /数量|人数|个数|件数|次数|面积|户数|(^|>)值$|指标值|数值|目标值/;
const labelHeaderPreference = [/三级指标/, /科目名称|项目名称|指标名称|^名称$|>名称$/, /^项目$|>项目$/];
const descriptionHeader = /描述|依据|评分|说明|备注|标准|内容|绩效目标/;
/** Columns that describe what a row measures, as opposed to scoring rules (评分标准) or sources (依据). */
const statementHeader = /^(?!.*(评分|标准|依据|计算|公式)).*(描述|说明|内容)/;
const changeHeader = /增减|增长率|增幅|变动/;
const emptyMarks = /^[-—–－_/\\、\s]*$/;

/**
 * One fact per numeric cell of a table: labelled by the row's own label, with the column, the row's parent rows
 * and the table title as context, the unit taken from the cell, the row's unit column, the column header, the row
 * label or the table, and `合计`/`小计`/code-prefix structure turned into part-of links.
 */
export function extractTableFacts(block: TableBlock, options: TableFactOptions): Fact[] {
  const { table } = block;
  const width = Math.max(table.columns.length, ...table.rows.map((row) => row.length));
  const rows = table.rows.map((row) => Array.from({ length: width }, (_, index) => (row[index] ?? '').trim()));
  if (rows.length === 0 || width === 0) return [];
  const headers = Array.from({ length: width }, (_, index) => compact(table.columns[index] ?? ''));
  const columnLabels = Array.from({ length: width }, (_, index) => (table.columns[index] ?? '').trim());

  const roles = headers.map((header, column) => columnRole(header, rows.map((row) => row[column])));
  const firstNumeric = roles.indexOf('numeric');
  if (firstNumeric < 0) return [];
  const leadingText = roles
    .map((role, column) => ({ role, column }))
    .filter(({ role, column }) => role === 'text' && column < firstNumeric)
    .map(({ column }) => column);
  const labelColumn = chooseLabelColumn(leadingText, headers, rows, roles);
  const unitTargets = unitColumnTargets(roles, headers);
  const comparatorTargets = comparatorColumnTargets(roles);
  const tableUnit = table.unit ?? unitFromHeader(table.title) ?? unitFromTableText(table);

  const panels = splitPanels(roles, headers, labelColumn, leadingText);
  const infosByPanel = panels.map((panel) => {
    const infos = rowInfos(rows, panel);
    assignParents(infos);
    return infos;
  });
  // A description cell can state a figure of its own (`帮扶至少5个困难对象`): read it as a sentence.
  const statementFacts = (cell: string, rowLabel: string, column: number, rowIndex: number): Fact[] =>
    extractProseFacts(cell, {
      docId: options.docId,
      blockId: block.id,
      section: block.path,
      createId: options.createId,
      tableTitle: table.title,
      ...(options.documentUnit ? { documentUnit: options.documentUnit } : {}),
    }).map((fact) => ({
      ...fact,
      context: [...new Set([...fact.context, rowLabel, columnLabels[column], table.title])].filter(
        (text) => text && text !== fact.label,
      ),
      source: { blockId: block.id, row: rowIndex, column: columnLabels[column], quote: cell },
      origin: 'table' as const,
    }));
  const panelOf = (column: number) => panels.findIndex((panel) => column >= panel.start && column < panel.end);

  const factsByRow: Array<Map<number, Fact>> = rows.map(() => new Map());
  const facts: Fact[] = [];
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const panelIndex = panelOf(column);
      if (panelIndex < 0) return;
      if (roles[column] === 'text' && statementHeader.test(headers[column]) && cell) {
        facts.push(...statementFacts(cell, infosByPanel[panelIndex][rowIndex].label, column, rowIndex));
        return;
      }
      if (roles[column] !== 'numeric') return;
      const panel = panels[panelIndex];
      const infos = infosByPanel[panelIndex];
      const info = infos[rowIndex];
      const quote = row
        .slice(panel.start, panel.end)
        .filter((text) => text !== '')
        .join(' | ');
      if (emptyMarks.test(cell)) return;
      const parsed = parseAmount(cell);
      if (!parsed) return;
      const header = headers[column];
      const rowUnit = unitTargets.get(column)?.map((unitColumn) => compact(row[unitColumn])).find(isKnownUnit);
      const quantity = quantityHeader.test(header);
      const unit =
        parsed.unit ||
        (rowUnit ? normaliseUnit(rowUnit) : '') ||
        unitFromHeader(columnLabels[column]) ||
        (quantity ? info.labelUnit : undefined) ||
        (quantity ? '' : (tableUnit ?? info.labelUnit ?? ''));
      let comparator: Comparator = parsed.comparator;
      const comparatorColumn = comparatorTargets.get(column);
      if (comparator === '=' && comparatorColumn !== undefined) {
        comparator = parseComparator(row[comparatorColumn]) ?? '=';
      }
      const label =
        info.label ||
        info.code ||
        info.categories[info.categories.length - 1] ||
        lastSegment(columnLabels[column]) ||
        table.title;
      const parentInfo = info.parent !== undefined ? infos[info.parent] : undefined;
      const context = [
        ...new Set([
          ...info.categories,
          ...(parentInfo ? [parentInfo.code ? `${parentInfo.code} ${parentInfo.label}` : parentInfo.label] : []),
          ...(info.code ? [`${info.code} ${info.label}`] : []),
          columnLabels[column],
          ...info.extras,
          table.title,
        ]),
      ].filter((text) => text && text !== label);
      const period = periodFromHeader(columnLabels[column]);
      const isChange = changeHeader.test(header);
      const parentFact = info.parent !== undefined ? factsByRow[info.parent].get(column) : undefined;
      const fact: Fact = {
        id: options.createId(),
        docId: options.docId,
        label,
        context,
        text: isChange ? parsed.text.replace(/^-/, '') : parsed.text,
        amount: isChange ? Math.abs(parsed.amount) : parsed.amount,
        unit,
        comparator,
        ...(period !== undefined ? { period } : {}),
        kind: isChange ? 'change' : 'value',
        ...(isChange
          ? { direction: parsed.amount > 0 ? 'increase' : parsed.amount < 0 ? 'decrease' : 'flat' }
          : {}),
        ...(isChange && /上年/.test(header) ? { basePeriod: '上年' as const } : {}),
        ...(parentFact ? { partOf: parentFact.id } : {}),
        section: block.path,
        source: { blockId: block.id, row: rowIndex, column: columnLabels[column], quote },
        origin: 'table',
        tableTitle: table.title,
      };
      factsByRow[rowIndex].set(column, fact);
      facts.push(fact);
    });
  });
  panels.forEach((panel, panelIndex) => linkBottomTotals(infosByPanel[panelIndex], factsByRow, panel));
  return facts;
}

interface Panel {
  /** First and one-past-last column of the panel. */
  start: number;
  end: number;
  labelColumn?: number;
  categoryColumns: number[];
  extraColumns: number[];
  codeColumns: number[];
}

/**
 * Summary tables put two tables side by side (`收入 项目 | 预算数 | 支出 项目 | 预算数`): a later text column
 * headed like the label column starts a panel whose numbers it labels.
 */
function splitPanels(
  roles: ColumnRole[],
  headers: string[],
  labelColumn: number | undefined,
  leadingText: number[],
): Panel[] {
  const starts = [0];
  const firstNumeric = roles.indexOf('numeric');
  const labelKey = labelColumn === undefined ? '' : lastSegment(headers[labelColumn]);
  const labelColumns = [labelColumn];
  roles.forEach((role, column) => {
    if (role !== 'text' || column <= firstNumeric || !labelKey) return;
    if (lastSegment(headers[column]) !== labelKey) return;
    if (!roles.slice(column + 1).includes('numeric')) return;
    starts.push(column);
    labelColumns.push(column);
  });
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? roles.length;
    const panelLabel = labelColumns[index];
    const inPanel = (column: number) => column >= start && column < end;
    const categoryColumns =
      index === 0 ? leadingText.filter((column) => panelLabel !== undefined && column < panelLabel) : [];
    const extraColumns = roles
      .map((role, column) => ({ role, column }))
      .filter(({ role, column }) => role === 'text' && inPanel(column) && column !== panelLabel)
      .filter(({ column }) => !categoryColumns.includes(column))
      // Unnamed columns next to the label are scoring rules and descriptions, not words a question would use.
      .filter(({ column }) => headers[column] !== '' && !descriptionHeader.test(headers[column]))
      .map(({ column }) => column);
    const codeColumns = roles.flatMap((role, column) => (role === 'code' && inPanel(column) ? [column] : []));
    return {
      start,
      end,
      ...(panelLabel !== undefined ? { labelColumn: panelLabel } : {}),
      categoryColumns,
      extraColumns,
      codeColumns,
    };
  });
}

function rowInfos(rows: string[][], panel: Panel): RowInfo[] {
  const filledCategories = panel.categoryColumns.map(() => '');
  return rows.map((row) => {
    const categories = panel.categoryColumns.map((column, index) => {
      const value = compact(row[column]);
      if (value) filledCategories[index] = value;
      return filledCategories[index];
    });
    const rawLabel = panel.labelColumn === undefined ? '' : compact(row[panel.labelColumn]);
    const isPartLine = /^其中[：:]?/.test(rawLabel);
    const withoutOrdinal = rawLabel
      .replace(/^其中[：:]?/, '')
      .replace(/^(\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d)/, '')
      .replace(/^[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)]/, '');
    const { label, unit: labelUnit } = splitLabelUnit(withoutOrdinal);
    const code = rowCode(panel.codeColumns.map((column) => row[column]));
    const totalLevel = /小计$/.test(label) ? 1 : /^(合计|总计)$|(合计|总计|总额)$/.test(label) ? 0 : undefined;
    return {
      label,
      ...(labelUnit ? { labelUnit } : {}),
      ...(code ? { code } : {}),
      categories: categories.filter((category, index) => category && categories.indexOf(category) === index),
      extras: panel.extraColumns.map((column) => compact(row[column])).filter((text) => text && text.length <= 20),
      ...(totalLevel !== undefined ? { totalLevel: totalLevel as 0 | 1 } : {}),
      isPartLine,
    };
  });
}

function lastSegment(header: string): string {
  const segments = header.split('>').map((segment) => segment.trim());
  return segments[segments.length - 1] ?? '';
}

/** Joins a cell's lines and drops the padding Word exports put inside labels (`合  计`, `信访\n值班点数量`). */
function compact(text: string): string {
  return text
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function columnRole(header: string, cells: string[]): ColumnRole {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '' && !emptyMarks.test(cell));
  if (codeHeader.test(header)) return 'code';
  if (comparatorHeader.test(header)) return 'comparator';
  if (unitHeader.test(header)) return 'unit';
  if (filled.length > 0 && filled.every((cell) => parseComparator(cell) !== undefined)) return 'comparator';
  if (filled.length > 0 && filled.every((cell) => /^[A-Z]\d{1,8}$/.test(cell))) return 'code';
  // Zero-padded parts (`01`, `05`) are 款/项 codes: no amount is written with a leading zero.
  // A stray header cell (`款`) left in the body does not make the column text.
  const codeLike = filled.filter((cell) => /^\d{2,7}$/.test(cell));
  if (codeLike.length >= filled.length * 0.9 && codeLike.some((cell) => cell.startsWith('0'))) return 'code';
  if (filled.some((cell) => parseAmount(cell) !== undefined)) {
    const numericShare = filled.filter((cell) => parseAmount(cell) !== undefined).length / filled.length;
    // A text column with the odd number in it (a unit column holding `1`) is still text.
    if (numericShare >= 0.5) return 'numeric';
    if (filled.every((cell) => isKnownUnit(cell) || parseAmount(cell) !== undefined)) return 'unit';
  }
  if (filled.length > 0 && filled.every((cell) => isKnownUnit(cell))) return 'unit';
  return 'text';
}

/**
 * The column that names each row. Headers say so in standard tables (三级指标, 科目名称); otherwise it is the first
 * leading text column whose cells differ from row to row, the ones before it being merged category columns.
 */
function chooseLabelColumn(
  leadingText: number[],
  headers: string[],
  rows: string[][],
  roles: ColumnRole[],
): number | undefined {
  for (const preference of labelHeaderPreference) {
    const column = leadingText.find((candidate) => preference.test(headers[candidate]));
    if (column !== undefined) return column;
  }
  const rowsWithNumbers = rows.filter((row) =>
    row.some((cell, column) => roles[column] === 'numeric' && parseAmount(cell) !== undefined),
  );
  for (const column of leadingText) {
    const values = rowsWithNumbers.map((row) => compact(row[column]));
    const filled = values.filter((value) => value !== '');
    if (filled.length === 0) continue;
    const distinct = new Set(filled).size;
    if (filled.length >= values.length * 0.8 && distinct >= filled.length * 0.8) return column;
  }
  return leadingText.find((column) => rowsWithNumbers.some((row) => compact(row[column]) !== '')) ?? leadingText[0];
}

/** A row's unit column gives the unit of the quantity next to it (`值 | 单位`, `计量单位 | 数量`). */
function unitColumnTargets(roles: ColumnRole[], headers: string[]): Map<number, number[]> {
  const targets = new Map<number, number[]>();
  roles.forEach((role, unitColumn) => {
    if (role !== 'unit') return;
    const numeric = roles.flatMap((candidate, column) => (candidate === 'numeric' ? [column] : []));
    const byDistance = (left: number, right: number) => Math.abs(left - unitColumn) - Math.abs(right - unitColumn);
    const quantity = numeric.filter((column) => quantityHeader.test(headers[column])).sort(byDistance);
    const target =
      quantity.find((column) => Math.abs(column - unitColumn) <= 3) ??
      numeric.find((column) => column === unitColumn - 1);
    if (target !== undefined) targets.set(target, [...(targets.get(target) ?? []), unitColumn]);
  });
  return targets;
}

/** A `符号` column states the comparator of the value to its right. */
function comparatorColumnTargets(roles: ColumnRole[]): Map<number, number> {
  const targets = new Map<number, number>();
  roles.forEach((role, comparatorColumn) => {
    if (role !== 'comparator') return;
    for (let column = comparatorColumn + 1; column <= comparatorColumn + 2 && column < roles.length; column += 1) {
      if (roles[column] === 'numeric') {
        targets.set(column, comparatorColumn);
        return;
      }
    }
  });
  return targets;
}

/** `201 | 03 | 01` in 类/款/项 columns is the code 2010301; a single column holds the whole code. */
function rowCode(parts: string[]): string | undefined {
  const digits = parts.map((part) => part.replace(/\s/g, '')).filter((part) => /^\d+$/.test(part));
  if (digits.length === 0) return undefined;
  if (digits.length > 1 && digits.slice(1).every((part) => part.length === 2)) return digits.join('');
  return digits[digits.length - 1];
}

/**
 * Parents by structure only: a code's parent is the nearest row whose code is its prefix; `其中` rows belong to
 * the row above; rows under a total that opens its block (`合计` then items) belong to it.
 */
function assignParents(infos: RowInfo[]): void {
  let openingTotals: number[] = [];
  let plainRowsSinceTotal = 0;
  infos.forEach((info, index) => {
    if (info.isPartLine) {
      for (let previous = index - 1; previous >= 0; previous -= 1) {
        if (!infos[previous].isPartLine) {
          info.parent = previous;
          break;
        }
      }
      return;
    }
    if (info.totalLevel !== undefined) {
      if (plainRowsSinceTotal === 0) {
        const higher = [...openingTotals].reverse().find((total) => (infos[total].totalLevel ?? 0) < info.totalLevel!);
        if (higher !== undefined) info.parent = higher;
        openingTotals = openingTotals.filter((total) => (infos[total].totalLevel ?? 0) < info.totalLevel!);
        openingTotals.push(index);
      } else {
        openingTotals = [];
      }
      plainRowsSinceTotal = 0;
      return;
    }
    plainRowsSinceTotal += 1;
    if (info.code) {
      for (let previous = index - 1; previous >= 0; previous -= 1) {
        const candidate = infos[previous].code;
        if (candidate && candidate.length < info.code.length && info.code.startsWith(candidate)) {
          info.parent = previous;
          return;
        }
      }
    }
    const opening = openingTotals[openingTotals.length - 1];
    if (opening !== undefined) info.parent = opening;
  });
}

/**
 * A total at the foot of its rows (`…；本年收入合计`) is linked to the rows above only where the column adds up,
 * since a footer can also sum a different block.
 */
function linkBottomTotals(infos: RowInfo[], factsByRow: Array<Map<number, Fact>>, panel: Panel): void {
  infos.forEach((info, index) => {
    if (info.totalLevel === undefined) return;
    if (infos.some((other) => other.parent === index)) return;
    const parts: number[] = [];
    for (let previous = index - 1; previous >= 0; previous -= 1) {
      const candidate = infos[previous];
      if (candidate.totalLevel !== undefined) break;
      if (candidate.parent === undefined) parts.push(previous);
    }
    if (parts.length < 2) return;
    for (const [column, totalFact] of factsByRow[index]) {
      if (column < panel.start || column >= panel.end) continue;
      const partFacts = parts.map((part) => factsByRow[part].get(column)).filter((fact): fact is Fact => !!fact);
      if (partFacts.length < 2) continue;
      const scale = Math.max(...[totalFact, ...partFacts].map((fact) => fact.text.split('.')[1]?.length ?? 0));
      const toUnits = (fact: Fact) => Math.round(fact.amount * 10 ** scale);
      const sum = partFacts.reduce((total, fact) => total + toUnits(fact), 0);
      if (sum !== toUnits(totalFact)) continue;
      for (const fact of partFacts) if (!fact.partOf) fact.partOf = totalFact.id;
    }
  });
}

function unitFromTableText(table: TableBlock['table']): string | undefined {
  for (const text of [...table.headerRows.flat(), ...table.notes.map((note) => note.text)]) {
    const unit = /单位\s*[：:]/.test(text) ? unitFromHeader(text) : undefined;
    if (unit) return unit;
  }
  return undefined;
}

function periodFromHeader(header: string): number | '上年' | undefined {
  const year = /(\d{4})\s*年/.exec(header);
  if (year) return Number(year[1]);
  if (/上年/.test(header) && !/比上年|较上年|上年结转/.test(header)) return '上年';
  return undefined;
}

