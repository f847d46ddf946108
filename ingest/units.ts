import type { Comparator } from './model.ts';

/**
 * Unit vocabulary of budget disclosures and the parsing of amounts written with them.
 * Units are listed longest first so that `元/平米/天` wins over `元` and `人次` over `人`.
 */
export const amountUnits: readonly string[] = [
  '元/平方米/天',
  '元/平米/天',
  '元/平方米/年',
  '元/平米/年',
  '元/人/天',
  '元/人/日',
  '元/人/月',
  '元/人/年',
  '元/人次',
  '元/人',
  '元/天',
  '元/日',
  '元/次',
  '元/月',
  '元/年',
  '元/台',
  '元/辆',
  '元/套',
  '元/件',
  '元/个',
  '元/平方米',
  '元/平米',
  '万元/年',
  '万元/个',
  '万元/项',
  '万人次',
  '万平方米',
  '平方米',
  '平米',
  '平方公里',
  '公里',
  '千米',
  '万元',
  '亿元',
  '千元',
  '元',
  '万人',
  '人次',
  '户次',
  '件次',
  '个月',
  '小时',
  '课时',
  '学时',
  '工作日',
  '%',
  '％',
  '‰',
  '人',
  '件',
  '个',
  '套',
  '项',
  '次',
  '辆',
  '台',
  '栋',
  '层',
  '幢',
  '名',
  '天',
  '户',
  '家',
  '所',
  '张',
  '份',
  '场',
  '篇',
  '期',
  '座',
  '处',
  '条',
  '册',
  '间',
  '部',
  '批',
  '吨',
  '米',
  '亩',
  '公斤',
  '千克',
  'kg',
  'km',
  'm²',
  '㎡',
];

/** Units that count things: after them a noun may follow (`5个困难对象`), so the label can sit after the number. */
export const countUnits: ReadonlySet<string> = new Set([
  '人', '件', '个', '套', '项', '次', '辆', '台', '栋', '层', '幢', '名', '户', '家', '所', '张', '份', '场', '篇', '期',
  '座', '处', '条', '册', '间', '部', '批', '人次', '户次', '件次',
]);

/** Money units as powers of ten of 元: converting between them is a shift of the decimal point, exact by construction. */
export const moneyUnitExponents: ReadonlyMap<string, number> = new Map([
  ['元', 0],
  ['千元', 3],
  ['万元', 4],
  ['亿元', 8],
]);

/** The unit as the document should show it (`％` and `平米` are spelled more than one way). */
export function normaliseUnit(unit: string): string {
  if (unit === '％') return '%';
  if (unit === '㎡' || unit === 'm²') return '平方米';
  return unit;
}

export function isKnownUnit(text: string): boolean {
  return amountUnits.includes(text.trim());
}

/** Comparator words, longest first so that `不低于` wins over `低于`. */
const comparatorWords: ReadonlyArray<readonly [string, Comparator]> = [
  ['达到或超过', '≥'],
  ['达到或高于', '≥'],
  ['大于或等于', '≥'],
  ['小于或等于', '≤'],
  ['大于等于', '≥'],
  ['小于等于', '≤'],
  ['不少于', '≥'],
  ['不低于', '≥'],
  ['不小于', '≥'],
  ['不超过', '≤'],
  ['不高于', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['控制在', '≤'],
  ['至少', '≥'],
  ['最多', '≤'],
  // A performance target "率达到95%" is met at 95% or above.
  ['达到', '≥'],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['>=', '≥'],
  ['<=', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['≥', '≥'],
  ['≤', '≤'],
  ['＞', '>'],
  ['＜', '<'],
  ['>', '>'],
  ['<', '<'],
  ['＝', '='],
  ['=', '='],
];

/** Reads a comparator written as a symbol or words (`≥`, `不少于`); undefined when the text is not one. */
export function parseComparator(text: string): Comparator | undefined {
  const trimmed = text.replace(/[\s\u3000]/g, '');
  return comparatorWords.find(([word]) => word === trimmed)?.[1];
}

/** The comparator words that end `text` (`…不低于`), with their length, so the caller can cut them off a label. */
export function trailingComparator(text: string): { comparator: Comparator; length: number } | undefined {
  const trimmed = text.replace(/[\s\u3000]+$/, '');
  for (const [word, comparator] of comparatorWords) {
    if (trimmed.endsWith(word)) return { comparator, length: text.length - trimmed.length + word.length };
  }
  return undefined;
}

const suffixComparators: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
];

/** `95%以上` states a lower bound after the unit. */
export function leadingSuffixComparator(text: string): { comparator: Comparator; length: number } | undefined {
  for (const [word, comparator] of suffixComparators) {
    if (text.startsWith(word)) return { comparator, length: word.length };
  }
  return undefined;
}

export interface ParsedAmount {
  /** Digits as written without thousands separators: "96282213.44". */
  text: string;
  amount: number;
  /** Empty when the text gives no unit. */
  unit: string;
  comparator: Comparator;
}

/** Digits with optional thousands separators and decimals; a leading minus for tables that show decreases. */
export const numberPattern = String.raw`[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?`;

/** Normalised digits: separators removed, a full-width minus made ASCII, "-0" kept readable. */
export function normaliseNumberText(raw: string): string {
  return raw.replace(/[,，\s]/g, '').replace('−', '-');
}

/** Every amount unit as a regex alternation, longest first as amountUnits orders them. */
export const unitAlternation = amountUnits.map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const comparatorAlternation = comparatorWords
  .map(([word]) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
const wholeAmountPattern = new RegExp(
  String.raw`^(${comparatorAlternation})?\s*(${numberPattern})\s*(${unitAlternation})?\s*(及以上|以上|及以下|以下|以内)?$`,
);

/**
 * Reads a whole cell or phrase that is only an amount: `2840.29`, `96,282,213.44`, `≤0.79元/平米/天`, `6项`,
 * `=100%`, `95%以上`. Anything else (text, codes like `C99`, `——`, empty) gives undefined.
 */
export function parseAmount(raw: string): ParsedAmount | undefined {
  const cleaned = raw.replace(/[\u3000\u00a0]/g, ' ').trim();
  const match = wholeAmountPattern.exec(cleaned);
  if (!match) return undefined;
  const [, comparatorText, numberText, unitText = '', suffixText] = match;
  const text = normaliseNumberText(numberText);
  const amount = Number(text);
  if (!Number.isFinite(amount)) return undefined;
  let comparator: Comparator = comparatorText ? (parseComparator(comparatorText) ?? '=') : '=';
  if (!comparatorText && suffixText) comparator = leadingSuffixComparator(suffixText)?.comparator ?? '=';
  return { text, amount, unit: normaliseUnit(unitText), comparator };
}

/**
 * The unit a header or title states for its numbers: `价值（金额单位：万元）`, `金额（万元）`, `单位：元`,
 * `面积(平方米)`. Undefined when it states none.
 */
export function unitFromHeader(header: string): string | undefined {
  const stated = /单位\s*[：:]\s*([^\s）)，,；;]+)/.exec(header);
  if (stated) {
    const unit = amountUnits.find((candidate) => stated[1].startsWith(candidate));
    if (unit) return normaliseUnit(unit);
  }
  const parenthesised = /[（(]\s*([^（）()]+?)\s*[）)]/g;
  for (const match of header.matchAll(parenthesised)) {
    if (isKnownUnit(match[1])) return normaliseUnit(match[1].trim());
  }
  return undefined;
}

/**
 * A row label that names its units in parentheses, `2、车辆（台、辆）` or `1、房屋（平方米）`: the label without
 * them and the units it lists. The last listed unit is taken as the one the count is in.
 */
export function splitLabelUnit(label: string): { label: string; unit?: string } {
  const match = /^(.*?)\s*[（(]\s*([^（）()]+?)\s*[）)]\s*$/.exec(label);
  if (!match) return { label };
  const units = match[2].split(/[、,，/／]/).map((part) => part.trim());
  if (units.length === 0 || !units.every((unit) => isKnownUnit(unit))) return { label };
  return { label: match[1], unit: normaliseUnit(units[units.length - 1]) };
}
