import type { ParsedDocument } from '../ingest/model.ts';
import { longestCommonRun } from './longest-common-run.ts';
import { normalizeText } from './normalize-text.ts';
import { namedYears, statedDates } from './translate-question.ts';
import { isShortFormOf } from './uncovered-terms.ts';

export interface DocumentSelection {
  documents: ParsedDocument[];
  /** True when the asker or the question named the document (filter, unit or year), so no alternatives are offered. */
  explicit: boolean;
  reason?: 'no_document' | 'year_not_covered';
  detail?: string;
}

// Parts of unit names every unit shares; naming them does not pick a unit.
const placeWords = /([\u4e00-\u9fa5]{1,3}[省市区县])/g;
const genericUnitWords = new RegExp(`(中华人民共和国|人民政府|办事处|委员会|办公室|${placeWords.source.slice(1, -1)})`, 'g');

export function distinctiveUnitPart(unit: string): string {
  const stripped = normalizeText(unit.replace(genericUnitWords, ''));
  if (stripped.length >= 2) return stripped;
  // 上海市普陀区人民政府办公室 is all shared words; its place names are shared by every unit of the district, so they
  // must not let it claim a question that names 上海市普陀区人民政府万里街道办事处.
  const withoutPlaces = normalizeText(unit.replace(placeWords, ''));
  return withoutPlaces.length >= 2 ? withoutPlaces : normalizeText(unit);
}


/**
 * Which documents a question is about: the page's filters first, then a unit or year the question names. Pure.
 * A named year no document covers is kept only when a document of the next year can derive it (上年).
 */
export function selectDocuments(input: {
  documents: ParsedDocument[];
  question: string;
  docId?: string;
  unit?: string;
  year?: number;
  /** The question asks for an earlier year's figure derived from a stated change (going by the stated increase). */
  derivedFromStatedChange?: boolean;
  /** Toneless pinyin of Chinese text, so an English question can name a unit by its place name (Langfang). */
  romanize?: (chinese: string) => string | undefined;
  /** A document's normalised full text, to find the disclosure that states a date the question names. */
  documentText?: (document: ParsedDocument) => string;
  /** The question without the asker's story (我找了半天只看到22年的那份), where its years are read; the question by default. */
  askingText?: string;
}): DocumentSelection {
  let documents = input.documents;
  let explicit = false;
  if (input.docId) {
    documents = documents.filter((document) => document.meta.id === input.docId);
    explicit = true;
  }
  if (input.unit) {
    const wanted = normalizeText(input.unit);
    documents = documents.filter((document) => normalizeText(document.meta.unit).includes(wanted) || wanted.includes(normalizeText(document.meta.unit)));
    explicit = true;
  }
  if (input.year) {
    documents = documents.filter((document) => document.meta.year === input.year);
    explicit = true;
  }
  if (!documents.length) return { documents, explicit, reason: 'no_document' };
  const question = normalizeText(input.question);
  // A unit named in the question.
  // An English question naming a unit by its place name in pinyin (Wanli, Langfang) is the most specific evidence:
  // its Chinese rendering also carries generic words (government -> 人民政府) that every unit name shares.
  const namedInPinyin = documents.length > 1 && input.romanize ? unitsNamedInPinyin(documents, input.question, input.romanize) : [];
  if (namedInPinyin.length) {
    documents = namedInPinyin;
    explicit = true;
  }
  // Among several units still possible (Putuo names three), the Chinese name decides.
  if (new Set(documents.map((document) => document.meta.unit)).size > 1) {
    const scored = documents.map((document) => {
      const naming = unitNaming(question, document.meta.unit);
      return { document, score: Math.max(naming.run, naming.shortForm ? 0.5 : 0) };
    });
    const best = Math.max(...scored.map((item) => item.score));
    if (best >= 0.5) {
      documents = scored.filter((item) => item.score === best).map((item) => item.document);
      explicit = true;
    }
  }
  // "万里街道2024年机关运行经费是443.18万元。作为对照，廊坊市信访局2022年安排的…是多少？": of two units named, the one the
  // closing sentence asks about is asked (with that sentence's years); the other is the asker's point of comparison.
  let askingYears: ReturnType<typeof namedYears> | undefined;
  if (new Set(documents.map((document) => document.meta.unit)).size > 1 && input.askingText !== undefined) {
    const closing = unitAskedInClosingSentence(documents, input.askingText);
    if (closing) {
      documents = documents.filter((document) => document.meta.unit === closing.unit);
      askingYears = namedYears(closing.sentence);
    }
  }
  // A year named in the question.
  // "…2023年的三公经费预算安排了多少？我找了半天只看到22年的那份。": the year asked, not the one of the asker's story.
  const askedYears = askingYears?.length ? askingYears : input.askingText === undefined ? [] : namedYears(input.askingText);
  const years = askedYears.length ? askedYears : namedYears(input.question);
  // "截至2024年8月31日有几辆车": a date is a point in time, stated by the disclosure that counts as of that day — often
  // the next year's budget, prepared that autumn.
  const dates = years.length === 1 && !input.year && input.documentText ? statedDates(input.question).filter((date) => date.year === years[0]) : [];
  const stating = dates.length ? documents.filter((document) => dates.some((date) => input.documentText?.(document).includes(`${date.year}年${date.month}月`))) : [];
  if (stating.length) {
    documents = stating;
    explicit = true;
  } else if (years.length === 1 && !input.year) {
    const [year] = years;
    const sameYear = documents.filter((document) => document.meta.year === year);
    const nextYearDocuments = documents.filter((document) => document.meta.year === year + 1);
    if (input.derivedFromStatedChange && nextYearDocuments.length) {
      // "What was the 2024 budget, going by the stated increase?" is read from the 2025 disclosure's stated change.
      documents = nextYearDocuments;
      explicit = true;
    } else if (sameYear.length) {
      documents = sameYear;
      explicit = true;
    } else {
      const mentioned = documents.filter((document) => document.meta.year !== null && document.meta.year > year && document.meta.year - year <= 2);
      if (nextYearDocuments.length) documents = nextYearDocuments;
      else if (mentioned.length) documents = mentioned;
      else return { documents: [], explicit: true, reason: 'year_not_covered', detail: String(year) };
    }
  } else if (years.length >= 2) {
    // Cross-year: answer from the latest named year; the executor finds the other.
    const latest = Math.max(...years);
    const latestDocuments = documents.filter((document) => document.meta.year === latest);
    if (latestDocuments.length) documents = latestDocuments;
    // "2023年的三公经费安排了多少？和2022年比是增是减？" with only the 2022 budget: no budget states a later year's figures,
    // unless its text names that year (a target 到2025年).
    else if (
      documents.length &&
      documents.every((document) => document.meta.year !== null && document.meta.year < latest) &&
      !documents.some((document) => input.documentText?.(document).includes(`${latest}年`))
    ) {
      return { documents: [], explicit: true, reason: 'year_not_covered', detail: String(latest) };
    }
  }
  return { documents, explicit };
}

/**
 * "…万里街道…。作为对照，廊坊市信访局2022年安排的…是多少？", "听说区政府办公室…，那普陀区商务委2025年的…才多少？": the one
 * unit the closing sentence (after 。, or after a comma opening 那) names, when sentences before name others and the
 * closing one does not point back at them (比它, 两家, both). Undefined otherwise. Pure.
 */
export function unitAskedInClosingSentence(documents: ParsedDocument[], text: string, expand: (sentence: string) => string = (sentence) => sentence): { unit: string; sentence: string } | undefined {
  const sentences = text.split(/(?<=[。！？?!])|[，,]\s*(?=那(?![个些么边里样]))/u).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return undefined;
  const sentence = sentences[sentences.length - 1]!;
  if (/它|他们|她们|两家|两个单位|两者|二者|前者|后者|对方|\b(?:them|both|the two|either|each|than (?:it|that|them|those))\b/i.test(sentence)) return undefined;
  const last = normalizeText(expand(sentence));
  const units = new Set(
    documents
      .filter((document) => {
        const naming = unitNaming(last, document.meta.unit);
        return Math.max(naming.run, naming.shortForm ? 0.5 : 0) >= 0.5;
      })
      .map((document) => document.meta.unit),
  );
  return units.size === 1 ? { unit: [...units][0]!, sentence } : undefined;
}

/**
 * How a normalised question names a unit: the share of the unit's distinctive name (up to six characters) that the
 * longest run they share covers, and whether the question holds a short form of it (商委).
 */
function unitNaming(question: string, unit: string): { run: number; shortForm: boolean } {
  const part = distinctiveUnitPart(unit);
  const characters = Array.from(part);
  const run = longestCommonRun(characters, Array.from(question));
  return {
    run: run >= 2 ? run / Math.max(2, Math.min(characters.length, 6)) : 0,
    shortForm: namesShortForm(question, part, normalizeText(unit)),
  };
}

/**
 * "2025年区政府办公室和区商务委，哪家的机关运行经费更高": the distinct units a question names clearly, in the order
 * it names them. A unit counts when most of its distinctive name stands in the question (a run of 80%, or its short
 * form); 人民政府 inside 人民政府万里街道办事处 does not name the district office. Pure.
 */
export function unitsNamed(documents: ParsedDocument[], questionText: string): string[] {
  const question = normalizeText(questionText);
  const found: Array<{ unit: string; at: number }> = [];
  for (const unit of new Set(documents.map((document) => document.meta.unit))) {
    const naming = unitNaming(question, unit);
    if (naming.run < 0.8 && !naming.shortForm) continue;
    const characters = Array.from(distinctiveUnitPart(unit));
    // Where the name stands: the first of its two-character pieces the question holds.
    const at = Math.min(...Array.from({ length: Math.max(1, characters.length - 1) }, (_, index) => question.indexOf(characters.slice(index, index + 2).join(''))).filter((index) => index >= 0));
    found.push({ unit, at: Number.isFinite(at) ? at : question.length });
  }
  return found.sort((left, right) => left.at - right.at).map((item) => item.unit);
}

/**
 * 商委 for 商务委员会: the question holds a short form of the unit's name that starts like its distinctive part (商务)
 * and keeps a later character of the name (委), so it names this unit rather than a word the unit shares.
 */
function namesShortForm(question: string, part: string, unit: string): boolean {
  const first = Array.from(part)[0];
  if (!first) return false;
  const characters = Array.from(question);
  for (let index = characters.indexOf(first); index !== -1; index = characters.indexOf(first, index + 1)) {
    for (const length of [3, 2]) {
      const candidate = characters.slice(index, index + length).join('');
      if (Array.from(candidate).length === length && !part.includes(candidate) && isShortFormOf(candidate, unit)) return true;
    }
  }
  return false;
}

// Unit names split into their proper names: 廊坊市信访局 -> 廊坊, 信访; 上海市普陀区人民政府万里街道办事处 -> 上海, 普陀, 万里.
const unitWordBoundary = /(省|市|区|县|街道|镇|乡|办事处|委员会|人民政府|办公室|局|厅|委|办|处|中心)/;
const isUnitWord = new RegExp(`^${unitWordBoundary.source}$`);

/**
 * Documents whose unit an English question names by a place name in pinyin (Langfang, Wanli). A name every unit
 * shares (Shanghai, Putuo in a district's disclosures) picks none; among the rest the units named most win.
 */
export function unitsNamedInPinyin(documents: ParsedDocument[], question: string, romanize: (chinese: string) => string | undefined): ParsedDocument[] {
  const words = new Set(question.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 4));
  if (!words.size) return [];
  const namesByUnit = new Map<string, Set<string>>();
  for (const document of documents) {
    if (namesByUnit.has(document.meta.unit)) continue;
    namesByUnit.set(document.meta.unit, pinyinNames(document.meta.unit, romanize));
  }
  const units = [...namesByUnit.keys()];
  const score = new Map<string, number>();
  for (const [unit, names] of namesByUnit) {
    for (const name of names) {
      if (!words.has(name)) continue;
      const sharing = units.filter((other) => namesByUnit.get(other)?.has(name)).length;
      if (sharing === units.length && units.length > 1) continue;
      score.set(unit, (score.get(unit) ?? 0) + 1 / sharing);
    }
  }
  const best = Math.max(0, ...score.values());
  return best > 0 ? documents.filter((document) => score.get(document.meta.unit) === best) : [];
}

/** Every unit an English question names by a place name in pinyin (Wanli, Langfang), in the order it names them. */
export function unitsNamedByPinyin(documents: ParsedDocument[], question: string, romanize: (chinese: string) => string | undefined): string[] {
  const lower = question.toLowerCase();
  const found: Array<{ unit: string; at: number }> = [];
  for (const [unit, own] of ownPinyinNames(documents, romanize)) {
    const at = Math.min(...own.map((name) => lower.search(new RegExp(`\\b${name}\\b`))).filter((index) => index >= 0));
    if (Number.isFinite(at)) found.push({ unit, at });
  }
  return found.sort((left, right) => left.at - right.at).map((item) => item.unit);
}

/**
 * "wanli st (putuo) govt office", "the Wanli sub-district office": an office word right after a unit's own place name
 * in pinyin is that unit's office, not the district government's office the words render as (区政府办公室). Returns the
 * units named only so: no place name of their own in the question, and every place name of theirs shared with others.
 */
export function officeOfNamedPlace(documents: ParsedDocument[], question: string, romanize: (chinese: string) => string | undefined, named: string[]): string[] {
  const lower = question.toLowerCase();
  const own = ownPinyinNames(documents, romanize);
  // The place, then up to thirty characters with no joining word or list mark, then the office.
  const officeAfter = (name: string) =>
    new RegExp(`\\b${name}\\b((?:(?!\\b(?:and|or|vs|versus|than|with|compared|plus)\\b)[^,;&+/])){0,30}?\\b(?:gov(?:ernmen)?t\\.?\\s+)?offices?\\b`).test(lower);
  if (![...own.values()].some((names) => names.some(officeAfter))) return [];
  return named.filter((unit) => (own.get(unit) ?? []).length === 0);
}

/**
 * Each loaded unit with its own place names in pinyin: those no other loaded unit shares (Wanli, Langfang), since a
 * place every unit stands in (Shanghai, Putuo) does not tell them apart.
 */
function ownPinyinNames(documents: ParsedDocument[], romanize: (chinese: string) => string | undefined): Map<string, string[]> {
  const units = [...new Set(documents.map((document) => document.meta.unit))];
  const namesOf = new Map(units.map((unit) => [unit, pinyinNames(unit, romanize)]));
  return new Map(units.map((unit) => [unit, [...namesOf.get(unit)!].filter((name) => !units.some((other) => other !== unit && namesOf.get(other)!.has(name)))]));
}

/** A unit name's proper names in toneless pinyin: 上海市普陀区人民政府万里街道办事处 -> shanghai, putuo, wanli. */
function pinyinNames(unit: string, romanize: (chinese: string) => string | undefined): Set<string> {
  return new Set(
    unit
      .split(unitWordBoundary)
      .filter((part) => Array.from(part).length >= 2 && !isUnitWord.test(part))
      .map((part) => romanize(part))
      .filter((name): name is string => name !== undefined && name.length >= 4),
  );
}
