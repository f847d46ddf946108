import { parseDecimal } from './decimal.ts';
import type { Fact } from './model.ts';
import { moneyUnitExponents } from './units.ts';

/**
 * Links a figure the prose states to the table cells that state the same measure: `sameAs` when the amounts agree,
 * `conflictsWith` when the measure is plainly the same and the amounts do not.
 *
 * Conservative by design (a wrong link is worse than none): a link needs the same measure name after normalisation
 * (not a fuzzy score), units that convert exactly (元/千元/万元/亿元) or are identical, the same period, and for table
 * cells a column that holds the row's whole amount (`合计`, `预算数`) rather than one of its parts (`基本支出`).
 */

export interface LinkFactsOptions {
  /** The document's own year: a fact without a period is stated for it. Inferred from the facts when absent. */
  documentYear?: number | null;
}

interface Measure {
  /** Normalised names the fact can be matched by. */
  names: Set<string>;
  period: number | '上年' | undefined;
  /** Table facts from a part-only table or column (基本支出, 人员经费…): linked when equal, never a conflict. */
  partial: boolean;
}

/** Labels that name no measure of their own: the measure is in the column path above them. */
const genericLabelPattern = /^(?:合计|总计|小计|共计|累计|收入总计|支出总计|收支总计|本年收入合计|本年支出合计|预算数|预算金额|金额|数额|预算额|本年预算数?)$/;
/** Words of a part of a total: a table or column built on them gives parts, not the whole. */
const partWordPattern = /基本支出|项目支出|人员经费|公用经费/;
const trailingWordPattern = /(?:预算数|预算额|预算金额|预算|金额|总额|数|科目|安排)$/;

export function linkFacts(facts: Fact[], options: LinkFactsOptions = {}): Fact[] {
  const documentYear = options.documentYear ?? inferDocumentYear(facts);
  const linked = facts.map((fact) => ({ ...fact }));
  const measures = new Map<string, Measure>();
  for (const fact of linked) {
    if (fact.kind !== 'value') continue;
    const measure = fact.origin === 'prose' ? proseMeasure(fact, documentYear) : tableMeasure(fact, documentYear);
    if (measure.names.size > 0) measures.set(fact.id, measure);
  }

  const tableFacts = linked.filter((fact) => fact.origin === 'table' && measures.has(fact.id));
  const sameAs = new Map<string, Set<string>>();
  const conflicts = new Map<string, Set<string>>();
  const addLink = (links: Map<string, Set<string>>, left: string, right: string) => {
    if (!links.has(left)) links.set(left, new Set());
    if (!links.has(right)) links.set(right, new Set());
    links.get(left)!.add(right);
    links.get(right)!.add(left);
  };

  for (const prose of linked) {
    if (prose.origin !== 'prose') continue;
    const proseMeasureFound = measures.get(prose.id);
    if (!proseMeasureFound) continue;
    const candidates = tableFacts.filter((table) => {
      const tableMeasure = measures.get(table.id)!;
      return (
        tableMeasure.period === proseMeasureFound.period &&
        unitsComparable(prose.unit, table.unit) &&
        sharesName(proseMeasureFound, tableMeasure)
      );
    });
    const equal = candidates.filter((table) => amountsEqual(prose, table));
    for (const table of equal) addLink(sameAs, prose.id, table.id);
    if (equal.length > 0) continue;
    // A conflict only when the cells stating the measure as a whole agree with one another (the same row repeated
    // in several tables): cells that differ mean the name is not specific enough to say which one is meant.
    const whole = candidates.filter((table) => !measures.get(table.id)!.partial || partWordPattern.test(prose.label));
    if (whole.length > 0 && whole.every((table) => amountsEqual(table, whole[0]))) {
      for (const table of whole) addLink(conflicts, prose.id, table.id);
    }
  }

  for (const fact of linked) {
    const same = sameAs.get(fact.id);
    if (same) fact.sameAs = [...new Set([...(fact.sameAs ?? []), ...same])];
    const conflicting = conflicts.get(fact.id);
    if (conflicting) fact.conflictsWith = [...new Set([...(fact.conflictsWith ?? []), ...conflicting])];
  }
  return linked;
}

function proseMeasure(fact: Fact, documentYear: number | undefined): Measure {
  const names = new Set<string>();
  const label = fact.label.normalize('NFKC');
  const classified = classificationPath(label);
  if (classified) {
    // `“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”科目`: the 项 under its 款, as the table's rows give it.
    names.add(qualified(classified.parent, classified.item));
  } else {
    addName(names, label);
    // `…财政拨款的机关运行经费预算`: the head noun after the last 的 is the measure.
    const afterOf = label.split('的').pop();
    if (afterOf && afterOf !== label) addName(names, afterOf);
  }
  return { names, period: periodOf(fact, documentYear), partial: false };
}

function tableMeasure(fact: Fact, documentYear: number | undefined): Measure {
  const names = new Set<string>();
  const columnPath = (fact.source.column ?? '').split('>').map((segment) => segment.trim()).filter(Boolean);
  const leaf = columnPath[columnPath.length - 1] ?? '';
  const labelFromColumn = leaf !== '' && fact.label === leaf;
  const partial = partWordPattern.test(`${fact.tableTitle ?? ''} ${columnPath.join(' ')}`);

  if (labelFromColumn) {
    // A row without a label of its own (a 三公 table's single row): the column path names the measure.
    const named = nearestNamedSegment(columnPath);
    if (named) addName(names, named);
    const parent = columnPath[columnPath.length - 2];
    if (parent && !isGeneric(leaf) && !isGeneric(parent)) {
      const composite = coordinatedName(normaliseName(parent), normaliseName(leaf));
      if (composite) addName(names, composite);
    }
  } else if (leaf === '' || isGeneric(leaf)) {
    // A row label in a column that holds the row's whole amount. A total row takes its name from the column path.
    const rowName = isGeneric(fact.label) ? nearestNamedSegment(columnPath) : fact.label;
    if (rowName) addName(names, rowName);
    const parentName = codeParentName(fact);
    if (parentName) names.add(qualified(parentName, fact.label));
  }
  return { names, period: periodOf(fact, documentYear), partial };
}

/** `A（类）B（款）C（项）` or `A-B-C`: the 项 and its 款. */
function classificationPath(label: string): { parent: string; item: string } | undefined {
  const marked = /([^()]+)\(款\)\s*([^()]+)\(项\)/.exec(label);
  if (marked) return { parent: marked[1], item: marked[2] };
  const dashed = /^([^-]+)-([^-]+)-([^-]+?)(?:科目)?$/.exec(label);
  if (dashed) return { parent: dashed[2], item: dashed[3] };
  return undefined;
}

/** The 款 above a 项 row: the context entry `20129 群众团体事务` whose code is a prefix of the row's own code. */
function codeParentName(fact: Fact): string | undefined {
  const coded = fact.context
    .map((entry) => /^(\d{3,})\s+(.+)$/.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ code: match[1], name: match[2] }));
  // A 项 may share its 款's name (`20499 其他公共安全支出` over `2049999 其他公共安全支出`): the row is the longest code.
  const own = coded
    .filter((entry) => normaliseName(entry.name) === normaliseName(fact.label))
    .sort((left, right) => right.code.length - left.code.length)[0];
  if (!own) return undefined;
  const parents = coded.filter((entry) => entry.code.length < own.code.length && own.code.startsWith(entry.code));
  parents.sort((left, right) => right.code.length - left.code.length);
  return parents[0]?.name;
}

function qualified(parent: string, item: string): string {
  return `${normaliseName(parent)}>${normaliseName(item)}`;
}

function nearestNamedSegment(columnPath: string[]): string | undefined {
  return [...columnPath].reverse().find((segment) => !isGeneric(segment));
}

function isGeneric(raw: string): boolean {
  const name = normaliseName(raw);
  return name === '' || genericLabelPattern.test(name) || genericLabelPattern.test(raw.replace(/\s/g, ''));
}

/**
 * A coordinated header `公务用车购置及运行费` over `购置费` and `运行费`: the sub-column is `公务用车购置费` /
 * `公务用车运行费`, the way prose names it. The shared stem is what stands before the coordinated words.
 */
function coordinatedName(parent: string, leaf: string): string | undefined {
  const head = leaf.slice(0, 2);
  const position = parent.indexOf(head);
  if (head.length < 2 || position <= 0) return undefined;
  // Coordinated words are as long as the head (`购置及` before `运行费`).
  const stem = parent.slice(0, position).replace(new RegExp(`(?:[^及和与、]{${head.length}}[及和与、])+$`), '');
  return stem === '' ? undefined : `${stem}${leaf}`;
}

function addName(names: Set<string>, raw: string): void {
  const name = normaliseName(raw);
  if (name.length >= 2 && !isGeneric(raw)) names.add(name);
}

/** Quotes, spaces, numbering, years and words like 预算数 left out, so `“三公”经费预算数` and `三公经费` meet. */
export function normaliseName(raw: string): string {
  let name = raw
    .normalize('NFKC')
    .replace(/[“”"'‘’「」『』《》\s]/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^(?:[一二三四五六七八九十]+、|\d{1,2}[、.](?!\d)|\([一二三四五六七八九十\d]{1,3}\))/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:本年度|本年|全年|当年|本部门|本单位)/, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(trailingWordPattern, '');
  }
  return name;
}

function sharesName(left: Measure, right: Measure): boolean {
  for (const name of left.names) if (right.names.has(name)) return true;
  return false;
}

function periodOf(fact: Fact, documentYear: number | undefined): number | '上年' | undefined {
  if (fact.period === undefined) return documentYear;
  if (fact.period === '上年' && documentYear !== undefined) return documentYear - 1;
  return fact.period;
}

/** The year most table cells are dated with, else the one most prose figures are; ties go to the later year. */
function inferDocumentYear(facts: Fact[]): number | undefined {
  for (const origin of ['table', 'prose'] as const) {
    const counts = new Map<number, number>();
    for (const fact of facts) {
      if (fact.origin === origin && typeof fact.period === 'number') counts.set(fact.period, (counts.get(fact.period) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [year, count] of counts) {
      const bestCount = best === undefined ? -1 : counts.get(best)!;
      if (count > bestCount || (count === bestCount && year > (best ?? 0))) best = year;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

function unitsComparable(left: string, right: string): boolean {
  return left === right || (moneyUnitExponents.has(left) && moneyUnitExponents.has(right));
}

/** An amount as an integer mantissa and a power of ten, in the smallest unit (元 for money). */
interface ExactAmount {
  mantissa: bigint;
  exponent: number;
}

function exactAmount(fact: Fact): ExactAmount | undefined {
  const decimal = parseDecimal(fact.text);
  if (!decimal) return undefined;
  return { mantissa: decimal.units, exponent: (moneyUnitExponents.get(fact.unit) ?? 0) - decimal.scale };
}

/**
 * Equal at the precision of the less precise figure: `18,976.76万元` in a sentence and `189,767,551` 元 in a table
 * are one amount, the sentence rounding it to hundredths of 万元.
 */
export function amountsEqual(left: Fact, right: Fact): boolean {
  const first = exactAmount(left);
  const second = exactAmount(right);
  if (!first || !second) return false;
  const exponent = Math.max(first.exponent, second.exponent);
  return roundTo(first, exponent) === roundTo(second, exponent);
}

function roundTo(amount: ExactAmount, exponent: number): bigint {
  if (amount.exponent >= exponent) return amount.mantissa * 10n ** BigInt(amount.exponent - exponent);
  const divisor = 10n ** BigInt(exponent - amount.exponent);
  const negative = amount.mantissa < 0n;
  const magnitude = negative ? -amount.mantissa : amount.mantissa;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

