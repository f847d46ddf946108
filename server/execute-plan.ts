import {
  addDecimals,
  compareDecimals,
  divideDecimals,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  roundDecimal,
  subtractDecimals,
  type Decimal,
} from '../ingest/decimal.ts';
import type { Fact, ParsedDocument } from '../ingest/model.ts';
import { namesKindOnly } from '../ingest/prose-facts.ts';
import { countUnits as ingestCountUnits } from '../ingest/units.ts';
import type { Check, ExecutionResult, NotFoundResult, NumericResult, Operand, Passage, TextResult } from './answer-types.ts';
import { convertUnit, trimDecimal } from './convert-unit.ts';
import { asksSomething, listedOneByOneZh, sentencesOf as questionSentences } from './asker-asides.ts';
import { detectLanguage } from './detect-language.ts';
import { asksUse, definitionCueZh, namedUseOf, withoutPremise, withoutReasoning, type IntentReading } from './detect-intent.ts';
import { namesWages } from './individual-pay.ts';
import { withoutLeftOutNotes } from './left-out-notes.ts';
import { longestCommonRun } from './longest-common-run.ts';
import { contextBigramsOf, questionBigrams, questionContent } from './match-measure.ts';
import { namesSecondSide } from './names-second-side.ts';
import { characterBigrams, comparedText, normalizeText, termForm } from './normalize-text.ts';
import { useListedOnly } from './listed-use-only.ts';
import { bestFact, englishPerUnits, impliedUnits, isMoneyUnit, lastSentenceZh, rankFacts, totalRowLabel, type RankOptions, type RankedFact } from './rank-facts.ts';
import { carsNamedByParts, sanGongNamedByParts } from './san-gong-parts.ts';
import { dutyNamedOnlyInFunctions } from './duty-only-named.ts';
import { codesIn, linesNamedByCode, rowsNamedByCode } from './classification-codes.ts';
import { statedAmounts, withinStated } from './stated-amounts.ts';
import { chineseFullDate, datedYears, namedYears } from './translate-question.ts';

export interface ExecuteInput {
  /** The question as matched against document labels: Chinese, or the Chinese rendering of an English question. */
  question: string;
  /** The asker's own words (English questions included), for hints such as the unit implied by "how many people". */
  hintText?: string;
  /** A term an English question quotes ('other income'), rendered in Chinese: the term a definition explains. */
  quotedTerm?: string;
  reading: IntentReading;
  document: ParsedDocument;
  /** Other years of the same unit, for cross-year questions. */
  sameUnitDocuments?: ParsedDocument[];
  /** How strongly retrieval points at a place (`blockId` or `blockId:row`), 0..1. */
  relevance?: ReadonlyMap<string, number>;
  /** The question with the document's own wordings of glossary terms appended (公车 -> 公务用车购置及运维费). */
  expandedQuestion?: string;
  /** "What share of B is A": an English share question's part and whole, each rendered on its own. */
  shareSides?: { part: string; whole: string; overall?: boolean };
  /** An English two-measure question rendered one side at a time, for each joint word (and, than, or). */
  /** An English question's two sides, each rendered on its own, and the rendered words that frame both (context). */
  englishSides?: Array<{ left: string; right: string; context?: string }>;
  /** "procurement: goods + works + services, total?": three or more English items, each rendered on its own, with the topic that frames them. */
  englishItems?: { items: string[]; context: string };
  /** Dictionary renderings of English words the glossary does not know: the question names more than it shows. */
  looseTerms?: string[];
  /** "in the project-expenditure column": the column an English question names, rendered (项目支出). */
  columnNamed?: string;
  /** "In the procurement table": the table an English question names, rendered (政府采购). */
  tableNamed?: string;
  /** The same expansion for any part of the question (each side of "A比B多多少"). */
  expand?: (text: string) => string;
}

// The genre's counters, and the asset tables' combined 台、辆 column heads.
const countUnits = new Set([...ingestCountUnits, '台、辆', '台（辆）']);

function valueOf(fact: Fact): Decimal {
  return parseDecimal(fact.text) ?? { units: BigInt(Math.round(fact.amount * 100)), scale: 2 };
}

/** "2023年当年预算执行数为95.16万元": a figure labelled only by its kind is named, in an answer, by the line its context gives. */
function namedWithLine(fact: Fact): string {
  return lineOfKindOnly(fact) ? `${lineOfKindOnly(fact)}${fact.label}` : measureName(fact);
}

/** The line a prose figure labelled only by its kind (预算执行数) belongs to, from its context; undefined otherwise. */
function lineOfKindOnly(fact: Fact): string | undefined {
  return namesKindOnly(fact.label) && fact.origin === 'prose' ? fact.context?.[0] : undefined;
}

/** What a fact measures, for wording: a total row (合计) is named by its column (支出预算 > 基本支出 -> 基本支出). */
function measureName(fact: Fact): string {
  const label = fact.label.replace(/\s/g, '');
  if (!/^(合计|总计|小计|共计)$/.test(label)) return fact.label;
  return columnName(fact) ?? fact.label;
}

/** The most specific part of a table cell's column path that names something (基本支出 of 支出预算 > 基本支出). */
function columnName(fact: Fact): string | undefined {
  return fact.source.column
    ?.split('>')
    .map((part) => part.trim())
    .reverse()
    .find((part) => part && !/^(合计|总计|小计|共计|预算数|金额)$/.test(part));
}

function operand(fact: Fact, unit = fact.unit): Operand {
  const exact = convertUnit(valueOf(fact), fact.unit, unit) ?? valueOf(fact);
  // Table amounts in 元 read in the prose's 万元 are given to the prose's precision (two decimals).
  const value = fact.unit === '元' && unit === '万元' ? roundDecimal(exact, 2) : trimDecimal(exact, Math.min(valueOf(fact).scale, 2));
  return { label: measureName(fact), value, unit, fact };
}


const show = (value: Decimal) => formatDecimal(value);

/** Parts the document states for a whole (`其中：`, sub-rows), in document order. */
// Standard compositions of the genre: a disclosure may state the parts in sentences of their own ("（一）因公出国（境）费
// 839万元…") without a 其中 that ties them to the total.
const standardParts: Array<{ whole: RegExp; parts: RegExp[] }> = [
  { whole: /三公/, parts: [/^因公出国（?\(?境\)?）?费/, /^公务用车购置及运(行维护|维|行)费/, /^公务接待费/] },
];

/** A document's facts by id, by the whole they are part of, and by the facts whose sameAs names them. */
interface FactIndex {
  byId: Map<string, Fact>;
  children: Map<string, Fact[]>;
  /** Facts whose sameAs names the key: a table row the sentence links to may not link back. */
  linkedFrom: Map<string, Fact[]>;
}
const factIndexes = new WeakMap<Fact[], FactIndex>();

function indexOf(facts: Fact[]): FactIndex {
  let index = factIndexes.get(facts);
  if (!index) {
    const children = new Map<string, Fact[]>();
    const linkedFrom = new Map<string, Fact[]>();
    for (const fact of facts) {
      if (fact.partOf) children.set(fact.partOf, [...(children.get(fact.partOf) ?? []), fact]);
      for (const id of fact.sameAs ?? []) linkedFrom.set(id, [...(linkedFrom.get(id) ?? []), fact]);
    }
    index = { byId: new Map(facts.map((fact) => [fact.id, fact])), children, linkedFrom };
    factIndexes.set(facts, index);
  }
  return index;
}

/** Every statement of a fact: a table row links to its sentence, and the sentence to every table stating it, so two steps reach all. */
function statementsOf(fact: Fact, facts: Fact[]): Fact[] {
  const { byId, linkedFrom } = indexOf(facts);
  const linked = (one: Fact) => [
    ...(one.sameAs ?? []).map((id) => byId.get(id)).filter((other): other is Fact => other !== undefined),
    ...(linkedFrom.get(one.id) ?? []),
  ];
  return [...new Set([fact, ...linked(fact), ...linked(fact).flatMap(linked)])];
}

/** A table states each row once per column: a parent is a row, whichever column the other side was read from. */
function rowPlace(fact: Fact): string {
  return fact.source.row === undefined ? fact.id : `${fact.source.blockId}:${fact.source.row}`;
}

/**
 * `whole` is the line `part` belongs to, in any of the places the document states them: a parent row of one of
 * part's statements (prose and tables), or a row whose own children include a row named like part.
 */
function containsFact(whole: Fact, part: Fact, facts: Fact[]): boolean {
  const { byId, children } = indexOf(facts);
  const partStatements = statementsOf(part, facts);
  const parents = new Set(
    partStatements.flatMap((statement) => {
      const parent = statement.partOf ? byId.get(statement.partOf) : undefined;
      return parent ? [rowPlace(parent)] : [];
    }),
  );
  const partLabels = new Set(partStatements.map((statement) => normalizeText(statement.label)));
  return statementsOf(whole, facts).some(
    (statement) => parents.has(rowPlace(statement)) || (children.get(statement.id) ?? []).some((child) => partLabels.has(normalizeText(child.label))),
  );
}

/**
 * "The staff housing provident fund and housing subsidies, combined": a second side naming the line (住房改革支出) that
 * holds the first (住房公积金) means the rest of that line. For each line a table states `part` under with exactly one
 * other part, that other part (购房补贴), keyed by the line's row; empty when no such line exists, which is most lines.
 */
function soleOtherParts(part: Fact, facts: Fact[]): Map<string, Fact> {
  const { byId, children } = indexOf(facts);
  const others = new Map<string, Fact>();
  for (const statement of statementsOf(part, facts)) {
    const parent = statement.partOf ? byId.get(statement.partOf) : undefined;
    const rest = parent ? (children.get(parent.id) ?? []).filter((child) => child.kind === 'value' && normalizeText(child.label) !== normalizeText(statement.label)) : [];
    if (parent && rest.length === 1 && !others.has(rowPlace(parent))) others.set(rowPlace(parent), rest[0]!);
  }
  return others;
}

/** One of the two lines stands within the other (科技条件与服务 and its 科技条件专项): never two sides of a comparison. */
function nestedLines(left: Fact, right: Fact, facts: Fact[]): boolean {
  return containsFact(left, right, facts) || containsFact(right, left, facts);
}

function partsOf(whole: Fact, facts: Fact[]): Fact[] {
  const stated = facts.filter((fact) => fact.partOf === whole.id && fact.kind === 'value');
  if (stated.length) return stated;
  const composition = standardParts.find((candidate) => candidate.whole.test(whole.label));
  if (!composition) return [];
  const sameSection = (fact: Fact) => fact.section.join('>') === whole.section.join('>') && fact.kind === 'value' && fact.unit === whole.unit && fact.origin === whole.origin;
  const found = composition.parts.map((pattern) => facts.find((fact) => sameSection(fact) && pattern.test(fact.label.replace(/\s/g, ''))));
  return found.every((fact): fact is Fact => fact !== undefined) ? found : [];
}

/** 12.30 = 0 + 11.80 + 0.5, when the parts share the whole's unit (or convert to it). */
function sumCheck(whole: Fact, parts: Fact[]): Check | undefined {
  if (parts.length < 2) return undefined;
  const values = parts.map((part) => convertUnit(valueOf(part), part.unit, whole.unit));
  if (values.some((value) => value === undefined)) return undefined;
  const sum = addDecimals(...(values as Decimal[]));
  const ok = compareDecimals(sum, valueOf(whole)) === 0;
  const message = `${show(valueOf(whole))} ${ok ? '=' : '≠'} ${(values as Decimal[]).map(show).join(' + ')}${ok ? '' : ` (= ${show(sum)})`}`;
  return { ok, message: `${whole.label}: ${message}` };
}

function checksFor(fact: Fact, facts: Fact[]): Check[] {
  const checks: Check[] = [];
  const own = sumCheck(fact, partsOf(fact, facts));
  if (own) checks.push(own);
  const parent = fact.partOf ? facts.find((candidate) => candidate.id === fact.partOf) : undefined;
  if (parent) {
    const siblings = sumCheck(parent, partsOf(parent, facts));
    if (siblings) checks.push(siblings);
  }
  return checks;
}

/**
 * Ranks facts for one question of one executePlan call: retrieval's relevance and the synonym expansion come from the
 * call's input, so no state outlives the call.
 */
function rank(input: ExecuteInput, question: string, facts: Fact[], options: RankOptions = {}): RankedFact[] {
  const alternate = input.expandedQuestion && question === input.question ? input.expandedQuestion : undefined;
  return rankFacts(question, facts, { relevance: input.relevance, alternate, ...options });
}

/** The asker's unit when they name one, else the fact's own. */
function targetUnit(fact: Fact, reading: IntentReading): string {
  if (reading.peopleCounter && convertUnit({ units: 1n, scale: 0 }, fact.unit, reading.peopleCounter)) return reading.peopleCounter;
  if (!isMoneyUnit(fact.unit)) return fact.unit;
  if (reading.unitWanted) return reading.unitWanted;
  // A table figure the prose also states is answered from the prose (proseTwin), in the prose's unit; a figure only
  // a 元 table gives stays in 元, as the document writes it.
  return fact.unit;
}

function numeric(partial: Omit<NumericResult, 'kind' | 'checks' | 'comparator'> & Partial<Pick<NumericResult, 'checks' | 'comparator'>>): NumericResult {
  return { kind: 'numeric', checks: [], comparator: '=', ...partial };
}

function notFound(reason: 'no_matching_fact' | 'year_not_covered' | 'no_passage', facts: Fact[], question: string, detail?: string): NotFoundResult {
  return { kind: 'not_found', reason, detail, nearby: nearbyTopics(question, facts) };
}

/** Labels of the document's figures that share words with the question, to say what is covered nearby. */
export function nearbyTopics(question: string, facts: Fact[]): string[] {
  const questionBigrams = new Set(characterBigrams(normalizeText(question)));
  const scored = new Map<string, number>();
  for (const fact of facts) {
    if (fact.kind !== 'value') continue;
    const overlap = characterBigrams(normalizeText(fact.label)).filter((bigram) => questionBigrams.has(bigram)).length;
    if (overlap > 0) scored.set(fact.label, Math.max(scored.get(fact.label) ?? 0, overlap));
  }
  const topics = [...scored.entries()].sort((left, right) => right[1] - left[1]).map(([label]) => label);
  return topics.length ? topics.slice(0, 5) : ['收入预算', '支出预算', '三公经费', '机关运行经费', '政府采购'].filter((topic) => facts.some((fact) => normalizeText(fact.label).includes(normalizeText(topic))));
}

function findSecondMeasure(input: ExecuteInput, question: string, facts: Fact[], first: RankedFact, documentYear: number | null): RankedFact | undefined {
  const ranked = rank(input, question, facts, { documentYear, excluded: first.match.matchedBigrams });
  return ranked.find(
    (candidate) =>
      normalizeText(candidate.fact.label) !== normalizeText(first.fact.label) &&
      candidate.match.labelCoverage >= 0.6 &&
      candidate.score >= 0.45 &&
      !normalizeText(first.fact.label).includes(normalizeText(candidate.fact.label)),
  );
}

/**
 * When wording alone is not enough (租办公楼 for 办公用房租赁经费), the fact that stands in the passage or row retrieval
 * ranks first is taken, if its label shares some words with the question or its unit is the one asked for.
 */
function retrievedFact(ranked: RankedFact[], kind: Fact['kind'] = 'value'): RankedFact | undefined {
  return ranked.find(
    (candidate) =>
      candidate.match.retrieved === true &&
      candidate.fact.kind === kind &&
      (candidate.match.labelCoverage >= 0.3 || candidate.match.unitFits === true || candidate.match.questionCoverage >= 0.5) &&
      candidate.score >= 0.3,
  );
}

/**
 * "管菜场那块给多少": a classification item (其他商业服务业等支出（项）3136.40万元) is named by its code, and what it is for
 * stands in its sentence ("主要用于标准化菜场及副食品行业管理"). When no label answers, the one money sentence whose
 * stated use names a word of the question does; two such sentences are too vague to choose between.
 */
function purposeFact(input: ExecuteInput, minimumRun = 2): RankedFact | undefined {
  // A count or an area asked for (how many square metres) is no amount of money, whatever the sentence is for.
  const wanted = impliedUnits(`${input.question} ${input.hintText ?? ''}`);
  if (wanted && wanted('万元') === 0) return undefined;
  const pieces = questionContent(input.expandedQuestion ?? input.question)
    .split('|')
    .filter((piece) => Array.from(piece).length >= 2);
  if (!pieces.length) return undefined;
  let best: { facts: Fact[]; run: number } = { facts: [], run: 1 };
  for (const { fact, use } of statedUses(input.document)) {
    const run = Math.max(...pieces.map((piece) => useRun(piece, use)));
    if (run > best.run) best = { facts: [fact], run };
    else if (run >= 2 && run === best.run && !best.facts.some((other) => sameFigure(other, fact))) best.facts.push(fact);
  }
  // A word many uses share (管理, 工作) singles out none of them.
  if (best.facts.length !== 1 || best.run < minimumRun) return undefined;
  return { fact: best.facts[0], score: 0.5, match: { score: 0.5, labelCoverage: 0, questionCoverage: 0.5, matchedBigrams: new Set() } };
}

const usesCache = new WeakMap<ParsedDocument, Array<{ fact: Fact; use: string }>>();
/** The money sentences of a document that state a use (…用于X), with X normalised; built once per document. */
function statedUses(document: ParsedDocument): Array<{ fact: Fact; use: string }> {
  let uses = usesCache.get(document);
  if (!uses) {
    uses = [];
    for (const fact of document.facts) {
      if (fact.kind !== 'value' || fact.origin !== 'prose' || !isMoneyUnit(fact.unit)) continue;
      const use = /用于([^。；;]+)/.exec(fact.source.quote ?? '')?.[1];
      if (use) uses.push({ fact, use: normalizeText(use) });
    }
    usesCache.set(document, uses);
  }
  return uses;
}

/**
 * How much of a question word a stated use repeats: the longest run the two share, or a three-character word's
 * short form without its middle character (菜市场 -> 菜场).
 */
function useRun(piece: string, use: string): number {
  const characters = Array.from(piece);
  const run = longestCommonRun(characters, Array.from(use));
  if (characters.length === 3 && use.includes(`${characters[0]}${characters[2]}`)) return Math.max(run, 2);
  return run;
}

/**
 * "personnel-related basic spending" (基本支出 and 人员经费 both named): a question naming a whole and one of its
 * parts asks for the part. Only one part may be named; with two the question is about the whole.
 */
function namedPart(best: RankedFact, ranked: RankedFact[], asked: string): RankedFact | undefined {
  const ids = new Set([best.fact.id, ...(best.fact.sameAs ?? [])]);
  // The part must be named by words of its own: every label word of 公务用车购置费 is in 公务用车购置及运行费 too, so a
  // question naming the whole does not name that part.
  // Nor does a word the whole's own column or table accounts for (基本支出 of "这一行的基本支出" names the column).
  const form = termForm(normalizeText(asked));
  const wholeBigrams = new Set([...characterBigrams(comparedText(best.fact.label, form)), ...contextBigramsOf(best.fact.context ?? [], best.fact.tableTitle ?? '')]);
  // "公车…那点运行费": or, when the whole's label names each of its parts (公务用车购置及运行费: 购置, 运行), by the
  // words that set one part apart from the others, the question naming no other part's such words.
  const siblings = ranked.filter((candidate) => candidate.fact.kind === 'value' && candidate.fact.partOf !== undefined && ids.has(candidate.fact.partOf));
  const siblingLabels = [...new Set(siblings.map((candidate) => comparedText(candidate.fact.label, form)))];
  const ownBigrams = (label: string) => {
    const others = new Set(siblingLabels.filter((other) => other !== label).flatMap((other) => characterBigrams(other)));
    return characterBigrams(label).filter((bigram) => !others.has(bigram));
  };
  const wholeLabelBigrams = new Set(characterBigrams(comparedText(best.fact.label, form)));
  const composite = siblingLabels.length >= 2 && siblingLabels.every((label) => ownBigrams(label).some((bigram) => wholeLabelBigrams.has(bigram)));
  // (The asker's own words, not the wordings added for them: 公车 brings in all of 公务用车购置及运行费; an English
  // question's words name no Chinese part this way.)
  const askedBigrams = new Set(characterBigrams(comparedText(asked)));
  const apartLabels = new Set(composite ? siblingLabels.filter((label) => ownBigrams(label).some((bigram) => askedBigrams.has(bigram))) : []);
  // "公车的购置和运行维护": the asker's own words naming every part of a whole its label lists ask the whole, whatever
  // line the wordings added for them (公务用车购置费) match.
  if (composite && apartLabels.size === siblingLabels.length) return undefined;
  const ownWords = (candidate: RankedFact) =>
    [...candidate.match.matchedBigrams].some((bigram) => !wholeBigrams.has(bigram)) || (apartLabels.size === 1 && apartLabels.has(comparedText(candidate.fact.label, form)));
  const parts = siblings.filter(
    (candidate) =>
      candidate.score >= best.score - 0.3 &&
      candidate.match.labelCoverage >= 0.5 &&
      ownWords(candidate),
  );
  const distinct = parts
    .filter((candidate, index) => parts.findIndex((other) => sameFigure(other.fact, candidate.fact)) === index)
    .sort((left, right) => right.score - left.score);
  // The part the question names stands clearly ahead of its siblings, whose labels share the head (…项目经费).
  if (!distinct.length || (distinct.length > 1 && distinct[0].score - distinct[1].score < 0.1)) return undefined;
  return distinct[0];
}

/** The sentence stating the same figure as a table cell, when the document has one (it is what people quote). */
/**
 * "多少元": the asker names the unit a table states exactly (6,043,390.00元), while the sentence rounds it (604.34万元).
 * The statement already in that unit answers, so no precision is lost converting the rounded one.
 */
function twinInWantedUnit(fact: Fact, document: ParsedDocument, reading: IntentReading): Fact | undefined {
  if (!reading.unitWanted || !isMoneyUnit(fact.unit)) return undefined;
  if (fact.unit === reading.unitWanted) return fact;
  return fact.sameAs?.map((id) => document.facts.find((candidate) => candidate.id === id)).find((candidate) => candidate?.unit === reading.unitWanted);
}

/** The first fact whose label the text names exactly and whole: nothing of either is left over. */
function namedExactly(ranked: RankedFact[]): RankedFact | undefined {
  return ranked.find((candidate) => candidate.match.labelCoverage >= 0.999 && candidate.match.questionCoverage >= 0.999);
}

/** "“行政运行”那行", "基本支出那一栏", "支出总表里": the asker reads a table, and its cell (to the yuan) is the answer. */
function asksTableCell(input: ExecuteInput): boolean {
  return /(?:那|这|哪)一?(?:行|栏)|一栏|(?:总表|表格|表)(?:里|中|上)/.test(`${input.question} ${input.hintText ?? ''}`);
}

function proseTwin(fact: Fact, document: ParsedDocument): Fact {
  if (fact.origin !== 'table') return fact;
  const twin = fact.sameAs?.map((id) => document.facts.find((candidate) => candidate.id === id)).find((candidate) => candidate?.origin === 'prose');
  return twin ?? statedInProse(fact, document) ?? fact;
}

/**
 * A table cell (住房公积金 3,846,732元) whose sentence the ingest did not link because the sentence names the line by its
 * classification path ("住房保障支出（类）住房改革支出（款）住房公积金（项）"科目384.67万元): the one sentence whose label
 * holds the cell's label and whose amount is the cell's, rounded as the sentence rounds it.
 */
// Documents do not change once loaded, so a cell's sentence is looked for once (proseTwin runs several times per
// question, and this scans every fact).
const statedInProseCache = new WeakMap<ParsedDocument, Map<Fact, Fact | null>>();

function statedInProse(fact: Fact, document: ParsedDocument): Fact | undefined {
  let cache = statedInProseCache.get(document);
  if (!cache) statedInProseCache.set(document, (cache = new Map()));
  const remembered = cache.get(fact);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = findStatedInProse(fact, document);
  cache.set(fact, found ?? null);
  return found;
}

// A summary table's grand totals are what the prose calls the income and spending budget (收入预算15621.11万元).
const proseNamesOfTotals: Record<string, string> = { 收入总计: '收入预算', 支出总计: '支出预算' };

function findStatedInProse(fact: Fact, document: ParsedDocument): Fact | undefined {
  const label = normalizeText(fact.label);
  if (Array.from(label).length < 3 || !isMoneyUnit(fact.unit)) return undefined;
  const proseName = proseNamesOfTotals[label];
  const matches = document.facts.filter((candidate) => {
    if (candidate.origin !== 'prose' || candidate.kind !== 'value' || !isMoneyUnit(candidate.unit) || candidate.period !== fact.period) return false;
    const candidateLabel = normalizeText(candidate.label);
    if (!candidateLabel.includes(label) && !(proseName !== undefined && candidateLabel.endsWith(proseName))) return false;
    return roundsTo(fact, candidate);
  });
  // One sentence may state the figure twice (“…（项）”599.33万元 … 2024年预算安排599.33万元): still one sentence.
  if (matches.length >= 1 && matches.every((match) => match.source.blockId === matches[0]!.source.blockId)) return matches[0];
  // "公务用车运行维护费 215,600" in a table and "公务用车运行费21.56万元" in the 三公 sentences: the same figure under a
  // label sharing a long run of the cell's (five characters or more) is the cell's sentence, when only one sentence does.
  const alike = document.facts.filter((candidate) => {
    if (candidate.origin !== 'prose' || candidate.kind !== 'value' || !isMoneyUnit(candidate.unit) || candidate.period !== fact.period) return false;
    return longestCommonRun(Array.from(normalizeText(candidate.label)), Array.from(label)) >= 5 && roundsTo(fact, candidate);
  });
  return alike.length >= 1 && alike.every((match) => match.source.blockId === alike[0]!.source.blockId) ? alike[0] : undefined;
}

// Words that only say "the budget as a whole": 预算是多少, 一共有多少钱可以花, what is the total budget.
// The asker's own rough figure (两千多万) and narrative words (说, 原来) name no measure either.
const wholeBudgetWords = /(原来|原本|本来|应为|应该是|应是|核实|请|说|那|是|的|预算总额|总预算|总盘子|盘子|规模|总规模|预算|总额|总数|合计|总计|总共|一共|全部|全年|今年|本年|本单位|本部门|单位|部门|可以|能|有|花|用|钱|经费|资金|收入|支出|总|这|个|比|较|多了|少了|多出|少出|高出|超出|相差|差距|哪个|哪家|谁|和|与|跟|它们|它|他们|其|该|增加|减少|增长|下降|砍|削减|压减|缩减|压缩|调减|调增|涨|降|百分之几|百分之|百分比|幅度|多|少|budget|money|funds?|funding|total|overall|whole|this year|in total|altogether|[一二两三四五六七八九十百千万亿几多\d.,，]+万?元?)/gi;

/** The whole budget's stated change ("预算收支安排2115.46万元，较2020年预算减少595.70万元"), with its level. */
function wholeBudgetChange(input: ExecuteInput): { level: Fact; change: Fact } | undefined {
  const { document, reading } = input;
  const earlier = reading.years.filter((year) => document.meta.year && year < document.meta.year);
  const candidates = document.facts.filter(
    (fact) => fact.kind === 'change' && fact.direction && fact.direction !== 'flat' && isMoneyUnit(fact.unit) && /^(财政拨款)?(预算)?(收支|收入|支出)(预算|安排|总计|合计)?$|^预算收支/.test(normalizeText(fact.label)),
  );
  // The whole's own change first; a Shanghai disclosure states it only for 财政拨款收入, the part that is the whole
  // when the unit has no other income.
  const own = (fact: Fact) => Number(!normalizeText(fact.label).startsWith('财政拨款'));
  // Spending asked (支出预算是多少) is read from the spending sentence's change, income from the income one's.
  const spending = asksSpending(input);
  const kind = (fact: Fact) => Number(spending ? /支出/.test(fact.label) : /收入/.test(fact.label));
  const ordered = [...candidates].sort(
    (left, right) =>
      Number(earlier.includes(right.basePeriod as number)) - Number(earlier.includes(left.basePeriod as number)) || kind(right) - kind(left) || own(right) - own(left),
  );
  for (const change of ordered) {
    const level = document.facts.find((fact) => fact.kind === 'value' && fact.source.blockId === change.source.blockId && normalizeText(fact.label) === normalizeText(change.label));
    if (level) return { level, change };
  }
  return undefined;
}

/** The money asked about is spent (支出, 花, spending) rather than received: the whole to use is the spending total. */
function asksSpending(input: ExecuteInput): boolean {
  return /(支出|花|用于|spend|spent|spending|expenditure)/i.test(`${input.question} ${input.hintText ?? ''}`);
}

/** The document's overall total: its largest stated income (or spending) total for its own year. */
function overallTotal(document: ParsedDocument, spending: boolean): Fact | undefined {
  const totals = document.facts
    .filter((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && !fact.partOf && fact.period !== '上年' && (spending ? /支出/ : /收入/).test(fact.label))
    .sort((left, right) => compareDecimals(convertUnit(valueOf(right), right.unit, '元') ?? valueOf(right), convertUnit(valueOf(left), left.unit, '元') ?? valueOf(left)) || Number(left.origin !== 'prose') - Number(right.origin !== 'prose'));
  return totals[0] ? proseTwin(totals[0], document) : undefined;
}

/** "信访局今年预算是多少", "How much money does X have?": nothing named but the budget itself. */
function asksWholeBudget(input: ExecuteInput): boolean {
  // "the travel budget" rendered as 预算 plus a dictionary word is about travel, not the whole budget; a dictionary
  // word of the unit's own name (Putuo -> 普陀) says nothing about the measure.
  const unitName = normalizeText(`${input.document.meta.unit}${input.document.meta.title}`);
  // (A one-character rendering, 那 of "that", 先 of "earlier", 报 of "reports", names nothing: the dictionary's
  // renderings of things are words of two characters or more, 旅行 of "travel".)
  if (input.looseTerms?.some((term) => Array.from(term).length >= 2 && !unitName.includes(normalizeText(term)))) return false;
  // "2025年的预算比上一年少了不少，那2024年的预算是多少": what is asked after the premise says which measure.
  // "…2023年的预算一共是多少钱？我手上只有2024年的材料，里面说比上一年少了一点。": reasoning after the question asks
  // nothing and names no measure.
  // "How much money does Wanli Street get": a word of the unit's own name left by the rendering (街道) names no measure.
  const content = questionContent(withoutPremise(withoutReasoning(input.question).asked))
    .split(/[|\s]+/)
    .filter((word) => !(Array.from(word).length >= 2 && unitName.includes(normalizeText(word))))
    .join('');
  if (!/(预算|钱|经费|资金|总额|budget|money|fund)/i.test(`${input.question} ${input.hintText ?? ''}`)) return false;
  // …and so does one character a shortened name leaves (区 of 区政府办公室 once 政府办公室 is taken out).
  const left = Array.from(content.replace(wholeBudgetWords, '').replace(/[\s|]/g, ''));
  return left.length === 0 || (left.length === 1 && /[区市县镇局委办街]/.test(left[0]!) && unitName.includes(left[0]!));
}

// "政府采购预算里，给房租安排了多少钱": a frame (a budget, a table, a kind of spending) and, after it, the item asked.
const lookupFrame = /^(.*?(?:预算|支出|经费|资金|采购|收入|总表|表格|表|项目))(?:里面|里头|里|当中|之中|中)[，,]?\s*(.+)$/;

/**
 * An item asked within a frame the question names first: the frame's own total matches best by its words
 * (政府采购预算 789.83万元), but the item (房租 -> 市联合接访中心办公用房租赁经费 375.00) is a figure stated within it,
 * in a table or section the frame's words name. Only the item's words rank the figures of that frame.
 */
function itemInFrame(input: ExecuteInput, ranked: RankedFact[]): RankedFact | undefined {
  const frame = lookupFrame.exec(input.question);
  const leader = ranked[0];
  if (!frame || !leader || !questionContent(frame[2]!)) return undefined;
  // "廊坊市信访局2022年的预算里，这栋楼一年的租金…": a frame naming only the unit's budget of a year is the document
  // itself; the item is read on its own, among all the document's figures, when the leader is matched by the frame's
  // words alone.
  // ("有自媒体说…政府采购预算超过了5000万元，我们想核实：2024年部门预算里写的政府采购预算…": the frame is the clause
  // holding 里, not the claim before it.)
  const frameClause = frame[1]!.split(/[，,。：:；;？?！!]/).pop() ?? frame[1]!;
  const itemBigrams = questionBigrams(frame[2]!);
  if (namesOnlyTheDocument(frameClause.trim(), input.document.meta.unit) && ![...leader.match.matchedBigrams].some((bigram) => itemBigrams.has(bigram))) {
    const itemRanked = rank(input, frame[2]!, input.document.facts.filter((fact) => fact.kind === 'value'), { documentYear: input.document.meta.year, hintText: input.hintText, alternate: input.expand?.(frame[2]!) });
    // (A short item, 租金, covers little of a long label: the figure that leads clearly is still the one named.)
    const first = itemRanked[0];
    const rival = first && itemRanked.find((candidate) => !sameFigure(candidate.fact, first.fact));
    // (Matched by a word of its own, not only by words money lines share: 补贴 of 老年助餐补贴 names no line.)
    const namedByOwnWord = (candidate: RankedFact | undefined) => candidate !== undefined && [...candidate.match.matchedBigrams].some((bigram) => !sharedLabelBigrams.has(bigram) && !genericMoneyBigrams.has(bigram));
    const leads = first && first.match.questionCoverage >= 0.25 && (!rival || first.score - rival.score >= 0.1 || (first.score > rival.score && first.match.questionCoverage >= 2 * rival.match.questionCoverage)) ? first : undefined;
    const own = bestFact(itemRanked) ?? abbreviatedMeasure(frame[2]!, itemRanked) ?? leads;
    return own && namedByOwnWord(own) && !sameFigure(own.fact, leader.fact) ? own : undefined;
  }
  // A leader that explains most of the question is what is asked, frame or not.
  if (leader.match.questionCoverage >= 0.5) return undefined;
  const frameBigrams = [...questionBigrams(frameClause)].filter((bigram) => /^[\u4e00-\u9fa5]{2}$/.test(bigram));
  if (frameBigrams.length < 2) return undefined;
  // The leader must be the frame itself: its label matched by the frame's words, not by the item's.
  if ([...leader.match.matchedBigrams].some((bigram) => itemBigrams.has(bigram) && !frameBigrams.includes(bigram))) return undefined;
  const within = input.document.facts.filter((fact) => {
    if (fact.kind !== 'value' || fact === leader.fact) return false;
    const context = contextBigramsOf([...(fact.context ?? []), ...fact.section], fact.tableTitle ?? '');
    return frameBigrams.filter((bigram) => context.has(bigram)).length >= Math.min(frameBigrams.length, 2) + (frameBigrams.length > 3 ? 1 : 0);
  });
  const item = rank(input, frame[2]!, within, { documentYear: input.document.meta.year });
  // Within the frame a word of the item's own (房租 of 办公用房租赁经费) names one figure, when no other figure there
  // shares an item word as well.
  const named = item.filter((candidate) => [...candidate.match.matchedBigrams].some((bigram) => itemBigrams.has(bigram) && !frameBigrams.includes(bigram)));
  const best = bestFact(item) ?? abbreviatedMeasure(frame[2]!, item) ?? (named.length && named.every((candidate) => sameFigure(candidate.fact, named[0]!.fact)) ? named[0] : undefined);
  return best && !sameFigure(best.fact, leader.fact) ? best : undefined;
}

/** Whether a frame (…的预算) names nothing but the unit (any run of its name), a year and its budget. */
function namesOnlyTheDocument(frame: string, unit: string): boolean {
  const characters = Array.from(normalizeText(frame));
  const name = normalizeText(unit);
  let rest = '';
  for (let start = 0; start < characters.length; ) {
    let end = start;
    while (end < characters.length && name.includes(characters.slice(start, end + 1).join(''))) end += 1;
    if (end - start >= 2) start = end;
    else {
      rest += characters[start];
      start += 1;
    }
  }
  return rest.replace(/(?:19|20)?\d{2}年度?|今年|本年|的|部门|单位|整体|全部|总|预算|里面|里|中|在/gu, '') === '';
}

/** Measures a budget disclosure seldom states, by the Chinese word its label would hold. */
const unstatedMeasures: Array<[RegExp, string]> = [
  [/投资|\binvestments?\b|\binvested\b/i, '投资'],
  [/造价|\bconstruction cost\b/i, '造价'],
  // A contract's price (合同价, 中标价) is no budget line: the disclosure states what is budgeted, not what was awarded.
  [/合同价|合同金额|中标价|中标金额|成交价|\bcontract (?:price|value|sum|amount)\b|\bwinning bid\b/i, '合同'],
  [/奖金|\bbonus(?:es)?\b/i, '奖金'],
  [/利润|盈利|\bprofits?\b/i, '利润'],
  [/贷款|\bloans?\b/i, '贷款'],
  [/债务|\bdebts?\b/i, '债务'],
  [/捐款|捐赠|\bdonations?\b/i, '捐'],
];

// "How much of its procurement budget is reserved for small firms?": a disclosure that never states a reserved share
// (预留 nowhere in it) answers with no other figure; one that does may state it in a column (2022年预留中小微企业份额).
// ("reserve part of its 2025 government procurement budget for small and medium-sized enterprises" says it too.)
const reservedShareAsked = /预留|\b(?:reserve[sd]?|reserving|set(?:s|ting)? aside|earmark(?:s|ed|ing)?)\b[^?.!]{0,60}?\bfor\s+(?:small|smes?\b|micro)/i;
const statesReservedShare = new WeakMap<ParsedDocument, boolean>();

function reservedShareUnstated(input: ExecuteInput): boolean {
  // (An English question is read in its own words: its rendering turns "set aside" into 预留 whatever follows.)
  const asked = input.hintText && detectLanguage(input.hintText) === 'en' ? input.hintText : input.question;
  if (!reservedShareAsked.test(asked)) return false;
  let states = statesReservedShare.get(input.document);
  if (states === undefined) {
    states =
      input.document.facts.some((fact) => [fact.label, ...(fact.context ?? [])].join('').includes('预留')) ||
      input.document.blocks.some((block) => (block.kind === 'table' ? JSON.stringify(block.table) : block.text).includes('预留'));
    statesReservedShare.set(input.document, states);
  }
  return !states;
}

/**
 * "我家亲戚去过…联合接访中心，听说那栋楼是租来的。光租这个接访中心的办公楼要花多少钱？": sentences told before the one
 * that asks dilute how much of the question a label explains; when the whole question singles out no figure, the
 * asking sentence alone may.
 */
function askingSentenceFact(input: ExecuteInput, ranked: RankedFact[]): RankedFact | undefined {
  const sentences = questionSentences(input.question, 'zh').map((sentence) => sentence.trim()).filter((sentence) => questionContent(sentence));
  const leader = ranked[0];
  if (sentences.length < 2 || !leader || leader.fact.kind !== 'value') return undefined;
  const asking = sentences[sentences.length - 1];
  const askingRanked = rank(input, asking, input.document.facts, { hintText: input.hintText, documentYear: input.document.meta.year, alternate: input.expand?.(asking) });
  const own = bestFact(askingRanked);
  if (own) return own.fact.kind === 'value' ? own : undefined;
  // The whole question names the line (联合接访中心 in the story) and the asking sentence explains itself by it: both
  // readings lead with the same figure.
  const askingLeader = askingRanked[0];
  const agree = askingLeader && sameFigure(askingLeader.fact, leader.fact) && askingLeader.match.questionCoverage >= 0.3 && leader.match.labelCoverage >= 0.4;
  return agree ? leader : undefined;
}

/** The noun an average is taken over, in the documents' words: "each project" -> 项目, 每个单位 -> 单位. */
function countedNounWord(asking: string): string | undefined {
  const english = /\b(?:per|each|every)\s+(project|unit|car|vehicle|person|staff member|employee)s?\b/i.exec(asking)?.[1]?.toLowerCase();
  if (english) return { project: '项目', unit: '单位', car: '车', vehicle: '车', person: '人', 'staff member': '人', employee: '人' }[english];
  return /每(?:个|一个|项|辆|家)(项目|单位|车)/.exec(asking)?.[1];
}

/** A figure the asset table states: what things stand at (价值 of 车辆), not money budgeted for a year. */
function stockValue(fact: Fact): boolean {
  return /价值|原值|账面/.test(`${fact.source.column ?? ''}${fact.label}`) || /资产/.test(fact.tableTitle ?? '');
}

/** The first asset-table value cell in money whose label the question names whole, scoring at least `floor`. */
function stockWorthCell(ranked: RankedFact[], floor = -Infinity): RankedFact | undefined {
  return ranked.find((candidate) => candidate.fact.kind === 'value' && stockValue(candidate.fact) && isMoneyUnit(candidate.fact.unit) && candidate.match.labelCoverage >= 0.999 && candidate.score >= floor);
}

/** "what were the cars worth", "账面价值": a stock's value is asked, not a flow of money. */
function asksStockWorth(input: ExecuteInput): boolean {
  // (Read in the asker's own words: an English rendering of "cars on its books" may say 价值 without asking it.)
  const english = input.hintText !== undefined && detectLanguage(input.hintText) === 'en';
  return english ? /\b(?:worth|book value|valued at)\b/i.test(input.hintText!) : /(价值|值多少|原值|账面)/.test(input.question);
}

function unstatedMeasure(text: string): string | undefined {
  return unstatedMeasures.find(([pattern]) => pattern.test(text))?.[1];
}

function lookup(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult {
  const { document, reading } = input;
  // A project named with no figure of its own asked (社区公共服务中心新建工程今年预算多少钱): its year's schedule.
  const schedule = reading.wantsNumber ? projectSchedule(input, ranked) : undefined;
  // ("…how much money is scheduled to be paid out in each quarter of 2025?": one quarter's, the schedule's mean.)
  // (Not "每个季度的用款计划加起来一共多少": the quarters summed.)
  const asked = `${input.question} ${input.hintText ?? ''}`;
  const perQuarter = schedule && /(每个?季度|各季度|each quarter|per quarter|a quarter|every quarter)/i.test(asked) && !/(加起来|加在一起|一共|合计|总共|总计|全年|全部|in total|altogether|add(?:s|ed)? up|combined|together|whole year|for the year|sum)/i.test(asked) ? averagePerPeriod(input, ranked) : undefined;
  if (perQuarter) return perQuarter;
  if (schedule) {
    // ("…paid out on that building in the first quarter?": one quarter named is that quarter's figure, looked up with
    // no schedule sought again.)
    const quarters = inNamedQuarters(input, schedule);
    return quarters.length === 1 ? lookup({ ...input, reading: { ...reading, wantsNumber: false } }, [{ fact: quarters[0]!, score: 1, match: { score: 1, labelCoverage: 1, questionCoverage: 1, matchedBigrams: new Set() } }]) : sumOf(input, quarters);
  }
  // "The maximum rent per square metre per day": a stated rate, when the best label match is not one.
  if (!ranked[0]?.fact.unit.includes('/') || !bestFact(ranked)) {
    const rate = statedRate(input);
    if (rate && rate !== ranked[0]) ranked = [rate];
  }
  if (asksWholeBudget(input)) {
    const spending = asksSpending(input);
    const whole = overallTotal(document, spending) ?? overallTotal(document, !spending);
    if (whole) ranked = [{ fact: whole, score: 1, match: { score: 1, labelCoverage: 1, questionCoverage: 1, matchedBigrams: new Set() } }];
  }
  // "What were those vehicles worth at the end of 2021?": worth is where a stock stands (the asset table's 价值 column),
  // not a year's spending on the same things (公务用车运维费), when a value cell names the thing whole.
  const worth = asksStockWorth(input) ? stockWorthCell(ranked, (ranked[0]?.score ?? 0) - 0.4) : undefined;
  if (worth && worth !== ranked[0]) ranked = [worth, ...ranked.filter((candidate) => candidate !== worth)];
  // "In the procurement table, what is the budget line for renting office space…": a line of the table the English
  // question names, explaining a fair part of the question and scoring about as well, is read there.
  const tabled = input.tableNamed
    ? ranked.find((candidate) => candidate.fact.origin === 'table' && candidate.fact.kind === 'value' && normalizeText(candidate.fact.tableTitle ?? '').includes(normalizeText(input.tableNamed!)) && candidate.match.questionCoverage >= 0.3 && candidate.score >= (ranked[0]?.score ?? 0) - 0.2)
    : undefined;
  if (tabled && tabled !== ranked[0]) ranked = [tabled, ...ranked.filter((candidate) => candidate !== tabled)];
  // "那几辆公车，运行维护的钱，预算安排了多少": money arranged for a year is a flow; what the cars stand at in the asset
  // table (车辆 96.83) answers it only when worth or assets are asked. A line that explains more of the question and
  // scores about as well is asked.
  const leading = ranked[0];
  if (!worth && leading && stockValue(leading.fact) && !/(资产|asset)/i.test(`${input.question} ${input.hintText ?? ''}`)) {
    const flow = ranked.find((candidate) => candidate.fact.kind === 'value' && !stockValue(candidate.fact) && isMoneyUnit(candidate.fact.unit) && candidate.score >= leading.score - 0.15 && candidate.match.questionCoverage >= leading.match.questionCoverage + 0.2);
    if (flow) ranked = [flow, ...ranked.filter((candidate) => candidate !== flow)];
  }
  // "支出总表里…“事业运行”那一行，基本支出那一栏": a table's cell asked for is read from the table, when a cell
  // matches about as well as the sentence stating the line's whole.
  // Among close cells, the row the question names whole (城乡社区管理事务那一行) beats a sub-line with words it lacks
  // (其他…支出).
  // "城乡社区管理事务下的行政运行（2120101）这一项，项目支出是多少": a row named by its code is that row, among the rows
  // of the same name under other classes.
  const coded = rowsNamedByCode(input.hintText ?? input.question, document);
  // A row named by its code alone is what is asked, whatever frame or use the rest of the question names.
  let codedLead: RankedFact | undefined;
  if (coded.size) {
    const inRow = ranked.filter((candidate) => coded.has(`${candidate.fact.source.blockId}:${candidate.fact.source.row}`));
    if (inRow.length) {
      ranked = [...inRow, ...ranked.filter((candidate) => !inRow.includes(candidate))];
      // (A catalogue code, C0209, names one row of one table and nothing else in the question does.)
      // Its first figure (the row's amount, before the columns that split it) answers.
      if (new Set(inRow.map((candidate) => `${candidate.fact.source.blockId}:${candidate.fact.source.row}`)).size === 1 && !codesIn(input.hintText ?? input.question).length) {
        codedLead = [...inRow].sort((left, right) => document.facts.indexOf(left.fact) - document.facts.indexOf(right.fact))[0];
      }
    } else {
      // "采购目录序号为C0209的那一项": a row named only by its code shares no words with the question; its first
      // figure (the amount the row states) answers, unless the question's words name one of its columns.
      const rowFacts = document.facts.filter((fact) => fact.kind === 'value' && coded.has(`${fact.source.blockId}:${fact.source.row}`));
      const byColumn = rank(input, input.question, rowFacts, { documentYear: document.meta.year });
      const first = byColumn[0] ?? (rowFacts[0] && { fact: rowFacts[0], score: 0.5, match: { score: 0.5, labelCoverage: 1, questionCoverage: 0.5, matchedBigrams: new Set<string>() } });
      if (first && new Set(rowFacts.map((fact) => fact.source.blockId)).size === 1) {
        ranked = [first, ...ranked];
        codedLead = first;
      }
    }
  }
  // A classification code naming one of the document's rows (2150899, 215 08 99) asks that row: codes stand only in
  // the tables.
  const cellAsked = asksTableCell(input) || coded.size > 0;
  if (cellAsked && ranked[0]) {
    const top = ranked[0].score;
    const close = ranked.filter((candidate) => candidate.fact.origin === 'table' && candidate.fact.kind === 'value' && candidate.score >= top - 0.05);
    const cell = close.find((candidate) => candidate.match.labelCoverage >= 0.999) ?? (ranked[0].fact.origin !== 'table' ? close[0] : undefined);
    if (cell && cell !== ranked[0]) ranked = [cell, ...ranked.filter((candidate) => candidate !== cell)];
  }
  // "一般公共服务支出的公用经费": among the cells of the leading row scored alike, the one whose column the question
  // also names (its words explain more of the question) is the cell asked, not the row's total column.
  const leader = ranked[0];
  if (leader && leader.fact.origin === 'table' && leader.fact.source.row !== undefined) {
    const rowCells = ranked.filter(
      (candidate) =>
        candidate.fact.source.blockId === leader.fact.source.blockId &&
        candidate.fact.source.row === leader.fact.source.row &&
        candidate.fact.kind === leader.fact.kind &&
        candidate.score >= leader.score - 0.05,
    );
    const named = rowCells.reduce((best, candidate) => (candidate.match.questionCoverage > best.match.questionCoverage ? candidate : best), leader);
    // ("…isn't all basic expenditure — how much sits in the project-expenditure column?": the column named as a column.)
    const column = input.columnNamed && ranked.find((candidate) => candidate.fact.source.blockId === leader.fact.source.blockId && candidate.fact.source.row === leader.fact.source.row && normalizeText(columnName(candidate.fact) ?? '') === normalizeText(input.columnNamed!));
    if (column && column !== leader) ranked = [column, ...ranked.filter((candidate) => candidate !== column)];
    else if (named !== leader && named.match.questionCoverage >= leader.match.questionCoverage + 0.05) ranked = [named, ...ranked.filter((candidate) => candidate !== named)];
  }
  // "城乡社区管理事务下的“行政运行”那一行": a row named under its parent row is that part, not the parent the question
  // also names in full.
  const part = ranked[0] ? namedPartUnder(input, ranked[0].fact) : undefined;
  if (part) ranked = [{ ...ranked[0]!, fact: part }, ...ranked.slice(1).filter((candidate) => candidate.fact !== part)];
  const framed = itemInFrame(input, ranked);
  if (framed) ranked = [framed, ...ranked.filter((candidate) => candidate !== framed)];
  // "用于标准化菜场及副食品行业管理的那笔钱": money named by the use its sentence states is that sentence's line, when
  // the stated use repeats most of what the question says it is for.
  // "在标准化菜场和副食品行业管理上安排了多少钱" names it by where it is spent.
  const use = namedUseOf(input.hintText ?? input.question);
  const byUse = use && Array.from(use).length >= 4 ? purposeFact({ ...input, question: use, expandedQuestion: use }, Math.min(6, Array.from(use).length - 1)) : undefined;
  // A use its sentence states in four characters or more of the question's words (标准化菜场) names the line more
  // surely than the passage retrieval favours.
  // "弄菜市场、管副食品行业这块，预算有多少钱": a label matched by a generic word alone (预算数 of 收入总计) explains
  // little of the question; a stated use the question repeats in four characters or more (副食品行业) says more.
  const credible = bestFact(ranked);
  const weak = credible !== undefined && credible.match.questionCoverage < 0.15 ? purposeFact(input, 4) : undefined;
  const found = codedLead ?? worth ?? tabled ?? framed ?? byUse ?? weak ?? credible ?? askingSentenceFact(input, ranked) ?? purposeFact(input, 4) ?? retrievedFact(ranked) ?? purposeFact(input);
  if (!found) return notFound('no_matching_fact', document.facts, input.question);
  // "一共有多少在编工作人员？预算里人员经费两千多万…": people counted are never answered with money.
  const wantedUnit = impliedUnits(`${input.question} ${input.hintText ?? ''}`);
  if (wantedUnit && isMoneyUnit(found.fact.unit) && wantedUnit(found.fact.unit) <= 0 && wantedUnit('人') > 0) return notFound('no_matching_fact', document.facts, input.question);
  // "租赁合同是哪一年签的、一共租几年": a year or a number of years is asked; a floor count (8层) or money is no answer.
  // (这几年, 近几年 tell when, and ask no number of years.)
  if (/(?:哪一?年|(?<![这那近前头后])几年|多少年)(?!度|的|[\d])/.test(input.question) && found.fact.unit !== '年') return notFound('no_matching_fact', document.facts, input.question);
  // "How many trips does the budget say that money covers?": a count whose label matched only words every line
  // shares (预算 of 预算单位 1个) counts something else.
  const matched = [...found.match.matchedBigrams];
  if (!isMoneyUnit(found.fact.unit) && matched.length > 0 && matched.every((bigram) => sharedLabelBigrams.has(bigram))) return notFound('no_matching_fact', document.facts, input.question);
  // "…2025年预算里给老年助餐、社区食堂补贴了多少钱", "下面的社区事务受理服务中心…它自己单独的预算": the whole budget,
  // matched by 预算 alone, is no answer for a thing the question names in words the document also uses.
  if (isMoneyUnit(found.fact.unit) && wholeBudgetLabel.test(normalizeText(found.fact.label)) && matched.every((bigram) => bigram === '预算') && !asksWholeBudget(input)) {
    const paragraphs = normalizedParagraphs(document);
    const named = questionContent(input.question)
      .split('|')
      .map((word) => normalizeText(word).replace(/预算|多少|是多少|一共|总共|今年|自己|单独/gu, ''))
      // (A table's name, 财务收支预算总表, says where the figure is read, and names no thing.)
      // (Nor do the found line's own words, 收入 of 收入总计, or the unit's, 街道.)
      .filter((word) => !/表$/u.test(word) && !tableTitlesOf(document).some((title) => title.includes(word)) && !normalizeText(found.fact.label).includes(word) && !normalizeText(document.meta.unit).includes(word))
      .filter((word) => Array.from(word).length >= 2 && /^[\u4e00-\u9fa5]+$/u.test(word) && paragraphs.some((text) => longestCommonRun(Array.from(word), Array.from(text)) >= 2));
    if (named.length > 0) return notFound('no_matching_fact', document.facts, input.question);
  }
  // "社区公共服务中心新建工程总投资多少": a measure disclosures rarely state (investment, bonus, profit) must be the
  // figure's own, or the figure answers something else.
  const measure = unstatedMeasure(`${input.question} ${input.hintText ?? ''}`);
  if (measure && !normalizeText([found.fact.label, ...(found.fact.context ?? [])].join('')).includes(measure)) {
    return notFound('no_matching_fact', document.facts, input.question, measure);
  }
  if (reservedShareUnstated(input)) return notFound('no_matching_fact', document.facts, input.question, '预留');
  // "公务接待费安排了1万元，那每次接待的标准是多少钱？": a standard per occasion is a rate; a year's sum is no answer,
  // unless the found figure is itself a rate or a standard (住宿费标准 500元/天).
  const perOccasion = /每(?:次|批|场|人次|餐|桌)[^，,。？?]{0,8}?标准|标准[^，,。？?]{0,4}每(?:次|批|场|人次|餐|桌)|\b(?:standard|rate|limit|cap)\b[^?.]{0,30}\bper (?:visit|occasion|reception|meal|banquet|event|guest)\b/i;
  if (perOccasion.test(`${input.question} ${input.hintText ?? ''}`) && !found.fact.unit.includes('/') && !/标准|每|均/.test(found.fact.label)) {
    return notFound('no_matching_fact', document.facts, input.question, '标准');
  }
  // “区政府督查及建议提案工作业务经费”项目安排了多少: a project quoted by the name of its own section, which states no
  // figure, is not answered by a figure elsewhere (the unit's whole budget).
  const quotedProject = quotedSectionWithoutFigures(input);
  if (quotedProject && found.fact.section[0] !== quotedProject) return notFound('no_matching_fact', document.facts, input.question, quotedProject);
  // "为落实粮食社会责任储备单独安排了多少预算资金": a duty named in the words of the unit's duties section alone has no
  // money of its own in the disclosure.
  const duty = isMoneyUnit(found.fact.unit) ? dutyNamedOnlyInFunctions(input.question, document) : undefined;
  if (duty) return notFound('no_matching_fact', document.facts, input.question, duty);
  // "how much of project spending is 30227 commissioned services": a disclosure breaks down by economic class only its
  // basic spending (…基本支出…经济分类预算表); a line of it asked of project spending is not stated.
  if (found.fact.tableTitle && /基本支出/.test(found.fact.tableTitle) && /经济分类/.test(found.fact.tableTitle) && /项目支出|项目经费/.test(input.question) && !/基本支出/.test(input.question)) {
    return notFound('no_matching_fact', document.facts, input.question, '项目支出经济分类');
  }
  // "机关运行经费…请提供其中办公用房取暖费的具体预算金额": one of the uses the line's sentence lists has no figure of its own.
  const stating = found.match.labelCoverage >= 0.6 && isMoneyUnit(found.fact.unit) ? proseTwin(found.fact, document) : undefined;
  const statingBlock = stating?.origin === 'prose' ? document.blocks.find((block) => block.id === stating.source.blockId) : undefined;
  const listedUse = statingBlock?.kind === 'paragraph' ? useListedOnly(input.question, stating!.label, statingBlock.text, labelBigramsOf(document), input.hintText && detectLanguage(input.hintText) === 'en' ? input.hintText : undefined) : undefined;
  if (listedUse) {
    // The refusal says where the use does stand: among the uses of a line whose figure is stated.
    return { ...notFound('no_matching_fact', document.facts, input.question, listedUse), listedIn: { use: listedUse, line: stating!.label, display: `${stating!.text}${stating!.unit}` } };
  }
  const best = namedPart(found, ranked, input.hintText ?? input.question) ?? found;
  // The same figure stated in a sentence and in a table: the sentence is quotable and cited first, the table row
  // second (the document's own words, then its ledger).
  const fact = twinInWantedUnit(best.fact, document, reading) ?? (cellAsked ? best.fact : proseTwin(best.fact, document));
  const linked = (fact.sameAs ?? []).map((id) => document.facts.find((candidate) => candidate.id === id)).filter((candidate): candidate is Fact => candidate !== undefined);
  const conflicts = (fact.conflictsWith ?? []).map((id) => document.facts.find((candidate) => candidate.id === id)).filter((candidate): candidate is Fact => candidate !== undefined);
  if (fact.kind === 'change') return changeResult(input, fact);
  const unit = targetUnit(fact, reading);
  const value = operand(fact, unit);
  // A cell asked for by its row and column is named by both: 事业运行（基本支出）.
  const column = fact.origin === 'table' && cellAsked ? columnName(fact) : undefined;
  return numeric({
    intent: 'lookup',
    subject: column && column !== measureName(fact) ? `${measureName(fact)}（${column}）` : measureName(fact),
    value: value.value,
    unit,
    comparator: fact.comparator,
    period: fact.period ?? document.meta.year ?? undefined,
    asOf: countedAsOf(fact),
    operands: [value],
    formula: unit !== fact.unit ? `${fact.text}${fact.unit} ${compareDecimals(convertUnit(valueOf(fact), fact.unit, unit) ?? value.value, value.value) === 0 ? '=' : '≈'} ${show(value.value)}${unit}` : undefined,
    checks: [
      ...checksFor(fact, document.facts),
      ...linked.slice(0, 1).map((other) => ({ ok: true, message: `${fact.label}: 正文与表格一致（${fact.text}${fact.unit} = ${other.text}${other.unit}）` })),
      ...conflicts.map((other) => ({ ok: false, message: `${fact.label}: 正文${fact.text}${fact.unit}与${other.tableTitle ?? '表格'}${other.text}${other.unit}不一致` })),
    ],
    facts: [fact, ...linked.slice(0, 1), ...conflicts, ...partsOf(fact, document.facts)],
  });
}

/** A document's top-level headings in order, normalised, with whether any figure stands under each; built once. */
const topHeadingsCache = new WeakMap<ParsedDocument, Array<{ heading: string; normalized: string; figureless: boolean }>>();

function topHeadings(document: ParsedDocument): Array<{ heading: string; normalized: string; figureless: boolean }> {
  let headings = topHeadingsCache.get(document);
  if (!headings) {
    const withFigures = new Set(document.facts.filter((fact) => fact.kind === 'value').map((fact) => fact.section[0]));
    headings = [...new Set(document.blocks.map((block) => block.path[0] ?? ''))].map((heading) => ({ heading, normalized: normalizeText(heading), figureless: !withFigures.has(heading) }));
    topHeadingsCache.set(document, headings);
  }
  return headings;
}

/** A document's headings below the top level, normalised, with whether any money is stated under each; built once. */
const innerHeadingsCache = new WeakMap<ParsedDocument, Array<{ heading: string; normalized: string; moneyless: boolean }>>();

function innerHeadings(document: ParsedDocument): Array<{ heading: string; normalized: string; moneyless: boolean }> {
  let headings = innerHeadingsCache.get(document);
  if (!headings) {
    const withMoney = new Set(document.facts.filter((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit)).flatMap((fact) => fact.section.slice(1)));
    const names = new Set(document.blocks.flatMap((block) => block.path.slice(1)));
    headings = [...names].map((heading) => ({ heading, normalized: normalizeText(heading), moneyless: !withMoney.has(heading) }));
    innerHeadingsCache.set(document, headings);
  }
  return headings;
}

/**
 * The top-level heading a quoted name of six characters or more stands in, when no figure is stated under it; or the
 * project section (…项目经费情况说明) whose own name the question repeats in four characters or more (督查及建议提案,
 * or 建议提案 from "the project for … suggestions and proposals"), when that section states no figure.
 */
function quotedSectionWithoutFigures(input: ExecuteInput): string | undefined {
  const headings = topHeadings(input.document);
  for (const quote of `${input.hintText ?? input.question}`.matchAll(/[“"‘「\[【]([^”"’」\]】]{6,40})[”"’」\]】]/g)) {
    const name = normalizeText(quote[1]!);
    const holder = headings.find((heading) => heading.normalized.includes(name));
    if (holder?.figureless) return holder.heading;
    // "[劳务派遣专项经费]": a heading further down (2.劳务派遣专项经费绩效目标表) under which no money is stated.
    const inner = innerHeadings(input.document).find((heading) => heading.normalized.includes(name));
    // (A line of that name with money elsewhere, 租赁经费 in the procurement table, is the answer.)
    const stated = () => input.document.facts.some((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && (normalizeText(fact.label).includes(name) || normalizeText(fact.source.quote ?? '').includes(name)));
    if (inner && !holder && inner.moneyless && !stated()) return inner.heading;
  }
  const asked = [input.question, input.expandedQuestion ?? ''].map((text) => Array.from(normalizeText(text)));
  for (const { heading, normalized, figureless } of headings) {
    if (!figureless) continue;
    const name = normalized.replace(/(?:业务)?(?:经费)?项目(?:经费)?情况说明$/u, '');
    if (name === normalized || Array.from(name).length < 4) continue;
    if (asked.some((characters) => longestCommonRun(characters, Array.from(name)) >= 4)) return heading;
  }
  return undefined;
}

const countedOn = new RegExp(`截至\\s*${chineseFullDate.source}`);

/** 截至2024年8月31日…共有车辆8辆: the day the sentence stating the figure counts it on. */
function countedAsOf(fact: Fact): NumericResult['asOf'] {
  const figure = `${fact.text}${fact.unit}`;
  const sentence = (fact.source.quote ?? '').split(/[。；;]/).find((candidate) => candidate.includes(figure));
  const date = sentence && countedOn.exec(sentence);
  return date ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } : undefined;
}

function changeResult(input: ExecuteInput, change: Fact): NumericResult {
  const unit = targetUnit(change, input.reading);
  const value = operand(change, unit);
  return numeric({
    intent: 'change',
    subject: namedWithLine(change),
    value: value.value,
    unit,
    operands: [value],
    facts: [change],
    direction: change.direction,
    basePeriod: change.basePeriod,
    checks: basePeriodChecks(change, input.document.meta.year),
  });
}

function basePeriodChecks(change: Fact, documentYear: number | null): Check[] {
  if (typeof change.basePeriod !== 'number' || !documentYear) return [];
  const expected = documentYear - 1;
  if (change.basePeriod === expected) return [];
  return [
    {
      ok: false,
      message: `文件将${documentYear}年与${change.basePeriod}年比较，而不是与上年（${expected}年）比较；上年数按文件所述推算。`,
    },
  ];
}

/** The stated change that belongs to a level fact: same measure, kind change. */
function changeFor(input: ExecuteInput, question: string, level: Fact, facts: Fact[], documentYear: number | null): Fact | undefined {
  const changes = rank(input, level.label, facts.filter((fact) => fact.kind === 'change'), { kind: 'change', documentYear });
  // A label that only says what kind of figure it is (预算执行数) names a line only in its own paragraph: there, the
  // change beside it; elsewhere, another line's.
  const exacts = changes.filter((candidate) => normalizeText(candidate.fact.label) === normalizeText(level.label));
  const exact = exacts.find((candidate) => candidate.fact.source.blockId === level.source.blockId) ?? (namesKindOnly(level.label) ? undefined : exacts[0]);
  if (exact) return exact.fact;
  const fromQuestion = bestFact(rank(input, question, facts.filter((fact) => fact.kind === 'change'), { kind: 'change', documentYear }), 0.6);
  // "2023年的办公费预算是多少": a change stated of another line (三公经费) is no change of 办公费, whose own words its
  // sentence never writes.
  // (Only the words that name the line itself: 支出总计, 财政拨款收入 name a whole any change sentence may word otherwise.)
  const levelWords = characterBigrams(normalizeText(level.label).replace(/一般公共预算|财政拨款|预算|支出|收入|经费|资金|合计|总计|小计|本年|年度|部门|单位/g, '|')).filter((bigram) => !bigram.includes('|'));
  // (A change labelled only by its kind, 预算执行数, carries the line its paragraph named as context.)
  const aboutLevel = (change: Fact) => levelWords.length === 0 || levelWords.some((bigram) => normalizeText(`${change.label}${change.source.quote ?? ''}${(change.context ?? []).join('')}`).includes(bigram));
  if (fromQuestion && aboutLevel(fromQuestion.fact)) return fromQuestion.fact;
  // 收入预算 9101.68 of which 财政拨款收入 9101.68 "比2024年预算减少2389.52": a part as large as the whole changes as
  // the whole does, so its stated change is the whole's.
  const levelValue = convertUnit(valueOf(level), level.unit, '元');
  return facts.find((candidate) => {
    if (candidate.kind !== 'change' || candidate.source.blockId !== level.source.blockId) return false;
    const twin = facts.find((fact) => fact.kind === 'value' && normalizeText(fact.label) === normalizeText(candidate.label) && fact.source.blockId === candidate.source.blockId);
    const twinValue = twin ? convertUnit(valueOf(twin), twin.unit, '元') : undefined;
    return Boolean(levelValue && twinValue && compareDecimals(levelValue, twinValue) === 0);
  });
}

/**
 * "搞普查的钱比2023年实际花的少了多少": the measure's own paragraph states the earlier year's figure
 * (2023年当年预算执行数为60.13万元) beside this year's; the two are the pair whose difference is asked.
 */
function paragraphYearPair(input: ExecuteInput, ranked: RankedFact[]): [Fact, Fact] | undefined {
  const { document } = input;
  const earlierYear = input.reading.years.find((year) => document.meta.year && year < document.meta.year);
  if (!earlierYear) return undefined;
  const level = bestFact(
    ranked.filter((candidate) => candidate.fact.kind === 'value' && isMoneyUnit(candidate.fact.unit) && (candidate.fact.period === undefined || candidate.fact.period === document.meta.year)),
  );
  if (!level) return undefined;
  // A table row's paragraph is its sentence's (公益性岗位补贴 | 4,212,300 is stated as 421.23万元 beside 2023's figure).
  const stated = proseTwin(level.fact, document);
  const earlier = document.facts.filter((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && fact.period === earlierYear && fact.source.blockId === stated.source.blockId);
  return earlier.length === 1 ? [stated, earlier[0]] : undefined;
}

/** `crossYearTried`: the caller already looked for the same measure in another year's disclosure. */
function change(input: ExecuteInput, ranked: RankedFact[], crossYearTried = false): ExecutionResult {
  const { document } = input;
  const year = document.meta.year;
  const crossYear = crossYearTried ? undefined : crossYearChange(input);
  if (crossYear) return crossYear;
  // "预算比2020年少了多少": the budget as a whole, which the document states with its change.
  const whole = asksWholeBudget(input) ? wholeBudgetChange(input) : undefined;
  if (whole) return changeResult(input, whole.change);
  // An amount asked (少了多少钱) where the paragraph gives both years' figures: their difference.
  const pair = /(百分之|百分比|%|幅度|percent|rate)/i.test(`${input.question} ${input.hintText ?? ''}`) ? undefined : paragraphYearPair(input, ranked);
  if (pair) return differenceOf(input, pair, 'difference');
  const changes = rank(input, input.question, document.facts, { kind: 'change', documentYear: year });
  const bestChange = bestFact(changes) ?? retrievedFact(changes, 'change');
  if (bestChange && bestChange.fact.kind === 'change' && namesOwnWords(bestChange.fact, input)) return changeResult(input, bestChange.fact);
  const level = bestFact(ranked);
  if (level) {
    const stated = changeFor(input, input.question, proseTwin(level.fact, document), document.facts, year);
    if (stated) return changeResult(input, stated);
  }
  return notFound('no_matching_fact', document.facts, input.question, 'no stated change');
}

// The budget as a whole, under the labels disclosures give it.
const wholeBudgetLabel = /^(?:收入预算|支出预算|预算收入|预算支出|收入总计|支出总计|预算收支|本年收入合计|本年支出合计)$/u;

// Words any budget line's label shares: no sign of which line is meant.
const sharedLabelBigrams = new Set(['经费', '费预', '预算', '算数', '支出', '出预', '资金', '收入', '入预', '合计', '总计', '金额']);
// Words any kind of money line may hold: 补贴, 费用, 安排.
const genericMoneyBigrams = new Set(['补贴', '补助', '费用', '安排', '多少', '项目', '工作', '专项', '拨款']);

/**
 * "2024年机关运行经费预算数及增减额": a change stated for another line (三公经费预算数…持平) matches by the words every
 * line shares; the line's own words (三公) must be in the question, or its expansion, too.
 */
function namesOwnWords(fact: Fact, input: ExecuteInput): boolean {
  const own = characterBigrams(normalizeText(fact.label)).filter((bigram) => !sharedLabelBigrams.has(bigram) && /^[\u4e00-\u9fa5]{2}$/u.test(bigram));
  if (own.length === 0) return true;
  const asked = new Set([...characterBigrams(normalizeText(input.question)), ...characterBigrams(normalizeText(input.expandedQuestion ?? ''))]);
  return own.some((bigram) => asked.has(bigram));
}

function wholeOfSanGongParts(input: ExecuteInput): ExecuteInput {
  const question = carsNamedByParts(sanGongNamedByParts(input.question));
  return question === input.question ? input : { ...input, question, expandedQuestion: input.expand?.(question) ?? question };
}

function previousYear(input: ExecuteInput): ExecutionResult {
  const { document, reading } = input;
  const year = document.meta.year;
  const targetYear = reading.years.find((candidate) => candidate !== year) ?? (year ? year - 1 : undefined);
  // A figure stated for that year wins, unless the budget as a whole is asked: one line's 2023年预算执行数 is not it.
  const wholeAsked = asksWholeBudget(input);
  const stated = bestFact(rank(input, input.question, document.facts, { documentYear: year, period: targetYear }));
  if (stated && !wholeAsked && stated.fact.kind === 'value' && stated.fact.period !== undefined && (stated.fact.period === targetYear || stated.fact.period === '上年')) {
    const value = operand(stated.fact, targetUnit(stated.fact, reading));
    return numeric({ intent: 'previous_year', subject: namedWithLine(stated.fact), value: value.value, unit: value.unit, period: targetYear, operands: [value], facts: [stated.fact] });
  }
  // "What were those vehicles worth at the end of 2021?" of a 2022 budget: its asset table states what was held at the
  // end of the year before (上年末), so a value cell naming the thing whole is that year's figure.
  if (asksStockWorth(input) && year && targetYear === year - 1) {
    const worth = stockWorthCell(rank(input, input.question, document.facts, { documentYear: year }));
    if (worth) return lookup(input, [worth]);
  }
  const sameUnit = reading.derivedFromStatedChange ? undefined : crossYearLevel(input, targetYear);
  if (sameUnit) return sameUnit;
  // "今年的预算说比去年少了两千多万，那去年是多少": the budget as a whole, with the change the document states for it.
  const whole = wholeAsked ? wholeBudgetChange(input) : undefined;
  // "我看到…三公经费说是比上一年少了，说是压减公车运行经费……照这么算，2021年的“三公”经费原来是多少": what is asked after
  // the premise names the line; the premise's reason (运行经费) does not.
  // (Only when the asked part alone names a line clearly; "那2024年当时一共安排了多少钱" leaves it to the premise.)
  const asked = withoutPremise(input.question);
  const levelIn = (text: string, threshold?: number) =>
    bestFact(rank(input, text, document.facts, { documentYear: year }).filter((candidate) => candidate.fact.kind === 'value' && (candidate.fact.period === undefined || candidate.fact.period === year)), threshold);
  // (…and the document states a change for that line.)
  const askedLevel = !whole && asked !== input.question && questionContent(asked) ? levelIn(asked, 0.75) : undefined;
  const askedLevelChanges = askedLevel !== undefined && changeFor(input, input.question, proseTwin(askedLevel.fact, document), document.facts, year) !== undefined;
  const level = whole ? { fact: whole.level } : ((askedLevelChanges ? askedLevel : undefined) ?? levelIn(input.question));
  if (!level) return notFound('no_matching_fact', document.facts, input.question);
  // "its money for official cars and hosting visitors went down… what was the 2021 figure": two named lines, each with
  // its stated change, were in the year before the sum of their earlier figures.
  const sides = whole ? undefined : twoNamedLevels(input);
  if (sides) {
    const earlier = sides.map((side) => earlierLevel(input, side, undefined, targetYear));
    // Each line with a change stated for it by name, not one change read twice from the question's words.
    const ownChange = (item: EarlierLevel | { notFound: ExecutionResult }): item is EarlierLevel => !('notFound' in item) && normalizeText(item.change.label) === normalizeText(item.level.label);
    if (earlier.every(ownChange) && earlier[0].change !== earlier[1].change) {
      const unit = earlier[0].unit;
      const operands = earlier.map((item) => ({ ...operand(item.level, unit), value: convertUnit(item.value, item.unit, unit) ?? item.value, label: `${measureName(item.level)}（${item.period ?? '上年'}年）` }));
      const value = addDecimals(...operands.map((item) => item.value));
      return numeric({
        intent: 'previous_year',
        subject: earlier.map((item) => measureName(item.level)).join('与'),
        value,
        unit,
        period: earlier[0].period,
        operands,
        formula: `${earlier.map((item) => `(${item.formula})`).join(' + ')} = ${show(value)}`,
        facts: earlier.flatMap((item) => [item.level, item.change]),
        checks: earlier.flatMap((item) => basePeriodChecks(item.change, year)),
      });
    }
  }
  const earlier = earlierLevel(input, proseTwin(level.fact, document), whole?.change, targetYear);
  if ('notFound' in earlier) return earlier.notFound;
  const current = operand(earlier.level, earlier.unit);
  return numeric({
    intent: 'previous_year',
    subject: earlier.level.label,
    value: earlier.value,
    unit: earlier.unit,
    period: earlier.period,
    operands: [current, operand(earlier.change, earlier.unit)],
    formula: earlier.formula,
    facts: [earlier.level, earlier.change],
    direction: earlier.change.direction,
    basePeriod: earlier.change.basePeriod,
    checks: basePeriodChecks(earlier.change, year),
  });
}

interface EarlierLevel {
  level: Fact;
  change: Fact;
  value: Decimal;
  unit: string;
  period: number | undefined;
  formula: string;
}

/** Two lines the question names as the parts of a sum (A和B, A and B), each a figure of the document's own year. */
function twoNamedLevels(input: ExecuteInput): [Fact, Fact] | undefined {
  const { document } = input;
  // The asker's own joint (和, 加上, and) in the sentence that asks, not one inside a rendered label (公务用车购置及运维费)
  // or in a story told before (a journalist who read the budget and noticed…).
  const asked = input.hintText ?? input.question;
  const asking = questionSentences(asked, detectLanguage(asked)).slice(-2).join(' ');
  if (!/(和|与|加上|以及|还有|\band\b|\bplus\b)/i.test(asking)) return undefined;
  const values = document.facts.filter((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && (fact.period === undefined || fact.period === document.meta.year));
  const sides = measuresBySides(input, values);
  if (!sides) return undefined;
  const [left, right] = sides.map((side) => proseTwin(side.fact, document));
  if (sameFigure(left, right) || nestedLines(left, right, document.facts)) return undefined;
  // Lines of one statement (the 三公 paragraph, one total's parts): a side matched loosely elsewhere is no second line.
  const together = left.source.blockId === right.source.blockId || (left.partOf !== undefined && left.partOf === right.partOf);
  return together ? [left, right] : undefined;
}

/**
 * A line's figure in the year before, from the change its document states for it (比上年减少10.48万元 -> 12.30 + 10.48);
 * a stated "持平" keeps this year's figure.
 */
function earlierLevel(input: ExecuteInput, levelFact: Fact, wholeChange: Fact | undefined, targetYear: number | undefined): EarlierLevel | { notFound: ExecutionResult } {
  const { document, reading } = input;
  const year = document.meta.year;
  let level = levelFact;
  const stated2 = wholeChange ?? changeFor(input, input.question, level, document.facts, year);
  // The level stated in the change's own sentence, in its unit (37151.47万元 beside 增加24558.18万元), rather than a
  // table's 元 figure that would mix units with the change.
  const sentenceLevel = stated2
    ? document.facts.find(
        (fact) => fact.kind === 'value' && fact.unit === stated2.unit && fact.source.blockId === stated2.source.blockId && normalizeText(fact.label) === normalizeText(stated2.label),
      )
    : undefined;
  if (sentenceLevel && level.unit !== stated2?.unit) level = sentenceLevel;
  if (!stated2 || !stated2.direction) {
    return { notFound: notFound('year_not_covered', document.facts, input.question, `${targetYear ?? '上年'}`) };
  }
  if (typeof stated2.basePeriod === 'number' && targetYear && stated2.basePeriod !== targetYear && reading.years.includes(targetYear)) {
    // The question names a year the stated change is not measured against.
    if (stated2.basePeriod < targetYear - 1 || stated2.basePeriod > targetYear) {
      return { notFound: notFound('year_not_covered', document.facts, input.question, String(targetYear)) };
    }
  }
  const unit = targetUnit(level, reading);
  const current = operand(level, unit);
  const delta = operand(stated2, unit);
  const value =
    stated2.direction === 'increase'
      ? subtractDecimals(current.value, delta.value)
      : stated2.direction === 'decrease'
        ? addDecimals(current.value, delta.value)
        : current.value;
  const sign = stated2.direction === 'increase' ? '−' : '+';
  return {
    level,
    change: stated2,
    value,
    unit,
    period: typeof stated2.basePeriod === 'number' ? stated2.basePeriod : targetYear,
    formula: stated2.direction === 'flat' ? `${show(current.value)}（持平）` : `${show(current.value)} ${sign} ${show(delta.value)} = ${show(value)}`,
  };
}

/** "By what percentage did X fall": the stated change over the previous period's level. */
function changeRate(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult | undefined {
  const { document } = input;
  const year = document.meta.year;
  const whole = asksWholeBudget(input) ? wholeBudgetChange(input) : undefined;
  const level = whole
    ? { fact: whole.level }
    : bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value' && (candidate.fact.period === undefined || candidate.fact.period === year)));
  if (!level) return undefined;
  level.fact = proseTwin(level.fact, document);
  const stated = whole?.change ?? changeFor(input, input.question, level.fact, document.facts, year);
  if (!stated || !stated.direction || stated.direction === 'flat') return undefined;
  // The document states the rate itself (比2023年预算执行数减少57.14%): that is the answer, not an amount to divide.
  if (stated.unit === '%') return changeResult(input, stated);
  const current = operand(level.fact, level.fact.unit);
  const delta = operand(stated, level.fact.unit);
  const previous = stated.direction === 'increase' ? subtractDecimals(current.value, delta.value) : addDecimals(current.value, delta.value);
  const rate = divideDecimals(multiplyDecimals(delta.value, { units: 100n, scale: 0 }), previous, 2);
  if (!rate) return undefined;
  return numeric({
    intent: 'share',
    subject: `${level.fact.label}${stated.direction === 'increase' ? '增长' : '下降'}幅度`,
    value: rate,
    unit: '%',
    operands: [delta, { ...current, label: `${level.fact.label}（本年）` }],
    formula: `${show(delta.value)} / (${show(current.value)} ${stated.direction === 'increase' ? '−' : '+'} ${show(delta.value)}) × 100 = ${show(rate)}`,
    facts: [level.fact, stated],
    direction: stated.direction,
    basePeriod: stated.basePeriod,
    checks: basePeriodChecks(stated, year),
  });
}

// "总共两千多万的预算", "整个预算": the whole budget named by its size or as a whole (全部政府采购预算 is another whole).
// ("the total government procurement budget" is procurement's own total, not the document's.)
const totalWholePattern = /(总支出|支出总额|全部支出|总预算|预算总额|全年支出|支出预算|总收入|收入总额|全部收入|(?:总共|一共)[^，,。？?]{0,8}?的预算|整个预算|全部预算|total (?:(?:19|20)\d{2} |annual |yearly |department(?:al)? |unit )?(spending|expenditure|budget|income|revenue)|overall (spending|budget)|all (its )?spending)/i;

function share(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult {
  const { document } = input;
  if (/(增长|下降|减少|增加|降幅|增幅|涨幅|降低|少了|多了|涨了|上涨|降了|\b(fall|fell|drop|dropped|decrease|decreased|increase|increased|rise|rose|grow|grew|cut)\b)/i.test(`${input.question} ${input.hintText ?? ''}`)) {
    const rate = changeRate(input, ranked);
    if (rate) return rate;
  }
  // "What share of people's questions does the hotline promise to answer": a rate the document states itself
  // (群众问题答复率 100%) answers as it stands.
  const statedShare = bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value' && candidate.fact.unit === '%'), 0.6);
  if (statedShare && statedShare.match.labelCoverage >= 0.6) return lookup(input, [statedShare]);
  const moneyValues = document.facts.filter((fact) => isMoneyUnit(fact.unit) && fact.kind === 'value');
  // "A占B的比例": the part is named before 占 and the whole after it; "B中A占多少" and "what share of B is A" name
  // the whole first.
  // A comma after 中 marks the whole's end; without one, 中 of 中小企业 is no "among".
  const bothOrders = /^(.+)(?:中|里面|里|当中|之中)[，,](.+?)占(.+)$/.exec(input.question) ?? /^(.+?)(?:中(?!小)|里面|里|当中|之中)(.+?)占(.+)$/.exec(input.question);
  // "A是B的多少倍", "how many times B is A": a ratio of two named figures, not a percentage of a whole.
  const times = /(多少倍|几倍|how many times)/i.test(`${input.question} ${input.hintText ?? ''}`);
  const timesSides = times ? /^(.+?)是(.+?)的(?:多少|几)倍/.exec(input.question) : null;
  // "公益性岗位补贴，在社会保障和就业支出里占多大比重": the part first, the whole between 在 and 里 just before 占 (a 里
  // inside a name, 万里街道, opens no whole).
  const partThenWhole = /^(.+?)[，,]?\s*在([^，,。？?]{2,30}?)(?:中|里面|里|当中|之中)占(.+)$/.exec(input.question);
  const split: [string, string] | undefined = input.shareSides
    ? [input.shareSides.part, input.shareSides.whole]
    : partThenWhole
      ? [partThenWhole[1], partThenWhole[2]]
      : timesSides
      ? [timesSides[1], timesSides[2]]
      : bothOrders
        ? // "基本支出经济分类表里，福利费占商品和服务支出（302类）合计的百分之几": a whole named after 占 is the whole;
          // what stands before 里 is only where the figures are read.
          wholeAfterShare(bothOrders[3])
          ? [bothOrders[2], wholeAfterShare(bothOrders[3])!]
          : // The whole is named in the sentence that asks, not in one before it (…听说商务委有扶持中小企业的钱。).
            [bothOrders[2], bothOrders[1].split(/[。！!？?]/).pop() ?? bothOrders[1]]
        : ((match) => (match ? [match[1], match[2]] as [string, string] : undefined))(/^(.+?)占(.+)$/.exec(input.question));
  const sideFact = (sideText: string, context = '', near?: Fact) => {
    // "三公经费里，买车加养车的钱占了百分之多少": buying and running cars named together are the whole cars line.
    const text = carsNamedByParts(sideText);
    // A side that names a label exactly (商品和服务支出) is that label, whatever the whole's words add to a neighbour
    // (一般公共 + 服务支出 -> 一般公共服务支出).
    const exact = context
      ? namedExactly(rank(input, text, moneyValues, { documentYear: document.meta.year }))
      : undefined;
    if (exact) return exact;
    const full = context ? `${context} ${text}` : text;
    // "政府采购里服务类": the whole qualifies the part, which must still be named by its own words (服务).
    const all = rank(input, full, moneyValues, { documentYear: document.meta.year, alternate: input.expand?.(full) });
    // "政府采购预算里，工程类采购占…": words the whole shares with the part (采购) do not name the part; 工程 does.
    const ownOnly = context ? namedByOwnWords(all, text, context) : [];
    let ranked = ownOnly.length ? ownOnly : namedByOwnWords(all, context ? text : undefined);
    // "采购钱里，视频接访平台那块": of two close matches, the part stated in the whole's own section (the procurement
    // table, not a performance target) is the one meant.
    if (near) {
      const top = ranked[0];
      const beside = ranked.find((candidate) => candidate.fact.section[0] === near.section[0] && candidate.fact !== near);
      if (top && beside && beside !== top && beside.score >= top.score - 0.15) ranked = [beside, ...ranked.filter((candidate) => candidate !== beside)];
    }
    // "花在城乡社区这一块的": a side that does not say 其他 names the class, not the line of its rest
    // (…其他城乡社区支出（项）), when the class matches nearly as well.
    const top = ranked[0];
    if (top && /其他/.test(measureName(top.fact)) && !/其他|other/i.test(text)) {
      const whole = ranked.find((candidate) => !/其他/.test(measureName(candidate.fact)) && candidate.score >= top.score - 0.1 && candidate.match.labelCoverage >= 0.9);
      if (whole) ranked = [whole, ...ranked.filter((candidate) => candidate !== whole)];
    }
    // A side names one figure in few words: a label holding nearly all of them answers it (office rent -> 办公用房租赁经费).
    return bestFact(ranked) ?? abbreviatedMeasure(text, ranked) ?? distinctiveMeasure(text, ranked);
  };
  // "What percentage of X's spending is …": a whole named only as spending (or income) is the document's overall total.
  const generalWhole =
    input.shareSides?.overall === true ||
    // "占他们全年预算的百分之几": the words that ask for the percentage and how to round it name no whole.
    (split && /^(支出|总支出|支出预算|预算|收入|总收入|收入预算|经费|资金|钱)?$/.test(questionContent(split[1]).replace(/(百分之[几多]?少?|百分比|比例|比重|占比|保留[^|]*|四舍五入[^|]*)/g, '').replace(/\|/g, '')));
  // "the money for trips abroad, hosting and official cars": a whole named by listing two or more parts of one stated
  // total is that total (三公经费).
  const listedWhole = (text: string, partText: string): RankedFact | undefined => {
    const named = rank(input, text, moneyValues, { documentYear: document.meta.year, alternate: input.expand?.(text) }).filter((candidate) => candidate.match.labelCoverage >= 0.8);
    // Parts of one stated total (partOf), or, in a table, columns under one header ("三公"经费预算数 > 因公出国(境)费)
    // whose total is that header's 合计 (or 小计) cell on the same row.
    const columnParent = (fact: Fact) => (fact.source.row !== undefined && fact.source.column?.includes('>') ? fact.source.column.slice(0, fact.source.column.lastIndexOf('>')).trim() : undefined);
    const groups = new Map<string, Fact[]>();
    for (const { fact } of named) {
      const header = columnParent(fact);
      const keys = [fact.partOf ? `part\u0001${fact.partOf}` : undefined, header ? `row\u0001${fact.source.blockId}\u0001${fact.source.row}\u0001${header}` : undefined];
      for (const key of keys) if (key) groups.set(key, [...(groups.get(key) ?? []), fact]);
    }
    for (const [key, members] of groups) {
      if (new Set(members.map((fact) => normalizeText(fact.label))).size < 2) continue;
      // The part asked about is one of the listed parts.
      if ((rank(input, partText, members, { alternate: input.expand?.(partText) })[0]?.match.labelCoverage ?? 0) < 0.8) continue;
      const [kind, first, row, header] = key.split('\u0001');
      const total =
        kind === 'part'
          ? document.facts.find((fact) => fact.id === first)
          : moneyValues.find((fact) => fact.source.blockId === first && String(fact.source.row) === row && /^(合计|小计|总计)$/.test(fact.source.column?.split('>').pop()?.trim() ?? '') && columnParent(fact) === header);
      if (total) return { fact: proseTwin(total, document), score: 1, match: { score: 1, labelCoverage: 1, questionCoverage: 1, matchedBigrams: new Set() } };
    }
    return undefined;
  };
  // "科技条件专项和其他商业服务业等支出两项加起来，占全部支出预算的百分之几": a part naming two lines joined is their sum.
  // (Only with a word of adding: 发展和管理 inside one line's name joins nothing.)
  const joinedPart = split && !times && !input.englishSides && /(和|与|及|以及|加上)/.test(split[0]) && /(两项|两笔|两块|二者|加起来|合计|一共|合起来|之和|加上)/.test(split[0]) ? measuresBySides({ ...input, question: split[0], reading: { ...input.reading, intent: 'total' } }, moneyValues) : undefined;
  if (joinedPart && split && !nestedLines(joinedPart[0].fact, joinedPart[1].fact, document.facts)) {
    const asksOverall = generalWhole || totalWholePattern.test(split[1]);
    const joinedWhole = asksOverall ? overallTotal(document, asksSpending(input)) : sideFact(split[1])?.fact;
    if (joinedWhole && !joinedPart.some((side) => sameFigure(side.fact, joinedWhole))) {
      const parts = joinedPart.map((side) => proseTwin(side.fact, document));
      const unit = parts[0]!.unit;
      const summed = parts.map((fact) => operand(fact, unit));
      const denominator = operand(joinedWhole, unit);
      const sum = addDecimals(...summed.map((item) => item.value));
      const ratio = divideDecimals(multiplyDecimals(sum, { units: 100n, scale: 0 }), denominator.value, 2);
      if (ratio) {
        return numeric({
          intent: 'share',
          subject: `${parts.map(measureName).join('与')}合计占${measureName(joinedWhole)}的比例`,
          value: ratio,
          unit: '%',
          operands: [...summed, denominator],
          formula: `(${summed.map((item) => show(item.value)).join(' + ')}) / ${show(denominator.value)} × 100 = ${show(ratio)}`,
          facts: [...parts, joinedWhole],
          checks: [],
        });
      }
    }
  }
  const splitWhole = split && !generalWhole ? (listedWhole(split[1], split[0]) ?? sideFact(split[1])) : undefined;
  const splitPart = split ? sideFact(split[0], generalWhole ? '' : split[1], splitWhole?.fact) : undefined;
  // A part written by its code (2150899这一项) is its row's figure, as a lookup of the code reads it.
  const codedRows = rowsNamedByCode(input.hintText ?? input.question, document);
  const inCodedRow = codedRows.size ? bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value' && isMoneyUnit(candidate.fact.unit) && codedRows.has(`${candidate.fact.source.blockId}:${candidate.fact.source.row}`))) : undefined;
  const byCode = inCodedRow && (!splitPart || sameFigure(splitPart.fact, inCodedRow.fact)) ? inCodedRow : undefined;
  const part = byCode ?? splitPart ?? bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value' && isMoneyUnit(candidate.fact.unit)));
  if (!part) return notFound('no_matching_fact', document.facts, input.question);
  const second = generalWhole
    ? undefined
    : splitPart && splitWhole && splitWhole.fact !== splitPart.fact
      ? splitWhole
      : findSecondMeasure(input, input.question, moneyValues, part, document.meta.year);
  const parent = part.fact.partOf ? document.facts.find((fact) => fact.id === part.fact.partOf) : undefined;
  // A sibling (another part of the same total) cannot be the whole: the stated total is.
  const sibling = second && parent && second.fact.partOf === parent.id;
  // "占他们全年预算的百分之几": a whole named only as the budget is the overall total, not the part's own parent line.
  const overallNamed = generalWhole && split !== undefined && /(支出|预算|收入|经费|资金|钱)/.test(split[1]);
  let whole = overallNamed ? undefined : sibling ? parent : (second?.fact ?? parent);
  let partFact = part.fact;
  // "占总支出的比例" names the document's overall total without using its label.
  const asksTotal = totalWholePattern.exec(`${input.question} ${input.hintText ?? ''}`);
  // "占采购预算总额": a total word a noun qualifies (采购) is that thing's total, which the whole named already is.
  const beforeTotal = asksTotal ? `${input.question} ${input.hintText ?? ''}`.slice(0, asksTotal.index) : '';
  const qualifiedTotal = asksTotal && second && /[\u4e00-\u9fa5]$/.test(beforeTotal) && !/(的|年|度|占|是|为|里|中|个|整|全|总|部门|单位)$/.test(beforeTotal);
  if (asksTotal && !qualifiedTotal && (!second || second.match.labelCoverage < 0.75 || second.fact.partOf !== undefined || input.reading.intent === 'share')) {
    const income = /收入|income|revenue/i.test(asksTotal[0]);
    const overall = overallTotal(document, !income);
    if (overall && !sameFigure(overall, partFact)) whole = overall;
  }
  if (!times && whole && whole !== parent && compareDecimals(convertUnit(valueOf(whole), whole.unit, partFact.unit) ?? valueOf(whole), valueOf(partFact)) < 0) {
    [whole, partFact] = [partFact, whole];
  }
  // "What percentage of X's spending is basic expenditure": with no whole named beyond spending (or income) itself,
  // the whole is the document's overall total of that kind.
  if (!whole) {
    const spending = asksSpending(input);
    const overall = overallTotal(document, spending);
    if (overall && overall !== partFact) whole = overall;
  }
  if (!whole) return notFound('no_matching_fact', document.facts, input.question, 'no whole');
  // A whole read from a sentence (支出预算37,151.47万元) is set against the part's own sentence where one states it
  // (…（项）29,381.00万元): one section quoted, one unit.
  // ("2150899这一项占全部支出预算的比重": a part named by its code is read in its row, so the whole is the total the
  // same table states, when it states the sentence's figure.)
  const codedPart = partFact.origin === 'table' && codedRows.has(`${partFact.source.blockId}:${partFact.source.row}`);
  const tableWhole = codedPart && whole.origin === 'prose' ? totalInTable(whole, partFact.source.blockId, document) : undefined;
  if (tableWhole) whole = tableWhole;
  else if (whole.origin === 'prose' && partFact.origin === 'table') partFact = proseTwin(partFact, document);
  const numerator = operand(partFact, partFact.unit);
  const denominator = operand(whole, partFact.unit);
  if (times) {
    const multiple = divideDecimals(numerator.value, denominator.value, 2);
    if (!multiple) return notFound('no_matching_fact', document.facts, input.question, 'zero whole');
    return numeric({
      intent: 'share',
      subject: `${measureName(partFact)}与${measureName(whole)}之比`,
      value: multiple,
      unit: '倍',
      operands: [numerator, denominator],
      formula: `${show(numerator.value)} / ${show(denominator.value)} = ${show(multiple)}`,
      facts: [partFact, whole],
    });
  }
  const ratio = divideDecimals(multiplyDecimals(numerator.value, { units: 100n, scale: 0 }), denominator.value, 2);
  if (!ratio) return notFound('no_matching_fact', document.facts, input.question, 'zero whole');
  return numeric({
    intent: 'share',
    subject: `${measureName(partFact)}占${measureName(whole)}的比例`,
    value: ratio,
    unit: '%',
    operands: [numerator, denominator],
    formula: `${show(numerator.value)} / ${show(denominator.value)} × 100 = ${show(ratio)}`,
    facts: [partFact, whole],
    checks: checksFor(whole, document.facts),
  });
}

/**
 * A figure stated per unit (单位面积成本 ≤0.79元/平米/天, 培训标准 350元/天) answers "每平方米多少" as it stands: the
 * question's "per" words are matched against the fact's unit, its label and table against the rest.
 */
function statedRate(input: ExecuteInput): RankedFact | undefined {
  const { document } = input;
  // ("每天上班都要路过那栋楼。…租那栋楼的钱安排了多少": the days a story tells ask no rate.)
  const asked = `${lastSentenceZh(input.question)} ${input.hintText ?? ''}`;
  const perWords = [
    /(每平方米|每平米|per square met)/i.test(asked) ? /平方?米/ : undefined,
    /(每天|每日|per day|a day|daily)/i.test(asked) ? /[天日]/ : undefined,
    /(每人|人均|per person|per head)/i.test(asked) ? /人/ : undefined,
  ].filter((pattern): pattern is RegExp => pattern !== undefined);
  if (!perWords.length) return undefined;
  const rates = document.facts.filter((fact) => fact.kind === 'value' && fact.unit.includes('/') && perWords.every((pattern) => pattern.test(fact.unit)));
  const stated = rank(input, input.question, rates, { documentYear: document.meta.year })[0];
  if (!stated || (rates.length > 1 && stated.match.questionCoverage === 0)) return undefined;
  return { ...stated, score: Math.max(stated.score, 0.8), match: { ...stated.match, labelCoverage: 1 } };
}

// "2023年8月底手上有几辆车，2024年养车的钱平摊下来每辆车多少": a clause of its own that asks the count names an
// operand; the amount is read without it (its 几辆 would rule money out).
const countClauseZh = /[^，,。？?；;]*(?:几|多少)个?(?:辆|台|人|名|位|个|项|件|套)[^，,。？?；;]*[，,；;]/;
const countNamedEn = /\b(?:the\s+)?(?:number|count) of\s+(?:[\w'’-]+\s+){0,3}?(?:cars?|vehicles?|people|persons?|staff|employees|workers|projects|items)\b/gi;

function average(input: ExecuteInput, givenRanked: RankedFact[]): ExecutionResult {
  const { document } = input;
  const countClause = countClauseZh.exec(input.question);
  // "养车的钱（不算买新车）": what the note leaves out names no part of the amount shared out.
  const amountText = withoutLeftOutNotes(countClause && countClause.index === 0 ? input.question.slice(countClause[0].length) : input.question);
  // "Using the number of vehicles it reported, how much running cost per vehicle": the count named is an operand too.
  const amountHint = input.hintText === undefined ? undefined : withoutLeftOutNotes(input.hintText.replace(countClauseZh, '')).replace(countNamedEn, ' ');
  const ranked =
    amountText !== input.question || amountHint !== input.hintText
      ? rank(input, amountText, document.facts, { documentYear: document.meta.year, hintText: amountHint, alternate: input.expand?.(amountText) })
      : givenRanked;
  const overYears = averageOverYears(input);
  if (overYears) return overYears;
  const overPeriods = averagePerPeriod(input, ranked);
  if (overPeriods) return overPeriods;
  const perArea = averagePerArea(input, ranked);
  if (perArea) return perArea;
  // 人均成本 may be the name of a stated figure rather than a request to divide.
  const named = bestFact(ranked, 0.7);
  if (named && named.match.labelCoverage >= 0.8 && /平均|人均|每|均价|单价/.test(named.fact.label)) return lookup(input, ranked);
  const rate = statedRate(input);
  if (rate) return lookup(input, [rate]);
  const year = document.meta.year;
  // "每辆" names the count's unit: find the count first, then the amount on the same table row.
  const asked = `${input.question} ${input.hintText ?? ''}`;
  // "每个保安保洁人员头上": 个 is the classifier of the people counted after it, who are counted in 人 or 名.
  // (每个人头上, 每个人: per person too.)
  // ("平均摊到一个人头上": one person's share, so per person too.)
  const perPerson = /(?:每|一)个(?:[\u4e00-\u9fa5、]{0,8}?(?:人员|员工|职工|干部|工作人员)|人(?!次))|人头上/u.test(asked);
  // (Read in the sentence that asks: "老师…让我们调查家附近的一项公共工程。…每个季度计划用多少钱？" counts no 项.)
  const askingSentence = [...asked.split(/(?<=[。！!？?])/)].reverse().find((sentence) => /多少|几|[？?]|how|what/i.test(sentence)) ?? asked;
  const perUnits = [...countUnits]
    .filter((unit) => new RegExp(`(每|平均每|(?<![\\d一二三四五六七八九十])一|per )${unit}`).test(askingSentence))
    .flatMap((unit) => (unit === '个' && perPerson ? ['人', '名'] : [unit]));
  // "per person", "per vehicle": the English counter names the count's unit.
  perUnits.push(...englishPerUnits(asked));
  const perUnit = perUnits[0];
  const counts = document.facts.filter(
    (fact) => countUnits.has(fact.unit) && fact.kind === 'value' && (!perUnits.length || perUnits.some((unit) => fact.unit === unit || fact.unit.includes(unit))),
  );
  // Per vehicle means per vehicle held (共有车辆7辆), not per vehicle to be bought (购置车辆1辆), unless buying is asked.
  // Judged on the asker's own words: an English rendering of "official cars" names the whole line, 购置 included.
  const buying = /(购置|购买|新增|买|purchase|buy|\bnew\b)/i.test(input.hintText ?? input.question);
  const bought = (fact: Fact): boolean => {
    const parent = fact.partOf ? document.facts.find((other) => other.id === fact.partOf) : undefined;
    return /(购置|新增|购买)/.test(fact.label) || (parent !== undefined && /(购置|新增|购买)/.test(parent.label));
  };
  // "each project with performance targets", "每个项目": what is counted names the count (编报绩效目标的项目 50个, not
  // 预算单位 2个, both counted in 个).
  const countedWord = countedNounWord(askingSentence);
  const statedCounts = [...(input.hintText ?? input.question).matchAll(/(?<![\d.])(\d{1,6})\s*(?:个|名|人|位|辆|台|家)(?!次)/gu)].map((match) => Number(match[1]));
  const countRanked = rank(input, input.question, counts, { documentYear: year })
    .map((candidate) => (!buying && bought(candidate.fact) ? { ...candidate, score: candidate.score - 0.3 } : candidate))
    .map((candidate) => (countedWord && candidate.fact.label.includes(countedWord) ? { ...candidate, score: candidate.score + 0.2 } : candidate))
    // "请了39个保安保洁…平均下来每个人": a count the asker states picks out the count the document gives for it.
    .map((candidate) => (statedCounts.includes(Number(candidate.fact.text.replace(/,/g, ''))) ? { ...candidate, score: candidate.score + 0.5 } : candidate))
    .sort((left, right) => right.score - left.score);
  const count = (perUnit ? countRanked[0] : bestFact(countRanked, 0.4))?.fact;
  const sameRow = count
    ? document.facts.find(
        (fact) =>
          fact !== count &&
          !countUnits.has(fact.unit) &&
          fact.source.blockId === count.source.blockId &&
          fact.source.row !== undefined &&
          fact.source.row === count.source.row,
      )
    : undefined;
  const askedBigrams = new Set(characterBigrams(normalizeText(asked)));
  // "项目共25个，涉及项目预算资金11381.60万元": a sentence that counts items states their amount beside the count.
  const sameSentence =
    count && count.source.row === undefined
      ? document.facts.find(
          (fact) =>
            fact !== count &&
            fact.kind === 'value' &&
            isMoneyUnit(fact.unit) &&
            fact.source.blockId === count.source.blockId &&
            fact.source.quote === count.source.quote &&
            // The amount the question is about: 单价100万元（含）以上 in the vehicles sentence is a threshold, not the
            // 公务用车运行费 asked to be shared out.
            characterBigrams(normalizeText(fact.label)).some((bigram) => askedBigrams.has(bigram)),
        )
      : undefined;
  const amounts = ranked.filter((candidate) => candidate.fact.kind === 'value' && candidate.fact.unit !== '' && !countUnits.has(candidate.fact.unit));
  // "cleaners and security guards cost per person" (保安 保洁 人): with the people counted, a word only one amount's
  // label holds (…保洁、保安等专项经费) names the amount shared out, however long its label.
  // One person's pay for a month (每人每月工资) is no amount shared out over the people: it is not looked for this way.
  const asksPay = namesWages(asked) || /(每月|每个月|一个月|per month|a month|monthly)/i.test(asked);
  // "一年请这些人的钱大概一百五十来万…平均摊到一个人头上": the amount the asker half-remembers points at the line it
  // is shared out from (150.83万元), among lines the question names at all.
  const remembered = statedAmounts(input.hintText ?? input.question);
  const recalled = remembered.length ? amounts.find((candidate) => candidate.score >= 0.3 && isMoneyUnit(candidate.fact.unit) && remembered.some((range) => withinStated(candidate.fact.amount, candidate.fact.unit, range))) : undefined;
  const wholeAmount = recalled ?? bestFact(amounts) ?? (count && perUnit && !asksPay ? distinctiveMeasure(amountText, amounts, true) : undefined);
  // "公车运行费按7辆车来摊": the whole line (公务用车购置及运行费) matched, but the question names one of its parts
  // (namedPart, as a lookup reads it).
  const namedAmount = wholeAmount && (namedPart(wholeAmount, ranked, amountHint ?? amountText) ?? wholeAmount);
  // The row's own amount is the items' value (车辆 | 5 | 96.83); a cost the question names outright (运维费) is
  // shared out over the count instead.
  // Another row of the count's own table (其他固定资产 beside 车辆) is another item of the inventory, not a cost of the items.
  const namesOtherAmount =
    namedAmount !== undefined &&
    sameRow !== undefined &&
    namedAmount.match.labelCoverage >= 0.6 &&
    namedAmount.fact.label !== sameRow.label &&
    namedAmount.fact.source.blockId !== sameRow.source.blockId;
  // "What is each car worth", 每辆车价值多少: the items' own value on their row, whatever cost their name renders as.
  // (Read in the asker's own words: "cars on its books" renders as 价值 without asking any.)
  const askedInEnglish = input.hintText !== undefined && detectLanguage(input.hintText) === 'en';
  const asksWorth = asksStockWorth(input) || (askedInEnglish && /\bvalue[ds]?\b/i.test(input.hintText!));
  const amount = (asksWorth ? sameRow : undefined) ?? (namesOtherAmount ? namedAmount.fact : undefined) ?? (sameRow && costNamedBeside(input, sameRow, amounts, askedInEnglish)) ?? sameRow ?? sameSentence ?? namedAmount?.fact;
  // An asset row (其他固定资产 | 3300 | 2743.46) may give its quantity without a counter: the whole number beside the
  // amount on the same row counts the items.
  const rowCount =
    !count && amount && amount.source.row !== undefined
      ? document.facts.find(
          (fact) =>
            fact !== amount &&
            fact.kind === 'value' &&
            fact.unit === '' &&
            /^\d+$/.test(fact.text.replace(/,/g, '')) &&
            Number(fact.text.replace(/,/g, '')) > 0 &&
            fact.source.blockId === amount.source.blockId &&
            fact.source.row === amount.source.row,
        )
      : undefined;
  const counted = count ?? rowCount;
  if (!amount || !counted) return averageOverRows(input) ?? notFound('no_matching_fact', document.facts, input.question, 'no count');
  const numerator = operand(amount, targetUnit(amount, input.reading));
  const denominator = operand(counted);
  const scale = Math.max(2, numerator.value.scale);
  const value = divideDecimals(numerator.value, denominator.value, scale);
  if (!value) return notFound('no_matching_fact', document.facts, input.question, 'zero count');
  return numeric({
    intent: 'average',
    subject: `${amount.label}（每${counted.unit || '项'}平均）`,
    value,
    // A cap shared out (≤150.83万元 over 39 people) is a cap per item (≤3.87万元).
    ...(amount.comparator === '≤' || amount.comparator === '<' ? { comparator: amount.comparator } : {}),
    unit: numerator.unit,
    operands: [numerator, denominator],
    formula: `${show(numerator.value)} / ${show(denominator.value)} = ${show(value)}`,
    facts: [amount, counted],
  });
}

/**
 * "公车的运维费，按车辆数平均下来，一辆车多少钱": the count's own row (车辆 | 5 | 96.83) matches the count's words, but a
 * cost the question names (运维费: three characters ending in 费) that the row's label lacks is the amount shared out,
 * when a line of the document names it (公务用车购置及运维费); the best ranked such line.
 */
function costNamedBeside(input: ExecuteInput, countRow: Fact, amounts: RankedFact[], english: boolean): Fact | undefined {
  // In English the cost is named by a word of cost ("running costs per vehicle"); "what is each car worth" names the
  // cars' value, whatever line "official cars" renders as (公务用车购置及运维费).
  if (english && !/\b(costs?|expenses?|expenditures?|running|maintenance|operating|operation|upkeep|fees?|spend(?:ing)?|spent)\b/i.test(input.hintText!)) return undefined;
  const rowLabel = normalizeText(countRow.label);
  const costs = [...normalizeText(input.question).matchAll(/(?=([\u4e00-\u9fa5]{2}费))/gu)].map((match) => match[1]!).filter((term) => !/[的些多少么]/.test(term) && !rowLabel.includes(term));
  if (!costs.length) return undefined;
  return amounts.find(
    (candidate) => isMoneyUnit(candidate.fact.unit) && candidate.fact.comparator === '=' && costs.some((term) => normalizeText(candidate.fact.label).includes(term)),
  )?.fact;
}

/** The whole a share names after 占 (占商品和服务支出合计的百分之几 -> 商品和服务支出合计), or undefined (占多少, 占比). */
function wholeAfterShare(afterShare: string): string | undefined {
  if (/^\s*(?:了|有|到)?\s*(?:百分之|多少|几|多大|比例|比重|份额|的|总)/.test(afterShare)) return undefined;
  const whole = afterShare.replace(/的?(?:百分之|多少|几成|比例|比重|份额|百分比)[\s\S]*$/, '').trim();
  return Array.from(whole.replace(/[（(][^）)]*[）)]/g, '')).filter((character) => /[\u4e00-\u9fa5]/.test(character)).length >= 3 ? whole : undefined;
}

/**
 * "平均每平方米一年租金多少元", "the rent per square metre for the year": an amount shared over a stated floor area
 * (租赁面积 13016.84平方米), in 元 per square metre. A stated rate per day (≤0.79元/平米/天) answers a question about
 * a day, not one about the year, so a year asked, or the amount and the area named as operands, divides instead.
 */
function averagePerArea(input: ExecuteInput, ranked: RankedFact[]): NumericResult | undefined {
  const { document } = input;
  const asked = `${input.question} ${input.hintText ?? ''}`;
  if (!/(每平方米|每平米|每㎡|per square met(?:re|er)|per sq\.? ?m|per m2)/i.test(asked)) return undefined;
  if (!/(一年|每年|全年|年租金|per year|a year|for the year|annual|floor area|area)/i.test(asked)) return undefined;
  const area = bestFact(
    rank(input, `${input.question} 面积`, document.facts.filter((fact) => fact.kind === 'value' && /^(平方米|平米|㎡)$/.test(fact.unit) && Number(fact.text.replace(/,/g, '')) > 0), { documentYear: document.meta.year }),
    0.3,
  );
  // The amount the question names, else the project whose performance table states the area (3.市联合接访中心办公用房
  // 租赁经费绩效目标表 holds 租赁面积): its budget line.
  const money = ranked.filter((candidate) => candidate.fact.kind === 'value' && isMoneyUnit(candidate.fact.unit) && candidate.fact.comparator === '=');
  const areaPlace = area ? normalizeText([...area.fact.section, area.fact.tableTitle ?? ''].join('')) : '';
  const amount = bestFact(money) ?? money.find((candidate) => Array.from(normalizeText(candidate.fact.label)).length >= 4 && areaPlace.includes(normalizeText(candidate.fact.label)));
  if (!area || !amount) return undefined;
  const numerator = operand(amount.fact, '元');
  const denominator = operand(area.fact);
  const value = divideDecimals(numerator.value, denominator.value, 2);
  if (!value) return undefined;
  return numeric({
    intent: 'average',
    subject: `${measureName(amount.fact)}（每平方米）`,
    value,
    unit: '元',
    operands: [numerator, denominator],
    formula: `${show(numerator.value)} / ${show(denominator.value)} = ${show(value)}`,
    facts: [amount.fact, area.fact],
  });
}

/** Whether `fact`'s figure, in `stated`'s unit and rounded as `stated` is written, is `stated`'s figure. */
function roundsTo(fact: Fact, stated: Fact): boolean {
  const converted = convertUnit(valueOf(fact), fact.unit, stated.unit);
  const figure = valueOf(stated);
  return converted !== undefined && compareDecimals(roundDecimal(converted, figure.scale), figure) === 0;
}

/** The total row (合计, 总计) of a table block that states a sentence's figure, as the sentence rounds it. */
function totalInTable(stated: Fact, blockId: string, document: ParsedDocument): Fact | undefined {
  return document.facts.find((fact) => fact.origin === 'table' && fact.kind === 'value' && fact.source.blockId === blockId && /合计|总计/.test(fact.label) && roundsTo(fact, stated));
}

/** Two facts state the same figure: a sentence and its table cell, or one label stated twice. */
function sameFigure(left: Fact, right: Fact): boolean {
  if (left === right || left.sameAs?.includes(right.id) || right.sameAs?.includes(left.id)) return true;
  // 合计 rows are named by their column: 合计 under 基本支出 and 合计 under 项目支出 are two measures.
  const leftLabel = normalizeText(measureName(left));
  const rightLabel = normalizeText(measureName(right));
  const sameValue = compareDecimals(convertUnit(valueOf(left), left.unit, '元') ?? valueOf(left), convertUnit(valueOf(right), right.unit, '元') ?? valueOf(right)) === 0;
  // One label in two tables with two figures (外聘人员数量 2 in the labour-dispatch table, 39 in the cleaning one) is two
  // projects' measures, not one.
  const twoTables = left.origin === 'table' && right.origin === 'table' && left.source.blockId !== right.source.blockId && left.tableTitle !== right.tableTitle;
  if (leftLabel === rightLabel && twoTables && !sameValue) return false;
  // A table cell and the sentence drawn from the same block with the same figure state one thing (外聘人员数量 39人,
  // 安保和保洁人员39名).
  if (sameValue && left.source.blockId === right.source.blockId && left.origin !== right.origin && !isMoneyUnit(left.unit)) return true;
  return leftLabel === rightLabel || (sameValue && (leftLabel.includes(rightLabel) || rightLabel.includes(leftLabel)));
}

/** Two figures measured alike: money with money (万元 with 元), a count with the same or a kindred counter (人 with 名). */
function alikeUnits(left: string, right: string): boolean {
  if (isMoneyUnit(left) || isMoneyUnit(right)) return isMoneyUnit(left) && isMoneyUnit(right);
  return left === right || convertUnit({ units: 1n, scale: 0 }, right, left) !== undefined;
}

/** The operands' mean, exactly, with its formula: (a + b + c) / 3. */
function meanOf(operands: Operand[]): { value: Decimal; formula: string } | undefined {
  const sum = addDecimals(...operands.map((item) => item.value));
  const value = divideDecimals(sum, { units: BigInt(operands.length), scale: 0 }, Math.max(2, sum.scale));
  return value && { value, formula: `(${operands.map((item) => show(item.value)).join(' + ')}) / ${operands.length} = ${show(value)}` };
}

// Words that join the two measures of "A比B多多少", "A和B一共", "A or B"; an English question arrives as Chinese terms
// separated by spaces, so every space is a possible joint too.
// 加 of 加起来 / 加一起 asks for the sum; it joins nothing.
const measureJoint = /(比|和|与|跟|同|以及|及|再加上|再加|加上|加(?!起来|一起|在一起|一块|总)|\+|＋|还是|或者|或|、|，|,|相比|对比|\s+)/g;

/**
 * The sentences of a Chinese question that set things side by side: "有居民在留言板说…都拿去搞工程了。帮忙核一下：
 * …工程类比服务类多出多少？": sentences told before the first that joins two things name no side (a clause before a
 * colon may be their frame, and stays). A request before a colon (帮忙核一下：) or a polite one before a comma
 * (麻烦算一下，) is no frame either.
 */
function sentencesSettingSides(text: string): string {
  const sentences = questionSentences(text, 'zh');
  const joins = (sentence: string) => /(比|和|与|跟|同|加上|以及|还是|或者|相比|对比|、)/.test(sentence);
  let first = sentences.findIndex(joins);
  // "有记者…特别关心服务类采购与货物类采购之间的差距，…。请问…服务类比货物类多出多少万元？": a sentence that only tells
  // of two things names no sides when a later sentence asks and joins its own.
  // (Only a later sentence that sets one thing against another, A比B, names its own sides; one that points back,
  // 这两项加起来, names them in the sentence before.)
  const asking = sentences.findIndex((sentence, index) => index > first && /比(?!例|重|率)/.test(sentence) && asksSomething(sentence, 'zh') && !/(这两|那两|这几|那几|两者|二者|上述|以上|这些|前面|前述)/.test(sentence));
  if (first >= 0 && asking > first && !asksSomething(sentences[first], 'zh') && /(记者|居民|网友|市民|群众|有人|我们|我|领导|采访|问及|关心|关注|留言|听说)/.test(sentences[first])) first = asking;
  const kept = first > 0 ? sentences.slice(first).join('') : text;
  return kept
    .replace(/^\s*(?:请|麻烦|帮忙|帮我|劳驾)?[^，,。？?：:]{0,4}(?:核|查|看|算|问|确认|对)[^，,。？?：:]{0,4}[：:]\s*/, '')
    .replace(/^\s*(?:请|麻烦|帮忙|帮我|劳驾)(?:你|您)?(?:帮忙|帮我)?(?:核|查|看|算|问|确认)(?:一下|下|一算|算|看)?[，,]\s*/, '');
}

/**
 * "A比B多多少": each side of a joint is matched on its own, so the second measure is not judged against the first
 * one's words. The joint whose two sides both name a credible, different figure, with the best scores, wins. A joint
 * inside a label (公务用车购置及运维费) leaves halves that match nothing well, so it loses to the real one.
 */
/** A count of the items before it (两项, 这两笔, 三个), which points back at them and names none. */
const countOfItems = '(?:这|那|上述|以上)?[两二三四五六几](?:项|个|笔|类|块|种|者)';

function measuresBySides(input: ExecuteInput, facts: Fact[]): [RankedFact, RankedFact] | undefined {
  const { document } = input;
  // "A和B，哪个采购金额更高": the clause that asks which is not part of either measure.
  // "货物和服务两块加起来（不算工程）", "…加起来是多少？工程那块先不算。": a note of what is left out names no side of the sum.
  let question = withoutLeftOutNotes(input.question)
    .replace(/[，,]?\s*(哪个|哪一个|哪项|哪一项|哪类|哪一类|哪块|哪一块|哪部分|哪一部分|哪种|哪一种|哪边|谁)[^，,]*$/, '').replace(/^[^，,]*(哪个|哪一个|哪项|哪一项|哪类|哪一类|哪块|哪一块|哪部分|哪一部分|哪种|哪一种|哪边|谁)[^，,]*[，,]/, '');
  // "有两块…：一块是A，另一块是B。…这两个科目相差多少": the two listed one by one are the sides, A和B.
  const listedOneByOne = listedOneByOneZh.exec(question);
  if (!input.englishSides && listedOneByOne) question = `${listedOneByOne[1]}和${listedOneByOne[2]}，${question.slice(listedOneByOne.index + listedOneByOne[0].length)}`;
  // The story told before the sides names neither side.
  if (!input.englishSides) question = sentencesSettingSides(question);
  // "机关那头和下属事业单位那头的离退休经费": 那头 (that end) only points at each side.
  if (!input.englishSides) question = question.replace(/(?<=[\u4e00-\u9fa5])(?:那头|这头|那边|这边)(?=的|和|与|跟|及|[，,]|$)/gu, '');
  // "…房租和保洁保安政采合计": procurement (政采) or a budget word closing the last item before the sum word frames every
  // item, not the last one alone.
  question = question.replace(/(?<=[\u4e00-\u9fa5]{2})(?:政采|政府采购|预算)(?=(?:合计|一共|总共|加起来|共计|之和)(?:[是为有]?多少|[？?。]|$))/u, '');
  // "一年养车（油费、修车、保险这些）的钱": a bracket listing examples of one side is part of that side; its commas and
  // 、 part nothing.
  question = question.replace(/[（(]([^（）()]*?[、，,和与及][^（）()]*?)[）)]/g, (whole) => whole.replace(/[、，,和与及]/g, '/'));
  // "住房公积金与购房补贴两项财政拨款支出合计": the count and what follows it (两项财政拨款支出) describe both items, so
  // the words after the count qualify both sides instead of ending the last one.
  const describedItems = /(?<=[\u4e00-\u9fa5，,])[两二三四五六几](?:项|个|笔|类|块|种)([\u4e00-\u9fa5]{2,12}?)(?=[，,]?\s*(?:合计|一共|加起来|总共|共计|之和|相加|加在一起|加一起|加一块|合起来|总额))/;
  // "政府采购里，买货物和买服务加起来": the clause before the comma qualifies both sides, and each side must still be
  // matched by its own words (货物, 服务), or the shared qualifier alone would pick 政府采购预算 for both.
  let clauseContext = '';
  // "按照普陀区商务委员会2025年单位预算，其政府采购预算中服务类比货物类多出多少": a clause that only names the document
  // read (按照/根据 … 预算) is where the figures come from, not a frame whose words must fit both sides.
  // (Only a document named by its year or as a unit's or department's budget: "按基本支出预算，" names a frame.)
  question = question.replace(/^\s*(?:请问)?(?:按照|根据|依据|依照|据|按)(?=[^，,：:。？?]*(?:(?:19|20)\d{2}年|单位预算|部门预算))[^，,：:。？?]{2,40}?(?:预算|决算|文件|说明|公开材料|材料)(?:来看|看)?[，,：:]\s*(?:其|该单位|该部门)?/, '');
  const clause = /^([^，,：:]+)[，,：:](.+)$/.exec(question);
  // "租办公楼花的钱，比请保安保洁的钱多多少": a second clause opening with 比 sets itself against the first, which is
  // then a side, not a frame.
  // "…“三公”经费和机关运行经费的对照表，…这两项加起来": a second clause that points back (这两项) names no side itself,
  // and a space (left where a unit's name was) is no joint.
  const refersBack = /(这两|那两|这几|那几|两者|二者|上述|以上)/.test(clause?.[2] ?? '');
  if (clause && questionContent(clause[1]) && !refersBack && new RegExp(measureJoint.source.replace('|\\s+', '')).test(clause[2]) && !/^\s*(比|较|相比|比起|相较|对比|跟|同|加上|再加上|加|和|与|以及|还有)/.test(clause[2])) {
    clauseContext = clause[1];
    question = clause[2];
  } else if (clause && /(?:[里中内](?:面|头)?|下面|之下|项下)\s*$/.test(clause[1])) {
    // "部门预算里，编报绩效目标的项目一共有几个": a clause that says where (…里) is a frame, never a side.
    clauseContext = clause[1];
    question = clause[2];
  }
  // "廊坊信访局2022 政府采购 联合接访中心 房租+保洁保安 两项合计": in search-box words, those before the items a plus
  // joins are where both stand.
  if (!clauseContext) {
    const searchWords = /^(.*\S)\s+(\S+[+＋]\S+.*)$/u.exec(question);
    if (searchWords && questionContent(searchWords[1]!)) {
      clauseContext = searchWords[1]!;
      question = searchWords[2]!;
    }
  }
  // "基本支出里水费和电费一共": a budget whole written with 里 (or 中) before the sides, without a comma, is a frame too.
  // ("城乡社区管理事务下的“行政运行”和“一般行政管理事务”": a name with 下的 before the sides is where both stand.)
  const frame = (clauseContext ? null : /^(.+?(?:支出|预算|经费|采购|资金)(?:里面|里头|里|当中|之中|中))(?!小)(.+)$/.exec(question)) ?? /^(.{2,30}?(?:下面的|项下的?|之下的|下的))(.+)$/.exec(question) ?? /^([^和与及、跟]{2,30}?(?:下面|下边|底下))(?!的?[和与及、])(.+)$/.exec(question);
  if (frame && questionContent(frame[2]) && new RegExp(measureJoint.source.replace('|\\s+', '')).test(frame[2])) {
    clauseContext = [clauseContext, frame[1]].filter(Boolean).join(' ');
    question = frame[2];
  }
  // Readings share sides and the frame: each side's joining with the frame is worked out once.
  const composedBySide = new Map<string, ComposedSide | undefined>();
  const composedSide = (side: string, context: string, expand: (text: string) => string) => {
    const key = `${side}\u0001${context}`;
    if (!composedBySide.has(key)) composedBySide.set(key, composedWithFrame(side, context, expand));
    return composedBySide.get(key);
  };
  const bestOf = (side: string, context: string, unitFilter?: (unit: string) => boolean, exclude?: (fact: Fact) => boolean) => {
    const text = context ? `${context} ${side}` : side;
    // "离退休的钱，机关本身和下属事业单位加起来": a side may name its line only together with the frame's last word
    // (机关 + 离退休 = 机关离退休, the administrative unit's line), so that joined wording is expanded too.
    const composed = context && !input.englishSides && input.expand ? composedSide(side, context, input.expand) : undefined;
    const expanded = `${input.expand?.(text) ?? text}${composed ? ` ${composed.words}` : ''}`;
    // "跟2023年实际花掉的相比": a side that names a year other than the document's is that year's figure.
    const sideYears = namedYears(side);
    // (An English question's year often dates a stock, "at the end of 2021", which the document states as 上年末.)
    const period = !input.englishSides && sideYears.length === 1 && sideYears[0] !== document.meta.year ? sideYears[0] : undefined;
    let ranked = rank(input, text, facts, { documentYear: document.meta.year, hintText: input.hintText, alternate: expanded, unitFilter, ...(period ? { period } : {}) });
    if (exclude) ranked = ranked.filter((candidate) => !exclude(candidate.fact));
    if (context) {
      // The side's own words decide among labels the shared context fits equally: 买车 picks 公务用车购置费 over
      // 公务用车购置及运行费 when the context says 公车. (An English rendering's "own" term is only a guess, so there
      // the words filter without weighing.)
      const frameBigrams = composed ? questionBigrams(composed.ending) : undefined;
      const own = new Set([
        ...questionBigrams(input.expand?.(side) ?? side),
        ...(composed ? [...questionBigrams(composed.words)].filter((bigram) => !frameBigrams?.has(bigram)) : []),
      ]);
      const ownShare = (candidate: RankedFact) => {
        const bigrams = characterBigrams(normalizeText(measureName(candidate.fact)));
        return bigrams.length ? bigrams.filter((bigram) => own.has(bigram)).length / bigrams.length : 0;
      };
      ranked = ranked
        .filter((candidate) => ownShare(candidate) > 0)
        .map((candidate) => ({ ...candidate, score: candidate.score + (context === clauseContext ? 0.3 * ownShare(candidate) : 0) }))
        .sort((left, right) => right.score - left.score);
    }
    // A side that names a label exactly (事业单位医疗) is that label, whatever retrieval favours nearby (the
    // 行政事业单位医疗 line above it).
    const exact = namedExactly(ranked);
    // "…than to running standardised wet markets": a side no label names may be named by the use its line's sentence
    // states (主要用于标准化菜场及副食品行业管理).
    const byUse = () => {
      const purpose = purposeFact({ ...input, question: side, expandedQuestion: input.expand?.(side) ?? side });
      return purpose && (!unitFilter || unitFilter(purpose.fact.unit)) && !exclude?.(purpose.fact) ? purpose : undefined;
    };
    return exact ?? bestFact(ranked) ?? abbreviatedMeasure(side, ranked) ?? byUse() ?? distinctiveMeasure(side, ranked);
  };
  // Candidate readings: each joint splits the question; an English rendering (terms joined by spaces) may also carry
  // shared leading terms (spend on procuring | goods | services) that qualify both sides.
  const readings: Array<{ left: string; right: string; context: string }> = [];
  for (const { left, right, context } of input.englishSides ?? []) {
    if (context) readings.push({ left, right, context });
    readings.push({ left, right, context: '' });
    // "spend on procuring goods | services": the left side's other terms may qualify the right side too; each term
    // of the left is tried as its own measure, the rest as shared context (renderings do not keep word order).
    // "the video platform and call centre maintenance budgets": the right side's words after its first qualify the
    // left side too.
    const rightTerms = right.split(/\s+/).filter(Boolean);
    if (rightTerms.length >= 2) readings.push({ left, right, context: [context, ...rightTerms.slice(1)].filter(Boolean).join(' ') });
    const leftTerms = left.split(/\s+/).filter(Boolean);
    if (leftTerms.length < 2) continue;
    for (const own of leftTerms) readings.push({ left: own, right, context: leftTerms.filter((term) => term !== own).join(' ') });
  }
  // An English sum is split at its own joint words (englishSides); with none it names one measure ("its budget for the
  // three public expenses in total"), and the spaces between its rendered terms (三公经费 预算) part nothing. A
  // difference may set its sides apart with words the joints miss, so its rendering is still tried.
  const oneEnglishMeasure = input.englishSides !== undefined && input.englishSides.length === 0 && input.reading.intent === 'total';
  // A joint inside a label (社会保障和就业支出, 商品和服务支出) parts no sides.
  const allLabels = [...new Set(facts.map((fact) => normalizeText(fact.label)))].join('\u0001');
  for (const joint of input.englishSides?.length || oneEnglishMeasure ? [] : question.matchAll(measureJoint)) {
    const left = question.slice(0, joint.index).trim();
    const right = question.slice((joint.index ?? 0) + joint[0].length).trim();
    if (joint[0].trim() && allLabels.includes(normalizeText(`${Array.from(left).slice(-2).join('')}${joint[0].trim()}${Array.from(right).slice(0, 2).join('')}`))) continue;
    readings.push({ left, right, context: clauseContext });
    // "采购预算工程比服务多多少": a budget's name run into the first side (采购预算 + 工程) frames both sides.
    const runIn = clauseContext || input.englishSides ? null : /^(.{2,12}?(?:预算|采购|支出|经费))([\u4e00-\u9fa5]{2,8})$/u.exec(left);
    if (runIn) readings.push({ left: runIn[2]!, right, context: runIn[1]! });
    const leftTerms = left.split(/\s+/);
    if (/\s/.test(joint[0]) && !clauseContext) {
      for (let shared = 1; shared < leftTerms.length; shared += 1) {
        readings.push({ left: leftTerms.slice(shared).join(' '), right, context: leftTerms.slice(0, shared).join(' ') });
      }
    }
  }
  // (An English question's own words, "do they spend more on…", say money too.)
  const askedText = `${input.question} ${input.englishSides ? (input.hintText ?? '') : ''}`;
  // ("…平台的维护费和…平台的维护费，哪一个更高": a fee is money, so a count of platforms maintained is no side.)
  const asksMoneyOnly = /(钱|经费|资金|预算|支出|拨款|万元|元|缴|交的|维护费|运维费|费用|[\u4e00-\u9fa5]费(?:和|与|及|、|，|,|比|哪)|money|spend|spent|budget|fund|yuan|costs?\b|fees?\b)/i.test(`${clauseContext} ${askedText}`) && !/(几家|几个|多少个|多少人|几人|多少名|几名|多少辆|几辆|多少台|几台|多少件|几件|how many|number of)/i.test(askedText);
  // The best pair any reading found; tryReading keeps it.
  const chosen: { best?: { pair: [RankedFact, RankedFact]; score: number } } = {};
  const seen = new Set<string>();
  const tryReading = ({ left, right, context }: { left: string; right: string; context: string }, strict = false) => {
    const key = `${context}\u0001${left}\u0001${right}`;
    if (!questionContent(left) || !questionContent(right) || seen.has(key)) return;
    seen.add(key);
    // "水费电费 加一块儿预算多少钱": a side of only sum and budget words (加一块儿预算多少钱) names no measure.
    if (!input.englishSides && (namesOnlyTheSum(left) || namesOnlyTheSum(right))) return;
    // "…租赁费和保洁、保安专项经费，两项政府采购加起来是多少": a clause opening with a count of the items (两项) points
    // back at the sides before it, and is none itself.
    if (!input.englishSides && new RegExp(`^\\s*${countOfItems}`).test(right)) return;
    // "给退休人员的钱里，机关退休的那块比事业单位退休的那块多出多少": money asked, so no count (机关 1家) is a side.
    const firstLeft = bestOf(left, context, asksMoneyOnly ? isMoneyUnit : undefined);
    // The two sides of a sum or a difference are measured alike: money with money, 辆 with 辆.
    // "行政单位医疗和事业单位医疗": the other side is never the line that contains this one (行政事业单位医疗), nor
    // a line this one contains.
    // ("…预留的政府采购金额，比其中专门留给小型和微型企业的部分多出多少": a part the asker names as such, 其中, is set
    // against its whole: the gap is the rest.)
    const partNamed = input.reading.intent === 'difference' && /其中/.test(right);
    let rightBest =
      firstLeft &&
      bestOf(right, context, (unit) => alikeUnits(firstLeft.fact.unit, unit), (fact) => !partNamed && nestedLines(fact, firstLeft.fact, document.facts));
    let leftBest = firstLeft;
    // A sum's second side naming the line that holds the first ("provident fund and housing subsidies") is that
    // line's other part, when a better match than any line apart from the first.
    // (The side is ranked again, whole lines included, only when the first side has such a line.)
    const paired = firstLeft && input.reading.intent === 'total' ? soleOtherParts(firstLeft.fact, document.facts) : undefined;
    if (firstLeft && paired?.size) {
      const whole = bestOf(right, context, (unit) => alikeUnits(firstLeft.fact.unit, unit));
      const rest = whole && whole.score > (rightBest?.score ?? 0) ? statementsOf(whole.fact, document.facts).map((statement) => paired.get(rowPlace(statement))).find((other) => other !== undefined) : undefined;
      if (whole && rest) rightBest = { ...whole, fact: proseTwin(rest, document) };
    }
    if (!leftBest || !rightBest || sameFigure(leftBest.fact, rightBest.fact)) return;
    // A budget line is set against a budget line, not against a performance target's cap (成本 ≤133.55万元): when
    // one side found a bound and the other a stated amount, the bound side's best stated amount is taken if it
    // matches nearly as well.
    if (leftBest.fact.comparator !== rightBest.fact.comparator && (leftBest.fact.comparator === '=' || rightBest.fact.comparator === '=')) {
      const boundIsLeft = leftBest.fact.comparator !== '=';
      const bound = boundIsLeft ? leftBest : rightBest;
      const other = boundIsLeft ? rightBest : leftBest;
      const stated = bestOf(boundIsLeft ? left : right, context, (unit) => alikeUnits(other.fact.unit, unit), (fact) => fact.comparator !== '=' || nestedLines(fact, other.fact, document.facts));
      if (stated && !sameFigure(stated.fact, other.fact) && stated.score >= 0.75 * bound.score) {
        if (boundIsLeft) leftBest = stated;
        else rightBest = stated;
      }
    }
    // A cut with no joint word must leave each side naming its label almost in full.
    if (strict && (leftBest.match.labelCoverage < 0.9 || rightBest.match.labelCoverage < 0.9)) return;
    const score = Math.min(leftBest.score, rightBest.score);
    if (!chosen.best || score > chosen.best.score) chosen.best = { pair: [leftBest, rightBest], score };
  };
  // "行政单位和事业单位的医疗保险缴费": what follows the right side's 的 is shared by both sides (行政单位医疗 and
  // 事业单位医疗), and when it finds both that reading is taken over one of the bare sides (行政单位 1家).
  for (const joint of input.englishSides?.length ? [] : question.matchAll(measureJoint)) {
    if (!joint[0].trim()) continue;
    // (After a joining word the left side starts after the clause before it: "2025年，机关那头和…".)
    const before = question.slice(0, joint.index).trim();
    const left = ((/^[，,]$/.test(joint[0].trim()) ? before.split(/\s+/) : before.split(/[\s，,]+/)).pop() ?? '').replace(/^(?:\d{2,4}年度?)/, '');
    const right = question.slice((joint.index ?? 0) + joint[0].length).trim();
    const shared = /^([^的]+)的([^的]+)$/.exec(right);
    // ("…那头的离退休经费，两项加起来": the shared words end before a clause that counts the sides.)
    const joined = !/^[，,]$/.test(joint[0].trim());
    const tail = (joined ? shared?.[2]?.replace(new RegExp(`[，,]\\s*${countOfItems}[^，,]*$`, 'u'), '') : shared?.[2])?.replace(/(加起来|加在一起|合计|一共|总共|共|是|有|为)?(多少|几)[\s\S]*$/, '');
    if (!shared || !tail || !questionContent(tail) || !/^[\u4e00-\u9fa5]+$/.test(left) || !/^[\u4e00-\u9fa5]+$/.test(tail)) continue;
    tryReading({ left: `${left}${tail}`, right: `${shared[1]}${tail}`, context: clauseContext });
  }
  // "行政单位和事业单位两项医疗支出合计", "住房公积金与购房补贴两项财政拨款支出合计": the words after the count go with
  // each side, or only say where both stand; the items are read before the count.
  // (Read in the question as the frame left it, so that the count's place is where the items end.)
  const description = describedItems.exec(question);
  if (description && !input.englishSides?.length) {
    const items = question.slice(0, description.index);
    for (const joint of items.matchAll(measureJoint)) {
      if (!joint[0].trim()) continue;
      // (A clause before the left side ends at its comma: "…接访中心，2022年房租加上保洁保安这两笔…".)
      const left = (items.slice(0, joint.index).trim().split(/[\s，,]+/).pop() ?? '').replace(/^(?:\d{2,4}年度?)/, '');
      const right = items.slice((joint.index ?? 0) + joint[0].length).trim().replace(/[，,]$/u, '').replace(/(?:这|那|上述|以上)$/u, '');
      // (An item may hold a 、 of its own: 保洁、保安 is one line, 市联合接访中心保洁、保安等专项经费.)
      if (!/^[\u4e00-\u9fa5、]+$/.test(left) || !/^[\u4e00-\u9fa5、]+$/.test(right)) continue;
      // (The words after the count frame both sides, each still named by its own words: 两项政府采购 is no
      // 政府采购预算 for either.)
      tryReading({ left, right, context: [clauseContext, description[1]].filter(Boolean).join(' ') });
      // (财政拨款支出 only says where both stand: each side bare.)
      tryReading({ left, right, context: clauseContext });
    }
  }
  const distributed = chosen.best?.pair;
  if (distributed) return distributed;
  for (const reading of readings) tryReading(reading);
  // "水费电费加一块": two labels side by side with no joint between them; a short question is tried at every split.
  const characters = Array.from(question.replace(/\s+/g, ''));
  if (!chosen.best && !input.englishSides?.length && characters.length <= 24) {
    // A cut inside a label the question writes out whole (工资福利|支出) parts nothing: that label is one measure.
    const joined = characters.join('');
    const spans = longLabelsOf(document)
      .flatMap((label) => {
        const at = joined.indexOf(label);
        return at >= 0 ? [{ start: Array.from(joined.slice(0, at)).length, end: Array.from(joined.slice(0, at)).length + Array.from(label).length }] : [];
      });
    for (let cut = 2; cut <= characters.length - 2; cut += 1) {
      if (spans.some((span) => span.start < cut && cut < span.end)) continue;
      // ("基本支出按经济分类列的水费一共": what stands before 的 qualifies what follows, and is no second item.)
      if (characters[cut - 1] === '的') continue;
      tryReading({ left: characters.slice(0, cut).join(''), right: characters.slice(cut).join(''), context: clauseContext }, true);
    }
  }
  return chosen.best?.pair;
}

/** A side's or an item's content without the words that only ask for a sum of budget money (加一块儿预算多少钱). */
function withoutSumWords(text: string): string {
  // ("这三样加起来": the count of the items named before is no item.)
  return questionContent(text).replace(/(?:[这那]?[两二三四五六七八九几](?:样|项|笔|个|块|类|部分|种)|加一块儿?|加一起|加起来|加在一起|一共|总共|合计|总计|共计|总额|预算|经费|资金|钱|多少|安排|花|是|有|的|啊|呀|呢|吗|了|准确|精确|确切|\|)/gu, '').trim();
}

function namesOnlyTheSum(side: string): boolean {
  return !withoutSumWords(side);
}

/** The last content word of a frame clause that is not a money word: 离退休 of 离退休的钱. */
function composedFrameHead(context: string): string | undefined {
  return questionContent(context)
    .split('|')
    .map((word) => word.replace(/(?:的)?(?:钱|经费|资金|费用|开支|支出|预算|那块|这块|部分)+$/u, ''))
    .filter((word) => Array.from(word).length >= 2)
    .pop();
}

/** What a side names joined with its frame: the new glossary wordings, and the frame's ending that made them. */
interface ComposedSide {
  words: string;
  ending: string;
}

/**
 * The glossary wordings a side names only when joined with its frame's head (机关本身 + 离退休 -> 机关离退休, an alias
 * of 行政单位离退休), beyond those the side or the head brings alone; undefined when the joining names nothing new.
 */
function composedWithFrame(side: string, context: string, expand: (text: string) => string): ComposedSide | undefined {
  const head = composedFrameHead(context);
  const core = questionContent(side).split('|')[0]?.replace(/本身|自身|自己|本级|^(?:下属|所属|下面|底下)的?/gu, '');
  if (!head || !core || Array.from(core).length < 2 || core.includes(head)) return undefined;
  const additions = (text: string) => expand(text).slice(text.length).split(/\s+/).filter(Boolean);
  const fromCore = additions(core);
  // The head may close a longer frame (给自己工作人员交医保): its endings down to two characters (医保) are tried in
  // turn, longest first, as far as a glossary wording is long (six characters).
  const characters = Array.from(head);
  for (let start = Math.max(0, characters.length - 6); start <= characters.length - 2; start += 1) {
    const ending = characters.slice(start).join('');
    const alone = new Set([...fromCore, ...additions(ending)]);
    const joined = additions(`${core}${ending}`).filter((word) => !alone.has(word));
    if (joined.length) return { words: joined.join(' '), ending };
  }
  return undefined;
}

const longLabels = new WeakMap<ParsedDocument, string[]>();

/** The document's distinct normalised fact labels of three characters or more, worked out once per document. */
function longLabelsOf(document: ParsedDocument): string[] {
  let labels = longLabels.get(document);
  if (!labels) {
    labels = [...new Set(document.facts.filter((fact) => fact.kind === 'value').map((fact) => normalizeText(fact.label)))].filter((label) => Array.from(label).length >= 3);
    longLabels.set(document, labels);
  }
  return labels;
}

/**
 * One side of a two-measure question is short, and people shorten labels by picking their characters: 保洁保安经费
 * for 市联合接访中心保洁、保安等专项经费, 租房经费 for 办公用房租赁经费. A fact whose label holds nearly every character
 * of the side answers it when word matching found nothing credible.
 */
function abbreviatedMeasure(side: string, ranked: RankedFact[]): RankedFact | undefined {
  const characters = Array.from(questionContent(side).replace(/\|/g, ''));
  if (characters.length < 3) return undefined;
  let best: { candidate: RankedFact; coverage: number } | undefined;
  for (const candidate of ranked) {
    if (candidate.match.labelCoverage < 0.1) continue;
    const label = normalizeText(candidate.fact.label);
    const coverage = characters.filter((character) => label.includes(character)).length / characters.length;
    if (coverage >= 0.8 && (!best || coverage > best.coverage)) best = { candidate, coverage };
  }
  return best?.candidate;
}

/**
 * "中小企业那块占总支出百分之多少": a run of four characters or more of the side that the labels of only one figure hold
 * (支持中小企业发展和管理支出 and its 其他… sub-line, both 293,810,000元) names that figure, however little of the label
 * it covers. Words the documents lack were refused before; a run that several figures' labels hold names none.
 */
function distinctiveMeasure(side: string, ranked: RankedFact[], totalsApart = false): RankedFact | undefined {
  const characters = Array.from(questionContent(side).replace(/[|\s]/g, ''));
  // (An amount shared out over people is no total row: 廊坊市信访局本级小计 is named only by the unit's place in
  // 廊坊市联合接访中心.)
  const values = ranked.filter((candidate) => candidate.fact.kind === 'value' && candidate.match.labelCoverage > 0 && !(totalsApart && /(?:合计|总计|小计|共计)$/.test(normalizeText(candidate.fact.label))));
  let found: RankedFact | undefined;
  // Runs of four characters, then of two (房租 of 这笔房租): a run several figures' labels hold decides nothing, and
  // two runs that name different figures leave the side unnamed.
  for (const length of [4, 2]) {
    for (let start = 0; start + length <= characters.length; start += 1) {
      const run = characters.slice(start, start + length).join('');
      if (!/^[\u4e00-\u9fa5]+$/.test(run) || (length === 2 && genericLabelWords.has(run))) continue;
      const holding = values.filter((candidate) => normalizeText(candidate.fact.label).includes(run));
      if (!holding.length || holding.some((candidate) => !sameFigure(candidate.fact, holding[0]!.fact))) continue;
      if (found && !sameFigure(found.fact, holding[0]!.fact)) return undefined;
      found ??= holding[0];
    }
    if (found) return found;
  }
  return found;
}

// Two-character words most labels share: they name no one figure.
const genericLabelWords = new Set(['支出', '经费', '预算', '费用', '资金', '项目', '收入', '合计', '其他', '单位', '部门', '政府', '财政', '拨款', '运行', '事务', '管理', '行政', '事业', '公共', '一般', '基本', '服务', '专项', '工作', '建设', '发展', '补助', '补贴']);

/** The candidates whose label shares a word with `own` (the side's own words, without the context it was ranked in). */
function namedByOwnWords(ranked: RankedFact[], own: string | undefined, shared?: string): RankedFact[] {
  if (own === undefined) return ranked;
  const bigrams = new Set(questionBigrams(own));
  if (shared !== undefined) for (const bigram of questionBigrams(shared)) bigrams.delete(bigram);
  return ranked.filter((candidate) => characterBigrams(normalizeText(measureName(candidate.fact))).some((bigram) => bigrams.has(bigram)));
}

/**
 * "staff pay & benefits than running the offices": set against personnel funding (人员经费), the offices' running is its
 * counterpart in basic spending, public funding (公用经费) of the same row, not the 机关运行经费 statement (which counts
 * administrative units only).
 */
function personnelCounterpart(pair: [Fact, Fact], document: ParsedDocument): [Fact, Fact] {
  const name = (fact: Fact) => normalizeText(measureName(fact));
  const personnel = pair.findIndex((fact) => /人员经费$/.test(name(fact)));
  const running = pair.findIndex((fact) => /机关运行经费/.test(name(fact)));
  if (personnel < 0 || running < 0) return pair;
  const staff = pair[personnel];
  const counterpart = document.facts.find(
    (fact) => fact.kind === 'value' && fact.source.blockId === staff.source.blockId && fact.source.row === staff.source.row && name(fact) === '公用经费',
  );
  if (!counterpart) return pair;
  const swapped: [Fact, Fact] = [...pair];
  swapped[running] = counterpart;
  return swapped;
}

function twoMeasures(input: ExecuteInput, ranked: RankedFact[]): [Fact, Fact] | undefined {
  const { document } = input;
  const values = document.facts.filter((fact) => fact.kind === 'value');
  const sides = measuresBySides(input, values);
  // The sentence that states a table's figure is what people quote (and where the figure stands in their words).
  const quoted = (fact: Fact) => (asksTableCell(input) ? fact : proseTwin(fact, document));
  if (sides) return personnelCounterpart([quoted(sides[0].fact), quoted(sides[1].fact)], document);
  // "三公经费一共多少" names one measure: 一共 describes it, and no second figure should be guessed for a sum.
  if (input.reading.intent === 'total') return undefined;
  const first = bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value'));
  if (!first) return undefined;
  const second = findSecondMeasure(input, input.question, values, first, document.meta.year);
  // A line is never set against its own sub-line: the gap says nothing.
  if (!second || sameFigure(first.fact, second.fact) || nestedLines(first.fact, second.fact, document.facts)) return undefined;
  // Keep the order in which the question names them.
  const position = (fact: Fact) => {
    const question = normalizeText(input.question);
    const label = normalizeText(fact.label);
    const index = question.indexOf(label);
    if (index >= 0) return index;
    const bigram = characterBigrams(label).find((candidate) => question.includes(candidate));
    return bigram ? question.indexOf(bigram) : Number.MAX_SAFE_INTEGER;
  };
  const pair: [Fact, Fact] = [quoted(first.fact), quoted(second.fact)];
  return position(pair[0]) <= position(pair[1]) ? pair : [pair[1], pair[0]];
}

/**
 * "办公费、印刷费和差旅费一共多少": three or more items joined by 、/和/与 are summed when every item names its own
 * figure, in the same kind of unit, none a restatement of another.
 */
function manyMeasures(input: ExecuteInput): Fact[] | undefined {
  const { document } = input;
  const values = document.facts.filter((fact) => fact.kind === 'value');
  if (input.englishItems && input.englishItems.items.length >= 3) return itemsFound(input, input.englishItems.items, values, input.englishItems.context);
  if (input.englishSides?.length) return undefined;
  const listed = listedBeforeSum(input.question);
  if (listed) return itemsFound(input, listed.items, values, listed.context);
  // Joints other than spaces, without the capturing group (split would return the joints as items).
  const joints = new RegExp(`(?:${measureJoint.source.slice(1, -1).replace('|\\s+', '')})`, 'g');
  // "三公经费中，A、B与C三项合计": the clause that says where the items stand is no item. "基本支出里的水费、电费
  // 再加上物业费": a frame before the first item (…里的) is the context every item stands in.
  // "“商贸事务（款）”项下行政运行、一般行政管理事务…": 项下 (under the heading) frames the items the same way.
  // "“基本工资”“津贴补贴”“绩效工资”三项": quoted items side by side are a list without joints.
  const asked = sentencesSettingSides(input.question).replace(/([”"’])\s*([“"‘])/g, '$1、$2');
  // "基本支出按经济分类看，水费和电费加起来": a first clause that says how the table is read (按…看, 来说) is a frame too.
  const whereClause = /^[^，,]*(?:[中里](?:面)?|下面|下边|底下|之下|项下|按[^，,]{1,12}(?:来)?看|(?:来)?看的话|来说|而言)[，,]/;
  const frame = /^([^，,、]*?)(?:[中里](?:面|头)?的|项下的?|下面的|之下的?)(?=[^，,、]{2,})/.exec(asked.replace(whereClause, ''));
  const question = asked.replace(whereClause, '').slice(frame ? frame[0].length : 0);
  const context = frame?.[1] ?? '';
  // A joint inside a label (公务用车购置及运行费) does not part two items: pieces whose rejoining a label holds stay one.
  const labels = [...new Set(values.map((fact) => normalizeText(fact.label)))].join('\u0001');
  const pieces = question.split(new RegExp(`(${joints.source})`));
  const merged: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = pieces[index]!;
    const previous = merged[merged.length - 1];
    const joint = pieces[index - 1];
    const tail = normalizeText(previous ?? '').slice(-4);
    const head = normalizeText(piece).slice(0, 3);
    if (previous !== undefined && joint && tail && head && labels.includes(`${tail}${normalizeText(joint)}${head}`)) merged[merged.length - 1] = `${previous}${joint}${piece}`;
    else merged.push(piece);
  }
  // "…，合计为多少万元？": the clause that asks for the sum names no item (two characters of content at least).
  // "…，预算加起来一共多少？": nor does one that names only the budget it sums.
  const items = merged
    .map((item) => item.trim())
    // "请按…《一般公共预算基本支出部门预算经济分类预算表》，把A、B、C三项加总": the table read from is where the items stand.
    .filter((item) => !/^(?:请)?(?:按|按照|根据|依据|依照|据|对照|参照)[^，,、]*(?:《[^》]+》|表)$/.test(item))
    .filter((item) => (withoutSumWords(item).match(/[\u4e00-\u9fa5a-z]/gi)?.length ?? 0) >= 2);
  // "给自己工作人员交医保的钱，机关的加上下属事业单位的": items ending in 的 leave their noun to a clause before them,
  // which is then the frame both stand in, not an item of its own.
  const elliptical = items.findIndex((item) => /的$/.test(item.replace(/[，,。？?！!\s]+$/, '')));
  if (elliptical > 0 && items.slice(elliptical).every((item) => /的$/.test(item.replace(/[，,。？?！!\s]+$/, '')))) return undefined;
  if (items.length < 3) return undefined;
  // "…不是早就造好了吗？怎么预算里还有它的钱。麻烦算一下，这个项目四个季度的用款计划加起来一共多少？": a piece running over
  // a sentence's end is the story told between commas, not an item (the last one may run on: …合计是多少？烦请提供准确数字。).
  if (items.slice(0, -1).some((item) => /[。？?！!]\s*\S/.test(item))) return undefined;
  // "基本养老保险和职业年金，两项合计多少": two items announced; the clause that announces them is no third.
  if (/(两项|两笔|两个|两者|二者|这两|两块|两部分|两类)/.test(question)) return undefined;
  return itemsFound(input, items, values, context);
}

/**
 * "…分别列示了政府采购货物、工程、服务三类预算。请将三项相加，…": a sentence that sums by a count (三项相加) points
 * back at the items a sentence before it lists (A、B、C三类). The items, the first one's head (政府采购) the frame
 * the short ones after it stand in; undefined when no sentence sums that way.
 */
export function listedBeforeSum(question: string): { items: string[]; context: string } | undefined {
  const sentences = questionSentences(question, 'zh');
  const summing = sentences.findIndex((sentence, index) => index > 0 && /(?:这|那|上述|以上|将|把)?[两二三四五六几](?:项|类|笔|个|块|种)[^。？?]{0,6}(?:相加|加起来|加总|合计|之和|加在一起|汇总)/.test(sentence));
  if (summing < 0) return undefined;
  for (const sentence of sentences.slice(0, summing).reverse()) {
    const run = /([\u4e00-\u9fa5]{1,14}(?:、[\u4e00-\u9fa5]{1,12})+(?:[和及与][\u4e00-\u9fa5]{1,12})?)[两二三四五六几](?:项|类|笔|个|块|种)/.exec(sentence);
    if (!run) continue;
    // (What comes before the list's verb, 列示了 / 包括 / 分为, is no part of its first item.)
    const items = run[1]!.split(/[、和及与]/).map((item, index) => (index === 0 ? item.replace(/^.*(?:了|包括|包含|分为|分成|即|有|为|是)/, '') : item));
    if (items.length < 3 || items.some((item) => !item)) return undefined;
    const [first, ...rest] = items;
    const longest = Math.max(...rest.map((item) => Array.from(item).length));
    const head = Array.from(first!).length - longest >= 2 ? Array.from(first!).slice(0, Array.from(first!).length - longest).join('') : '';
    return { items: head ? [Array.from(first!).slice(-longest).join(''), ...rest] : items, context: head };
  }
  return undefined;
}

const tableTitlesCache = new WeakMap<ParsedDocument, string[]>();
/** The document's table titles, normalised, once per document. */
function tableTitlesOf(document: ParsedDocument): string[] {
  let titles = tableTitlesCache.get(document);
  if (!titles) tableTitlesCache.set(document, (titles = [...new Set(document.facts.map((fact) => normalizeText(fact.tableTitle ?? '')).filter(Boolean))]));
  return titles;
}

/** Each item's own figure, all in the same kind of unit and none a restatement of another; undefined if any is missing. */
function itemsFound(input: ExecuteInput, items: string[], values: Fact[], context = '', codedRows?: Set<string>[]): Fact[] | undefined {
  const { document } = input;
  const found: Fact[] = [];
  for (const [index, item] of items.entries()) {
    const text = context ? `${context} ${item}` : item;
    // The framing topic fits every item alike; each must still be named by its own words (货物, 工程, 服务).
    const named = namedByOwnWords(rank(input, text, values, { documentYear: document.meta.year, hintText: input.hintText, alternate: input.expand?.(text) }), context ? item : undefined);
    // "30217公务接待费": an item written by its code stands in the rows that carry the code, not in a like-named line
    // elsewhere (the 三公 table's 公务接待费).
    const rows = codedRows?.[index];
    const inRows = rows?.size ? named.filter((candidate) => rows.has(`${candidate.fact.source.blockId}:${candidate.fact.source.row}`)) : [];
    const ranked = inRows.length ? inRows : named;
    let best = bestFact(ranked) ?? abbreviatedMeasure(item, ranked);
    if (!best) return undefined;
    // "retirees' activity costs" (退休人员 活动费): a word of the item the best label lacks (活动费 beside 退休费) but one
    // line's stated use repeats with the rest of the item (主要用于退休人员活动费) names that line.
    const label = normalizeText(best.fact.label);
    const pieces = questionContent(item).split('|').filter((piece) => Array.from(piece).length >= 2);
    const lacking = pieces.filter((piece) => Array.from(piece).length >= 3 && longestCommonRun(Array.from(piece), Array.from(label)) < 2);
    if (lacking.length) {
      // The use that holds every word of the item and little else (退休人员活动费, not 离退休人员补贴费、福利费和活动费).
      const covered = (use: string) => pieces.reduce((sum, piece) => sum + Array.from(piece).length, 0) / Array.from(use).length;
      const holders = statedUses(document).filter(({ use }) => pieces.every((piece) => use.includes(piece)) && covered(use) >= 0.6);
      const byUse = holders.sort((left, right) => covered(right.use) - covered(left.use))[0];
      if (byUse && holders.every((other) => other === byUse || covered(other.use) < covered(byUse.use)) && !sameFigure(byUse.fact, best.fact)) {
        best = { fact: byUse.fact, score: best.score, match: best.match };
      }
    }
    // A table the question names (…经济分类表里) is where the item is read, not the sentence of a like-named line.
    // ("2080505加2080506合计": an item written by its code is read in the row that carries the code, as a lookup of the
    // code is; called a 科目 or a line, it is read where the explanation's sentences state each 科目.)
    const fact = best.match.titled === true || (inRows.includes(best) && !/科目|\blines?\b/i.test(`${input.question} ${input.hintText ?? ''}`)) ? best.fact : proseTwin(best.fact, document);
    if (found.some((other) => sameFigure(other, fact) || isMoneyUnit(other.unit) !== isMoneyUnit(fact.unit))) return undefined;
    found.push(fact);
  }
  // "政府采购，不算工程的话，买东西加买服务一共多少": an item whose line holds the others (政府采购预算 over its goods
  // and services) is where they stand, not one more item.
  const parts = found.filter((fact) => !found.some((other) => other !== fact && containsFact(fact, other, document.facts)));
  return parts.length >= 2 && parts.length < found.length ? parts : found;
}

const periodInLabel = /第?[一二三四1-4]季度|[一二三四五六七八九十]{1,3}月份?|(?<!\d)\d{1,2}月份?|Q[1-4]/g;

/**
 * "四个季度用款计划合计": a schedule states one figure per period (第一季度用款计划158.05万元，第二季度…); the question
 * asks for the series, so every figure of the best-matching label, period aside, in the same passage is summed.
 */
function seriesParts(input: ExecuteInput, ranked: RankedFact[]): Fact[] | undefined {
  if (!/(季度|quarter|每月|各月|月份|monthly|month)/i.test(`${input.question} ${input.hintText ?? ''}`)) return undefined;
  // The period word itself (季度) is most of what names a schedule line, so a low score still leads.
  const lead = ranked.find((candidate) => candidate.fact.kind === 'value' && seriesLabel(candidate.fact).includes('#') && candidate.score >= 0.15);
  const series = lead ? scheduleOf(lead.fact, input.document.facts) : undefined;
  return series && inNamedQuarters(input, series);
}

/** "Q1 and Q2 combined", 上半年, "in the first quarter": of a schedule, only the quarters named, when some are. */
function inNamedQuarters(input: ExecuteInput, series: Fact[]): Fact[] {
  const named = quartersNamed(`${input.question} ${input.hintText ?? ''}`);
  if (named.size === 0) return series;
  const chosen = series.filter((fact) => [...named].some((quarter) => quarterPattern[quarter - 1]!.test(fact.label)));
  return chosen.length > 0 && chosen.length < series.length ? chosen : series;
}

// One quarter as a label or a question writes it: 第一季度 / 一季度 / Q1 / the first quarter.
const quarterPattern = [/第?[一1]季度|\bQ1\b|\bfirst quarter\b/i, /第?[二2]季度|\bQ2\b|\bsecond quarter\b/i, /第?[三3]季度|\bQ3\b|\bthird quarter\b/i, /第?[四4]季度|\bQ4\b|\bfourth quarter\b/i];

/** The quarters a question names: Q1, 第二季度, the first quarter, 上半年 / the first half (Q1 and Q2). */
export function quartersNamed(question: string): Set<number> {
  if (/前三个?季度|first three quarters/i.test(question)) return new Set([1, 2, 3]);
  // "一到四季度", "第二至第三季度", "Q1-Q4", "Q2 to Q4": a range names every quarter in it.
  const range = /第?([一二三四1-4])(?:季度)?\s*(?:到|至|-|–|~|～)\s*第?([一二三四1-4])季度|\bQ([1-4])\s*(?:-|–|to|through|until)\s*Q([1-4])\b/i.exec(question);
  if (range) {
    const number = (digit: string) => '一二三四'.indexOf(digit) + 1 || Number(digit);
    const [from, to] = [number(range[1] ?? range[3]!), number(range[2] ?? range[4]!)];
    if (from < to) return new Set([1, 2, 3, 4].filter((quarter) => quarter >= from && quarter <= to));
  }
  const named = new Set([1, 2, 3, 4].filter((quarter) => quarterPattern[quarter - 1]!.test(question)));
  if (/上半年|前两个?季度|first half|\bh1\b/i.test(question)) [1, 2].forEach((quarter) => named.add(quarter));
  if (/下半年|后两个?季度|second half|\bh2\b/i.test(question)) [3, 4].forEach((quarter) => named.add(quarter));
  return named;
}

/** A schedule line's label with its period left out: 第一季度用款计划 -> #用款计划. */
function seriesLabel(fact: Fact): string {
  return normalizeText(fact.label).replace(periodInLabel, '#');
}

/** Every period's figure of the schedule `lead` belongs to (same passage, unit and label but for the period). */
function scheduleOf(lead: Fact, facts: Fact[]): Fact[] | undefined {
  const key = seriesLabel(lead);
  const series = facts.filter((fact) => fact.kind === 'value' && fact.source.blockId === lead.source.blockId && fact.unit === lead.unit && seriesLabel(fact) === key);
  const distinct = series.filter((fact, index) => series.findIndex((other) => normalizeText(other.label) === normalizeText(fact.label)) === index);
  return distinct.length >= 2 ? distinct : undefined;
}

const paragraphTexts = new WeakMap<ParsedDocument, string[]>();

/** Each block's normalised text (empty for tables), computed once per document. */
const labelBigramCache = new WeakMap<ParsedDocument, Set<string>>();
/** The character pairs of every labelled figure's label in the document, once per document. */
function labelBigramsOf(document: ParsedDocument): Set<string> {
  let bigrams = labelBigramCache.get(document);
  if (!bigrams) {
    bigrams = new Set(document.facts.filter((fact) => fact.kind === 'value').flatMap((fact) => characterBigrams(normalizeText(fact.label))));
    labelBigramCache.set(document, bigrams);
  }
  return bigrams;
}

function normalizedParagraphs(document: ParsedDocument): string[] {
  let texts = paragraphTexts.get(document);
  if (!texts) {
    texts = document.blocks.map((block) => (block.kind === 'paragraph' ? normalizeText(block.text) : ''));
    paragraphTexts.set(document, texts);
  }
  return texts;
}

/**
 * "社区公共服务中心新建工程今年一共计划用多少钱": a project the question names by the passage describing it, with no
 * figure named: its year's money is the schedule its section states (第一季度用款计划15万元，…), summed. Only where
 * nothing else in the question matches a label well.
 */
function projectSchedule(input: ExecuteInput, ranked: RankedFact[]): Fact[] | undefined {
  // The whole project's cost (总投资, 总造价, total investment) is not one year's schedule.
  const asked = `${input.question} ${input.hintText ?? ''}`;
  if (unstatedMeasure(asked) || /(总概算|建设总费用|overall cost|whole project|lifetime)/i.test(asked)) return undefined;
  // A measure that is no money (总建筑面积, floor area) is not the year's money.
  const unitHint = impliedUnits(asked);
  if (unitHint && unitHint('万元') <= 0) return undefined;
  // A figure whose own label the question says (not one matched through its column or context) is what is asked.
  const askedBigrams = questionBigrams(input.question);
  const strong = bestFact(ranked, 0.6);
  const labelBigrams = strong ? characterBigrams(normalizeText(measureName(strong.fact))) : [];
  if (strong && labelBigrams.filter((bigram) => askedBigrams.has(bigram)).length >= 0.6 * labelBigrams.length) return undefined;
  const { blocks, facts } = input.document;
  const texts = normalizedParagraphs(input.document);
  const question = Array.from(normalizeText(input.question));
  if (question.length < 8) return undefined;
  // The passage that names the project: eight or more of the question's characters in a row. A passage without
  // the question's first eight-character piece at some offset cannot hold such a run, so most are skipped cheaply.
  // Of several such passages (a story may also repeat the cover page's "2024年部门预算"), the one sharing the longest
  // run names the project.
  const pieces = question.slice(0, -7).map((_, index) => question.slice(index, index + 8).join(''));
  let named = -1;
  let longest = 0;
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || !pieces.some((piece) => texts[index].includes(piece))) return;
    const run = longestCommonRun(question, Array.from(texts[index]));
    if (run > longest) [named, longest] = [index, run];
  });
  if (named === -1) return undefined;
  const top = blocks[named].path[0];
  const following = new Set<string>();
  for (let index = named; index < blocks.length && blocks[index].path[0] === top; index += 1) following.add(blocks[index].id);
  // The first schedule after it, under the same top-level heading.
  const first = facts.find((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && following.has(fact.source.blockId) && seriesLabel(fact).includes('#'));
  return first ? scheduleOf(first, facts) : undefined;
}

/**
 * "…general administrative affairs lines under organisation, publicity and united-front affairs (2013202, 2013302,
 * 2013402) add up to": three lines or more written by code are the items, whatever the words around the codes say
 * (three lines of one name need their codes to be told apart).
 */
function codedLines(input: ExecuteInput): Fact[] | undefined {
  const lines = linesNamedByCode(input.hintText ?? input.question, input.document);
  const values = input.document.facts.filter((fact) => fact.kind === 'value');
  // "what do 2010302 and 2010399 add up to in the project-expenditure column?": two codes in an English question are
  // its two lines (their English sides render no code); the rest of the question (a column) frames both.
  if (lines.length === 2 && (input.englishSides !== undefined || input.reading.intent === 'total')) return twoCodedLines(input, lines);
  if (lines.length < 3) return undefined;
  return itemsFound(input, lines.map((line) => line.name), values, '', lines.map((line) => line.rows));
}

/**
 * "How much more under 2010302 than under 2010399?": two lines written by code are the two things a difference or a
 * total sets side by side; the rest of the question (a table, a column) frames both.
 */
function twoCodedLines(input: ExecuteInput, lines = linesNamedByCode(input.hintText ?? input.question, input.document)): [Fact, Fact] | undefined {
  if (lines.length !== 2) return undefined;
  const values = input.document.facts.filter((fact) => fact.kind === 'value');
  const names = lines.map((line) => line.name);
  const rows = lines.map((line) => line.rows);
  const found = itemsFound(input, names, values, input.question, rows) ?? itemsFound(input, names, values, '', rows);
  return found?.length === 2 ? [found[0]!, found[1]!] : undefined;
}

/**
 * "Adding Wanli Street's 2024 and 2025 budgets together, how much for the three public expenses over the two years?":
 * one measure summed over two years, each from its own year's disclosure of the unit.
 */
function acrossYears(input: ExecuteInput, ranked: RankedFact[]): Fact[] | undefined {
  const { document, reading } = input;
  // "How many vehicles in total as of 31 August 2024, according to its 2025 budget?": a dated year says when a count
  // stood, not a year to add.
  const dated = datedYears(`${input.question} ${input.hintText ?? ''}`);
  const others = reading.years.filter((year) => year !== document.meta.year && !dated.includes(year));
  if (others.length !== 1 || !reading.years.includes(document.meta.year ?? NaN)) return undefined;
  const here = bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value'));
  const there = crossYearLevel(input, others[0]);
  if (!here || !there || there.facts.length !== 1) return undefined;
  const other = there.facts[0]!;
  // The same measure in both years: labels alike, units alike.
  if (!alikeUnits(here.fact.unit, other.unit) || normalizeText(measureName(here.fact)) !== normalizeText(measureName(other))) return undefined;
  return [proseTwin(here.fact, document), other];
}

function total(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult {
  // "出国、公车、接待这几项加起来一共预算了多少钱": the three parts of 三公经费 named together make the whole, which
  // the disclosure states; reading them as three items depends on how the list ends (这几项, 一共预算了…).
  const whole = input.reading.years.length <= 1 ? wholeOfSanGongParts(input) : input;
  if (whole !== input && /三公经费/.test(whole.question)) {
    return lookup(whole, rank(whole, whole.question, input.document.facts, { hintText: input.hintText, documentYear: input.document.meta.year }));
  }
  const facts = codedLines(input) ?? columnsOfNamedRow(input) ?? sameLineTwice(input) ?? manyMeasures(input) ?? seriesParts(input, ranked) ?? twoMeasures(input, ranked) ?? acrossYears(input, ranked) ?? projectSchedule(input, ranked);
  // "整个工程总投资一共多少钱": a project's whole cost (投资, 造价) is summed from no figures but its own. (A bonus named
  // as an item, "base salary, allowances and performance bonuses", is 绩效工资.)
  const measure = unstatedMeasure(`${input.question} ${input.hintText ?? ''}`);
  if (facts && (measure === '投资' || measure === '造价') && !facts.some((fact) => normalizeText([fact.label, ...(fact.context ?? [])].join('')).includes(measure))) {
    return notFound('no_matching_fact', input.document.facts, input.question, measure);
  }
  return facts ? sumOf(input, earlierYearTwins(input, facts) ?? facts) : lookup(input, ranked);
}

/**
 * "…shows what was actually spent in 2023 on … What do those two 2023 figures come to together?": the parts are
 * found by their names, which the lines state with this year's figure; the one earlier year the question names asks
 * each line's figure of that year (2023年当年预算执行数为95.16万元), stated in the same passage. Undefined unless the
 * question names exactly one year before the document's and every part has that year's figure beside it.
 */
function earlierYearTwins(input: ExecuteInput, facts: Fact[]): Fact[] | undefined {
  const documentYear = input.document.meta.year;
  if (!documentYear) return undefined;
  const earlier = input.reading.years.filter((year) => year !== documentYear);
  if (earlier.length !== 1 || earlier[0]! >= documentYear) return undefined;
  // (A part found as that year's figure already, 预算执行数 of 2023 beside its line, stands for itself.)
  if (facts.some((fact) => fact.docId !== input.document.meta.id || (fact.period !== undefined && fact.period !== documentYear && fact.period !== earlier[0]))) return undefined;
  if (facts.every((fact) => fact.period === earlier[0])) return undefined;
  const twins = facts.map((fact) =>
    fact.period === earlier[0] ? fact : input.document.facts.find(
      (candidate) =>
        candidate.source.blockId === fact.source.blockId &&
        candidate.kind === 'value' &&
        candidate.period === earlier[0] &&
        candidate.unit === fact.unit &&
        (candidate.label === fact.label || (candidate.context ?? []).some((context) => normalizeText(context) === normalizeText(fact.label))),
    ),
  );
  if (twins.some((twin) => twin === undefined)) return undefined;
  // Each named by its line and year (行政单位医疗（2023年预算执行数）): the label alone (预算执行数) names them all alike.
  // (The line is the part found by name, or, for a part found as that year's figure, the line its context gives.)
  const named = twins.map((twin, index) => {
    const line = twin === facts[index] ? lineOfKindOnly(twin!) : twin!.label === facts[index]!.label ? undefined : facts[index]!.label;
    return line ? { ...twin!, label: `${line}（${earlier[0]}年${twin!.label}）` } : twin!;
  });
  // Two parts that are one figure (a line and its own earlier-year figure) are no sum.
  return new Set(named.map((fact) => fact.id)).size === named.length ? named : undefined;
}

/** The named figures added up exactly, in the first one's unit. */
function sumOf(input: ExecuteInput, named: Fact[]): NumericResult {
  // "Exact figure in yuan please": each part as the table states it in 元, not its sentence rounded to 万元.
  const facts = named.map((fact) => twinInWantedUnit(fact, input.document, input.reading) ?? fact);
  const unit = targetUnit(facts[0], input.reading);
  // One measure from two years' disclosures is named with its year: 2025年三公经费预算数与2024年三公经费预算数.
  const years = new Map([input.document, ...(input.sameUnitDocuments ?? [])].map((document) => [document.meta.id, document.meta.year]));
  const acrossDocuments = new Set(facts.map((fact) => fact.docId)).size > 1;
  // One label in two tables (外聘人员数量 of two projects): each named with the table it stands in.
  const repeated = new Set(facts.map(measureName).filter((label, index, all) => all.indexOf(label) !== index));
  const place = (fact: Fact) => (repeated.has(measureName(fact)) && !acrossDocuments ? `（${placeName(fact)}）` : '');
  const name = (fact: Fact) => (acrossDocuments && years.get(fact.docId) ? `${years.get(fact.docId)}年${measureName(fact)}` : `${measureName(fact)}${place(fact)}`);
  const operands = facts.map((fact) => ({ ...operand(fact, unit), label: name(fact) }));
  const value = addDecimals(...operands.map((item) => item.value));
  return numeric({
    intent: 'total',
    subject: facts.length > 2 ? `${facts.slice(0, -1).map(name).join("、")}与${name(facts[facts.length - 1])}` : facts.map(name).join("与"),
    value,
    unit,
    operands,
    formula: `${operands.map((item) => show(item.value)).join(' + ')} = ${show(value)}`,
    facts,
    checks: [],
  });
}

const cellsByRowCache = new WeakMap<ParsedDocument, Map<string, Fact[]>>();

/** A document's table cells (figures under a column) by their row's normalised label, total rows aside; built once. */
function tableCellsByRow(document: ParsedDocument): Map<string, Fact[]> {
  let byRow = cellsByRowCache.get(document);
  if (!byRow) {
    byRow = new Map();
    for (const fact of document.facts) {
      if (fact.origin !== 'table' || fact.kind !== 'value' || !fact.source.column || fact.source.row === undefined) continue;
      const label = normalizeText(fact.label);
      if (!totalRowLabel.test(label)) byRow.set(label, [...(byRow.get(label) ?? []), fact]);
    }
    cellsByRowCache.set(document, byRow);
  }
  return byRow;
}

/**
 * "社会保障和就业支出当中，基本支出比项目支出多出多少", "how much does project spending exceed basic spending under general
 * public services": two sides that are columns of a table (基本支出, 项目支出) and a row the question writes out whole
 * (社会保障和就业支出) ask that row's two cells, in the order the question names the columns. Undefined unless exactly two
 * columns of one table are named, and one row label (four characters or more, no total row) holds every other row
 * label the question writes.
 */
function columnsOfNamedRow(input: ExecuteInput): [Fact, Fact] | undefined {
  const question = normalizeText(input.question);
  const cellsByRow = tableCellsByRow(input.document);
  const leaf = (fact: Fact) => normalizeText(fact.source.column!.split('>').pop() ?? '');
  const rows = [...cellsByRow.keys()].filter((label) => Array.from(label).length >= 4 && question.includes(label));
  const row = rows.sort((left, right) => right.length - left.length)[0];
  if (!row || rows.some((label) => !row.includes(label))) return undefined;
  // The row's own name read, the columns are named by what remains.
  const rest = question.replace(row, '');
  const cells = cellsByRow.get(row)!;
  for (const table of [...new Set(cells.map((fact) => fact.source.blockId))]) {
    const inRow = cells.filter((fact) => fact.source.blockId === table);
    const columns = [...new Set(inRow.map(leaf))].filter((column) => !totalRowLabel.test(column) && Array.from(column).length >= 3 && rest.includes(column));
    if (columns.length !== 2) continue;
    // Each cell is named by its row and its column: the row alone would name both alike.
    const [first, second] = columns
      .sort((left, right) => rest.indexOf(left) - rest.indexOf(right))
      .map((column) => ({ ...inRow.find((fact) => leaf(fact) === column)!, label: `${row}（${column}）` }));
    return [first!, second!];
  }
  return undefined;
}

function difference(input: ExecuteInput, ranked: RankedFact[], intent: 'difference' | 'comparison'): ExecutionResult {
  // Two years named (2025年的车比2024年多几辆) compare one measure across disclosures; otherwise two named measures
  // (买车的钱和养车的钱哪个多) come first, and the year before only when the question names one measure.
  const twoYears = input.reading.years.length >= 2;
  const crossYearFirst = twoYears ? crossYearChange(input) : undefined;
  if (crossYearFirst) return crossYearFirst;
  // "Is it spending more or less on hospitality in 2025 than in 2024?": two years and one measure, with no earlier
  // disclosure loaded, ask the change the document states; a second measure guessed from the rest would answer
  // another question.
  if (twoYears && !namesSecondSide(input.hintText ?? input.question)) {
    const stated = change(input, ranked, true);
    if (stated.kind === 'numeric') return stated;
  }
  let pair = twoCodedLines(input) ?? columnsOfNamedRow(input) ?? sameLineTwice(input) ?? twoMeasures(input, ranked);
  // "信访局房租比呼叫中心的钱多多少" sets two things against each other: with one unread, a change stated for the
  // other, or the other's own figure, would answer another question.
  if (!pair && (namesSecondSide(input.hintText ?? input.question) || comparesTwoThings(input, intent))) return notFound('no_matching_fact', input.document.facts, input.question);
  const crossYear = pair || twoYears ? undefined : crossYearChange(input);
  if (crossYear) return crossYear;
  pair ??= paragraphYearPair(input, ranked);
  if (!pair) {
    // "How much less than in 2024" names one measure and a year: a stated change.
    const stated = change(input, ranked, true);
    return stated.kind === 'numeric' || intent === 'comparison' ? stated : lookup(input, ranked);
  }
  return differenceOf(input, pair, intent);
}

/**
 * "买车和养车哪个多", "more for buying a car or for running the cars": a comparison that does not set a measure
 * against an earlier time (比上年, than last year, 2025 or 2024) names two things. With one unread, the measure's
 * change across years answers another question.
 */
function comparesTwoThings(input: ExecuteInput, intent: 'difference' | 'comparison'): boolean {
  if (intent !== 'comparison' || input.reading.years.length >= 2) return false;
  const text = `${input.question} ${input.hintText ?? ''}`;
  return !/(比|较|相比|同比|上年|去年|上一年|前一年|\bthan\b|compared (?:with|to)|last year|previous year|prior year|year before|year-on-year)/i.test(text);
}

/**
 * "2025年区政府办公室和区商务委，哪家的机关运行经费更高": one measure found in each named unit's disclosure, then
 * compared, subtracted or added like two measures of one document. Each figure is labelled with its unit's name and
 * cites its own disclosure. Undefined when the figures are not alike (money with money, 辆 with 辆).
 */
export function acrossUnits(input: ExecuteInput, parts: Array<{ name: string; fact: Fact }>): NumericResult | undefined {
  const first = parts[0];
  if (parts.length < 2 || !first) return undefined;
  if (!parts.every(({ fact }) => fact.kind === 'value' && alikeUnits(first.fact.unit, fact.unit))) return undefined;
  const named = parts.map(({ name, fact }) => ({ ...fact, label: `${name}${measureName(fact)}` }));
  const intent = input.reading.intent;
  if (intent === 'total') return sumOf(input, named);
  if ((intent !== 'comparison' && intent !== 'difference') || named.length !== 2) return undefined;
  return differenceOf(input, [named[0], named[1]], intent);
}

/**
 * "“三公”经费里的公务接待费，比基本支出经济分类表中的公务接待费多出多少": one line named twice, each time in its own
 * frame (the 三公 statement, the basic-spending table). Each side is the figure of that line whose place (table title,
 * column, heading, sentence) shares most words with the words before its naming. Undefined unless a line's name of three
 * characters or more stands twice and the two sides find figures in different places.
 */
function sameLineTwice(input: ExecuteInput): [Fact, Fact] | undefined {
  const question = normalizeText(input.question);
  const values = input.document.facts.filter((fact) => fact.kind === 'value');
  // A count's label may be said without its 数量 (外聘人员 for 外聘人员数量).
  const nameOf = (label: string) => {
    const whole = normalizeText(label);
    const core = whole.replace(/(?:数量|人数|总数)$/u, '');
    return occursTwice(question, whole) ? whole : Array.from(core).length >= 3 && occursTwice(question, core) ? core : undefined;
  };
  let twice = [...new Set(values.map((fact) => nameOf(fact.label)).filter((name): name is string => name !== undefined))].sort((left, right) => right.length - left.length)[0];
  let frameTexts: string[] = [];
  if (twice) {
    const first = question.indexOf(twice);
    frameTexts = [question.slice(0, first), question.slice(first + twice.length, question.lastIndexOf(twice))];
  } else {
    // "compare the official-reception figure in the 三公 expenses table with the 公务接待费 line in the basic-expenditure
    // table": in English each side is rendered on its own; one label both renderings hold is the line named twice, and
    // each side's other words are its frame.
    for (const side of input.englishSides ?? []) {
      const left = normalizeText(side.left);
      const right = normalizeText(side.right);
      const shared = [...new Set(values.map((fact) => normalizeText(fact.label)))].filter((label) => Array.from(label).length >= 3 && left.includes(label) && right.includes(label)).sort((one, other) => other.length - one.length)[0];
      if (!shared) continue;
      twice = shared;
      frameTexts = [`${normalizeText(side.context ?? '')}${left.replace(shared, '')}`, right.replace(shared, '')];
      break;
    }
    if (!twice) return undefined;
  }
  const name = twice;
  const frames = frameTexts.map((frame) => new Set(characterBigrams(frame)));
  const candidates = values.filter((fact) => nameOf(fact.label) === name || normalizeText(fact.label) === name);
  const placeBigrams = (fact: Fact) =>
    new Set(characterBigrams(normalizeText([fact.tableTitle ?? '', fact.source.column ?? '', ...fact.section, ...(fact.context ?? [])].join(''))));
  const pick = (frame: Set<string>) => {
    let best: { fact: Fact; score: number } | undefined;
    for (const fact of candidates) {
      const place = placeBigrams(fact);
      const score = [...frame].filter((bigram) => place.has(bigram)).length + (fact.origin === 'prose' ? 0.5 : 0);
      if (!best || score > best.score) best = { fact, score };
    }
    return best && best.score >= 2 ? best.fact : undefined;
  };
  const [left, right] = frames.map(pick);
  const inYuan = (fact: Fact) => convertUnit(valueOf(fact), fact.unit, '元') ?? valueOf(fact);
  if (!left || !right || left.source.blockId === right.source.blockId || compareDecimals(inYuan(left), inYuan(right)) === 0) return undefined;
  return [proseTwin(left, input.document), proseTwin(right, input.document)];
}

/** Where a figure stands, to tell one label's two figures apart: its table's title, or its sentence's heading. */
function placeName(fact: Fact): string {
  return (fact.origin === 'table' ? fact.tableTitle : fact.section[fact.section.length - 1]) ?? '';
}

/** `part` stands in `text` exactly twice: a name said three times (三个科目 of one name under three classes) is a list. */
function occursTwice(text: string, part: string): boolean {
  const first = text.indexOf(part);
  const second = first === -1 ? -1 : text.indexOf(part, first + part.length);
  return Array.from(part).length >= 3 && second !== -1 && text.indexOf(part, second + part.length) === -1;
}

/** The gap between two figures (or, when the question asks for it, the larger one's own figure), exactly. */
function differenceOf(input: ExecuteInput, pair: [Fact, Fact], intent: 'difference' | 'comparison'): NumericResult {
  const unit = targetUnit(pair[0], input.reading);
  let [left, right] = pair.map((fact) => operand(fact, unit));
  // One measure in two years (预算执行数 2024 and 2023): the years tell the operands apart.
  if (left.label === right.label && pair[0].period !== pair[1].period) {
    const year = (fact: Fact) => (typeof fact.period === 'number' ? fact.period : (fact.period ?? input.document.meta.year ?? ''));
    left = { ...left, label: `${year(pair[0])}年${left.label}` };
    right = { ...right, label: `${year(pair[1])}年${right.label}` };
  } else if (left.label === right.label) {
    // One line stated in two places (公务接待费 in the 三公 statement and in the basic-spending table): where each
    // stands tells them apart.
    if (placeName(pair[0]) !== placeName(pair[1])) {
      left = { ...left, label: `${left.label}（${placeName(pair[0])}）` };
      right = { ...right, label: `${right.label}（${placeName(pair[1])}）` };
    }
  }
  const value = subtractDecimals(left.value, right.value);
  const larger = value.units >= 0n ? left : right;
  const smaller = larger === left ? right : left;
  const absolute = value.units < 0n ? { units: -value.units, scale: value.scale } : value;
  // "哪个多？多的那个是多少", "which is largest, and state that amount": the winner's own figure is asked, not the gap.
  const wantsWinner = intent === 'comparison' && winnerAmountAsked(`${input.question} ${input.hintText ?? ''}`);
  if (wantsWinner) {
    const winner = wantsWinner === 'smaller' ? smaller : larger;
    const loser = winner === larger ? smaller : larger;
    // Of the two named items, the larger (or smaller) one and its figure.
    return winnerResult(wantsWinner, [left, right], winner, loser, unit, winner === left ? pair : [pair[1], pair[0]]);
  }
  return numeric({
    intent,
    subject: `${left.label}与${right.label}之差`,
    value: absolute,
    unit,
    operands: [left, right],
    formula: `${show(larger.value)} − ${show(smaller.value)} = ${show(absolute)}`,
    // "哪家安排得更多": of two units compared, the larger's disclosure is cited first.
    facts: intent === 'comparison' && larger === right && documentOfFact(pair[0]) !== documentOfFact(pair[1]) ? [pair[1], pair[0]] : pair,
    winner: larger.label,
    others: [smaller.label],
  });
}

/**
 * A part of `whole` (a row under its parent row, an item after 其中) whose label the question writes after the whole's,
 * joined by a word that says "under" (下的, 里的, 中的, 项下), down to three levels. Undefined when none is named so.
 */
function namedPartUnder(input: ExecuteInput, whole: Fact): Fact | undefined {
  const question = normalizeText(input.question);
  let found: Fact | undefined;
  let parent = whole;
  for (let depth = 0; depth < 3; depth += 1) {
    const parentLabel = normalizeText(parent.label);
    const at = question.indexOf(parentLabel);
    if (parentLabel.length < 2 || at < 0) break;
    const after = question.slice(at + parentLabel.length);
    const child = input.document.facts.find((fact) => {
      if (fact.partOf !== parent.id || fact.kind !== 'value') return false;
      const label = normalizeText(fact.label);
      const where = after.indexOf(label);
      return label.length >= 2 && !parentLabel.includes(label) && where >= 0 && /^(?:[（(]?[款类项][)）]?)?(?:下的|下面的|下边的|项下的?|之下的?|里的|里面的|中的|当中的)/.test(after.slice(0, where).replace(/[“”"'‘’\s]/g, ''));
    });
    if (!child) break;
    found = child;
    parent = child;
  }
  return found;
}

/** The disclosure a fact was read from: its id is the document's id, a colon and the fact's number. */
function documentOfFact(fact: Fact): string {
  return fact.id.slice(0, fact.id.lastIndexOf(':'));
}

/** Of two operands, the larger (or smaller) one's own figure, as a max (or min) result. */
function winnerResult(
  which: 'larger' | 'smaller',
  operands: [Operand, Operand],
  winner: Operand,
  loser: Operand,
  unit: string,
  facts: Fact[],
  extra: Partial<Parameters<typeof numeric>[0]> = {},
): NumericResult {
  const name = which === 'smaller' ? 'min' : 'max';
  return numeric({
    intent: name,
    subject: winner.label,
    value: winner.value,
    unit,
    operands,
    formula: `${name}(${show(operands[0].value)}, ${show(operands[1].value)}) = ${show(winner.value)}`,
    facts,
    winner: winner.label,
    others: [loser.label],
    ...extra,
  });
}

/** The comparison asks for the winner's figure itself ("多的那个是多少", "state that amount"), and which winner. */
function winnerAmountAsked(question: string): 'larger' | 'smaller' | undefined {
  // ("How much does the smaller one get?": does, did and the line or item asked about too.)
  if (/(少的|低的|小的|便宜的)那?(个|项|一项|一个)?(是|有|为)?多少|(smaller|lower|cheaper|less) one.{0,20}\b(how much|amount|figure)|\b(?:what|how much) (?:is|was|does|did) the (?:smaller|lower|cheaper) (?:one|line|item)\b/i.test(question)) return 'smaller';
  // "And what is the bigger one budgeted at?", "How much does the bigger one get?"
  if (/\b(?:what|how much) (?:is|was|does|did) the (?:bigger|larger|higher|greater) (?:one|line|item)\b/i.test(question)) return 'larger';
  if (
    /(多的|高的|大的|贵的)那?(个|项|一项|一个)?(是|有|为)?多少|(哪个|哪项|哪一项|哪一个|哪块|哪一块|哪笔|哪一笔|哪样|哪一样).{0,12}[，,？?].{0,6}(是多少|金额|多少钱)|\b(state|give|what is) (that|the|its) (amount|figure)|\band (how much|what) (is it|does it get)/i.test(question)
  )
    return 'larger';
  return undefined;
}

/** The group of rows a "which is largest" question is about: the table column that best matches the question. */
function extreme(input: ExecuteInput, direction: 'max' | 'min', ranked: RankedFact[]): ExecutionResult {
  const { document } = input;
  // "三公经费里哪一项最多": the parts the document states for the whole the question names.
  const whole = bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value'));
  let stated = whole ? partsOf(proseTwin(whole.fact, document), document.facts) : [];
  // "采购分货物、工程、服务，哪类最多": the best match may be one of the parts; its whole's parts are compared.
  const parent = whole && stated.length < 2 && whole.fact.partOf ? document.facts.find((fact) => fact.id === whole.fact.partOf) : undefined;
  if (parent) stated = partsOf(parent, document.facts);
  if (stated.length >= 2) return pickExtreme(input, stated, direction);
  const question = normalizeText(input.question);
  const questionBigrams = new Set(characterBigrams(question));
  const groups = new Map<string, Fact[]>();
  for (const fact of document.facts) {
    if (fact.origin !== 'table' || fact.kind !== 'value' || fact.source.row === undefined) continue;
    if (/^(合计|小计|总计|资产总额)|(合计|小计|总计)$/.test(fact.label.replace(/\s/g, '')) || /本级小计|合\s*计/.test(fact.label)) continue;
    const key = `${fact.source.blockId}|${fact.source.column ?? ''}|${fact.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  let bestGroup: Fact[] | undefined;
  let bestScore = 0;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sample = group[0];
    const context = normalizeText([sample.tableTitle ?? '', sample.source.column ?? '', ...sample.section, ...sample.context].join(''));
    const overlap = [...new Set(characterBigrams(context))].filter((bigram) => questionBigrams.has(bigram)).length;
    const labelOverlap = group.reduce((sum, fact) => sum + characterBigrams(normalizeText(fact.label)).filter((bigram) => questionBigrams.has(bigram)).length, 0) / group.length;
    const money = isMoneyUnit(sample.unit) && /(贵|钱|金额|花|预算|费|cost|expensive|money)/.test(question) ? 1 : 0;
    // Without a column named in the question, the rows' own total column (合计) is the comparison people mean.
    const totalColumn = /(合计|总计|小计)$/.test(sample.source.column ?? '') ? 0.5 : 0;
    const score = overlap + labelOverlap + money + totalColumn;
    if (score > bestScore) {
      bestScore = score;
      bestGroup = group;
    }
  }
  if (!bestGroup || bestScore < 2) return notFound('no_matching_fact', document.facts, input.question);
  return pickExtreme(input, bestGroup, direction);
}

function pickExtreme(input: ExecuteInput, group: Fact[], direction: 'max' | 'min'): NumericResult {
  const ordered = [...group].sort((left, right) => compareDecimals(convertUnit(valueOf(right), right.unit, left.unit) ?? valueOf(right), valueOf(left)));
  const winner = direction === 'max' ? ordered[0] : ordered[ordered.length - 1];
  const others = ordered.filter((fact) => fact !== winner);
  const value = operand(winner, targetUnit(winner, input.reading));
  return numeric({
    intent: direction,
    subject: winner.label,
    value: value.value,
    unit: value.unit,
    operands: ordered.map((fact) => operand(fact)),
    facts: [winner, ...others],
    winner: winner.label,
    others: others.map((fact) => fact.label),
  });
}

function sentencesOf(text: string): string[] {
  return text.match(/[^。；;！!？?\n]+[。；;！!？?]?/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
}

function paragraphPassages(document: ParsedDocument): Passage[] {
  return document.blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [{ docId: document.meta.id, blockId: block.id, quote: block.text, section: block.path }] : [],
  );
}

/** True when the passage stands under a disclosure's glossary heading (八、名词解释). */
function inGlossarySection(passage: Passage): boolean {
  return passage.section.some((heading) => /名词解释|术语/.test(heading));
}

/**
 * A glossary sentence that says what a measure covers inside another entry's text (the 三公经费 entry goes on:
 * 公务用车购置及运维费反映…燃料费、维修费…): the label followed by 反映/是指/包括.
 */
function glossarySentenceAbout(document: ParsedDocument, label: string | undefined): Passage | undefined {
  if (!label) return undefined;
  const wanted = normalizeText(label);
  for (const passage of paragraphPassages(document)) {
    if (!inGlossarySection(passage)) continue;
    for (const sentence of sentencesOf(passage.quote)) {
      const normalized = normalizeText(sentence);
      const at = normalized.indexOf(wanted);
      if (at >= 0 && /^(反映|是指|指|包括|主要包括|用于|主要用于|主要安排|安排)/.test(normalized.slice(at + wanted.length))) return { ...passage, quote: sentence };
    }
  }
  return undefined;
}

function definition(input: ExecuteInput): ExecutionResult {
  const { document } = input;
  const content = normalizeText(input.question.replace(new RegExp(definitionCueZh.source, 'g'), '').replace(/(的|是|？|\?)/g, ''));
  // "这个三公到底指的是哪三样": the glossary's wording of a short name (三公经费) counts as the question's own.
  const expansion = input.expandedQuestion && input.expandedQuestion !== input.question ? normalizeText(input.expandedQuestion.slice(input.question.length)) : '';
  // "“项目支出预算”这个说法，跟基本支出有什么区别": a term the question quotes is the one to explain, not another it
  // names beside it.
  const quoted = /[“"‘「]([\u4e00-\u9fa5（）()]{4,20})[”"’」]/u.exec(input.question)?.[1] ?? input.quotedTerm;
  const contentBigrams = new Set([...characterBigrams(content), ...characterBigrams(expansion)]);
  const quotedTerm = quoted ? normalizeText(quoted) : undefined;
  let best: { passage: Passage; score: number } | undefined;
  for (const passage of paragraphPassages(document)) {
    // A definition reads "term：explanation" or "term是指…"; score the term part against the question.
    const match = /^(?:\d+[、.．]\s*)?([^：:]{2,30})[：:]/.exec(passage.quote) ?? /^(?:\d+[、.．]\s*)?(.{2,20}?)(?:是指|指的是|是)/.exec(passage.quote);
    if (!match) continue;
    const term = normalizeText(match[1]);
    const termBigrams = characterBigrams(term);
    if (!termBigrams.length) continue;
    const hits = termBigrams.filter((bigram) => contentBigrams.has(bigram)).length;
    const coverage = hits / termBigrams.length;
    const questionCoverage = contentBigrams.size ? hits / contentBigrams.size : 0;
    const inGlossary = passage.section.some((heading) => /名词解释|术语|说明/.test(heading)) ? 0.2 : 0;
    const score = coverage * 0.6 + questionCoverage * 0.4 + inGlossary + (quotedTerm && term.includes(quotedTerm) ? 0.3 : 0);
    if (coverage >= 0.6 && (!best || score > best.score)) best = { passage, score };
  }
  if (!best) {
    // "what exactly is covered by 'official vehicle purchase and running costs'": a line explained inside another
    // glossary entry (the 三公经费 entry goes on: 公务用车购置及运行费主要安排…).
    const line = bestFact(rank(input, input.question, document.facts.filter((fact) => fact.kind === 'value'), { documentYear: document.meta.year }));
    const inside = glossarySentenceAbout(document, line?.fact.label);
    return inside ? { kind: 'text', intent: 'definition', passages: [inside], facts: [], checks: [] } : textAnswer();
  }
  return { kind: 'text', intent: 'definition', passages: [best.passage], facts: [], checks: [] };
}

/** "X包括哪些开支 / what kinds of costs does X include" asks what the term covers, which a glossary entry says. */
const asksKindsCovered = /((包括|包含|涵盖)(哪些|什么|啥)(开支|费用|支出|方面|内容|东西)|what (?:kinds?|sorts?|types?) of (?:costs?|expenses?|spending))/i;

function list(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult {
  const { document } = input;
  // "“机关运行费”到底包括啥": what a term includes, asked of a line with no stated parts, is what the glossary says.
  // ("What does that actually cover?", in an English question's own words.)
  const includesAsked =
    /(包括|包含|涵盖)(哪些|什么|啥)\s*[？?。！!]?\s*$/.test(input.hintText ?? input.question) ||
    /\bwhat (?:does|do|did) (?:that|this|it|they|these|those)\s+(?:actually\s+|really\s+|exactly\s+)?(?:cover|include)\s*\??\s*$/i.test(input.hintText ?? '');
  const whole = bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value'));
  if (asksKindsCovered.test(input.question) || (includesAsked && (!whole || partsOf(whole.fact, document.facts).length < 2))) {
    const defined = definition(input);
    if (defined.kind === 'text' && defined.passages.some(inGlossarySection)) return defined;
    const covered = glossarySentenceAbout(input.document, bestFact(ranked)?.fact.label);
    if (covered) return { kind: 'text', intent: 'definition', passages: [covered], facts: [], checks: [] };
  }
  // An English question's rendering carries no cue words: its own words say whether the use is asked.
  const usage = asksUse(`${input.question} ${input.hintText ?? ''}`);
  if (whole && !usage) {
    const parts = partsOf(whole.fact, document.facts);
    if (parts.length >= 2) {
      const result: TextResult = {
        kind: 'text',
        intent: 'list',
        subject: whole.fact.label,
        passages: [],
        facts: [whole.fact, ...parts],
        checks: checksFor(whole.fact, document.facts),
      };
      return result;
    }
  }
  // "采购包括哪些项目": the rows of the table the question is about.
  if (!usage) {
    const rows = tableRowsAsked(input);
    if (rows) return rows;
  }
  // What money is used for: the sentence saying 用于/主要为 about the measure.
  const label = whole ? normalizeText(whole.fact.label) : '';
  const questionBigrams = new Set(characterBigrams(normalizeText(input.question)));
  let best: { passage: Passage; score: number } | undefined;
  for (const passage of paragraphPassages(document)) {
    for (const sentence of sentencesOf(passage.quote)) {
      // A project states its purpose too: 建成后作为…场所, 用作, 旨在, 是为了.
      // (A glossary entry says what a line pays for by 主要安排: 公务接待费主要安排全国性专业会议…所需住宿费….)
      if (!/(用于|主要为|主要用于|主要安排|包括|用途|建成后|用作|旨在|目的是|是为了)/.test(sentence)) continue;
      const normalized = normalizeText(sentence);
      const overlap = characterBigrams(normalized).filter((bigram) => questionBigrams.has(bigram)).length;
      // (A use asked, "what does that money pay for", is stated by 用于, not by a 包括 listing the money's parts.)
      const score = overlap + (label && normalized.includes(label) ? 5 : 0) + (usage && /用于/.test(sentence) ? 3 : 0);
      if (!best || score > best.score) best = { passage: { ...passage, quote: sentence }, score };
    }
  }
  // Table notes (a fund's 绩效目标 box says what it is for).
  if (!best || best.score < 3) return textAnswer();
  return { kind: 'text', intent: 'list', subject: whole?.fact.label, passages: [best.passage], facts: whole ? [whole.fact] : [], checks: [] };
}

/**
 * "每个采购项目平均多少钱": the items are the rows of the table the question names, so the average is the sum of the
 * table's main money column over its item rows, divided by how many there are.
 */
function averageOverRows(input: ExecuteInput): NumericResult | undefined {
  const rows = tableRowsAsked(input);
  if (!rows) return undefined;
  const blockId = rows.passages[0].blockId;
  const itemRows = new Set(rows.passages.map((passage) => passage.row));
  const byColumn = new Map<string, Fact[]>();
  for (const fact of input.document.facts) {
    if (fact.source.blockId !== blockId || !itemRows.has(fact.source.row) || !isMoneyUnit(fact.unit) || fact.kind !== 'value') continue;
    const key = fact.source.column ?? '';
    byColumn.set(key, [...(byColumn.get(key) ?? []), fact]);
  }
  // The column that gives every item an amount, largest total first (合计 over its parts).
  const columns = [...byColumn.values()].filter((facts) => new Set(facts.map((fact) => fact.source.row)).size === itemRows.size);
  const column = columns.sort((left, right) => compareDecimals(addDecimals(...right.map(valueOf)), addDecimals(...left.map(valueOf))))[0];
  if (!column) return undefined;
  const operands = column.map((fact) => operand(fact));
  const mean = meanOf(operands);
  if (!mean) return undefined;
  return numeric({
    intent: 'average',
    subject: `${rows.subject ?? ''}（每项平均）`,
    value: mean.value,
    unit: operands[0].unit,
    operands,
    formula: mean.formula,
    facts: column,
  });
}

/** The body rows of the table whose title or section best matches a "which items" question, totals left out. */
function tableRowsAsked(input: ExecuteInput): TextResult | undefined {
  const { document } = input;
  const wanted = questionBigrams(input.question);
  let best: { block: Extract<ParsedDocument['blocks'][number], { kind: 'table' }>; score: number } | undefined;
  for (const block of document.blocks) {
    if (block.kind !== 'table' || block.table.rows.length < 2) continue;
    const heading = normalizeText([block.table.title, ...block.path].join(''));
    const score = new Set(characterBigrams(heading).filter((bigram) => wanted.has(bigram))).size;
    if (!best || score > best.score) best = { block, score };
  }
  if (!best || best.score < 2) return undefined;
  const { block } = best;
  // The item column: the one with the most distinct Chinese names (三级指标 rather than the repeated 一级指标).
  const distinctNames = block.table.columns.map((_, index) => new Set(block.table.rows.map((row) => row[index] ?? '').filter((cell) => /[\u4e00-\u9fa5]{2,}/.test(cell))).size);
  const labelColumn = distinctNames.indexOf(Math.max(...distinctNames));
  // "成本指标有哪些", "which cost indicators": a group the question names whole in another column (二级指标 成本指标)
  // keeps that group's rows.
  const asked = normalizeText(input.question);
  const groups = block.table.columns.map((_, column) =>
    column === labelColumn ? undefined : [...new Set(block.table.rows.map((row) => normalizeText(row[column] ?? '')))].find((cell) => Array.from(cell).length >= 4 && /^[\u4e00-\u9fa5]+$/u.test(cell) && asked.includes(cell)),
  );
  const groupColumn = groups.findIndex((group) => group !== undefined);
  // A target table's value column (指标值) is given beside each item: the caps asked are the answer.
  const valueColumn = block.table.columns.findIndex((column) => /指标值|目标值/.test(column));
  const passages: Passage[] = [];
  block.table.rows.forEach((row, index) => {
    const label = (row[labelColumn] ?? '').replace(/\s+/g, '');
    if (!label || /^(合计|总计|小计|共计)$|小计$/.test(label)) return;
    if (groupColumn >= 0 && normalizeText(row[groupColumn] ?? '') !== groups[groupColumn]) return;
    const value = groupColumn >= 0 && valueColumn >= 0 ? (row[valueColumn] ?? '').trim() : '';
    passages.push({ docId: document.meta.id, blockId: block.id, quote: row.filter(Boolean).join(' | '), section: block.path, row: index, item: value ? `${label}（${value}）` : label });
  });
  if (passages.length < (groupColumn >= 0 ? 1 : 2)) return undefined;
  return { kind: 'text', intent: 'list', subject: block.table.title, passages: passages.slice(0, 12), facts: [], checks: [] };
}

/** Text questions are answered from retrieved passages by the engine; the executor marks them. */
function textAnswer(): ExecutionResult {
  return { kind: 'text', intent: 'text', passages: [], facts: [], checks: [] };
}

function withoutYears(text: string): string {
  return normalizeText(text.replace(/(19|20)\d{2}年?/g, ''));
}

/** A label as it is compared across years: without years, quotation marks and a closing 科目. */
function labelAcrossYears(label: string): string {
  return withoutYears(label).replace(/[“”"]/g, '').replace(/科目$/, '');
}

/** Cross-year questions on one unit: the same measure in two documents of different years. */
function crossYearChange(input: ExecuteInput): NumericResult | undefined {
  const { document, reading } = input;
  const others = input.sameUnitDocuments ?? [];
  if (!others.length) return undefined;
  const years = reading.years.length >= 2 ? reading.years : document.meta.year ? [document.meta.year, document.meta.year - 1] : [];
  const [laterYear, earlierYear] = [...years].sort((left, right) => right - left);
  const later = [document, ...others].find((candidate) => candidate.meta.year === laterYear);
  const earlier = [document, ...others].find((candidate) => candidate.meta.year === earlierYear);
  if (!later || !earlier || later === earlier) return undefined;
  const laterRanked = rank(input, input.question, later.facts, { documentYear: later.meta.year });
  const laterMatch = bestFact(laterRanked) ?? (later === document ? retrievedFact(laterRanked) : undefined);
  // The sentence stating a table's figure is cited in its place, unless the asker wants the unit the table is kept in
  // (多少元 of a table in 元 whose sentence rounds to 万元).
  // (A sentence in the asked unit itself, 464.64万元 beside the table's 464.64, is cited as ever.)
  const keepsAskedUnit = laterMatch !== undefined && reading.unitWanted !== undefined && laterMatch.fact.unit === reading.unitWanted && proseTwin(laterMatch.fact, later).unit !== reading.unitWanted;
  let laterFact = laterMatch ? { fact: keepsAskedUnit ? laterMatch.fact : proseTwin(laterMatch.fact, later) } : undefined;
  // The same unit reports the same measure under the same label year after year (years inside labels, and the 科目
  // one year's sentence adds, aside).
  const sameMeasure = (one: Fact) => (fact: Fact) =>
    fact.kind === 'value' &&
    fact.unit === one.unit &&
    labelAcrossYears(fact.label) === labelAcrossYears(one.label) &&
    withoutYears(fact.source.column ?? '') === withoutYears(one.source.column ?? '') &&
    fact.origin === one.origin;
  const twin = laterFact && earlier.facts.find(sameMeasure(laterFact.fact));
  // (The earlier year's sentence likewise stands for its table cell.)
  const earlierMatch = twin ? undefined : bestFact(rank(input, input.question, earlier.facts, { documentYear: earlier.meta.year }));
  const earlierFact = twin ? { fact: twin } : earlierMatch && { fact: keepsAskedUnit ? earlierMatch.fact : proseTwin(earlierMatch.fact, earlier) };
  // Both years are read from the same kind of place: a table row in 元 set against a sentence rounded to 万元 would
  // leave the rounding in the change (6522700 − 6043390), so the later year's figure from the earlier one's kind of
  // place is taken when it states the same measure.
  if (laterFact && earlierFact && earlierFact.fact.origin !== laterFact.fact.origin) {
    const alike = later.facts.find(sameMeasure(earlierFact.fact));
    if (alike) laterFact = { fact: alike };
  }
  if (!laterFact || !earlierFact || laterFact.fact.kind !== 'value' || earlierFact.fact.kind !== 'value') return undefined;
  const unit = targetUnit(laterFact.fact, reading);
  // (A label that starts with its year, 2024年机关运行经费预算数, is not given it twice.)
  const withYear = (year: number, label: string) => (label.startsWith(`${year}年`) ? label : `${year}年${label}`);
  const laterOperand = { ...operand(laterFact.fact, unit), label: withYear(laterYear!, laterFact.fact.label) };
  const earlierOperand = { ...operand(earlierFact.fact, unit), label: withYear(earlierYear!, earlierFact.fact.label) };
  const delta = subtractDecimals(laterOperand.value, earlierOperand.value);
  const direction = delta.units > 0n ? 'increase' : delta.units < 0n ? 'decrease' : 'flat';
  const absolute = delta.units < 0n ? { units: -delta.units, scale: delta.scale } : delta;
  const checks: Check[] = [];
  const stated = changeFor(input, input.question, laterFact.fact, later.facts, later.meta.year);
  if (stated && stated.direction && convertUnit(valueOf(stated), stated.unit, unit)) {
    const statedValue = convertUnit(valueOf(stated), stated.unit, unit) as Decimal;
    const ok = stated.direction === direction && compareDecimals(statedValue, absolute) === 0;
    checks.push({ ok, message: `${laterYear}年文件所述变化：${stated.direction === 'increase' ? '增加' : stated.direction === 'decrease' ? '减少' : '持平'}${show(statedValue)}${unit}；两份文件相减：${show(absolute)}${unit}` });
  }
  // "Which year has the bigger budget for X, 2024 or 2025, and what is that figure?": the winning year's own figure.
  const wantsWinner = reading.intent === 'comparison' ? winnerAmountAsked(`${input.question} ${input.hintText ?? ''}`) : undefined;
  if (wantsWinner) {
    const laterWins = (direction === 'increase') === (wantsWinner === 'larger');
    const [winner, loser] = laterWins ? [laterOperand, earlierOperand] : [earlierOperand, laterOperand];
    return winnerResult(wantsWinner, [laterOperand, earlierOperand], winner, loser, unit, laterWins ? [laterFact.fact, earlierFact.fact] : [earlierFact.fact, laterFact.fact], {
      checks,
      documents: [later, earlier],
    });
  }
  // "was it bigger in 2024 or in 2025?": the year that wins (the larger, unless only the smaller is asked) is cited first.
  const asked = `${input.question} ${input.hintText ?? ''}`;
  const smallerAsked = /smaller|lower|less|fewer|cheaper|少|低|小/i.test(asked) && !/bigger|larger|higher|more|greater|多|高|大/i.test(asked);
  const earlierFirst = reading.intent === 'comparison' && direction !== 'flat' && (direction === 'decrease') !== smallerAsked;
  return numeric({
    intent: 'change',
    subject: laterFact.fact.label,
    value: absolute,
    unit,
    operands: [laterOperand, earlierOperand],
    formula: `${show(laterOperand.value)} − ${show(earlierOperand.value)} = ${show(delta)}`,
    facts: earlierFirst ? [earlierFact.fact, laterFact.fact] : [laterFact.fact, earlierFact.fact],
    direction,
    basePeriod: earlierYear,
    period: laterYear,
    checks,
    documents: earlierFirst ? [earlier, later] : [later, earlier],
  });
}

/**
 * "万里街道24、25两年三公经费平均一年多少": one measure in each named year's disclosure of the unit, averaged. The
 * later disclosure's label is looked up in the others, as for a change across years.
 */
function averageOverYears(input: ExecuteInput): NumericResult | undefined {
  const { document, reading } = input;
  // "had 8 cars as of August 2024 … its 2025 budget": a dated year says when a count stood, not a year to average.
  const dated = datedYears(`${input.question} ${input.hintText ?? ''}`);
  const years = [...new Set(reading.years)].filter((year) => !dated.includes(year)).sort((left, right) => right - left);
  if (years.length < 2) return undefined;
  const disclosures = years.map((year) => [document, ...(input.sameUnitDocuments ?? [])].find((candidate) => candidate.meta.year === year));
  if (disclosures.some((candidate) => !candidate)) return undefined;
  const [latest, ...earlier] = disclosures as ParsedDocument[];
  const found = bestFact(rank(input, input.question, latest.facts, { documentYear: latest.meta.year }));
  if (!found || found.fact.kind !== 'value') return undefined;
  const first = proseTwin(found.fact, latest);
  const facts = [first];
  for (const other of earlier) {
    const twin =
      other.facts.find((fact) => fact.kind === 'value' && fact.unit === first.unit && fact.origin === first.origin && withoutYears(fact.label) === withoutYears(first.label)) ??
      bestFact(rank(input, input.question, other.facts, { documentYear: other.meta.year }))?.fact;
    if (!twin || twin.kind !== 'value' || !alikeUnits(first.unit, twin.unit)) return undefined;
    facts.push(twin);
  }
  const unit = targetUnit(first, reading);
  const operands = facts.map((fact, index) => ({ ...operand(fact, unit), label: `${years[index]}年${measureName(fact)}` }));
  const mean = meanOf(operands);
  if (!mean) return undefined;
  return numeric({
    intent: 'average',
    subject: `${years.length}年${measureName(first)}（每年平均）`,
    value: mean.value,
    unit,
    operands,
    formula: mean.formula,
    facts,
    perYear: true,
    documents: disclosures as ParsedDocument[],
  });
}

/**
 * "平均每月机关运行经费多少", "per month": a year's figure shared over the months (or quarters) of the budget year. The
 * divisor is the calendar's, not a figure of the document, so the one operand is the cited amount.
 */
function averagePerPeriod(input: ExecuteInput, ranked: RankedFact[]): NumericResult | undefined {
  const asked = `${input.question} ${input.hintText ?? ''}`;
  const period = /(每个?月|月均|一个月|per month|a month|each month|monthly average|on average monthly)/i.test(asked)
    ? { name: '月' as const, count: 12 }
    : /(每个?季度|季均|一个季度|per quarter|a quarter|each quarter)/i.test(asked)
      ? { name: '季度' as const, count: 4 }
      : undefined;
  if (!period) return undefined;
  // "社区公共服务中心…这个新建工程每个季度计划用款多少": a project named by the passage that describes it has its own
  // schedule, whatever other figure matches the words better.
  const projectSeries = period.name === '季度' ? projectSchedule(input, ranked) : undefined;
  const found = projectSeries?.[0] ? { fact: projectSeries[0] } : bestFact(ranked.filter((candidate) => candidate.fact.kind === 'value' && isMoneyUnit(candidate.fact.unit)));
  if (!found) return undefined;
  const fact = proseTwin(found.fact, input.document);
  // "每个季度的用款计划平均是多少": a schedule already stated per quarter (第一季度用款计划…) is averaged over its
  // periods, not one period's figure divided again.
  const schedule = new RegExp(period.name === '月' ? '月' : '季度').test(fact.label) ? scheduleOf(fact, input.document.facts) : undefined;
  if (schedule) {
    const unit = targetUnit(fact, input.reading);
    const operands = schedule.map((item) => operand(item, unit));
    const mean = meanOf(operands);
    if (mean) return numeric({ intent: 'average', subject: `${period.name}${measureName(fact).replace(periodInLabel, '')}`, value: mean.value, unit, operands, formula: mean.formula, facts: schedule });
  }
  const total = operand(fact, targetUnit(fact, input.reading));
  const value = divideDecimals(total.value, { units: BigInt(period.count), scale: 0 }, Math.max(2, total.value.scale));
  if (!value) return undefined;
  return numeric({
    intent: 'average',
    subject: measureName(fact),
    value,
    unit: total.unit,
    operands: [total],
    formula: `${show(total.value)} / ${period.count} = ${show(value)}`,
    facts: [fact],
    perPeriod: period.name,
  });
}

/** The previous year's level taken from another document of the same unit. */
function crossYearLevel(input: ExecuteInput, targetYear: number | undefined): NumericResult | undefined {
  const other = (input.sameUnitDocuments ?? []).find((candidate) => candidate.meta.year === targetYear);
  if (!other) return undefined;
  const fact = bestFact(rank(input, input.question, other.facts, { documentYear: other.meta.year, hintText: input.hintText }));
  if (!fact || fact.fact.kind !== 'value') return undefined;
  // As a lookup does: the sentence that states a table's figure is quoted, in its own unit.
  const stated = proseTwin(fact.fact, other);
  const value = operand(stated, targetUnit(stated, input.reading));
  return numeric({ intent: 'lookup', subject: stated.label, value: value.value, unit: value.unit, period: targetYear, operands: [value], facts: [stated], documents: [other] });
}

/** Runs what the question asks against one document's facts (and its other years). Pure. */
export function executePlan(input: ExecuteInput): ExecutionResult {
  const { document, reading } = input;
  const year = document.meta.year;
  const asked = reading.years.filter((candidate) => candidate !== year);
  const ranked = rank(input, input.question, document.facts, {
    hintText: input.hintText,
    documentYear: year,
    period: reading.intent === 'previous_year' ? asked[0] : undefined,
  });
  const result = dispatch(input, ranked);
  // The budget as a whole, asked in its own words (预算总额), is answered with certainty however its label scores.
  if (result.kind === 'numeric') result.confidence = result.intent === 'lookup' && asksWholeBudget(input) ? 1 : (ranked[0]?.score ?? 0);
  return result;
}

// "没有预留给小微企业的部分", "除了X以外", "how much is not earmarked for small firms": what is left of a whole once
// one of its parts is taken out.
// "除去预留给小型和微型企业的部分，还剩多少": taking a part out names it too; so does "预留给小型和微型企业以外部分".
// ("除掉保机构运转的基本支出以外", "刨掉人员经费，", "除一般公共服务支出外，其余": more ways of taking a part out.)
// (有没有…的资金 asks whether there is any: no exclusion.)
const excludedPart = /(?:(?<!有)没有|未|(?<!是)不是|不属于)(?:预留给|预留|用于|给|分给|留给)?([\u4e00-\u9fa5]{1,14})的(?:部分|钱|资金|金额)|除(?:了|掉|去|开)?([\u4e00-\u9fa5]{1,14}?)(?:以外|之外|外(?=[，,、其剩还]))|(?:刨掉|刨去|刨除|去除|抛开|撇开|不算)([\u4e00-\u9fa5]{1,14}?)(?:以外|之外|的话|以后|之后|后)?(?=[，,])|(?:除去|除开|扣除|扣掉|去掉|减去)(?:预留给|给)?([\u4e00-\u9fa5]{1,14}?)的?(?:部分|钱|资金|金额|以后|之后)|(?:预留给|留给|给)([\u4e00-\u9fa5]{1,14}?)(?:以外|之外)的?(?:部分|钱|资金|金额)/;
const remainderCue = new RegExp(`${excludedPart.source}|其余|剩下|还剩|剩余部分|(?:\\bnot|n['’]t)\\s+(?:[a-z]+ly\\s+)?(?:earmarked|reserved|set aside|allocated|going|spent|used)\\b|\\bleft over\\b|\\bthe rest\\b|\\bremaining\\b|\\bother than\\b`, 'i');

/** A whole minus the one part the question names, when the question asks what is left (remainderCue). */
function remainder(input: ExecuteInput, ranked: RankedFact[]): NumericResult | undefined {
  const { document } = input;
  const excluded = excludedPart.exec(input.question);
  const excludedText = excluded?.slice(1).find((group) => group !== undefined) ?? input.question;
  // "除一般公共服务支出外，其余各类支出合计": the part named is a row of a table; that table's total row in its column
  // is the whole, looked at first.
  const wholes = ranked.slice(0, 8);
  if (excluded) {
    const partFound = rank(input, excludedText, document.facts.filter((fact) => fact.kind === 'value' && isMoneyUnit(fact.unit) && fact.origin === 'table'), { documentYear: document.meta.year })[0];
    const totalRow = partFound && partFound.match.labelCoverage >= 0.8
      ? document.facts.find((fact) => fact.kind === 'value' && fact.source.blockId === partFound.fact.source.blockId && fact.source.column === partFound.fact.source.column && totalRowLabel.test(normalizeText(fact.label)))
      : undefined;
    if (totalRow) wholes.unshift({ ...partFound!, fact: totalRow });
  }
  for (const whole of wholes) {
    if (whole.fact.kind !== 'value' || !isMoneyUnit(whole.fact.unit)) continue;
    // A table's total row (合计) holds the rows of its own column: "除一般公共服务支出外，其余各类支出合计".
    const columnRows = () =>
      whole.fact.origin === 'table' && totalRowLabel.test(normalizeText(whole.fact.label))
        ? document.facts.filter(
            (fact) => fact !== whole.fact && fact.kind === 'value' && fact.source.blockId === whole.fact.source.blockId && fact.source.column === whole.fact.source.column && fact.source.row !== whole.fact.source.row,
          )
        : [];
    const linked = partsOf(whole.fact, document.facts);
    const parts = linked.length ? linked : excluded ? columnRows() : [];
    if (!parts.length) continue;
    // The part is named by the words the cue governs (没有预留给【小型和微型企业】的部分), not by the whole question.
    const named = rank(input, excludedText, parts, { documentYear: document.meta.year, alternate: input.expand?.(excludedText) })[0];
    if (!named || named.match.labelCoverage < 0.3) continue;
    const unit = targetUnit(whole.fact, input.reading);
    const [total, part] = [operand(whole.fact, unit), operand(named.fact, unit)];
    const value = subtractDecimals(total.value, part.value);
    return numeric({
      // Worded as the one figure it is: what is left of the whole.
      intent: 'lookup',
      subject: `${total.label}中${part.label}以外的部分`,
      value,
      unit,
      operands: [total, part],
      formula: `${show(total.value)} − ${show(part.value)} = ${show(value)}`,
      facts: [whole.fact, named.fact],
    });
  }
  return undefined;
}

function dispatch(input: ExecuteInput, ranked: RankedFact[]): ExecutionResult {
  const { document, reading } = input;
  const year = document.meta.year;
  // ("除一般公共服务支出外，其余各类支出合计": a part taken out before 合计 asks what is left, not a sum.)
  const remainderAsked =
    ((reading.intent === 'lookup' || reading.intent === 'difference' || reading.intent === 'text') && remainderCue.test(`${input.question} ${input.hintText ?? ''}`)) ||
    (reading.intent === 'total' && excludedPart.test(input.question));
  if (remainderAsked) {
    const left = remainder(input, ranked);
    if (left) return left;
    // "刨掉人员经费，公用经费一共是多少": with no whole to take the part from, what the question names besides the part
    // taken out is the figure asked.
    const taken = reading.intent === 'total' ? excludedPart.exec(input.question) : null;
    const rest = taken ? input.question.replace(taken[0], ' ') : '';
    if (taken && questionContent(rest)) {
      const restInput = { ...input, question: rest, expandedQuestion: input.expand?.(rest) ?? rest, reading: { ...reading, intent: 'lookup' as const } };
      return lookup(restInput, rank(restInput, rest, document.facts, { hintText: input.hintText, documentYear: year }));
    }
  }
  switch (reading.intent) {
    case 'definition':
      return definition(input);
    case 'share':
      // "百分之几 / in percent" describes the result; the operands are amounts, so no unit hint when ranking them.
      return share(input, rank(input, input.question, document.facts, { documentYear: year }));
    case 'average':
      return average(input, ranked);
    case 'max':
    case 'min':
      return extreme(input, reading.intent, ranked);
    case 'comparison':
      return difference(input, ranked, 'comparison');
    case 'difference':
      return difference(input, ranked, 'difference');
    // A disclosure states the previous year and the change of 三公经费 only for the whole, even when the question names
    // its three parts.
    case 'previous_year':
      return previousYear(wholeOfSanGongParts(input));
    case 'change':
      return change(wholeOfSanGongParts(input), ranked);
    case 'total':
      return total(input, ranked);
    case 'list':
      return list(input, ranked);
    case 'text': {
      if (asksWholeBudget(input)) return lookup(input, ranked);
      // A bare noun phrase (固定资产总额, 电梯维修维护费成本上限) that names a figure is a lookup.
      const strong = bestFact(ranked, 0.75);
      return strong && strong.match.labelCoverage >= 0.7 ? lookup(input, ranked) : textAnswer();
    }
    default:
      return lookup(input, ranked);
  }
}
