import { moneyUnitExponents } from '../ingest/units.ts';

/**
 * Amounts an asker states to name a line ("one huge line of about 293.8 million yuan", "项目上那一千二百多万",
 * "the 1,234.15万元 of project money"), read as ranges in 元: a figure is stated at some precision (293.8 million is
 * 293.75–293.85 million), and 多/余/over opens the range upward to the next step of the last digit (一千二百多万 is
 * 1,200–1,300万). Pure.
 */
export interface AmountRange {
  /** Lowest amount in 元 the words can mean. */
  min: number;
  /** Highest amount in 元 the words can mean. */
  max: number;
}

const digitValues: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千二百 -> { value: 1200, step: 100 }: the number and the place of its last digit. */
function chineseNumber(text: string): { value: number; step: number } | undefined {
  let value = 0;
  let digit: number | undefined;
  let step = 1;
  for (const character of text) {
    if (character in digitValues) {
      digit = digitValues[character]!;
      step = 1;
    } else if (character in smallUnits) {
      const unit = smallUnits[character]!;
      value += (digit ?? 1) * unit;
      step = unit;
      digit = undefined;
    } else return undefined;
  }
  if (digit !== undefined) value += digit;
  return value > 0 ? { value, step } : undefined;
}

const englishScales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, 'ten thousand': 1e4, 'hundred million': 1e8 };
const chineseScales: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const englishWordNumbers: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

// ("1,234.15 ten thousand yuan" is how 万元 is sometimes put into English.)
const englishAmount = /\b(over|more than|above|nearly|almost|about|around|roughly|some|approximately|approx\.?)?\s*(?:rmb|cny|¥)?\s*(\d[\d,]*(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)\s*(ten[- ]thousand|hundred[- ]million|thousand|million|billion)\s*(?:yuan|rmb|cny)?\b/gi;
// 1,234.15万元, 1200多万, 2.9亿, 150000元 (a bare number needs its 元).
const digitsAmount = /(\d[\d,，]*(?:\.\d+)?)\s*(多|余)?\s*(?:(万|亿)\s*(多|余)?\s*(?:元|块)?|(?:元|块))/g;
// (一百五十来万, 十来万: 来 hedges as 多 does.)
const chineseAmount = /([零〇一二两三四五六七八九十百千]+)\s*(多|余|来|几)?\s*(万|亿)\s*(多|余)?/g;

function range(value: number, step: number, scale: number, upward: boolean): AmountRange {
  // A figure stated at a precision stands for anything that rounds to it; 多 opens it to the next step.
  return upward ? { min: value * scale, max: (value + step) * scale } : { min: (value - step / 2) * scale, max: (value + step / 2) * scale };
}

function decimalStep(digits: string): number {
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  return 10 ** -decimals;
}

/** Every amount of money the question states, as a range in 元. */
export function statedAmounts(question: string): AmountRange[] {
  const ranges: AmountRange[] = [];
  for (const match of question.matchAll(englishAmount)) {
    const [, hedge, number, scaleWord] = match;
    const scale = englishScales[scaleWord!.toLowerCase().replace('-', ' ')]!;
    const upward = /^(over|more than|above)$/i.test(hedge ?? '');
    if (/^\d/.test(number!)) {
      const digits = number!.replace(/,/g, '');
      ranges.push(range(Number(digits), decimalStep(digits), scale, upward));
    } else {
      const words = number!.toLowerCase().split(/[- ]/);
      const value = words.reduce((sum, word) => sum + (englishWordNumbers[word] ?? Number.NaN), 0);
      if (Number.isFinite(value) && value > 0) ranges.push(range(value, 1, scale, upward));
    }
  }
  for (const match of question.matchAll(digitsAmount)) {
    const digits = match[1]!.replace(/[,，]/g, '');
    const scale = match[3] ? chineseScales[match[3]]! : 1;
    const upward = match[2] !== undefined || match[4] !== undefined;
    // 1200多万: more than 1,200万 by less than the place of its last non-zero digit (1,200–1,300万).
    const trailingZeros = digits.includes('.') ? 0 : (/0+$/.exec(digits)?.[0].length ?? 0);
    ranges.push(range(Number(digits), upward ? 10 ** trailingZeros : decimalStep(digits), scale, upward));
  }
  for (const match of question.matchAll(chineseAmount)) {
    const number = chineseNumber(match[1]!);
    if (number) ranges.push(range(number.value, number.step, chineseScales[match[3]!]!, match[2] !== undefined || match[4] !== undefined));
  }
  return ranges.filter((candidate) => candidate.max > 0);
}

/** Whether an amount in a money unit (the units the ingest knows, 元 to 亿元) falls in a stated range. */
export function withinStated(amount: number, unit: string, stated: AmountRange): boolean {
  const exponent = moneyUnitExponents.get(unit);
  if (exponent === undefined) return false;
  const yuan = amount * 10 ** exponent;
  return yuan >= stated.min - 1e-6 && yuan <= stated.max + 1e-6;
}
