import type { Chunk, ParsedDocument } from '../ingest/model.ts';
import { summarizeDocument } from '../ingest/summarize-document.ts';
import type { ExecutionResult, Passage } from './answer-types.ts';
import type { AskRequest, AskResponse } from './ask-contract.ts';
import { askedWithinFrame, askedWithinFrameZh } from './asked-within-frame.ts';
import { asksSomething, sentencesOf, tellsOfAskerEn, topicSentences, withoutAskerAsides, withoutAskerStory, withoutClosingToldYearsZh, withoutEarlierToldYears, withoutEnglishStory, withoutGreeting, withoutPoliteLeadZh, withSelfCorrections } from './asker-asides.ts';
import { classNamedByItems, codeNames, codesIn, otherLineNamed, withCodesNamed } from './classification-codes.ts';
import { withCantoneseWritten } from './cantonese-written.ts';
import { withEnglishRendered } from './english-in-chinese.ts';
import { capitalisedNames } from './capitalised-names.ts';
import { composeAnswer, parseSourceId, sourceId } from './compose-answer.ts';
import { askingSentence, asksByStatedChange, asksUse, detectIntent, joinsMeasures, namedUseOf, withoutMethodClause, withoutSourceClause } from './detect-intent.ts';
import { detectLanguage } from './detect-language.ts';
import { lastSentenceZh } from './rank-facts.ts';
import type { DocumentSummary, Engine, SearchQuery, SearchResult, SourceView } from './engine-contract.ts';
import { acrossUnits, executePlan, nearbyTopics } from './execute-plan.ts';
import { individualAskedAbout } from './individual-pay.ts';
import { coreLabel, questionBigrams, questionContent } from './match-measure.ts';
import { characterBigrams, normalizeText } from './normalize-text.ts';
import { longestCommonRun } from './longest-common-run.ts';
import { otherUnitNamed } from './other-unit.ts';
import { outcomeAsked } from './outcome-asked.ts';
import { planSchema } from './plan-schema.ts';
import { projectUsePassages, usePassagesByAmount } from './project-use-passages.ts';
import { linePartAloneAsked, sharedLinePartAsked } from './line-part-alone.ts';
import { staffingAsked } from './staffing-asked.ts';
import { unitAliasesIn, withUnitAliasesNamed, withUnitNameSlipsMended } from './unit-aliases.ts';
import { recipientBreakdownAsked } from './recipient-breakdown.ts';
import { distinctiveUnitPart, selectDocuments, unitsNamed, unitsNamedByPinyin, officeOfNamedPlace, unitAskedInClosingSentence } from './select-documents.ts';
import { asksDate, asksPlace, asksReason, datePassages, headedPassages, placePassages, reasonPassages, topicOf, topicPassages } from './topic-passages.ts';
import { attributeAsked, bureauNotLoaded, joinedMeasure, namesOtherUnit, partOfNamedZh, topicCoverage, type TopicCoverage } from './uncovered-terms.ts';
import { withoutLeftOutNotesEn, withoutNoteBefore, withoutSetAside } from './left-out-notes.ts';
import { withoutBracketExamples, withoutExamples } from './without-examples.ts';
import { withoutPurposeClause } from './without-purpose-clause.ts';
import { describedUnitPhrase, unitByDescription } from './unit-described.ts';
import { basicSpendingExplained, withPublicUseNamed, withShorthandWritten } from './translate-question.ts';
import { createEnglishCapitalizer, placeNamesOf, withClosingMark } from './typed-casually.ts';

export type RetrievalMode = 'hybrid' | 'keyword' | 'vector';

export interface RetrievedChunk {
  chunkId: string;
  score: number;
}

export interface TranslatedText {
  lang: 'zh' | 'en';
  /** Chinese text to match against the documents (the question itself, or the rendering of an English one). */
  text: string;
  /** A fuller Chinese rendering for retrieval, when it differs from `text`. */
  retrievalText?: string;
  /** Dictionary senses of English words the glossary does not know (travel -> 行): the question says more than `text`. */
  looseTerms?: string[];
}

/** Optional model path: plans a question the planner cannot read, and phrases text answers. Never does arithmetic. */
export interface ModelAssist {
  planQuestion?: (question: string, lang: 'zh' | 'en') => Promise<unknown>;
  phraseAnswer?: (
    input: { question: string; lang: 'zh' | 'en'; draft: boolean; response: AskResponse },
    onDelta?: (text: string) => void,
  ) => Promise<string | undefined>;
}

export interface EngineDependencies {
  documents: ParsedDocument[];
  retrieve: (query: { text: string; k: number; docIds?: string[]; mode: RetrievalMode }) => Promise<RetrievedChunk[]>;
  translate: (question: string) => TranslatedText;
  /** Toneless pinyin of Chinese text (廊坊 -> langfang), for English questions that name a unit by its place. */
  romanize?: (chinese: string) => string | undefined;
  englishName: (term: string) => string | undefined;
  /** Word segmentation used to find question terms the documents never mention. */
  segment: (text: string) => string[];
  /** Part-of-speech tags of a text's words, so adverbs and time words (平时, 日常) are not taken for topics. */
  tagWords?: (text: string) => Map<string, string>;
  /** Dictionary verbs (核实, 提供), which never name a question's topic. */
  isVerb?: (word: string) => boolean;
  /** Chinese typed in traditional characters, in simplified ones (經費 -> 经费), as the disclosures write it. */
  simplify?: (text: string) => string;
  /** Budget terms typed by their pinyin initials in a Chinese question, written out (jgyx经费 -> 机关运行经费). */
  spellInitials?: (text: string) => string;
  /** Appends the document's own wordings of glossary terms the question names differently. */
  expandSynonyms?: (question: string, labels: ReadonlySet<string>) => string;
  /** True when a question word is a glossary synonym of something the document says. */
  synonymCovers?: (term: string, documentText: string) => boolean;
  /** English content words of a question that the given (normalised) document texts do not cover. */
  englishTopics?: (question: string, documentTexts: string[], unitNames: string[]) => TopicCoverage;
  model?: ModelAssist;
  /** How many answers to keep for repeated questions when no model is configured (0: none). */
  answerCacheSize?: number;
}

export interface QaEngine extends Engine {
  /** Like ask, reporting the answer text as it is produced (model tokens, or the deterministic text in pieces). */
  askStream(request: AskRequest, onDelta: (text: string) => void): Promise<AskResponse>;
  retrieve(query: { q: string; k: number; docId?: string; mode: RetrievalMode }): Promise<SearchResult[]>;
}

/**
 * A list question answered by a passage that is one item of a numbered list (（一）…（九）): the answer is the whole
 * list, so every paragraph of that section is quoted, up to twelve.
 */
function sectionItems(document: ParsedDocument, first: Passage): Passage[] | undefined {
  const key = first.section.join('\u0000');
  const items = document.blocks.filter(
    (block): block is Extract<typeof block, { kind: 'paragraph' }> => block.kind === 'paragraph' && block.path.join('\u0000') === key,
  );
  const numbered = items.filter((block) => /^(（[一二三四五六七八九十]+）|\d+[、.．]|[一二三四五六七八九十]+、)/.test(block.text));
  if (numbered.length < 3) return undefined;
  return numbered.slice(0, 12).map((block) => ({ docId: document.meta.id, blockId: block.id, quote: block.text, section: block.path }));
}

// Words any list question or passage shares: no sign a passage answers by itself.
const genericQuestionBigrams = new Set(['哪些', '哪几', '什么', '主要', '用于', '工作', '单位', '部门', '政府', '区政', '预算', '年度', '情况', '经费', '资金', '支出', '项目', '办公', '公室']);

/**
 * "花在项目上的钱" is 项目支出 in a disclosure's words: money spent on X (花在X上的钱, 用在X上) names X's spending line.
 */
export function spendingPhrasing(question: string): string {
  return (
    // "养车的钱——就是油费维修那些运行费，不算买新车——": what a note leaves out names nothing asked.
    withoutNoteBefore(question)
      // 花在人身上的钱: money spent on people is the staff line (人员经费), not a 人身 line.
      .replace(/[花用]在人(?:身上|头上)(?:的钱|的经费|的)?/g, '人员经费')
      .replace(/[花用]在([\u4e00-\u9fa5]{1,8}?)(?:上面|上头|上)(?:的钱|的经费|的)?/g, '$1支出')
      // "三公里公车那一块" is 三公 + 里 (within the three public expenses); the segmenter reads three kilometres (公里).
      .replace(/三公(?:里面|里头|里)(?![\d０-９一二三四五六七八九十]*[路程远外长])/g, '三公经费中')
      // "话务员多，还是保安保洁多": the comma between the two sides of a choice joins them.
      .replace(/([多高大贵少低])[，,]\s*还是/g, '$1还是')
  );
}

/**
 * "机关自己日常运转的钱和下属事业单位运转的钱", "维持机关本身和下属事业单位运转的钱": running named of the office and of
 * its public institutions side by side is the pair of function lines 行政运行 and 事业运行, not 机关运行经费 (which
 * 机关日常运转 alone names). Unchanged unless both are named.
 */
export function runningPairNamed(question: string): string {
  const running = '(?:的)?(?:日常)?(?:运转|运行)';
  const institution = new RegExp(`(?:下属|所属)?(?:的)?事业单位${running}`, 'g');
  if (!new RegExp(`事业单位${running}`).test(question) || !/机关/.test(question)) return question;
  return question
    .replace(new RegExp(`机关(?:自己|本身|自身)?(?:和|与|及|跟|加)(?:下属|所属)?(?:的)?事业单位${running}`, 'g'), '行政运行和事业运行')
    .replace(new RegExp(`机关(?:自己|本身|自身)?${running}`, 'g'), '行政运行')
    .replace(institution, '事业运行');
}

/**
 * "government procurement: goods + works + services, total?": three or more items an English sum names, each to be
 * rendered on its own, and the words that frame them all (a topic before a colon; a first clause announcing how many
 * items follow: "What is the combined budget for its two systems, the video platform and the call-centre platform?").
 */
export function englishItemList(question: string): { items: string[]; context: string } | undefined {
  // A topic before a dash frames the items after it ("basic spending by economic category — office costs, travel…");
  // when the list stands before the dash ("Add up A, B and C — what's the combined figure?") the dash frames nothing.
  const dash = Math.max(...[' — ', ' – ', ' - '].map((mark) => {
    const at = question.lastIndexOf(mark);
    return at < 0 ? -1 : at + mark.length - 1;
  }));
  if (dash > question.lastIndexOf(':')) {
    const afterDash = itemsOfList(question, dash);
    if (afterDash) return afterDash;
  }
  // "…for staff housing support, counting the housing provident fund and home-purchase subsidies together": the items
  // counted follow the comma, and what stands before it frames them.
  const counting = /,\s*(?=(?:counting|including|taking)\s)/i.exec(question);
  if (counting && counting.index > question.lastIndexOf(':')) return itemsOfList(question, counting.index);
  return itemsOfList(question, question.lastIndexOf(':'));
}

/** The items of an English list after position `colon` (-1: the whole question), with the words that frame them. */
function itemsOfList(question: string, colon: number): { items: string[]; context: string } | undefined {
  // "…add up A, B and C, and D. What is the combined amount?": the list stands in one sentence, the one with most commas.
  const sentences = question.slice(colon + 1).split(/(?<=[.?!])\s+(?=[A-Z])/);
  const listed = sentences.reduce((best, sentence) => ((sentence.match(/,/g)?.length ?? 0) > (best.match(/,/g)?.length ?? 0) ? sentence : best), sentences[0] ?? '');
  // "…into staff pensions, i.e. the basic pension contribution plus the occupational annuity": what the apposition
  // names are the items; "staff pension contributions, basic pension insurance plus occupational annuity": one comma
  // before a plus sets a heading before its two parts. Neither is a list of three.
  if (/,\s*(?:i\.\s?e\.?|ie|that is|namely|meaning|in other words|specifically)\b/i.test(listed) || /^[^,]*,[^,]*\bplus\b[^,]*$/i.test(listed)) return undefined;
  const items = listed
    // "allowances and subsidies" is one line of the economic classification, not two items.
    .replace(/\ballowances and subsidies\b/gi, 'allowances')
    // "office rent, the centre's cleaning and security services, and the video platform": where the last item follows
    // ", and" the commas part the items, and an "and" inside one (cleaning and security) does not.
    .split(/,\s*(?:and|plus)\s/i.test(listed) ? /\s*(?:,\s*(?:and|plus|&)?|\+)\s*/i : /\s*(?:,|\+|&|\band\b|\bplus\b)\s*/i)
    .map((item) => item.trim())
    // "office expenses, printing and postage (办公费、印刷费、邮电费).": Chinese names of every item in one bracket after
    // the last gloss the list, and are no part of the last item.
    .map((item) => item.replace(/\s*[(（][^()（）]*[\u4e00-\u9fa5][^()（）]*、[^()（）]*[)）][.?!]?$/u, ''))
    // "if you add up basic pay", "…work (委托业务费) together come to how much?": the asking words around the list.
    .map((item) => item.replace(/^(?:if you |can you |please )?(?:add(?:ing)? up|add(?:ing)?|sum(?:ming)?(?: up)?|combin(?:e|ing)|total(?:ling)? up|counting|including|taking)\s+(?:both\s+)?(?:the\s+)?/i, ''))
    .map((item, index, all) => (index === all.length - 1 ? item.replace(/\s+(?:together|combined|altogether|in total)\s+(?:come|comes|add|adds|amount|amounts|total|totals|make|makes)\b.*$/i, '') : item))
    .filter((item) => !/^\s*(?:(?:what(?:'s| is)?|and)\s+)?(?:the\s+)?(?:total|sum|combined|altogether|in total)?\s*[?.!]*\s*$/i.test(item))
    // "…, all added together?": a closing clause that only says to add is no item.
    .filter((item) => !/^\s*(?:all\s+)?(?:(?:added|put|taken|lumped)\s+)?(?:together|combined|altogether|in all|in total)\s*[?.!]*\s*$/i.test(item))
    // "…, leaving out construction works": what is left out is no item.
    .filter((item) => !/^(?:leaving out|excluding|not counting|not including|without|except)\b|^(?:leaving|setting|putting|leave|set|put)\s+[^,]{2,60}\s+aside\b/i.test(item));
  // "Adding A and B together, what do the bills come to…?": a closing clause that asks is no item.
  // ("…, all together how many money?": a closing clause asking how much is none either.)
  if (items.length >= 3 && (/^(?:what|how|which|can|could|is|are|do|does|will)\b/i.test(items[items.length - 1] ?? '') || /\bhow (?:much|many)\b/i.test(items[items.length - 1] ?? ''))) items.pop();
  let context = colon > 0 ? question.slice(0, colon) : '';
  // "For the office's 2025 budget, what do A and B add up to?", "…query: in its 2025 basic spending, what do A and B come
  // to": a lead-in clause says where, and is no item.
  // (A first clause that asks, "For 2025 what does it budget for A", holds the first item too.)
  if (items.length >= 3 && /^\s*(?:for|in|at|regarding|about|as for|on|within|under)\b/i.test(items[0] ?? '') && !/\b(?:what|how|which)\b/i.test(items[0] ?? '')) context = `${context} ${items.shift() ?? ''}`.trim();
  // "the procurement budgets for A, B and C", "planning to spend in 2025 on A, B and C": money words before the first
  // item's for / on frame all the items.
  const framing = /^(.*\b(?:budget|budgets|budgeted|spending|spend|spends|spent|money|funds?|funding|costs?|allocations?|allocated|earmarked|procurement)\b.*?)\s+(?:for|on)\s+(\S.*)$/i.exec(items[0] ?? '');
  if (framing && items.length >= 3) {
    context = `${context} ${framing[1]}`.trim();
    items[0] = framing[2]!;
  }
  // "…for its two IT systems, A and B": a first clause that announces how many items follow is their frame.
  const announced = /\b(both|two|three|four|five|[2-5])\b/i.exec(items[0] ?? '')?.[1]?.toLowerCase();
  const count = announced === undefined ? undefined : ({ both: 2, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[announced] ?? Number(announced);
  if (count !== undefined && items.length - 1 === count) context = `${context} ${items.shift()}`.trim();
  // "…water and electricity charges combined, in its basic expenditure?": a closing clause saying where is the frame.
  const last = items[items.length - 1] ?? '';
  if (items.length >= 3 && /^(?:in|within|under|from)\s+(?:its|the|their)\b/i.test(last)) context = `${context} ${items.pop()}`.trim();
  return items.length >= 3 ? { items, context } : undefined;
}

/** How well a figure must match a question that also names something the documents lack (the best rank score). */
const softAnswerConfidence = 0.6;

/**
 * The asking unit's own name (廊坊市信访局, or just 信访局) says which document, not which figure: it is removed
 * before matching so it does not dilute how well a label explains the question.
 */
function stripUnitNames(question: string, documents: ParsedDocument[]): string {
  let stripped = question;
  for (const document of documents) {
    const unit = document.meta.unit;
    const variants = [unit, unit.replace(/^.*?[省市区县](?=[^省市区县]{2,})/, ''), unit.replace(/^.*[省市区县]/, ''), distinctiveUnitPart(unit)].filter(
      (variant) => variant.length >= 2,
    );
    const ordered = [...new Set(variants)].sort((left, right) => right.length - left.length);
    // Long forms first, then a shortened one (普陀区商务委), and only then the bare distinctive part (商务): cutting
    // 商务 out of 普陀区商务委 first would leave 普陀区 委 behind as question words.
    for (const variant of ordered.filter((candidate) => candidate.length >= 4)) stripped = stripped.split(variant).join(' ');
    // 普陀政府办 drops 区人民 at once: people say 政府 for 人民政府, so the name is also read without 人民.
    for (const name of new Set([unit, unit.replace('人民政府', '政府')])) stripped = stripAbbreviatedUnit(stripped, name);
    for (const variant of ordered.filter((candidate) => candidate.length < 4)) stripped = stripped.split(variant).join(' ');
  }
  return stripped;
}

/**
 * People shorten unit names (普陀区政府办公室 for 上海市普陀区人民政府办公室): a run of four or more question characters
 * that appears in the unit's name in order, skipping at most two characters at a time, is the unit.
 */
function stripAbbreviatedUnit(question: string, unit: string): string {
  const characters = Array.from(question);
  const unitCharacters = Array.from(unit);
  for (let start = 0; start < characters.length; start += 1) {
    // A run starting at a place suffix (市 of 北京市信访局) would take another place's 市 for this unit's.
    if (/[省市区县]/.test(characters[start])) continue;
    let position = unitCharacters.indexOf(characters[start]);
    if (position < 0) continue;
    let end = start + 1;
    while (end < characters.length) {
      const next = unitCharacters.indexOf(characters[end], position + 1);
      if (next < 0 || next - position > 3) break;
      position = next;
      end += 1;
    }
    if (end - start >= 4) {
      characters.splice(start, end - start, ' ');
    }
  }
  return characters.join('');
}


// "不是预算，是年底决算出来的实际数", "the final accounts, not the budget": final accounts set against the budget.
const finalAccountsNotBudget = /(?:不是|不要|并非|而非)[^。？?]{0,4}预算[^。？?]{0,12}决算|决算[^。？?]{0,12}(?:不是|而不是|不要|并非)[^。？?]{0,4}预算|\bfinal accounts?\b[^?.]{0,40}\bnot (?:the )?budget|\bnot (?:the )?budget\b[^?.]{0,40}\bfinal accounts?\b/i;
// "What reason did it give for each one?", "各自的原因": one reason per line named.
const asksEachReason = /\b(?:for each|each one|each of (?:them|those|these|the)|respectively|one by one)\b|分别|各自|逐项|各项的?原因|每一?项的?原因/i;
// An English question that asks for a sum.
const addsUpEn = /\b(?:add(?:ed|ing|s)? up|add(?:ed|ing)? together|sum|combined|together|in total|altogether|come to|comes to|total of)\b/i;

// The budget's most general terms: a story whose words render only as these names nothing asked.
const genericBudgetTerms = new Set(['预算', '支出', '收入', '人民政府', '政府', '财政', '部门预算', '单位预算', '预算公开']);

/** Wires the pure core (intent, facts, arithmetic, wording) to retrieval and the loaded documents. */
/** Words naming the published disclosures themselves (预算公开的材料, 公开资料, 预算文件), which are no topic of them. */
const documentsThemselves = /(?:预算)?公开的?(?:材料|资料|文本|文件|稿)|预算(?:文件|材料|资料)/g;

export function createEngine(dependencies: EngineDependencies): QaEngine {
  const documentsById = new Map(dependencies.documents.map((document) => [document.meta.id, document]));
  const chunksById = new Map<string, Chunk>();
  for (const document of dependencies.documents) for (const chunk of document.chunks) chunksById.set(chunk.id, chunk);
  const unitNames: ReadonlySet<string> = new Set(dependencies.documents.map((document) => document.meta.unit));
  const labelsById = new Map(
    dependencies.documents.map((document) => [
      document.meta.id,
      new Set(document.facts.flatMap((fact) => [normalizeText(fact.label), normalizeText(coreLabel(fact.label))])),
    ]),
  );
  // Each document's prose as written (punctuation kept), for wordings normalised text loses (加挂A、B牌子).
  const proseText = new Map(dependencies.documents.map((document) => [document.meta.id, document.blocks.map((block) => (block.kind === 'table' ? '' : block.text)).join('\n')]));
  // "普陀区经委": the other names a unit works under (加挂…牌子), read as its own name.
  const unitAliases = dependencies.documents.flatMap((document) => unitAliasesIn(proseText.get(document.meta.id) ?? '', document.meta.unit));
  const normalizedText = new Map(
    dependencies.documents.map((document) => [
      document.meta.id,
      normalizeText(
        document.blocks
          .map((block) => (block.kind === 'table' ? [block.table.title, ...block.table.columns, ...block.table.rows.flat(), ...block.table.notes.map((note) => note.text)].join(' ') : block.text))
          .join(' ') + document.meta.title + document.meta.unit,
      ),
    ]),
  );

  // The places the units are named after, in pinyin (wanli, putuo), for questions typed all in lower case.
  const withEnglishCapitals = createEnglishCapitalizer(placeNamesOf([...unitNames]).flatMap((place) => dependencies.romanize?.(place) ?? []));

  /**
   * Traditional characters, written Cantonese (今年三公經費係幾多) and terms typed by their pinyin initials (jgyx经费) in
   * the standard written Chinese disclosures use; a question typed as into a search box (all lower case, no closing
   * mark) with its capitals and closing mark.
   */
  function inStandardWriting(text: string): string {
    // (万里街到: a homophone of a character of a unit's name, typed in a hurry, is that character.)
    const plain = dependencies.simplify?.(text) ?? text;
    const simplified = dependencies.romanize ? withUnitNameSlipsMended(plain, unitNames, dependencies.romanize) : plain;
    return withClosingMark(withEnglishCapitals(withEnglishRendered(withCantoneseWritten(dependencies.spellInitials?.(simplified) ?? simplified), renderEnglish)));
  }

  /** An English phrase inside a Chinese question, as the glossary renders it (government procurement -> 政府采购). */
  function renderEnglish(english: string): string | undefined {
    const translated = dependencies.translate(english);
    const terms = translated.lang === 'en' ? translated.text.split(/\s+/).filter((word) => /^[\u4e00-\u9fa5（）()]+$/u.test(word)) : [];
    return terms.length ? terms.join('') : undefined;
  }

  async function retrieve(query: { q: string; k: number; docId?: string; docIds?: string[]; mode: RetrievalMode }): Promise<SearchResult[]> {
    const docIds = query.docIds ?? (query.docId ? [query.docId] : undefined);
    const q = inStandardWriting(query.q);
    const translated = dependencies.translate(q);
    const text = translated.lang === 'en' ? `${translated.retrievalText ?? translated.text} ${q}` : q;
    const hits = await dependencies.retrieve({ text, k: query.k, docIds, mode: query.mode });
    return hits.flatMap((hit) => {
      const chunk = chunksById.get(hit.chunkId);
      if (!chunk) return [];
      const blockId = chunk.table?.blockId ?? chunk.blockIds[0];
      const id = sourceId(chunk.docId, blockId, chunk.table?.row);
      return [{ id, docId: chunk.docId, section: chunk.section.join(' > '), text: chunk.text, score: hit.score }];
    });
  }

  /** Retrieval's view of where the answer stands: the top chunks' blocks and rows, weighted by rank. */
  async function placesRetrieved(text: string, docId: string): Promise<Map<string, number>> {
    const hits = await dependencies.retrieve({ text, k: 6, docIds: [docId], mode: 'hybrid' });
    const places = new Map<string, number>();
    hits.forEach((hit, index) => {
      const chunk = chunksById.get(hit.chunkId);
      if (!chunk) return;
      const weight = 1 - index / hits.length;
      const keys = chunk.table ? [`${chunk.table.blockId}:${chunk.table.row}`] : chunk.blockIds;
      for (const key of keys) places.set(key, Math.max(places.get(key) ?? 0, weight));
    });
    return places;
  }

  async function passagesFor(text: string, docIds: string[]): Promise<Passage[]> {
    const hits = await dependencies.retrieve({ text, k: 5, docIds, mode: 'hybrid' });
    const passages: Passage[] = [];
    for (const hit of hits) {
      const chunk = chunksById.get(hit.chunkId);
      const document = chunk ? documentsById.get(chunk.docId) : undefined;
      if (!chunk || !document) continue;
      if (chunk.table) {
        const block = document.blocks.find((candidate) => candidate.id === chunk.table?.blockId);
        const row = block?.kind === 'table' ? block.table.rows[chunk.table.row] : undefined;
        passages.push({ docId: chunk.docId, blockId: chunk.table.blockId, quote: row ? row.filter(Boolean).join(' | ') : chunk.text, section: chunk.section, row: chunk.table.row });
      } else {
        for (const blockId of chunk.blockIds) {
          const block = document.blocks.find((candidate) => candidate.id === blockId);
          if (block?.kind === 'paragraph') passages.push({ docId: chunk.docId, blockId, quote: block.text, section: block.path });
        }
      }
      if (passages.length >= 3) break;
    }
    return passages;
  }

  const allDocumentTexts = [...normalizedText.values()];
  const documentCodes = dependencies.documents.map(codeNames);
  const classNames = new Set(documentCodes.flatMap((codes) => [...codes.values()]));
  const allUnitNames = [...unitNames];
  /** Whether a Chinese text names something a loaded disclosure covers, other than a unit's name. */
  function namesCoveredTopic(text: string): boolean {
    // ("最近在翻预算公开的材料": the published materials are the documents themselves, no topic.)
    const content = questionContent(text.replace(documentsThemselves, ''));
    if (!content) return false;
    const coverage = topicCoverage({ content, segment: dependencies.segment, documentTexts: allDocumentTexts, covers: dependencies.synonymCovers, isVerb: dependencies.isVerb, unitNames: allUnitNames });
    return coverage.covered.length > 0;
  }

  /** The English question without a story whose words render only as the budget's most general terms. */
  function withoutGenericEnglishStory(text: string): string {
    const storyLess = withoutEnglishStory(text);
    if (storyLess === text) return text;
    const kept = new Set(sentencesOf(storyLess, 'en'));
    // Each story sentence on its own: "I'm a local resident going through the budget papers." goes, "My mum rings the
    // Langfang petitions hotline." names the line meant and stays.
    const generic = (sentence: string) => dependencies.translate(sentence).text.split(/\s+/).filter(Boolean).every((term) => genericBudgetTerms.has(term));
    return sentencesOf(text, 'en').filter((sentence) => kept.has(sentence) || !generic(sentence)).join(' ');
  }

  async function ask(request: AskRequest, onDelta?: (text: string) => void): Promise<AskResponse> {
    // "…多少钱？我稿子里要引用准确数字。": what the asker says about themselves is no part of what is asked.
    // Shorthand and spoken forms written out (govt, yr, 7部车子, 截至24年8月底) before anything reads the question.
    const asked = withUnitAliasesNamed(withPublicUseNamed(withShorthandWritten(withoutGreeting(withSelfCorrections(inStandardWriting(request.question.trim()))))), unitAliases);
    // "社区管理、环境卫生这些城乡社区事务": the examples say what the asker means by the thing named after them.
    // "请多少个话务员来接电话": what a counted thing is for is not what is counted.
    const askedLang = detectLanguage(asked);
    // Examples that name the parts of one classification class (社区管理、环境卫生、公共设施这些) name that class.
    const classOf = (items: string[]) =>
      classNamedByItems(
        // A Chinese item said in a short form (环卫) is read with the class names its glossary group holds (城乡社区环境卫生).
        items.map((item) => (/[a-z]/i.test(item) ? dependencies.translate(item).text : (dependencies.expandSynonyms?.(item, classNames) ?? item))),
        documentCodes,
      );
    const plain = withoutPurposeClause(withoutExamples(withoutAskerAsides(askedLang === 'en' ? basicSpendingExplained(asked) : asked, askedLang), classOf));
    // "Apart from salaries…, … What is that project money mainly for?": what a use question sets aside is not asked.
    const told = asksUse(plain) || /(哪些|哪几|\bwhich\b|\bwhat are\b)/i.test(plain) ? withoutSetAside(plain) : plain;
    // "我住万里街道这边，听邻居说…。想问问那年的三公一共多少？": the asker's story names the unit and the year, which are
    // read from the whole question; what is asked is read without it.
    // ("I'm a local resident going through the budget papers. How many vehicles…?": an English story that names nothing
    // but the budget itself (its words render only as 预算, 支出…) names nothing asked, and would pull the measure toward
    // budget lines. A story naming a thing, "the joint petition reception centre", says what "there" points to.)
    // ("我父亲是…老干部，想了解一下：…": the polite lead the story leaves at the front asks for what follows it.)
    const question = askedLang === 'zh' ? withoutPoliteLeadZh(withoutAskerStory(told, namesCoveredTopic)) : withoutGenericEnglishStory(told);
    // "If you leave the works out and just add up goods and services…": what an English sum leaves out is matched no more
    // than a Chinese note of it (不算工程) is.
    const leftOutFree = askedLang === 'en' ? withoutLeftOutNotesEn(question) : question;
    const translated = dependencies.translate(askedLang === 'en' && addsUpEn.test(question) ? leftOutFree : question);
    const lang = translated.lang;
    const mode = request.mode ?? 'answer';
    // "under functional classification code 2150899": a code the English question writes is kept for the line it names.
    const englishCodes = lang === 'en' ? codesIn(question) : [];
    // "他们单位一共有几辆公车": a pronoun with 单位 points at the unit already named, and names no line (行政单位…).
    const matchText =
      lang === 'en'
        ? // (A class's three digits, "function class 212", are written 212类, which reads as a code, not a count.)
          [translated.text, ...englishCodes.map((code) => (code.length === 3 ? `${code}类` : code))].join(' ')
        : runningPairNamed(spendingPhrasing(withoutSourceClause(withoutMethodClause(question)))).replace(/(?:他们|她们|人家|该|本|这个|那个|我们|咱们|这家|那家)(?:单位|部门)(?![\u4e00-\u9fa5]*(?:经费|支出|预算|费))/g, '');
    // Translated once: retrieval reads the fuller rendering plus the English words themselves.
    const retrievalText = lang === 'en' ? `${translated.retrievalText ?? translated.text} ${question}` : question;
    // English questions name units through the fuller rendering (Wanli Street -> 街道); a short name (区府办) through
    // the glossary wording that a unit's name contains (人民政府办公室).
    const toldText = told === question ? matchText : spendingPhrasing(withoutMethodClause(told));
    // "For a press note on the Putuo District Office: how much…": a lead-in or aside the question is read without may
    // still be where the unit is named, so units are looked for in the whole question too.
    // ("根据普陀区商务委2025年单位预算说明倒推，…": a method clause the matching drops may name the unit too.)
    const asideNaming = lang === 'en' ? (question === asked ? '' : ` ${dependencies.translate(asked).retrievalText ?? ''} ${asked}`) : toldText === asked ? '' : ` ${asked}`;
    const namingText = lang === 'en' ? `${retrievalText}${asideNaming}` : (dependencies.expandSynonyms?.(`${toldText}${asideNaming}`, unitNames) ?? toldText);
    // ("I'm building a 2023-2025 series for Wanli Street. …what was … for 2023?": the years and wording of the asker's
    // story are not what is asked; intent and years are read without it.)
    // ("Wanli Street had 50 projects … in 2024. For 2025, how much…?": an earlier year the context tells is not asked.)
    // ("…办公费安排了多少？想和2024、2025年放在一起比。": nor are the years of a closing sentence that asks nothing.)
    const withoutStory = lang === 'en' ? withoutEarlierToldYears(withoutEnglishStory(question)) : withoutClosingToldYearsZh(question);
    const selection = selectDocuments({
      documents: dependencies.documents,
      question: namingText,
      docId: request.docId,
      unit: request.unit,
      year: request.year,
      derivedFromStatedChange: asksByStatedChange(question, lang),
      romanize: lang === 'en' ? dependencies.romanize : undefined,
      documentText: (document) => normalizedText.get(document.meta.id) ?? '',
      askingText: withoutStory,
    });
    const compose = (result: ExecutionResult, extra: { document?: ParsedDocument; alternatives?: ParsedDocument[]; missingTerm?: string } = {}) =>
      composeAnswer({ result, lang, mode, documentsById, englishName: dependencies.englishName, ...extra });
    if (!selection.documents.length) {
      return compose({ kind: 'not_found', reason: selection.reason ?? 'no_document', detail: selection.detail, nearby: [] });
    }
    const reading = detectIntent(withoutStory, lang, selection.documents[0].meta.year);
    const namedUnits = request.docId || request.unit ? [] : namedUnitDocuments(told, namingText, reading);
    // "What percentage of the procurement budget is office rent": the whole is named first in English.
    // "…goes to projects rather than basic running costs": the complement named after rather than is no part.
    // "…for specific projects, not the everyday running and salaries?": what the share is set against names no side.
    const shareQuestion = question.replace(/(?:\s+(?:rather than|as opposed to|instead of)|,\s*(?:and\s+|but\s+)?not)\s+[^?.!,;]*/i, '');
    const shareMatch =
      lang === 'en' && reading.intent === 'share'
        ? (/(?:\b(?:percentage|share|proportion|fraction|percent|how much)|%)\s+of\s+(.+?)\s+(?:is|are|goes to|go to|goes on|is spent on|is for|is used for|comes from|does)\s+(.+?)[?.!\s]*$/i.exec(shareQuestion) ??
          // "Of the money for trips abroad, hosting and cars, what percentage is for trips abroad?": the whole first.
          // ("In Wanli Street's 2024 budget, of the procurement money reserved for SMEs, what percentage was reserved for
          // small and micro enterprises?": a clause may come before, and the verb may say how the part was set apart.)
          /^(?:\s*(?:in|for|within)\s+[^,]{3,80},)?\s*(?:out\s+)?of\s+(.+?),\s*(?:what|which|how much)\s+(?:percentage|share|proportion|fraction|percent|part)\s+(?:is|are|goes to|go to|goes on|is spent on|is for|is used for|comes from|(?:is|are|was|were)\s+(?:reserved|set aside|earmarked|allocated|spent|used|budgeted)\s+(?:for|on|to))\s+(.+?)[?.!\s]*$/i.exec(
            sentencesOf(shareQuestion, 'en').find((sentence) => /\b(?:percentage|share|proportion|fraction|percent|part)\b/i.test(sentence)) ?? shareQuestion,
          ) ??
          // "For the bureau's 2022 procurement budget, what percentage goes to renting office space…? Two decimals please."
          /^\s*(?:for|in|within)\s+(.+?),\s*(?:what|which|how much)\s+(?:percentage|share|proportion|fraction|percent|part)\s+(?:of (?:it|that|this)\s+)?(?:is|are|goes to|go to|goes on|is spent on|is for|is used for|comes from)\s+([^?.!]+)/i.exec(shareQuestion))
        : null;
    // "三公: what % of it is overseas travel": "it" is the topic the colon set.
    // "…has money for overseas trips, hosting visitors and official cars. What percentage of that combined amount is
    // for the overseas trips?": a whole that points back is what the sentence before named.
    const wholePointsBack = shareMatch && /^(?:it|this|that|them|these|those)$|^(?:that|this|those|these|the)\s+(?:combined|joint)\s+(?:amount|total|sum|pot|figure)$|^(?:them|those|these|the (?:two|three))\s+(?:together|combined)$/i.test(shareMatch[1].trim());
    const sentences = sentencesOf(question, 'en');
    const sentenceBefore = sentences.length > 1 ? sentences.slice(0, -1).join(' ') : undefined;
    const shareWhole = wholePointsBack ? (/([^:：]+)[:：]/.exec(question)?.[1] ?? sentenceBefore) : shareMatch?.[1];
    const shareSides = shareMatch && shareWhole
      ? {
          whole: dependencies.translate(shareWhole).text,
          part: dependencies.translate(shareMatch[2]).text,
          // "of the office's spending", "of the total budget": the unit's overall total, whatever its name renders as.
          // "I saw that Wanli Street's total 2025 budget is around 189.77 million yuan. What share of that…": a sentence
          // pointed back to that names the total budget names the overall total too.
          overall:
            /(?:['’]s|^\s*(?:the|its|their))\s+(?:(?:19|20)\d{2}\s+)?(?:total\s+|overall\s+|whole\s+)?(?:spending|expenditure|budget|income|revenue|money|funds?)\s*$/i.test(shareWhole) ||
            (Boolean(wholePointsBack) && /\b(?:total|overall|whole)\s+(?:(?:19|20)\d{2}\s+)?(?:budget|spending|expenditure)\b/i.test(shareWhole)),
        }
      : undefined;
    // "goods and services combined", "works than services": an English question's two measures are rendered one
    // side at a time, since a rendering of the whole question does not keep the words in order.
    // "if you add the rent for the centre's building to the money for its cleaners": add A to B joins A and B.
    // "what do goods and services add up to if you leave out construction works?": what a sum leaves out is no side.
    // "…not small or micro enterprises (i.e. the SME reservation minus the small/micro part)?": a bracket that spells
    // out the working names the sides better than the question around it.
    const spelledOut = lang === 'en' ? /\((?:i\.\s?e\.?|ie|that is|namely|in other words)[,:]?\s+([^()]{3,160}?\b(?:minus|plus|and|than|less|versus|vs)\b[^()]{2,160})\)/i.exec(question)?.[1] : undefined;
    // "…property management comes to roughly 1.14 million yuan if I remember right. What do water and electricity add up
    // to?": a sentence stating a figure the asker knows names no side; when the sentence that asks joins two things
    // itself, the sides are read there.
    const askingOne = lang === 'en' ? askingSentence(question) : undefined;
    const sidesSource =
      askingOne &&
      // (An amount, not a year: "Wanli Street's 2025 procurement plan splits the money into…" frames the sides.)
      sentencesOf(question, 'en').some((sentence) => sentence !== askingOne && /(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))\d[\d,.]*/.test(sentence)) &&
      /\s(?:and|than|or|versus|vs\.?|plus|minus|\+|&)\s/i.test(askingOne)
        ? askingOne
        : question;
    const sidesQuestion = spelledOut ?? (reading.intent === 'total' ? withoutLeftOutNotesEn(sidesSource).replace(/\b(add(?:ing)?)\s+(.{3,100}?)\s+to\s+(?=(?:the|that|this|its|their)\s)/i, '$1 $2 plus ') : sidesSource);
    const quotedSpans = lang !== 'en' ? [] : [...sidesQuestion.matchAll(/(?<![\w])['‘"“][^'’"”]{2,80}?['’"”](?![\w])/g)].map((quote): [number, number] => [quote.index ?? 0, (quote.index ?? 0) + quote[0].length]);
    const englishSides =
      lang === 'en' && ['total', 'difference', 'comparison', 'share'].includes(reading.intent)
        ? // ("goods + services", "rent & cleaning": the signs typed for plus and and join sides as the words do.)
          Array.from(sidesQuestion.matchAll(/\s(and|than|or|versus|vs\.?|compared (?:with|to)|plus|minus|exceeds?|exceeded|outstrips?|\+|&|with)\s/gi))
            // "compare A with B": with joins sides only as the first with after compare.
            .filter((joint) => !/^with$/i.test(joint[1]!) || /\bcompar(?:e|ing)\b(?:(?!\bwith\b)[^?.!])*$/i.test(sidesQuestion.slice(0, joint.index)))
            // "the financial revenue and expenditure summary table": a joint inside a table's name joins no sides.
            .filter((joint) => !/^(?:[\w-]+\s+){0,4}(?:table|tables|sheet|schedule)\b/i.test(sidesQuestion.slice((joint.index ?? 0) + joint[0].length)))
            // "under 'government offices and related agencies'": a joint inside a quoted name joins no sides either.
            .filter((joint) => !quotedSpans.some(([start, end]) => (joint.index ?? 0) > start && (joint.index ?? 0) < end))
            // "running and maintaining the platform" joins two verbs of one thing; "…platform? And what is…" opens a
            // new sentence.
            .filter((joint) => {
              const before = sidesQuestion.slice(0, joint.index);
              const after = sidesQuestion.slice((joint.index ?? 0) + joint[0].length);
              return !/[?.!？。]\s*$/.test(before) && !(/\b\w+ing$/i.test(before) && /^\w+ing\b/i.test(after) && /^and$/i.test(joint[1]!));
            })
            // "which is bigger: A, or B?": with an or between two things compared, the ands inside them join no sides.
            .filter((joint, _index, joints) => reading.intent !== 'comparison' || !joints.some((other) => /^or$/i.test(other[1]!)) || !/^and$/i.test(joint[1]!))
            .map((joint) => {
            // "三公: how far apart are the car budget and …", "among the running-cost lines, which costs more,
            // property management or rent": a topic before a colon or the clauses before the last comma frame both
            // sides, and are no measure of the left one.
            // "…: the science and technology support fund, or the food markets?": a comma just before the joint ends the
            // left side, and is no frame.
            const before = sidesQuestion.slice(0, joint.index).replace(/[\s,;]+$/, '');
            // "…housing money for staff — housing provident fund plus home-purchase subsidies": a dash sets off the
            // items as a colon does.
            // (Commas inside a bracket, "its people (pay, benefits, pensions)", part no clauses.)
            const clause = before.slice(before.replace(/\([^()]*\)/g, (bracket) => bracket.replace(/[:,;—–]/g, ' ')).search(/[^:,;—–]*$/));
            // "the combined procurement budget … for maintaining A and B", "spent on A and B": money words before
            // the last for / on frame both sides, and the left side starts after it. Without them ("renting office
            // space for the centre") the for belongs to the item.
            // ("…the special funds used for policy support, or the money for wet markets": a right side with money words
            // of its own is framed by none of the left's.)
            const rightFramesItself = /^\s*(?:on\s+|for\s+)?(?:the\s+|its\s+|their\s+)?(?:money|funds?|funding|budget|spending|costs?|allocation)\s+(?:for|on|to)\b/i.test(sidesQuestion.slice((joint.index ?? 0) + joint[0].length));
            const framed = rightFramesItself ? null : /^(.*\b(?:budget|budgets|budgeted|spending|spend|spent|money|funds?|funding|costs?|allocation|allocated|expenditure|earmarked|set aside)\b.*)\s+(?:for|on)\s+(\S.*)$/is.exec(clause);
            // "In its procurement plan, does more money go to goods or to services?": a topic clause before the
            // question frames both sides too (goods and services of the procurement plan).
            const topic = dependencies.translate(before.slice(0, before.length - clause.length).replace(/[:,;\s—–]+$/, '')).text;
            // "In its 2024 procurement budget, was more money set aside for works or for services": a topic clause before
            // the money words frames the sides as well.
            const framing = framed && questionContent(dependencies.translate(framed[2]).text) ? [topic, dependencies.translate(framed[1]).text].filter((text) => text.trim()).join(' ') : topic;
            // "spend more on staff or on running the office": money spent on people is the staff line.
            // "the personnel-funding column (人员经费)": a side that gives the document's own term in a bracket is that term.
            const side = (text: string) =>
              /[（(]\s*([\u4e00-\u9fa5][\u4e00-\u9fa5（）()“”、]{1,30}?)\s*[)）]/.exec(text)?.[1] ??
              dependencies.translate(
                framed
                  ? text.replace(/^(\s*(?:on|for|to)\s+)?(?:its\s+|their\s+|the\s+)?(?:staff|employees|people|personnel|workers)\s*$/i, 'staff costs')
                  : // "how much more goes on its people (pay, benefits, pensions)": money going on people is the staff line.
                    text.replace(/^.*\b(?:goes|go|going|went|spent|spend|spends)\s+(?:on|to)\s+(?:its|their|the)\s+(?:staff|employees|people|personnel|workers)\s*(?:\([^()]*\))?\s*$/i, 'staff costs'),
              ).text;
            const leftText = framing && framed ? framed[2] : clause;
            let rightText = sidesQuestion.slice((joint.index ?? 0) + joint[0].length).split(/[,;，；?？!]|\.\s/)[0] ?? '';
            // "retirees from the commission itself and from its affiliated institution", "medical insurance for
            // administrative units or for public institutions": a right side that opens with the preposition the left
            // one used shares the left's head (retirees, medical insurance).
            const preposition = /^\s*(from|of|at|in|under|within|for)\s/i.exec(rightText)?.[1];
            const head = preposition ? new RegExp(`^(.*?\\S)\\s+${preposition}\\s`, 'i').exec(leftText)?.[1] : undefined;
            if (head) rightText = `${head} ${rightText.trim()}`;
            // "counting both the civil-service staff and the staff of its affiliated public institution": set against
            // public institutions (事业单位), civil servants are the administrative units' staff (行政单位), the way the
            // budget's lines part them.
            // "water plus electricity fees": a head word ending the right side (fees, bills) that a short left side lacks
            // is the left side's too (water fees).
            const sharedHead = /\b(fees|bills|charges|costs|expenses|subsidies|allowances|contributions)\s*$/i.exec(rightText.replace(/[?.!,;\s]+$/, ''))?.[1];
            const headless = (text: string) => !/\b(?:fees?|bills?|charges?|costs?|expenses?|expenditures?|budgets?|funds?|funding|money|subsid(?:y|ies)|allowances?|contributions?|spending|pay)\b/i.test(text) && text.trim().split(/\s+/).length <= 2;
            const [left, right] = [side(sharedHead && headless(leftText) ? `${leftText.trim()} ${sharedHead}` : leftText), side(rightText)];
            const counterpart = (own: string, other: string) => (/事业单位/.test(other) && !/行政单位/.test(own) ? own.replace(/公务员/g, '行政单位') : own);
            return {
              left: counterpart(left, right),
              // "Adding water and electricity together, what do the bills come to…": the right side ends at the clause.
              right: counterpart(right, left),
              context: framing,
            };
          }).filter((side) => side.left.trim() && side.right.trim())
        : undefined;
    // "government procurement: goods + works + services, total?": three or more items, each rendered on its own, with
    // a topic before a colon framing them all.
    // ("My cousin works for Wanli Street. For 2025 what do they budget for A, B and C put together?": the items are read
    // in the sentence that asks, when it lists them.)
    const listed =
      lang === 'en' && reading.intent === 'total'
        ? englishItemList(withoutLeftOutNotesEn(askingSentence(question) ?? question)) ?? englishItemList(leftOutFree)
        : undefined;
    // "how much of that line sits in the project-expenditure column?": the column the English question names, rendered.
    const columnPhrase = lang === 'en' ? /\b(?:the|its|their)\s+['"‘“]?([A-Za-z][\w -]{2,40}?)['"’”]?\s+column\b/i.exec(question)?.[1] : undefined;
    // An English phrase's first Chinese term (project-expenditure -> 项目支出).
    const rendered = (phrase: string | undefined) => (phrase ? dependencies.translate(phrase.replace(/-/g, ' ')).text.split(/\s+/).find((word) => /^[\u4e00-\u9fa5]{2,}$/u.test(word)) : undefined);
    const columnNamed = rendered(columnPhrase);
    // "In the procurement table, what is the budget line for…": the table an English question reads, rendered.
    const tableNamed = rendered(lang === 'en' ? /\b(?:in|from|on|under|of)\s+(?:the|its|their)\s+([A-Za-z][\w -]{2,40}?)\s+(?:table|schedule)\b/i.exec(question)?.[1] : undefined);
    const englishItems = listed && {
      items: listed.items.map((item) => dependencies.translate(item).text).filter((text) => text.trim()),
      context: listed.context ? dependencies.translate(listed.context).text : '',
    };
    const askingText = lang === 'en' ? topicSentences(question, 'en') : question;
    // "What exactly counts as 'other income'?": the quoted English term, rendered, is the term a definition explains.
    const quotedEnglish = lang === 'en' && reading.intent === 'definition' ? /(?<![\w])['‘"“]([A-Za-z][A-Za-z -]{2,40})['’"”](?![\w])/.exec(question)?.[1] : undefined;
    // "…'operating income of public institutions' (事业单位经营收入)?": the document's own term, written beside it, is the term.
    // ("…the glossary has an entry for 机关运行费": a Chinese term written bare in an English question is the term too.)
    const writtenChinese = lang === 'en' && reading.intent === 'definition' ? (/['‘"“（(]([\u4e00-\u9fa5]{2,20})['’"”）)]/u.exec(question) ?? /(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{3,20})(?![\u4e00-\u9fa5])/u.exec(question))?.[1] : undefined;
    const quotedTerm = writtenChinese ?? (quotedEnglish ? dependencies.translate(quotedEnglish).text.split(/\s+/).filter((term) => Array.from(term).length >= 2).join('') || undefined : undefined);
    const askingLooseTerms = lang === 'en' && askingText !== question ? dependencies.translate(askingText).looseTerms : translated.looseTerms;
    // Order candidate documents by how well retrieval thinks they answer the question.
    let candidates = selection.documents;
    if (candidates.length > 1) {
      const hits = await dependencies.retrieve({ text: matchText, k: 10, docIds: candidates.map((document) => document.meta.id), mode: 'hybrid' });
      const votes = new Map<string, number>();
      for (const hit of hits) {
        const chunk = chunksById.get(hit.chunkId);
        if (chunk) votes.set(chunk.docId, (votes.get(chunk.docId) ?? 0) + hit.score);
      }
      candidates = [...candidates].sort(
        (left, right) => (votes.get(right.meta.id) ?? 0) - (votes.get(left.meta.id) ?? 0) || (right.meta.year ?? 0) - (left.meta.year ?? 0),
      );
      // Among years of the unit retrieval favours, the latest disclosure answers unless a year was named.
      const unit = candidates[0].meta.unit;
      const sameUnit = candidates.filter((document) => document.meta.unit === unit).sort((left, right) => (right.meta.year ?? 0) - (left.meta.year ?? 0));
      candidates = [...sameUnit, ...candidates.filter((document) => document.meta.unit !== unit)];
    }
    // "Putuo's district-level body in charge of industry, trade and grain reserves": a unit described by what it does
    // is the one whose disclosure says it does that.
    if (new Set(candidates.map((document) => document.meta.unit)).size > 1) {
      const phrase = describedUnitPhrase(asked, lang);
      const describedUnit = phrase
        ? unitByDescription(
            lang === 'en' ? { terms: dependencies.translate(phrase).text.split(/\s+/) } : { text: phrase },
            candidates.map((document) => ({ unit: document.meta.unit, text: normalizedText.get(document.meta.id) ?? '' })),
          )
        : undefined;
      if (describedUnit) candidates = [...candidates.filter((document) => document.meta.unit === describedUnit), ...candidates.filter((document) => document.meta.unit !== describedUnit)];
    }
    // With two units named, a word either unit's disclosure holds is covered.
    const documentTexts = [...new Set([...candidates, ...namedUnits])].map((document) => normalizedText.get(document.meta.id) ?? '');
    // A refusal names what the question asked about and the document's figures that share words with it.
    const refuse = (term: string) =>
      compose(
        { kind: 'not_found', reason: 'uncovered_term', detail: term, nearby: nearbyTopics(matchText, candidates[0].facts) },
        { missingTerm: term, document: candidates[0] },
      );
    // What a budget disclosure never states, whatever figure matches loosely: one person's pay (personnel spending is
    // not "the mayor's salary"), what each recipient gets (a disclosure states lines, not grants), and what was finally
    // spent when only budgets (plans) are loaded.
    const onlyBudgets = candidates.every((document) => document.meta.kind === '预算');
    // "how much did it actually end up spending in 2023" of a 2024 budget: the year before's execution (预算执行数) is
    // stated there.
    const earlierYearAsked = reading.years.some((year) => candidates[0].meta.year !== null && year < candidates[0].meta.year);
    // (A title in a sentence that only tells what the asker is doing, 正在给领导准备…分析, asks no one's pay.)
    // ("just for fuel, separate from repairs": one part of the cars' running costs, which no line splits.)
    // (Read in the asker's whole words: a story dropped before matching may be where they say it.)
    const finalAccountsSetApart = finalAccountsNotBudget.test(asked);
    const partLabelled = (part: string) => candidates.some((document) => document.facts.some((fact) => fact.label.includes(part)));
    const undisclosed =
      individualAskedAbout(topicSentences(question, lang), lang) ??
      recipientBreakdownAsked(question, lang) ??
      staffingAsked(question, lang, candidates.map((document) => proseText.get(document.meta.id) ?? '')) ??
      linePartAloneAsked(question, lang, partLabelled) ??
      sharedLinePartAsked(question, lang, rendered, () => candidates.flatMap((document) => document.facts.map((fact) => fact.label))) ??
      // (Only where the document states the earlier year's execution, 比2023年预算执行数…: a disclosure comparing with
      // last year's budget states no spending of that year.)
      // ("我要的不是预算，是年底决算出来的实际数": final accounts asked in so many words, set against the budget, are no
      // line's 执行数 either.)
      (onlyBudgets && (finalAccountsSetApart || !(earlierYearAsked && candidates.some((document) => (normalizedText.get(document.meta.id) ?? '').includes('执行数')))) ? outcomeAsked(finalAccountsSetApart ? asked : question, lang) : undefined);
    if (undisclosed) return refuse(undisclosed);
    // Two units named (区府办和商务委…合计): each answers from its own disclosure, so a word only the other unit's
    // disclosure holds is no reason to refuse. Each figure must still match the question well.
    const compared = compareUnits(question, matchText, namedUnits, reading, translated.looseTerms);
    if (compared) return maybePhrase(question, lang, mode, compose(compared.result, { document: compared.document }), onDelta);
    const candidateUnits = [...new Set([...candidates, ...namedUnits].map((document) => document.meta.unit))];
    // Another unit named by its kind in English (the public security bureau) is not a loaded disclosure's unit.
    // ("how is 财政拨款收入 defined — whose income from which finance department?": a term explained may name the body
    // it comes from; no figure of that body is asked.)
    const otherUnit =
      lang === 'en' && reading.intent !== 'definition'
        ? otherUnitNamed({
            // "I help a residents' committee with its accounts. … what do X and Y add up to?": a body named only in the
            // asker's story is no unit asked about.
            question: topicSentences(question, 'en'),
            unitNames: candidateUnits,
            render: (english) => dependencies.translate(english).text.split(/\s+/).filter(Boolean),
            romanizedUnits: candidateUnits.map((unit) => dependencies.romanize?.(unit)).filter((name): name is string => name !== undefined),
          })
        : undefined;
    if (otherUnit) return refuse(otherUnit);
    // "普陀区民政局…": a bureau no candidate document names is another unit, though its first characters (民政) may
    // read as part of a loaded unit's name (人民政府).
    const otherBureau = lang === 'zh' ? bureauNotLoaded(topicSentences(matchText, 'zh'), documentTexts, candidateUnits) : undefined;
    // Only when no loaded unit is named beside it: with one (信访局…市财政局批复的), another bureau is context. A loaded
    // unit named in another sentence ("…发展和改革委员会的三公经费是多少？想和商务委的放在一起比一比。") leaves the
    // sentence that asks about the other unit asking about it.
    const otherBureauSentence = otherBureau ? sentencesOf(matchText, 'zh').find((sentence) => sentence.includes(otherBureau)) : undefined;
    if (otherBureau && (unitsNamed(dependencies.documents, namingText).length === 0 || (otherBureauSentence && asksSomething(otherBureauSentence, 'zh') && unitsNamed(dependencies.documents, otherBureauSentence).length === 0))) return refuse(otherBureau);
    // A question about something no candidate document mentions is not answered from loosely related passages.
    const coverage: TopicCoverage =
      lang === 'en'
        ? // "I run a fleet maintenance garage.": the asker's story names nothing the documents must cover.
          (dependencies.englishTopics?.(withoutStory, documentTexts, candidateUnits) ?? { missing: [], covered: [] })
        : topicCoverage({
            // "机关日常运转（办公、水电这些）": examples in a bracket illustrate the term; one the documents lack (水电)
            // is no topic they must cover.
            // ("…单位预算公开材料中": the published materials are the documents themselves, no topic.)
            content: questionContent(stripUnitNames(withoutBracketExamples(matchText), candidates).replace(documentsThemselves, '公开')),
            segment: dependencies.segment,
            documentTexts,
            covers: dependencies.synonymCovers,
            tags: dependencies.tagWords,
            isVerb: dependencies.isVerb,
            unitNames: candidateUnits,
          });
    // Only a word of the sentences that ask (or state the change worked from) is missing from what must be covered:
    // "正在给领导准备…分析。请比较…" asks nothing of 领导. Words covered anywhere still show what the question is about.
    const asking = (lang === 'en' ? topicSentences(withoutStory, 'en') : topicSentences(matchText, 'zh')).toLowerCase();
    // "…那个社区公共服务中心，围挡围了好几年了。万里街道给这个工程排的用款…": a clause of a sentence that asks nothing,
    // naming nothing the documents cover, only tells what the asker sees; its word (围挡) is no topic asked about.
    // (The clauses are read once, and only when a word is missing.)
    const clauses =
      lang === 'zh' && coverage.missing.length > 0
        ? // ("我是…，这些年为养老金的事情没少往信访局跑，…，…是多少万元呀？": in one long asking sentence, a clause before
          // the asking one that asks nothing itself only tells.)
          sentencesOf(matchText, 'zh').flatMap((sentence) => {
            const parts = sentence.split(/[，,；;：:]/);
            const sentenceAsks = asksSomething(sentence, 'zh');
            return parts.map((clause, index) => ({ clause, asks: sentenceAsks && (parts.length < 4 || index === parts.length - 1 || asksSomething(clause, 'zh')) }));
          })
        : [];
    // (In English, a sentence telling of the asker that asks nothing: "My cousin used to work there, and over dinner…".)
    const englishTold = lang === 'en' && coverage.missing.length > 0 ? sentencesOf(question, 'en').map((sentence) => ({ sentence: sentence.toLowerCase(), told: tellsOfAskerEn(sentence) })) : [];
    let toldTags: Map<string, string> | undefined;
    const clauseTags = () => (toldTags ??= dependencies.tagWords?.(matchText) ?? new Map<string, string>());
    const toldOnly = (term: string) => {
      if (lang === 'en') {
        const holding = englishTold.filter(({ sentence }) => new RegExp(`\\b${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence));
        return holding.length > 0 && holding.every(({ told }) => told);
      }
      const holding = clauses.filter(({ clause }) => clause.includes(term));
      // ("眼看着…服务中心一点点盖起来。": a verb or adverb of a clause that asks nothing only tells, whatever the clause names.)
      // (盖起来: a verb with its complement, whatever the tagger calls it.)
      const telling = /^[vd]/.test(clauseTags().get(term) ?? '') || /(起来|下来|出来|过来|上去|下去)$/.test(term);
      return holding.length > 0 && holding.every(({ clause, asks }) => !asks && (telling || !coverage.covered.some((word) => clause.includes(word))));
    };
    const topics: TopicCoverage = { ...coverage, missing: coverage.missing.filter((term) => asking.includes(term.toLowerCase()) && !toldOnly(term)) };
    const missing = topics.missing;
    // Another unit or place (教育局, 静安, China) rules the documents out; so does a missing word when nothing else the
    // question names is in them. Otherwise (搞普查的钱比2023年实际花的…) the question is answered if a figure matches it
    // well, and refused naming the word if not.
    // Part-of-speech tags cost more than the rest of the check: only a question with a missing word is tagged, once.
    const tags = missing.length > 0 && lang === 'zh' ? clauseTags() : undefined;
    const capitalised = lang === 'en' ? capitalisedNames(question) : new Set<string>();
    // "新买的那辆公务车，是什么品牌什么型号的", "which brand": the missing word is the attribute asked for.
    // "水费和电费各花多少": a missing word joined to another measure is one of the things asked.
    // "专门用于服务保障进博会的经费": money named by a use the documents never state is not any line whose use shares the
    // rest of the words.
    // (A use that joins two things, 公家车子上再加上接待来客, names a sum of lines, each found on its own.)
    const use = lang === 'zh' ? namedUseOf(question) : undefined;
    const namedUse = use && !joinsMeasures(use) ? use : undefined;
    // "我好奇他们的车到底是什么档次的：按那张表算，平均每辆车的价值是多少万元？": after a colon that asks again, what
    // comes before it is the asker's curiosity, and its attribute (档次) is not the one asked.
    const afterColon = lang === 'zh' ? /[：:]([^：:]+)$/.exec(question)?.[1] : undefined;
    const attributeText = afterColon && asksSomething(afterColon, 'zh') ? afterColon : question;
    const askedMissing = missing.find((term) => attributeAsked(attributeText, term, lang) || joinedMeasure(question, term, lang) || namedUse?.includes(term) === true);
    const strictlyMissing =
      missing.length > 0 &&
      (topics.covered.length === 0 ||
        missing.some((term) =>
          lang === 'en'
            ? // "Within the budget for trips abroad, how much for overseas hotels?": after a lead frame, what is asked.
              term.split(' ').every((word) => capitalised.has(word)) || askedWithinFrame(question, term)
            : namesOtherUnit(term, matchText, tags?.get(term)) || askedWithinFrameZh(question, term) || partOfNamedZh(lastSentenceZh(question), term, topics.covered, tags?.get(term)),
        ) ||
        askedMissing !== undefined);
    const softlyMissing = missing.length > 0 && !strictlyMissing ? missing[0] : undefined;
    if (strictlyMissing) {
      // A model may read a colloquial question (招待客人那块儿) into the document's terms; it is told to return no
      // measures when the question is about something the documents do not cover.
      const planned = await modelPlan(question, lang, candidates);
      if (planned) return maybePhrase(question, lang, mode, compose(planned.result, { document: planned.document }), onDelta);
      // The word asked for itself (水费 of 水费和电费, 品牌) is the one to name.
      return refuse(askedMissing ?? missing[0]);
    }
    // Questions answered by quoting a passage: why (为什么), where (在哪里), or about the unit itself (主要职能,
    // 机构设置, 经费保障形式). They depend on the question alone, so they are read once, not per candidate document.
    const topic = topicOf(question, lang);
    // ("How does the budget explain what that term covers?": explaining a term is its definition, no reason asked.)
    const wantsReason = asksReason(question, lang) && !(reading.intent === 'definition' && !/\b(?:why|reasons?|how come)\b|为什么|为何|原因/i.test(question));
    const wantsPlace = asksPlace(question, lang);
    const wantsDate = asksDate(question, lang);
    // A term asked to be explained (what do they mean by X? which units does it cover?) is the glossary's, not a section's.
    const explainsTerm = reading.intent === 'definition' && /\bmean(?:s|t|ing)?\b|\bdefin|含义|意思|定义|名词解释|口径|[“"'‘][^”"'’]{2,40}[”"'’]/i.test(question);
    let fallback: { result: ExecutionResult; document: ParsedDocument } | undefined;
    let answered: { result: ExecutionResult; document: ParsedDocument } | undefined;
    const namedProject = new WeakSet<ExecutionResult>();
    for (const document of candidates) {
      const sameUnitDocuments = dependencies.documents.filter(
        (other) => other !== document && other.meta.unit === document.meta.unit && other.meta.year !== document.meta.year,
      );
      const labels = labelsById.get(document.meta.id) ?? new Set<string>();
      const expand = (text: string) => dependencies.expandSynonyms?.(text, labels) ?? text;
      const unitsStripped = [document, ...sameUnitDocuments];
      // "2129999其他城乡社区支出", "30201": a classification code is read as the line its table row names.
      const codedText = otherLineNamed(withCodesNamed(matchText, document), document);
      const expandedQuestion = stripUnitNames(expand(codedText), unitsStripped);
      // Within one document its own unit name says nothing about where the answer stands.
      const documentRetrievalText = stripUnitNames(retrievalText, unitsStripped);
      const relevance = await placesRetrieved(retrievalText, document.meta.id);
      let result = executePlan({
        question: stripUnitNames(codedText, unitsStripped),
        expandedQuestion,
        // ("A post going around says … more than 30 million yuan. Is that right? What total does its 2022 budget
        // give?": the claim's words, rendered loosely, name no measure; the sentences that ask say what is asked.)
        looseTerms: askingLooseTerms,
        shareSides: shareSides && { part: stripUnitNames(shareSides.part, unitsStripped), whole: stripUnitNames(shareSides.whole, unitsStripped), overall: shareSides.overall },
        englishSides: englishSides?.map((side) => ({
          left: stripUnitNames(side.left, unitsStripped),
          right: stripUnitNames(side.right, unitsStripped),
          context: stripUnitNames(side.context, unitsStripped),
        })),
        englishItems: englishItems && { items: englishItems.items.map((item) => stripUnitNames(item, unitsStripped)), context: stripUnitNames(englishItems.context, unitsStripped) },
        expand,
        hintText: question,
        columnNamed,
        tableNamed,
        quotedTerm,
        reading,
        document,
        sameUnitDocuments,
        relevance,
      });
      // The stated reason wins over any figure the question also names; an address and a unit's own section only
      // where no figure answers.
      const reasons = wantsReason ? reasonPassages(document, expandedQuestion, { each: asksEachReason.test(question) }) : undefined;
      // A date asked (up to what date are the assets counted) is a passage, whatever figure stands beside it.
      // "该项目的实施周期…实施方案…": the parts of a named section whose headings the question writes out.
      const headed = reasons || reading.wantsNumber ? undefined : headedPassages(document, asked);
      const places = reasons
        ? undefined
        : headed
          ? headed
          : wantsDate
          ? datePassages(document, expandedQuestion)
          : wantsPlace && result.kind !== 'numeric'
            ? placePassages(document, expandedQuestion)
            : undefined;
      const asksProjectUse = (reading.intent === 'list' || asksUse(question)) && (result.kind !== 'numeric' || !reading.wantsNumber);
      // "…one huge line of about 293.8 million yuan. What is that money for?": the line named by its amount.
      // (A line the question names by its label, whose use the executor found, is not looked for by its amount: "表里那
      // 1万块的公务接待费" names 公务接待费.)
      const usedFound = result.kind === 'text' && result.intent === 'list' && result.passages.length > 0 && result.facts.length > 0 && normalizeText(question).includes(normalizeText(result.facts[0]!.label));
      const byAmount = !reasons && !places && asksProjectUse && !usedFound ? usePassagesByAmount(document, question) : undefined;
      // (Two lines compared, summed or set apart and found are the answer, whatever unit words name a section.)
      const workedOut = result.kind === 'numeric' && ['comparison', 'difference', 'total', 'share', 'average'].includes(reading.intent);
      const asksSection = topic && !explainsTerm && !workedOut && (reading.intent === 'list' || reading.intent === 'text' || !reading.wantsNumber) && (result.kind !== 'numeric' || !reading.wantsNumber);
      const topical = !reasons && !places && !byAmount && asksSection ? topicPassages(document, topic) : undefined;
      // "What does that project's money pay for": the named project's own section says, in its sentences of use.
      const projectUse = !reasons && !places && !topical && asksProjectUse && !usedFound ? (byAmount ?? projectUsePassages(document, expandedQuestion, question)) : undefined;
      if (reasons) {
        // "By how much did its allocation go up, and what reason does the budget give?": the sentence stating the figure
        // found comes before the reason, so the reply carries both.
        const stating: Passage[] =
          result.kind === 'numeric' && reading.wantsNumber
            ? result.facts
                // (Only a sentence of the document whose reason is quoted: a figure read from the unit's other year
                // would be cited under this document's name.)
                .filter((fact) => fact.docId === document.meta.id && fact.origin === 'prose' && fact.source.quote && !reasons.some((passage) => passage.blockId === fact.source.blockId && passage.quote === fact.source.quote))
                .slice(0, 1)
                .map((fact) => ({ docId: document.meta.id, blockId: fact.source.blockId, quote: fact.source.quote!, section: fact.section }))
            : [];
        // (The reasons of several lines, one each, are all quoted.)
        result = { kind: 'text', intent: reasons.length > 1 && stating.length === 0 ? 'list' : 'text', passages: [...stating, ...reasons], facts: [], checks: [] };
      }
      else if (places) {
        result = { kind: 'text', intent: 'text', passages: places, facts: [], checks: [] };
        if (headed) namedProject.add(result);
      }
      else if (topical) {
        result = { kind: 'text', intent: 'list', passages: topical, facts: [], checks: [] };
        // A section the question names by a long run of its heading (区政府督查及建议提案工作业务经费) answers as firmly
        // as a project named by its own words.
        const heading = normalizeText(topical[0]?.section[0] ?? '');
        if (heading && longestCommonRun(Array.from(heading), Array.from(normalizeText(question))) >= 6) namedProject.add(result);
      }
      else if (projectUse) {
        result = { kind: 'text', intent: 'list', passages: projectUse, facts: [], checks: [] };
        namedProject.add(result);
      }
      // (The use of a line the question names by its label answers as firmly as a project named.)
      else if (usedFound) namedProject.add(result);
      if (result.kind === 'text' && result.passages.length === 0 && result.facts.length === 0) {
        let passages = await passagesFor(documentRetrievalText, [document.meta.id]);
        if (reading.intent === 'list' && passages[0]) {
          // "还同时挂着哪几块牌子": a passage holding the question's own words (牌子) the section's numbered items lack
          // answers itself; otherwise the items of its section list what is asked.
          const items = sectionItems(document, passages[0]);
          const asked = questionBigrams(documentRetrievalText);
          const own = (text: string) => new Set([...characterBigrams(normalizeText(text))].filter((bigram) => asked.has(bigram) && /^[\u4e00-\u9fa5]{2}$/.test(bigram)));
          const itemWords = own((items ?? []).map((item) => item.quote).join(''));
          const answersItself = [...own(passages[0].quote)].some((bigram) => !itemWords.has(bigram) && !genericQuestionBigrams.has(bigram));
          passages = items && !answersItself ? items : passages;
        }
        result = passages.length ? { ...result, passages } : { kind: 'not_found', reason: 'no_passage', nearby: [] };
      }
      if (result.kind === 'not_found') {
        fallback ??= { result, document };
        continue;
      }
      // Several documents may answer: the one whose labels match the question best wins (ties keep the order:
      // retrieval's favourite unit, latest year first). Text answers take the first document that has them.
      const confidence = result.kind === 'numeric' ? (result.confidence ?? 0) : 0;
      const best = answered?.result.kind === 'numeric' ? (answered.result.confidence ?? 0) : -1;
      // An older year of the same unit must match clearly better to win over the latest one.
      const margin = answered && answered.document.meta.unit === document.meta.unit ? 0.1 : 0.02;
      if (!answered || (result.kind === 'numeric' && confidence > best + margin)) answered = { result, document };
      if (answered.result.kind !== 'numeric' || candidates.length === 1) break;
    }
    // With a word the documents lack, only a figure that matches the rest of the question well is an answer.
    // Only a figure is checked against the rest of the question this way; a passage found for it may be about the
    // missing word's neighbour, not about what was asked.
    // A sum or a comparison that fell back to one figure has lost the side the missing word named.
    // "工资福利支出一共是多少" names one measure: 一共 alone makes no sum of two.
    const multiMeasure =
      reading.intent === 'difference' || reading.intent === 'comparison' || (reading.intent === 'total' && joinsMeasures(question));
    // A project the question names by two or more of its own words is matched as firmly as a figure that matches well.
    const softlyAnswered = (result: ExecutionResult) =>
      namedProject.has(result) || (result.kind === 'numeric' && (result.confidence ?? 0) >= softAnswerConfidence && !(multiMeasure && result.operands.length < 2));
    if (answered && softlyMissing && !softlyAnswered(answered.result)) answered = undefined;
    if (answered) {
      const alternatives = selection.explicit ? [] : candidates.filter((other) => other !== answered?.document);
      return maybePhrase(question, lang, mode, compose(answered.result, { document: answered.document, alternatives }), onDelta);
    }
    const planned = await modelPlan(question, lang, candidates);
    if (planned) return maybePhrase(question, lang, mode, compose(planned.result, { document: planned.document }), onDelta);
    if (softlyMissing) return refuse(softlyMissing);
    return compose(fallback?.result ?? { kind: 'not_found', reason: 'no_matching_fact', nearby: [] }, { document: fallback?.document });
  }

  /**
   * The disclosures of the units a question names when it names two or more (区府办和商务委), one per unit: of the
   * year named, else the unit's latest. Empty for a question naming one unit or none.
   */
  function namedUnitDocuments(question: string, namingText: string, reading: ReturnType<typeof detectIntent>): ParsedDocument[] {
    // Units are named as selection reads them (namingText): 区府办 through the glossary, an English name through its
    // rendering.
    const inChinese = unitsNamed(dependencies.documents, namingText);
    // English names a unit by its rendering (commerce commission -> 商务委员会) or by a place name in pinyin (Wanli).
    const inPinyin = /[a-z]/i.test(question) ? unitsNamedByPinyin(dependencies.documents, question, dependencies.romanize ?? (() => undefined)) : [];
    // ("wanli st (putuo) govt office": the office of the place named, not the district government's office as well.)
    const placeOffices = inPinyin.length ? officeOfNamedPlace(dependencies.documents, question, dependencies.romanize ?? (() => undefined), inChinese.filter((unit) => !inPinyin.includes(unit))) : [];
    const named = [...new Set([...inPinyin, ...inChinese])].filter((unit) => !placeOffices.includes(unit));
    if (named.length < 2) return [];
    // (The closing sentence asking about one of them alone asks that unit's figure; the others are comparison points.)
    if (unitAskedInClosingSentence(dependencies.documents.filter((document) => named.includes(document.meta.unit)), question, (sentence) => dependencies.expandSynonyms?.(sentence, unitNames) ?? sentence)) return [];
    const year = reading.years.length === 1 ? reading.years[0] : undefined;
    const chosen = named.map((unit) => {
      const ofUnit = dependencies.documents.filter((document) => document.meta.unit === unit);
      return ofUnit.find((document) => document.meta.year === year) ?? [...ofUnit].sort((left, right) => (right.meta.year ?? 0) - (left.meta.year ?? 0))[0];
    });
    return chosen.every((document) => document !== undefined) ? (chosen as ParsedDocument[]) : [];
  }

  /**
   * "区政府办公室和区商务委哪家的机关运行经费更高", "万里街道和区商务委的三公经费加起来": a comparison, difference or
   * sum over two or more units the question names. Each unit's disclosure is asked for the one measure, with every
   * named unit's name taken out of the question; the figures are then combined. Undefined unless each unit answers
   * with a figure that matches the question well.
   */
  function compareUnits(
    question: string,
    matchText: string,
    documents: ParsedDocument[],
    reading: ReturnType<typeof detectIntent>,
    looseTerms: string[] | undefined,
  ): { result: ExecutionResult; document: ParsedDocument } | undefined {
    if (reading.intent !== 'comparison' && reading.intent !== 'difference' && reading.intent !== 'total') return undefined;
    if (documents.length < 2) return undefined;
    const lookupReading = { ...reading, intent: 'lookup' as const };
    const parts: Array<{ name: string; fact: ParsedDocument['facts'][number] }> = [];
    let firstInput: Parameters<typeof executePlan>[0] | undefined;
    for (const document of documents) {
      const labels = labelsById.get(document.meta.id) ?? new Set<string>();
      const expand = (text: string) => dependencies.expandSynonyms?.(text, labels) ?? text;
      const input = {
        question: stripUnitNames(matchText, documents),
        expandedQuestion: stripUnitNames(expand(matchText), documents),
        looseTerms,
        expand,
        hintText: question,
        reading: lookupReading,
        document,
      };
      firstInput ??= { ...input, reading };
      const result = executePlan(input);
      const fact = result.kind === 'numeric' && result.intent === 'lookup' ? result.facts[0] : undefined;
      if (!fact || (result.kind === 'numeric' && (result.confidence ?? 0) < softAnswerConfidence)) return undefined;
      // Each side by the unit's full official name, as a reply quotes it (it holds every shorter form).
      parts.push({ name: document.meta.unit, fact });
    }
    const combined = firstInput && acrossUnits(firstInput, parts);
    return combined ? { result: combined, document: documents[0] } : undefined;
  }

  /** A question the planner could not read: the model may plan it; the same executor runs the plan. */
  async function modelPlan(question: string, lang: 'zh' | 'en', candidates: ParsedDocument[]): Promise<{ result: ExecutionResult; document: ParsedDocument } | undefined> {
    const planQuestion = dependencies.model?.planQuestion;
    if (!planQuestion) return undefined;
    const plan = await planQuestion(question, lang).catch(() => undefined);
    const parsed = planSchema.safeParse(plan);
    if (!parsed.success || !parsed.data.measures.length) return undefined;
    const reading = { intent: parsed.data.intent, years: parsed.data.years, previousPeriod: parsed.data.previousPeriod, wantsNumber: true };
    for (const document of candidates) {
      const result = executePlan({ question: parsed.data.measures.join('和'), reading, document });
      if (result.kind === 'numeric' || (result.kind === 'text' && (result.passages.length || result.facts.length))) return { result, document };
    }
    return undefined;
  }

  async function maybePhrase(
    question: string,
    lang: 'zh' | 'en',
    mode: 'answer' | 'draft',
    response: AskResponse,
    onDelta?: (text: string) => void,
  ): Promise<AskResponse> {
    const phrase = dependencies.model?.phraseAnswer;
    if (!phrase || response.kind === 'not_found') return response;
    const phrased = await phrase({ question, lang, draft: mode === 'draft', response }, onDelta).catch(() => undefined);
    return phrased ? { ...response, answer: phrased } : response;
  }

  function source(id: string): SourceView | undefined {
    const parsed = parseSourceId(id);
    if (!parsed) return undefined;
    const document = documentsById.get(parsed.docId);
    const index = document?.blocks.findIndex((block) => block.id === parsed.blockId) ?? -1;
    const block = index >= 0 ? document?.blocks[index] : undefined;
    if (!document || !block) return undefined;
    const base = { id, docId: document.meta.id, docTitle: document.meta.title, section: block.path.join(' > '), sectionPath: block.path };
    if (block.kind === 'table') {
      const table = block.table;
      if (parsed.row !== undefined && parsed.row >= table.rows.length) return undefined;
      return {
        ...base,
        kind: 'table',
        text: table.title,
        table: {
          title: table.title,
          unit: table.unit,
          headerRows: table.headerRows,
          columns: table.columns,
          rows: table.rows,
          highlightRow: parsed.row,
          highlightColumn: parsed.column,
        },
      };
    }
    const pathKey = block.path.join('\u0000');
    const context = document.blocks
      .filter((other) => other.kind !== 'table' && other.id !== block.id && other.path.join('\u0000') === pathKey && other.kind === 'paragraph')
      .slice(0, 6)
      .map((other) => (other.kind === 'paragraph' ? other.text : ''));
    return { ...base, kind: 'passage', text: block.text, context };
  }

  function documents(): DocumentSummary[] {
    return dependencies.documents.map(summarizeDocument);
  }

  async function search(query: SearchQuery): Promise<SearchResult[]> {
    const docIds = dependencies.documents
      .filter((document) => (!query.docId || document.meta.id === query.docId) && (!query.unit || document.meta.unit.includes(query.unit)) && (!query.year || document.meta.year === query.year))
      .map((document) => document.meta.id);
    if (!docIds.length) return [];
    return retrieve({ q: query.q, k: query.k, docIds, mode: 'hybrid' });
  }

  async function askStream(request: AskRequest, onDelta: (text: string) => void): Promise<AskResponse> {
    let streamed = '';
    const response = await ask(request, (text) => {
      streamed += text;
      onDelta(text);
    });
    // Without a model (or when its text was refused) the deterministic answer is sent in pieces, so the page
    // shows the same progressive display either way; a refused model text is replaced by the final answer event.
    if (!streamed) for (const piece of response.answer.match(/[^，。；,.;!?！？]+[，。；,.;!?！？]?/g) ?? [response.answer]) onDelta(piece);
    return response;
  }

  // The documents do not change while the engine runs and, without a model, the same request always gets the same
  // answer: a popular question ("how much is spent on official cars?") is worked out once. Least recently used
  // entries leave first (a Map keeps insertion order; a hit is moved to the end).
  const cacheSize = dependencies.model ? 0 : (dependencies.answerCacheSize ?? 0);
  const answers = new Map<string, AskResponse>();
  async function cachedAsk(request: AskRequest): Promise<AskResponse> {
    if (cacheSize === 0) return ask(request);
    const key = JSON.stringify([request.question.trim(), request.docId ?? null, request.unit ?? null, request.year ?? null, request.mode ?? 'answer']);
    const hit = answers.get(key);
    if (hit) {
      answers.delete(key);
      answers.set(key, hit);
      return structuredClone(hit);
    }
    const response = await ask(request);
    answers.set(key, structuredClone(response));
    if (answers.size > cacheSize) answers.delete(answers.keys().next().value as string);
    return response;
  }

  return {
    ask: cachedAsk,
    askStream,
    search,
    documents,
    source,
    hasDocument: (docId: string) => documentsById.has(docId),
    retrieve: (query) => retrieve(query),
  };
}
