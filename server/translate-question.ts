import { englishWordForms, englishWords, type CedictIndex } from './cedict-index.ts';
import { detectLanguage, type QuestionLanguage } from './detect-language.ts';
import { englishRefinements, type GlossaryEntry } from './glossary.ts';

/**
 * Turns a question (English or Chinese) into the Chinese vocabulary that retrieval and fact matching work with:
 * budget terms from the glossary, cue words the planner reacts to, years and numbers. English questions get a
 * Chinese rendering (`text`); Chinese questions pass through with the terms found in them.
 */
export interface TranslatedQuestion {
  lang: QuestionLanguage;
  original: string;
  /** Chinese terms, glossary terms first (longest phrase first), then CC-CEDICT words for the rest. */
  terms: string[];
  /** Glossary terms for non-overlapping phrases only (three public expenses -> 三公经费, not also 公用经费). */
  primaryTerms: string[];
  /** Years named in the question; 'previous' for "last year" / 上年 / 去年. */
  years: Array<number | 'previous'>;
  /** Other numbers in the question (not years). */
  numbers: number[];
  /** Chinese cue words for the planner: 合计, 数量, 平均, 占比, 比上年, 增减, 上年, 名词解释, 指, 用于, 原因. */
  intentWords: string[];
  /** A Chinese rendering for retrieval: the original for Chinese questions; terms and cue words for English. */
  text: string;
}

export interface TranslationDictionaries {
  glossary: GlossaryEntry[];
  cedict?: CedictIndex;
  /** Words the loaded documents use: among a dictionary word's senses, one the documents use is taken first. */
  known?: (chinese: string) => boolean;
}

/** Words that carry no budget meaning; matching skips them on both sides, so glossary phrases may contain them. */
export const stopWords = new Set(
  `a an the of for on in at to by with from and or is are was were be been being do does did done what which who whom
  whose how much many it its there their they them we our us i you your my me please tell show give about as has have
  had will would can could should may might into per than then so any some all get got when where
  saw see seen sees seeing heard hear noticed notice news`.split(/\s+/),
);

interface CuePattern {
  /** English phrases, matched on word forms in order, stop words included. */
  english: string[];
  /** Chinese wordings that carry the same cue in a Chinese question. */
  chinese: RegExp;
  cues: string[];
}

const cuePatterns: CuePattern[] = [
  { english: ['total', 'in total', 'altogether', 'overall', 'sum', 'combined', 'all together', 'whole'], chinese: /合计|总计|共计|一共|总共|总额|总体|总/u, cues: ['合计', '总'] },
  { english: ['how many', 'number of', 'count', 'quantity'], chinese: /多少个|多少人|多少辆|多少件|多少名|多少次|多少套|几个|几名|几辆|数量|人数/u, cues: ['数量'] },
  { english: ['per', 'average', 'on average', 'per capita', 'per person', 'each'], chinese: /平均|人均|每/u, cues: ['平均'] },
  { english: ['share', 'percentage', 'proportion', 'percent', 'ratio', 'fraction', 'portion'], chinese: /占比|比例|比重|百分之|占.{0,12}(多少|几成)/u, cues: ['占比'] },
  {
    english: ['difference', 'compare', 'compared', 'comparison', 'change', 'increase', 'decrease', 'rise', 'fall', 'drop', 'grow', 'growth', 'decline', 'more than', 'less than', 'versus', 'vs', 'year on year', 'went up', 'went down'],
    chinese: /比上年|较上年|增减|增加|减少|增长|下降|变化|同比|相比|差额|多了|少了/u,
    cues: ['比上年', '增减'],
  },
  { english: ['last year', 'previous year', 'prior year', 'year before', 'a year earlier'], chinese: /(上年|去年|上一年)(?!结转|结余)/u, cues: ['上年'] },
  { english: ['define', 'definition', 'meaning', 'mean', 'stand for', 'refer to', 'explain'], chinese: /名词解释|是什么|什么是|指什么|含义|是指|意思/u, cues: ['名词解释', '指'] },
  { english: ['used for', 'use for', 'spent on what', 'purpose', 'what for'], chinese: /用于|用途|用在|干什么|做什么/u, cues: ['用于'] },
  { english: ['why', 'reason', 'because', 'cause'], chinese: /为什么|为何|原因/u, cues: ['原因'] },
];

/** "What is X?" asks for a definition only when nothing in it asks for an amount. */
const definitionOpening = ['what is', 'what are', 'what does', 'what do'];
const amountWords = ['how much', 'how many', 'amount', 'cost', 'spend', 'spent', 'figure', 'value', 'size', 'level'];
/** "What is the money used for?" ends in a bare "for". */
const purposeQuestion = /^\s*what\b.*\bfor\s*[?？.!]*\s*$/i;

const yearPattern = /(?<![\d.])(19\d{2}|20\d{2})(?!\d)(?![.,]\d)(?!\s*(?:万?元|亿元|yuan|rmb|%|percent|平方|square|sqm|人|件|people|cases|辆|个))/giu;
const numberPattern = /(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g;
const chineseDigits: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const chineseYearPattern = /([〇零一二三四五六七八九]{4})年/gu;
const shortYearPattern = /(?<![\d.])(1[5-9]|2\d|3[0-5])年/gu;
// "24、25两年", "24和25年": two-digit years listed before one 年.
const shortYearListPattern = /(?<![\d.])(1[5-9]|2\d|3[0-5])\s*([、和与及至到-])\s*(1[5-9]|2\d|3[0-5])\s*((?:两|二|三)?个?年)/gu;
/** 上年 inside 上年结转 names a budget item, not the period asked about. */
const chinesePreviousYear = /(上年|去年|上一年)(?!结转|结余)/u;
/** "a year earlier", "what was it before?": the earlier year asked in other words than last year. */
export const earlierYearInOtherWordsEn = String.raw`(?:a|one)\s+year\s+(?:earlier|before)|(?:was|were)\s+(?:it|they|that|this)\s+(?:before|previously)(?=\s*[?.!]*\s*$)`;
const englishPreviousYear = new RegExp(String.raw`(?<!\bfrom\s)(?<!\bover\s)\b(last|previous|prior)\s+(fiscal\s+|financial\s+)?year\b|\byear\s+before\b|\b(?:${earlierYearInOtherWordsEn})`, 'i');

interface PreparedPhrase {
  entryIndex: number;
  words: Array<Set<string>>;
  /** The phrase itself joins words (science and technology): it may span an and/or of the question. */
  joins: boolean;
}

interface PreparedGlossary {
  phrases: PreparedPhrase[];
  /** The phrases by each form of their first word, so a question looks up only the phrases its words can start. */
  phrasesByFirstForm: Map<string, PreparedPhrase[]>;
  chineseSurfaces: Array<{ surface: string; entryIndex: number }>;
}

const preparedGlossaries = new WeakMap<GlossaryEntry[], PreparedGlossary>();

// "the office" is the unit asking or asked about; "offices" (办公用房) are its premises.
const pluralOnlyCategories = new Set(['works', 'goods', 'offices']);

/** Phrases are turned into word-form sets once per glossary array; questions then compare sets. */
function prepareGlossary(glossary: GlossaryEntry[]): PreparedGlossary {
  const cached = preparedGlossaries.get(glossary);
  if (cached !== undefined) return cached;
  const phrases: PreparedPhrase[] = [];
  const chineseSurfaces: PreparedGlossary['chineseSurfaces'] = [];
  glossary.forEach((entry, entryIndex) => {
    for (const phrase of entry.en) {
      // Procurement's categories "works" and "goods" are such only in the plural: "supervision work" is no 工程, "a
      // good question" no 货物.
      const content = contentWords(phrase);
      const words = content.map((word) => new Set(content.length === 1 && pluralOnlyCategories.has(word.toLowerCase()) ? [word.toLowerCase()] : englishWordForms(word)));
      if (words.length > 0) phrases.push({ entryIndex, words, joins: /\b(?:and|or|than|versus|vs|plus|nor)\b|&/i.test(phrase) });
    }
    for (const surface of [entry.zh, ...(entry.zhAliases ?? [])]) chineseSurfaces.push({ surface, entryIndex });
  });
  const phrasesByFirstForm = new Map<string, PreparedPhrase[]>();
  for (const phrase of phrases) {
    for (const form of phrase.words[0] ?? []) phrasesByFirstForm.set(form, [...(phrasesByFirstForm.get(form) ?? []), phrase]);
  }
  const prepared = { phrases, phrasesByFirstForm, chineseSurfaces };
  preparedGlossaries.set(glossary, prepared);
  return prepared;
}

function contentWords(text: string): string[] {
  return englishWords(text).filter((word) => !stopWords.has(word));
}

function sameWord(questionForms: Set<string>, phraseForms: Set<string>): boolean {
  for (const form of questionForms) if (phraseForms.has(form)) return true;
  return false;
}

interface Match {
  start: number;
  end: number;
  entryIndex: number;
}

/** [chosen, overlapped]: the longest non-overlapping phrases, and the shorter ones inside or across them. */
function splitMatches(matches: Match[]): [Match[], Match[]] {
  const byPreference = [...matches].sort(
    (left, right) => right.end - right.start - (left.end - left.start) || left.start - right.start || left.entryIndex - right.entryIndex,
  );
  const chosen: Match[] = [];
  const overlapped: Match[] = [];
  for (const match of byPreference) {
    const overlaps = chosen.some((other) => match.start < other.end && other.start < match.end);
    (overlaps ? overlapped : chosen).push(match);
  }
  return [chosen, overlapped];
}

/**
 * Glossary phrases found among the content words. `breaks` holds the content positions after which the question
 * joins two things (and, or, than): no phrase spans one, so "administrative operation and public institution
 * operation" is not read as "operation of public institutions".
 */
function englishGlossaryMatches(words: string[], prepared: PreparedGlossary, breaks: ReadonlySet<number> = new Set()): Match[] {
  const questionForms = words.map((word) => new Set(englishWordForms(word)));
  const matches: Match[] = [];
  for (let start = 0; start < words.length; start += 1) {
    // Each phrase once per start; splitMatches orders the matches itself.
    const starting = new Set<PreparedPhrase>();
    for (const form of questionForms[start]!) for (const phrase of prepared.phrasesByFirstForm.get(form) ?? []) starting.add(phrase);
    for (const phrase of starting) {
      if (start + phrase.words.length > words.length) continue;
      const spansBreak = !phrase.joins && phrase.words.some((_, offset) => offset < phrase.words.length - 1 && breaks.has(start + offset));
      if (!spansBreak && phrase.words.every((forms, offset) => sameWord(questionForms[start + offset]!, forms))) {
        matches.push({ start, end: start + phrase.words.length, entryIndex: phrase.entryIndex });
      }
    }
  }
  return matches;
}

/** Single characters (人, 件, 元...) occur inside almost every Chinese word, so Chinese text matches longer surfaces only. */
function chineseGlossaryMatches(text: string, prepared: PreparedGlossary): Match[] {
  const matches: Match[] = [];
  for (const { surface, entryIndex } of prepared.chineseSurfaces) {
    if ([...surface].length < 2) continue;
    for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
      matches.push({ start, end: start + surface.length, entryIndex });
    }
  }
  return matches;
}

/** Chosen Chinese matches only: a term inside a longer term (经费 in 人员经费) adds noise, not meaning. */
function chineseTerms(text: string, prepared: PreparedGlossary, glossary: GlossaryEntry[]): string[] {
  const [chosen] = splitMatches(chineseGlossaryMatches(text, prepared));
  return [...new Set(chosen.map((match) => glossary[match.entryIndex]!.zh))];
}

function phraseOccurs(phraseWords: string[], sentenceForms: Array<Set<string>>): boolean {
  const phraseForms = phraseWords.map((word) => new Set(englishWordForms(word)));
  for (let start = 0; start + phraseForms.length <= sentenceForms.length; start += 1) {
    if (phraseForms.every((forms, offset) => sameWord(sentenceForms[start + offset]!, forms))) return true;
  }
  return false;
}

/** Cue words in order of the cue table; returns the English word positions the cues used, so they are not translated. */
function englishCues(question: string, words: string[], hasNumbers: boolean): { cues: string[]; usedWords: Set<number> } {
  const sentenceForms = words.map((word) => new Set(englishWordForms(word)));
  const cues: string[] = [];
  const usedWords = new Set<number>();
  const markUsed = (phraseWords: string[]) => {
    const phraseForms = phraseWords.map((word) => new Set(englishWordForms(word)));
    for (let start = 0; start + phraseForms.length <= sentenceForms.length; start += 1) {
      if (phraseForms.every((forms, offset) => sameWord(sentenceForms[start + offset]!, forms))) {
        for (let offset = 0; offset < phraseForms.length; offset += 1) usedWords.add(start + offset);
      }
    }
  };
  const addCues = (newCues: string[]) => {
    for (const cue of newCues) if (!cues.includes(cue)) cues.push(cue);
  };
  for (const pattern of cuePatterns) {
    for (const phrase of pattern.english) {
      const phraseWords = englishWords(phrase);
      if (phraseOccurs(phraseWords, sentenceForms)) {
        addCues(pattern.cues);
        markUsed(phraseWords);
      }
    }
  }
  if (purposeQuestion.test(question)) addCues(['用于']);
  const asksForAmount =
    hasNumbers || cues.some((cue) => cue !== '名词解释' && cue !== '指') || amountWords.some((phrase) => phraseOccurs(englishWords(phrase), sentenceForms));
  if (!asksForAmount && definitionOpening.some((phrase) => phraseOccurs(englishWords(phrase), sentenceForms))) addCues(['名词解释', '指']);
  return { cues, usedWords };
}

function chineseCues(question: string): string[] {
  const cues: string[] = [];
  for (const pattern of cuePatterns) {
    if (pattern.chinese.test(question)) for (const cue of pattern.cues) if (!cues.includes(cue)) cues.push(cue);
  }
  return cues;
}

/**
 * The years a question names, in order: 2024年, 二〇二四年, ２０２４年, "in 2024" — not amounts such as 2000元 or 2022人.
 * The one reading of years that intent detection and document selection share.
 */
export function namedYears(question: string): number[] {
  return findYears(toHalfWidthDigits(question)).filter((year): year is number => typeof year === 'number');
}

/** English month names and their short forms; a date's month, never a topic. */
export const englishMonthNames = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/);
const monthNames = englishMonthNames.join('|');
/** A full Chinese date, 2024年8月31日: year, month and day captured. */
export const chineseFullDate = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

// Each pattern captures the year and the month (a number or an English month name).
const fullDatePatterns = [
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNames})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
  new RegExp(`\\b(${monthNames})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
  // "as of the end of August 2024": a month and year only.
  new RegExp(`\\b(${monthNames.replace('may|', '')})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
];

function monthNumber(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const index = englishMonthNames.indexOf(written.toLowerCase());
  // The short forms follow the twelve names: jan..dec, with sep and sept both September.
  return index < 12 ? index + 1 : [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][index - 12];
}

/**
 * Dates in the question (截至2023年8月31日, as of 31 August 2023, the end of August 2023): a point in time such as
 * the day assets are counted, not a budget year asked about.
 */
export function statedDates(question: string): Array<{ year: number; month: number }> {
  const text = toHalfWidthDigits(question);
  const dates = new Map<string, { year: number; month: number }>();
  for (const pattern of fullDatePatterns) {
    for (const match of text.matchAll(pattern)) {
      const [first, second] = [match[1], match[2]];
      const date = /^\d{4}$/.test(first) ? { year: Number(first), month: monthNumber(second) } : { year: Number(second), month: monthNumber(first) };
      dates.set(`${date.year}-${date.month}`, date);
    }
  }
  return [...dates.values()];
}

/** Years that stand in a date (statedDates). */
export function datedYears(question: string): number[] {
  return [...new Set(statedDates(question).map((date) => date.year))];
}

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function findYears(question: string): Array<number | 'previous'> {
  const years: Array<number | 'previous'> = [];
  const add = (year: number | 'previous') => {
    if (!years.includes(year)) years.push(year);
  };
  const normalized = question
    .replace(chineseYearPattern, (_whole, digits: string) => `${[...digits].map((digit) => chineseDigits[digit]).join('')}年`)
    // 24年, 25年度: people drop the century; two digits from 15 to 35 before 年 are a year of this century.
    .replace(shortYearListPattern, (_whole, first: string, joint: string, second: string, years: string) => `20${first}年${joint}20${second}年 ${years}`)
    .replace(shortYearPattern, (_whole, digits: string) => `20${digits}年`);
  for (const match of normalized.matchAll(yearPattern)) add(Number(match[1]));
  if (englishPreviousYear.test(question) || chinesePreviousYear.test(question)) add('previous');
  return years;
}

function findNumbers(question: string, years: Array<number | 'previous'>): number[] {
  const numbers: number[] = [];
  for (const match of question.matchAll(numberPattern)) {
    const value = Number(match[0].replace(/,/g, ''));
    if (!Number.isFinite(value) || years.includes(value)) continue;
    numbers.push(value);
  }
  return numbers;
}

/**
 * Words that say how the asker reads the document or works the answer out ("Based on the stated decrease", "the budget
 * explanation compares…", "judging from"): their dictionary senses (基础, 说道, 解释) are no topic of the question.
 */
const readingWords = new Set(
  `explanation explanations explain explains explained based basis stated state states says say said compare compares
  compared comparing imply implies implied judging judge according going working relative relatively attribution attributable`.split(/\s+/),
);

/** The longest run of untranslated words CC-CEDICT knows, up to three words; its first headword. */
function cedictTerms(words: string[], covered: Set<number>, cedict: CedictIndex, known?: (chinese: string) => boolean): string[] {
  const terms: string[] = [];
  let position = 0;
  while (position < words.length) {
    if (covered.has(position) || stopWords.has(words[position]!) || readingWords.has(words[position]!) || /\d/.test(words[position]!) || words[position]!.length < 2) {
      position += 1;
      continue;
    }
    let advanced = false;
    for (let length = 3; length >= 1; length -= 1) {
      const span = words.slice(position, position + length);
      if (span.length < length || span.some((word, offset) => covered.has(position + offset) || stopWords.has(word))) continue;
      // support -> 架, 支持, …: the sense the documents use (支持中小企业) says more than the dictionary's first one.
      const senses = cedict.lookup(span.join(' '));
      const headword = (known && senses.find(known)) || senses[0];
      if (headword !== undefined) {
        if (!terms.includes(headword)) terms.push(headword);
        position += length;
        advanced = true;
        break;
      }
    }
    if (!advanced) position += 1;
  }
  return terms;
}

/**
 * Shorthand written out, so every reader of the question sees the words. English quick notes: "how many … r they
 * budgeting", "last yr", "avg budget per project w/ perf targets", "wanli st dept" (a street named), "commerce cmte",
 * "approx", "pls", "govt", "dept". Chinese spoken forms: 部 counting cars (一共7部车子, 每部车) as the disclosures' 辆;
 * 那几辆 pointing at the cars (养那几辆公车的钱), which asks no count; a two-digit year in a date (截至24年8月底), which
 * is this century's. Pure.
 */
export function withShorthandWritten(question: string): string {
  // "那几台公车…平均一台值多少钱": cars counted by 台, in a question about cars and no machines, are counted by 辆.
  const carsByTai = /(?:公车|车辆|汽车|轿车|小车|公务用车)/u.test(question) && !/(?:设备|电脑|计算机|空调|打印机|服务器|复印机|机器|仪器)/u.test(question);
  const spoken = (carsByTai ? question.replace(/([0-9０-９一二两三四五六七八九十几每])台(?![账湾式])/gu, '$1辆') : question)
    .replace(/([0-9０-９一二两三四五六七八九十几每])部(?=(?:公务)?(?:车|公车|小车|汽车|轿车))/gu, '$1辆')
    .replace(/(?<=[养用买修开])(?:那|这)几(?:辆|部)(?=(?:公务)?(?:车|公车|小车|汽车|轿车))/gu, '')
    .replace(/(?<![\d０-９])(\d{2})年(?=\d{1,2}月)/gu, '20$1年')
    // "编2024年预算的时候，手上一共有几辆车": when the budget was drawn up names the document, not a thing asked.
    .replace(/(?:在|当)?编(?:制|写|报)?((?:19|20)\d{2}年)度?的?(?:部门|单位)?预算的?(?:时候|时)[，,]?/gu, '$1')
    // "政采 货物+服务 合计", typed as in a search box: 政采 is 政府采购; a space before the word that asks the sum (合计,
    // 一共) parts nothing.
    .replace(/政采(?!购)/gu, '政府采购')
    // Event names said short, as the press says them (进博会), written as disclosures write them.
    .replace(/进博会/gu, '中国国际进口博览会')
    .replace(/(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=(?:合计|一共|总共|共计|加起来|之和|是多少|多少)(?:[ \t\u3000]|$|[，,。？?]))/gu, '')
    // "预算九千一百来万 说是比24年少了两千多万 那24年预算到底是多少": typed on a phone, a space before a word that opens a
    // clause (说, 那, 但, 我…) parts clauses as a comma does. (A space inside a name, 万里 街道, stays.)
    .replace(/(?<=[\u4e00-\u9fa5\d])\s+(?=(?:说|听说|据说|那|但|但是|可是|就是|我|我们|他们|想|请|所以|然后|而且|另外|结果|到底|究竟)[\u4e00-\u9fa5\d])/gu, '，');
  // "政府采购，是买东西（货物）花得多，还是买服务花得多": in procurement, buying things set against its services or
  // works is its goods (货物).
  const procured = /采购/.test(spoken) && /服务|工程/.test(spoken) ? spoken.replace(/买(?:的)?东西(?:[（(]货物[）)])?/gu, '货物') : spoken;
  if (!/[a-z]/i.test(procured)) return procured;
  return procured
    .replace(/\br\s+(?=(?:they|you|we|there|these|those)\b)/gi, 'are ')
    .replace(/\byrs\b\.?/gi, 'years')
    .replace(/\byr\b\.?/gi, 'year')
    .replace(/\b(?:pls|plz)\b\.?/gi, 'please')
    .replace(/\bw\/\s*/gi, 'with ')
    .replace(/\bavg\b\.?/gi, 'average')
    .replace(/\bperf\b\.?/gi, 'performance')
    .replace(/\b(?:cmte|cttee|cmtee)\b\.?/gi, 'commission')
    .replace(/\bapprox\b\.?/gi, 'approximately')
    .replace(/\bdist\b\.?(?=\s)/gi, 'district')
    .replace(/\b(?:mgmt|mgt)\b\.?/gi, 'management')
    .replace(/\badmin\b\.?(?=\s)/gi, 'administrative')
    .replace(/\bsci\s*&\s*tech\b/gi, 'science and technology')
    // "wanli st dept": st after a name is street (not after a number: 1st).
    .replace(/(?<=\b[a-z]{3,}\s)st\b\.?(?=[\s,;:?!]|$)/gi, 'street')
    .replace(/\bgov(?:t|'t|’t)?\.?(?=\s|$)/gi, 'government')
    .replace(/\bdept\.?(?=\s|$)/gi, 'department')
    // "talks about 'project' spending": a word quoted before the noun it qualifies is part of one term (project spending).
    .replace(/(?<![\w'’])['‘"“]([a-z][\w-]*)['’"”]\s+(spending|expenditures?|expenses|costs?|funds|funding|money|budgets?|income|revenue)\b/gi, '$1 $2');
}

/**
 * "routine costs (salaries plus day-to-day running)", "the day-to-day running of the commission itself (its staff and
 * office costs)": running costs a bracket explains as staff plus office costs are basic expenditure, both its parts.
 */
export function basicSpendingExplained(question: string): string {
  return question.replace(
    /\b(?:(?:the|its|their)\s+)?(?:routine|day[- ]to[- ]day|everyday|regular|ordinary|basic|keeping\s+(?:[\w'’-]+\s+){0,3}?running)\s+(?:[\w-]+\s+){0,6}?\((?:i\.e\.,?\s+|that is,?\s+)?(?:its\s+|their\s+)?(?:staff|salaries|salary|wages|pay|personnel|people)(?:\s+(?:costs?|pay|salaries|wages))?\s+(?:and|plus|\+|&)\s+(?:[\w-]+\s+){0,2}?(?:running|office|operating|operations?)(?:\s+(?:costs?|going|running|expenses))?\)/gi,
    'basic expenditure',
  );
}

/**
 * Words that say nothing about the measure: an English aside in brackets ("overseas (outbound) trips", which would
 * split the glossary phrase "overseas trips") and the source named ("according to its 2024 budget"). The question's
 * years are read before this, from the whole question.
 */
/**
 * "personnel funding exceed public (office) funding": beside personnel money, public funding is the other half of
 * basic spending (公用经费), not money from the public purse (财政拨款).
 */
export function withPublicUseNamed(question: string): string {
  if (!/\b(?:personnel|staff)\s+(?:funding|funds|expenses|expenditure|costs?)\b/i.test(question)) return question;
  return question.replace(/\bpublic\s+(?:\((?:office|use|operating)\)\s+)?(funding|funds|expenses|expenditure|costs?)\b/gi, 'public-use $1');
}

export function withoutAsides(question: string, namesTerm: (text: string) => boolean = () => false): string {
  // Abbreviations people type (District govt office, Dept.) are read as the words the glossary knows.
  return basicSpendingExplained(withShorthandWritten(question))
    // "overseas trips, official cars and receptions": receptions beside the cars are the official ones (公务接待费); a
    // bare "reception" elsewhere (the petition-reception platform) is not.
    .replace(/\b(cars?|vehicles?),?\s+and\s+receptions\b/gi, '$1 and official receptions')
    // "Which of the Putuo offices has the larger…": the offices are the units compared, not office space.
    .replace(/\bwhich of (?:the|these|those|our|its)\s+(?:[A-Z][\w-]*\s+)?(?:district\s+)?(?:offices|units|bodies|departments|agencies)\b/gi, 'which')
    // "…procurement of services in 2025, not counting goods?": a thing named, then what is left out at the end, names
    // only the thing (unless the rest of a whole is asked: "what is left, not counting X").
    .replace(/,\s*(?:not counting|excluding|leaving out|apart from|except(?: for)?)\s+[^,?.!;]{2,60}(?=\s*[?.!]?\s*$)/i, (aside: string, _offset: number, text: string) =>
      /\b(?:rest|remaining|remainder|left|other|others)\b/i.test(text) ? aside : ' ',
    )
    // "how much is project expenditure, as opposed to basic expenditure?": the contrast names what is not asked.
    .replace(/,?\s*as opposed to\s+[^?.!,;:]+/gi, ' ')
    // "procurement … add goods + services together": of procurement, goods and services are its two kinds (货物, 服务),
    // not the economic class 商品和服务支出 the phrase names elsewhere.
    .replace(/\bgoods\s*(?:and|\+|&)\s*services\b/gi, (phrase: string, _offset: number, text: string) => (/\b(?:procure|procurement|purchasing)\b/i.test(text) ? 'goods plus services' : phrase))
    // "pay its staff in home-purchase subsidies": what the staff are paid in is asked, not staff pay as a whole.
    .replace(/\b(pay(?:s|ing)?|give(?:s)?|giving)\s+(?:its|their|the)\s+(?:staff|employees|workers|people)\s+(?=in\s|as\s)/gi, '$1 ')
    // "keeping the neighbourhood clean (environmental sanitation)": a bracket closing a side with a term of its own
    // names the line in the document's words, and stays.
    .replace(/\s*\(([A-Za-z][A-Za-z\s,'’-]*)\)(?=\s*(?:[?.!,;:]|$|\s(?:and|or|than|plus|versus|vs)\b))/g, (whole, inside: string) => (namesTerm(inside) ? ` ${inside.replace(/,/g, ' ')}` : whole))
    .replace(/\s*\([A-Za-z][A-Za-z\s,'’-]*\)/g, ' ')
    // "…budget for property management fees in its 2024 day-to-day running costs?": an item asked inside a frame at the
    // end of the question; the frame says where it stands, and its own line is not asked (the year stays).
    .replace(/\b((?:for|on)\s+[^,?;]{3,60}?)\s+(?:in|within|under)\s+(?:its|their|the)\s+(?:((?:19|20)\d{2})\s+)?(?:[\w-]+\s+){0,3}(?:costs|spending|expenditure|expenses)\s*([?.!]*)\s*$/i, (_whole, item: string, year: string | undefined, end: string) => `${item}${year ? ` in ${year}` : ''}${end}`)
    // "in their 2025 budget", "per its 2024 disclosure": where the figure is read (the year stays), not a measure.
    .replace(/\b(?:in|from|per|under) (?:the|their|its|this)(?: ((?:19|20)\d{2}))? (?:budget|disclosure|document)s?\b(?!\s+(?:for|of|on)\b)/gi, (_whole, year: string | undefined) => (year ? ` ${year} ` : ' '))
    // "how many cars does wanli street have, 2024 budget", "wanli street 2024 budget: how many cars": a year's budget
    // named as a trailing note or as a heading before what is asked is the source, when something else is asked.
    .replace(/,\s*(?:the\s+|its\s+|their\s+)?((?:19|20)\d{2})\s+(?:budget|disclosure)s?\s*[?.!]*\s*$/i, (whole, year: string, offset: number, text: string) =>
      namesMoreThanTheWhole(text.slice(0, offset)) ? ` ${year}` : whole,
    )
    .replace(/\b((?:19|20)\d{2})\s+(?:budget|disclosure)s?\s*[:：]\s*(?=\S)/i, (whole, year: string, offset: number, text: string) =>
      namesMoreThanTheWhole(text.slice(offset + whole.length)) ? `${year}: ` : whole,
    )
    // The unit that owns the source ("according to the Putuo Commerce Commission's 2025 unit budget") stays: it
    // says which disclosure is meant.
    .replace(
      /,?\s*\b(?:according to|as stated in|as per|going by|based on)\s+(?:the|its|their|this)?\s*((?:[A-Z][\w-]*\s+){0,6}[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,4}?(?:budgets?|disclosures?|documents?|reports?|figures|data|notes|explanations?|(?:lists?|tables?|registers?|schedules?)(?:\s+of(?:\s+[\w-]+){1,3})?)\b/gi,
      (_whole, owner: string | undefined) => (owner ? ` ${owner.replace(/['’]s\s+$/, '')} ` : ' '),
    );
}

// Words that ask for a budget as a whole (how much is the total?), or only frame the asking.
const wholeBudgetWords = new Set(
  'how much many what which is are was were the a an in of for it its their they does do did total overall whole budget budgets budgeted spending spend spent money funds income revenue expenditure all altogether figure amount sum and so please'.split(' '),
);

/** Whether an English clause names something besides the budget as a whole ("how many cars" does; "total?" does not). */
function namesMoreThanTheWhole(clause: string): boolean {
  return (clause.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => !wholeBudgetWords.has(word));
}

export function translateQuestion(question: string, dictionaries: TranslationDictionaries): TranslatedQuestion {
  const lang = detectLanguage(question);
  const prepared = prepareGlossary(dictionaries.glossary);
  // Full-width digits (２０２２年) are common in Chinese text typed with an IME.
  const halfWidth = toHalfWidthDigits(question);
  const years = findYears(halfWidth);
  const numbers = findNumbers(halfWidth, years);
  const foundInChinese = chineseTerms(question, prepared, dictionaries.glossary);

  if (lang === 'zh') {
    return { lang, original: question, terms: foundInChinese, primaryTerms: foundInChinese, years, numbers, intentWords: chineseCues(question), text: question };
  }

  // Positions refer to all words (stop words included) so cue phrases like "how many" can be found; glossary
  // matching runs on the content words and maps back.
  // A bracket that is one glossary phrase, whole, names a term.
  const namesTerm = (text: string) => {
    const words = contentWords(text);
    const [chosen] = splitMatches(englishGlossaryMatches(words, prepared));
    return chosen.length === 1 && chosen[0]!.start === 0 && chosen[0]!.end === words.length;
  };
  // "retirees from both its government offices and its public service centres": a unit's own government offices are
  // its administrative side (行政单位), not the district government's office (区政府办公室), another unit.
  // "what was the office's 2024 budget": the unit itself, said by its kind with 's, is no office space (办公用房).
  const owned = withPublicUseNamed(question)
    // "Please work it out from the increase stated": how the asker wants the answer reached names no topic.
    .replace(/\b(?:work|worked|working|figure|figured|figuring)\s+(?:it|this|that|them)\s+out\b/gi, ' ')
    .replace(/\b(its|their)\s+(own\s+)?government\s+offices?\b/gi, '$1 $2administrative offices')
    // "one for the government office staff and one for staff of the public service units": staff of government
    // offices are the administrative side's, not the district government office (another unit).
    .replace(/\bgovernment[\s-]+office\s+(staff|employees|workers|personnel)\b/gi, 'administrative unit $1')
    .replace(/\bthe\s+(?:street\s+)?(?:office|bureau|commission|department|agency)(?:'s|’s)\s/gi, 'its ')

    // "what percentage falls under function class 212": to fall under a class is to belong to it, no decrease.
    .replace(/\b(?:falls?|falling|fell|fallen)\s+(under|within|into)\b/gi, 'in')
    // "construction procurement": the works bought, as the disclosures' procurement sentences call them.
    .replace(/\bconstruction\s+(procurement|purchases|purchasing)\b/gi, 'works $1')
    // "how much project funding does it cover with performance targets", "how much project money do its performance
    // targets cover": the project money the targets cover (涉及项目预算资金), not project spending as a whole.
    .replace(/\bproject\s+(?:budget\s+)?(?:money|funding|funds)\b/gi, (phrase: string, _offset: number, text: string) =>
      /\bperformance[\s-]+targets?\b/i.test(text) && /\bcover(?:s|ed|ing)?\b/i.test(text) ? 'project money covered by performance targets' : phrase,
    )
    // "(cut-off 31 December 2021)", "the cutoff date": when a count is taken, no cut in money.
    .replace(/\bcut[\s-]?off(?:\s+date)?\b/gi, 'cutoff date')
    // "I live in the Wanli Street area of Putuo": an area after a place's name is a locality, not a floor area.
    .replace(/\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+area\b/g, '$1');
  const readable = withoutAsides(owned, namesTerm);
  const allWords = englishWords(readable);
  const contentPositions = allWords.flatMap((word, position) => (stopWords.has(word) ? [] : [position]));
  // "alowances": a word neither the glossary nor the dictionary knows, one letter from a glossary word, is that word.
  const spelled = glossaryWords(dictionaries.glossary);
  const content = contentPositions.map((position) => correctedSpelling(allWords[position]!, spelled, dictionaries.cedict));
  const { cues, usedWords } = englishCues(readable, allWords, numbers.length > 0 || years.length > 0);

  const terms: string[] = [];
  const addTerm = (term: string) => {
    if (!terms.includes(term)) terms.push(term);
  };
  const covered = new Set<number>(usedWords);
  const joining = new Set(['and', 'or', 'than', 'versus', 'vs', 'plus', 'nor']);
  const breaks = new Set(
    contentPositions.flatMap((position, index) => {
      const next = contentPositions[index + 1];
      return next !== undefined && allWords.slice(position + 1, next).some((word) => joining.has(word)) ? [index] : [];
    }),
  );
  const [chosen, overlapped] = splitMatches(englishGlossaryMatches(content, prepared, breaks));
  // Chinese written inside an English question ("the rate (聘用人员工作质量达标率)") is the document's own wording:
  // kept as it is, ahead of any rendering.
  const writtenInChinese = Array.from(question.matchAll(/[\u4e00-\u9fa5][\u4e00-\u9fa5“”（）()、]*/g), (match) =>
    // A closing bracket belongs to the run only when the run opened it.
    /[（(]/.test(match[0]) ? match[0] : match[0].replace(/[）)“”、]+$/, ''),
  ).filter((run) => run.length >= 2);
  // "the 'other public security expenditure' subject": other opening a quoted line name names the line of the rest
  // under it (其他公共安全支出), which the bare term's rendering would miss. (Unquoted, "other public institutions" is
  // just more of them.)
  // "its 'other' social security and employment spending" quotes the word alone.
  const quotedOther = /['"‘“](?:other|miscellaneous)['"’”]?\s/i.test(readable);
  const otherOf = quotedOther ? chosen.flatMap((match) => (match.start > 0 && /^(?:other|miscellaneous)$/.test(content[match.start - 1]!) ? [`其他${dictionaries.glossary[match.entryIndex]!.zh}`] : [])) : [];
  const primaryTerms = [...new Set([...writtenInChinese, ...otherOf, ...chosen.map((match) => dictionaries.glossary[match.entryIndex]!.zh), ...foundInChinese])];
  // "a European chamber of commerce": a unit's name (commerce -> 商务委员会) inside a longer phrase the glossary renders
  // as something else names no unit, even for retrieval.
  const nestedUnit = (match: (typeof overlapped)[number]) =>
    /(局|委员会|委|办公室|街道|办事处)$/.test(dictionaries.glossary[match.entryIndex]!.zh) && chosen.some((outer) => outer.start <= match.start && outer.end >= match.end && outer.end - outer.start > match.end - match.start);
  for (const match of [...chosen, ...overlapped.filter((match) => !nestedUnit(match))]) {
    addTerm(dictionaries.glossary[match.entryIndex]!.zh);
    for (let index = match.start; index < match.end; index += 1) covered.add(contentPositions[index]!);
  }
  for (const term of otherOf) addTerm(term);
  for (const term of [...writtenInChinese, ...foundInChinese]) addTerm(term);
  if (dictionaries.cedict !== undefined) for (const term of cedictTerms(allWords, covered, dictionaries.cedict, dictionaries.known)) addTerm(term);

  // "budget for running them": a whole line's part named by a word elsewhere in the question.
  // The telling word stands outside the whole's own phrase ("cars and maintenance" is the whole line's phrase).
  // (The phrase and the words just after it may rule a part out: "office running costs", "running costs of the
  // offices" name the offices' line.)
  const phraseAndRest = (zh: string) => {
    const inside = new Set(
      [...chosen, ...overlapped]
        .filter((match) => dictionaries.glossary[match.entryIndex]!.zh === zh)
        .flatMap((match) => Array.from({ length: match.end - match.start }, (_, offset) => contentPositions[match.start + offset]!)),
    );
    return {
      phrase: [...inside].sort((left, right) => left - right).map((position) => allWords.slice(position, inside.has(position + 1) ? position + 1 : position + 5).join(' ')).join(' '),
      rest: allWords.filter((_, position) => !inside.has(position)).join(' '),
    };
  };
  const refine = (term: string) => {
    const rules = englishRefinements.filter((candidate) => candidate.whole === term);
    if (!rules.length) return term;
    const { phrase, rest } = phraseAndRest(term);
    return rules.find((rule) => rule.when.test(rest) && !rule.unless.test(rest) && !rule.unless.test(phrase))?.part ?? term;
  };
  // 预留 is procurement reserved for enterprises (面向中小企业预留): "how much less did it set aside in 2024 for X" with
  // no enterprise named, and another line named, only budgets X.
  // (Said alone, "reserved", it is still the glossary's word.)
  const namesOtherTerm = primaryTerms.some((term) => term !== '预留');
  const reservedForNoOne = (term: string) => term === '预留' && namesOtherTerm && !/\b(?:smes?|small|micro|medium|enterprises?|businesses|firms|companies)\b/i.test(question);
  const refinedTerms = [...new Set(terms.map(refine))].filter((term) => !reservedForNoOne(term));
  const refinedPrimary = [...new Set(primaryTerms.map(refine))].filter((term) => !reservedForNoOne(term));
  return { lang, original: question, terms: refinedTerms, primaryTerms: refinedPrimary, years, numbers, intentWords: cues, text: [...new Set([...refinedTerms, ...cues])].join(' ') };
}

const glossaryWordsCache = new WeakMap<GlossaryEntry[], Set<string>>();
function glossaryWords(glossary: GlossaryEntry[]): Set<string> {
  let words = glossaryWordsCache.get(glossary);
  if (!words) {
    words = new Set(glossary.flatMap((entry) => entry.en.flatMap((phrase) => englishWords(phrase))));
    glossaryWordsCache.set(glossary, words);
  }
  return words;
}

/** The glossary word a misspelt word (one letter dropped, added, changed or two swapped) stands for, else the word. */
function correctedSpelling(word: string, known: Set<string>, cedict: TranslationDictionaries['cedict']): string {
  if (word.length < 5 || /\d/.test(word) || known.has(word) || englishWordForms(word).some((form) => known.has(form))) return word;
  if ((cedict?.lookup(word).length ?? 0) > 0) return word;
  const candidates = [...known].filter((candidate) => candidate.length >= 5 && candidate[0] === word[0] && oneEditApart(word, candidate));
  return candidates.length === 1 ? candidates[0]! : word;
}

function oneEditApart(left: string, right: string): boolean {
  if (Math.abs(left.length - right.length) > 1 || left === right) return false;
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start += 1;
  const rest = (text: string, skip: number) => text.slice(start + skip);
  if (left.length === right.length) {
    // One letter changed, or two neighbours swapped.
    return rest(left, 1) === rest(right, 1) || (left[start] === right[start + 1] && left[start + 1] === right[start] && rest(left, 2) === rest(right, 2));
  }
  return left.length > right.length ? rest(left, 1) === rest(right, 0) : rest(left, 0) === rest(right, 1);
}
