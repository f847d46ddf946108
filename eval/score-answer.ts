import type { AskResponse } from '../server/ask-contract.ts';
import type { Expectation } from './question-schema.ts';

/** How one answer fared against its gold expectation. `undefined` means the check does not apply. */
export interface AnswerScore {
  /** Numeric gold: amount equal at the document's precision, unit equal (and comparator, when the gold gives one). */
  numericRight?: boolean;
  /** Gold with a section: the first citation's top-level heading equals or starts with it. */
  sectionRight?: boolean;
  /** Text gold: every phrase in the answer or in a citation quote. */
  phrasesRight?: boolean;
  /** not_found gold: the engine abstained. */
  abstainedRight?: boolean;
  /** Answerable gold, but the engine said not_found. */
  wronglyAbstained: boolean;
  /** One line saying what came back, for the confusion list. */
  got: string;
  /** One line saying what was expected. */
  expected: string;
}

/**
 * Width and quote differences that do not change meaning: full-width parentheses and colons, curly vs straight
 * quotes, all whitespace. Applied to both sides so that a heading extracted from a PDF (which often loses or adds
 * spaces) compares equal to the same heading typed by hand.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Amounts equal once both are rounded to the finer of their precisions; floats from JSON carry noise like 0.1+0.2. */
export function amountsEqual(left: number, right: number): boolean {
  const scale = Math.max(decimalPlaces(left), decimalPlaces(right));
  const factor = 10 ** Math.min(scale, 8);
  return Math.round(left * factor) === Math.round(right * factor);
}

function decimalPlaces(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(text.length - dot - 1, 8);
}

// 名 and 人 both count people (39名 = 39人); a disclosure writes one in prose and the other in its table.
const unitAliases: Record<string, string> = { 'ten thousand yuan': '万元', yuan: '元', rmb: '元', percent: '%', '％': '%', 名: '人' };

function normalizeUnit(unit: string): string {
  // 台（套）, 台(辆): a counter with its alternative in brackets counts the same things as the counter alone.
  const compact = normalizeForComparison(unit).replace(/^([台辆套个件项名人栋])\([台辆套个件项名人栋]\)$/u, '$1');
  return unitAliases[compact] ?? compact;
}

export function topLevelHeading(sectionPath: string): string {
  return sectionPath.split('>')[0]?.trim() ?? '';
}

function headingMatches(citedTopLevel: string, gold: string): boolean {
  const cited = normalizeForComparison(citedTopLevel);
  const expected = normalizeForComparison(gold);
  return cited.length > 0 && (cited === expected || cited.startsWith(expected));
}

function describeResponse(response: AskResponse): string {
  const section = response.citations[0]?.section ?? '(no citation)';
  if (response.kind === 'numeric' && response.value) {
    return `numeric ${response.value.comparator}${response.value.amount} ${response.value.unit} @ ${section}`;
  }
  if (response.kind === 'not_found') return 'not_found';
  return `${response.kind} "${response.answer.slice(0, 80)}" @ ${section}`;
}

function describeExpectation(expectation: Expectation): string {
  const section = expectation.section ? ` @ ${expectation.section}` : '';
  if (expectation.kind === 'numeric') {
    return `numeric ${expectation.comparator ?? ''}${expectation.amount} ${expectation.unit}${section}`;
  }
  if (expectation.kind === 'text') return `text [${(expectation.phrases ?? []).join(' | ')}]${section}`;
  return 'not_found';
}

function sameAmountAndUnit(value: { amount: number; unit: string }, expectation: Expectation): boolean {
  const gold = expectation.amount ?? Number.NaN;
  // A gold worked out past the documents' two decimals (96.83 / 5 = 19.366) is met by the answer at that precision
  // (19.37), as the document would state it; an answer finer than its gold is still wrong.
  const atDocumentPrecision = decimalPlaces(gold) > 2 && decimalPlaces(value.amount) <= 2 && amountsEqual(roundTo(gold, 2), value.amount);
  return (amountsEqual(value.amount, gold) || atDocumentPrecision) && normalizeUnit(value.unit) === normalizeUnit(expectation.unit ?? '');
}

// How many yuan one of each money unit is; a Putuo disclosure's tables count in 元 where its prose counts in 万元.
const yuanPerMoneyUnit: Record<string, number> = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };

function roundTo(amount: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(amount * factor) / factor;
}

/**
 * The same sum of money in the document's other unit: a disclosure that states 972.18万元 in a sentence and 9,721,800
 * in its 元 table gives one figure twice, and either is the document's own. Accepted only when the figure the answer
 * gives is written in what it quotes (so a unit the document never used stays wrong), and when one side, converted to
 * the other's unit and rounded to that side's precision, equals it (15836797.42元 is 1583.68万元 as the prose rounds it).
 */
function sameMoneyAsStated(value: { amount: number; unit: string }, expectation: Expectation, response: AskResponse): boolean {
  const answeredFactor = yuanPerMoneyUnit[normalizeUnit(value.unit)];
  const goldFactor = yuanPerMoneyUnit[normalizeUnit(expectation.unit ?? '')];
  const gold = expectation.amount;
  if (answeredFactor === undefined || goldFactor === undefined || gold === undefined || answeredFactor === goldFactor) return false;
  const quoted = response.citations.some((citation) => citation.quote.replace(/[,，\s]/g, '').includes(String(value.amount)));
  if (!quoted) return false;
  const answeredInGoldUnit = (value.amount * answeredFactor) / goldFactor;
  const goldInAnsweredUnit = (gold * goldFactor) / answeredFactor;
  return (
    amountsEqual(roundTo(answeredInGoldUnit, decimalPlaces(gold)), gold) ||
    amountsEqual(roundTo(goldInAnsweredUnit, decimalPlaces(value.amount)), value.amount)
  );
}

/** Scores one engine answer against its gold expectation. Pure. */
export function scoreAnswer(expectation: Expectation, response: AskResponse): AnswerScore {
  const score: AnswerScore = {
    wronglyAbstained: expectation.kind !== 'not_found' && response.kind === 'not_found',
    got: describeResponse(response),
    expected: describeExpectation(expectation),
  };
  if (expectation.kind === 'not_found') {
    score.abstainedRight = response.kind === 'not_found';
    return score;
  }
  if (expectation.kind === 'numeric') {
    const value = response.value;
    score.numericRight =
      response.kind === 'numeric' &&
      value !== undefined &&
      (sameAmountAndUnit(value, expectation) || sameMoneyAsStated(value, expectation, response)) &&
      (expectation.comparator === undefined || value.comparator === expectation.comparator);
  }
  if (expectation.kind === 'text') {
    const haystack = normalizeForComparison([response.answer, ...response.citations.map((citation) => citation.quote)].join('\n'));
    score.phrasesRight =
      response.kind !== 'not_found' &&
      (expectation.phrases ?? []).every((phrase) => haystack.includes(normalizeForComparison(phrase)));
  }
  if (expectation.section !== undefined) {
    const first = response.citations[0];
    const accepted = [expectation.section, ...(expectation.sectionAlternatives ?? [])];
    score.sectionRight =
      first !== undefined && accepted.some((heading) => headingMatches(topLevelHeading(first.section), heading));
  }
  return score;
}
