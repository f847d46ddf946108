import type { ParsedDocument } from '../ingest/model.ts';
import type { Passage } from './answer-types.ts';
import { questionBigrams } from './match-measure.ts';
import { characterBigrams, normalizeText } from './normalize-text.ts';
import { chineseFullDate } from './translate-question.ts';
import { longestCommonRun } from './longest-common-run.ts';

/**
 * Questions about what a unit does, how it is organised or how it is funded are answered by standard sections of a
 * budget disclosure (主要职能 / 单位职责, 机构设置, 经费保障形式), whatever words the question uses: retrieval alone
 * ranks a performance table that mentions 工作 above the list of duties. Pure.
 */
interface Topic {
  name: 'duties' | 'structure' | 'funding';
  zh: RegExp;
  en: RegExp;
  /** A heading (or a table cell) that names the section holding the answer. */
  place: RegExp;
}

const topics: Topic[] = [
  {
    name: 'structure',
    zh: /(科室|内设机构|内设|机构设置|下属|所属单位|所属机构|下面.{0,6}(单位|部门|科室|机构)|(哪些|几个|几家)(单位|部门|科室|处室|机构)|单位构成|机构组成)/,
    en: /\b(internal (offices|departments|divisions|sections)|divisions|sections|subordinate|affiliated|belongs? to|(?:public )?institutions? (?:under|of|belonging)|units? (under|covered|included|that make up)|which units|(?:offices|bodies|organi[sz]ations|entities|centres|centers)(?: and (?:offices|centres|centers|units|bodies))? (?:are )?(?:covered|included)|what units|departments? under|organi[sz]ational structure|how is .{1,60} organi[sz]ed|made up of which)\b/i,
    place: /(机构设置|机构情况|单位构成|部门构成|预算单位构成)/,
  },
  {
    name: 'duties',
    zh: /(职责|职能|负责(哪些|什么|啥)|主要(工作|任务|做)|(?<!用来|拿来|用于)干什么(?!用)|(?<!用来|拿来|用于)做什么(?!用)|管什么|管哪些|是干嘛(?!用)|(?<!用来|拿来)干嘛的)/,
    en: /\b(responsibilit(y|ies)|duties|duty|functions?|mandate|remit|in charge of|what does .{1,60} do\b|what is .{1,60} responsible for)\b/i,
    place: /(职责|职能)/,
  },
  {
    name: 'funding',
    zh: /(经费来源|资金来源|经费保障|经费形式|保障形式|怎么.{0,6}(拨款|供给|保障|出钱|资助)|钱从哪|钱是哪)/,
    en: /\b(how is .{1,60} funded|how .{1,40} (gets?|receives?) (its )?(money|funds|funding)|source of (its )?(funds|funding|money)|funding (source|form|arrangement))\b/i,
    place: /(经费保障|经费来源|保障形式)/,
  },
];

// A question naming money (经费干什么用的, what are the funds for) asks what the money does, not what the unit does.
const namesMoney = /(经费|费用|费|支出|预算|资金|钱|收入|拨款|money|funds?\b|budget|spending|costs?\b|expenses?\b)/i;

export function topicOf(question: string, lang: 'zh' | 'en'): Topic['name'] | undefined {
  const topic = topics.find((candidate) => (lang === 'en' ? candidate.en : candidate.zh).test(question))?.name;
  return topic === 'duties' && namesMoney.test(question) ? undefined : topic;
}

/** The passages of the section a topic question is about, in document order; undefined when the document has none. */
export function topicPassages(document: ParsedDocument, topicName: Topic['name'], limit = 12): Passage[] | undefined {
  const topic = topics.find((candidate) => candidate.name === topicName);
  if (!topic) return undefined;
  // The deepest heading that names the topic: 机构设置 inside 一、单位职责及机构设置情况 is more precise.
  let sectionPath: string[] | undefined;
  for (const block of document.blocks) {
    if (block.kind !== 'heading' || !topic.place.test(block.text)) continue;
    if (!sectionPath || block.path.length > sectionPath.length) sectionPath = block.path;
  }
  const under = (path: string[]) => sectionPath !== undefined && sectionPath.every((heading, index) => path[index] === heading);
  const passages: Passage[] = [];
  for (const block of document.blocks) {
    if (passages.length >= limit) break;
    // A bare lead-in (单位职责：) introduces the list; it is no answer by itself.
    if (block.kind === 'paragraph' && under(block.path) && !/^.{0,10}[：:]$/.test(block.text.trim())) {
      passages.push({ docId: document.meta.id, blockId: block.id, quote: block.text, section: block.path });
    } else if (block.kind === 'table') {
      // A table row that names the topic (经费保障形式 | 财政拨款) answers wherever it stands; inside the section,
      // every row does.
      const rows = block.table.rows.map((row, index) => ({ row, index }));
      const headerNamesTopic = block.table.columns.some((column) => topic.place.test(column));
      for (const { row, index } of rows) {
        if (passages.length >= limit) break;
        const text = row.filter(Boolean).join(' | ');
        if (!text) continue;
        if (under(block.path) || headerNamesTopic || topic.place.test(text)) {
          const quote = headerNamesTopic ? `${[...new Set(block.table.columns.filter(Boolean))].join(' | ')}：${text}` : text;
          passages.push({ docId: document.meta.id, blockId: block.id, quote, section: block.path, row: index });
        }
      }
    }
  }
  return passages.length ? passages : undefined;
}

const asksReasonZh = /(为什么|为何|什么原因|原因是|原因|怎么会|咋)/;
// "the 2022 budget explanation compares…" names a part of the document (编制说明), not a reason asked.
const asksReasonEn = /\b(why|reason|reasons|explain|how come)\b|\bexplanation (?:for|of)\b/i;
const reasonMarker = /(原因|由于|因为|主要是|主要为|统一安排|所致|导致)/;

/** "出国经费为什么是0", "why did spending rise": the question asks for the stated reason, not a figure. */
export function asksReason(question: string, lang: 'zh' | 'en'): boolean {
  return (lang === 'en' ? asksReasonEn : asksReasonZh).test(question);
}

/**
 * The sentence that gives the reason for what the question names: a sentence with a reason marker (主要原因是,
 * 由于, 统一安排) sharing the most words with the question. `matchText` is the question in the document's words
 * (the Chinese rendering of an English question, with synonyms appended). Undefined when no sentence shares enough.
 */
const fallWords = /减少|下降|降低|压减|缩减|削减|减/;
const riseWords = /增加|增长|上升|提高|增/;

export function reasonPassages(document: ParsedDocument, matchText: string, options: { each?: boolean } = {}): Passage[] | undefined {
  // (The asking's own words, 文件给出的…原因是什么, name nothing the reason is for.)
  // (Nor the change the asker states, 比2023年多了25万元, which every sentence of the change shares.)
  const wanted = questionBigrams(
    matchText
      .replace(/(?:比|较)(?:上一?年|去年|\d{4}年)(?:预算)?(?:多了|少了|增加了?|减少了?|增长了?|下降了?)?[\d.,]*(?:万元|元|万)?/g, ' ')
      .replace(/(为什么|为何|什么原因|原因|怎么会|文件|文中|给出|给的|写的|请问|说明|出处|多少|是什么|较|预算里|里面)/g, ' '),
  );
  const askedDirection = fallWords.test(matchText) && !riseWords.test(matchText) ? 'down' : riseWords.test(matchText) && !fallWords.test(matchText) ? 'up' : undefined;
  // "…比2023年多了25万元，原因是什么": the change the asker states picks, among the sentences giving reasons, the one
  // stating that change (a part's change equal to the whole's is the whole's reason).
  const statedChangeNames = [...matchText.matchAll(/(?:多了|少了|增加了?|减少了?|增长了?|下降了?|up by|down by|by)\s*([\d.,]+)\s*(?:万元|万|元|yuan)?/gi)].map((match) => match[1]!.replace(/[,，]/g, ''));
  // (Each as a sentence states its change: 增加25万元.)
  const statedChanges = statedChangeNames.map((amount) => new RegExp(`(?:增加|减少|增长|下降)${amount.replace(/\./g, '\\.')}(?:万元|元)`));
  const scored: Array<{ passage: Passage; score: number }> = [];
  let earlier = { path: '', text: '' };
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    const sentences = block.text.split(/(?<=[。；;])/);
    // The paragraphs before, under the same heading, may name the subject (…“三公”经费预算数为47.91万元…其中：).
    const path = block.path.join('>');
    const lead = earlier.path === path ? earlier.text : '';
    earlier = { path, text: `${lead}${block.text}` };
    for (const [index, sentence] of sentences.entries()) {
      if (!reasonMarker.test(sentence)) continue;
      // Words before the reason name what it is the reason for and weigh double; the paragraph before it may name
      // the subject ("三公经费12.30万元。…与2021年相比减少10.48万元，主要原因是…") and counts once.
      const marker = sentence.search(reasonMarker);
      const subject = new Set(characterBigrams(normalizeText(sentence.slice(0, marker))));
      const around = new Set(characterBigrams(normalizeText(`${index === 0 ? lead : ''}${sentences.slice(0, index).join('')}${sentence}`)));
      let score = 0;
      for (const bigram of wanted) score += subject.has(bigram) ? 2 : around.has(bigram) ? 1 : 0;
      const before = sentence.slice(0, marker);
      if (statedChanges.some((change) => change.test(before))) score += 2;
      // "why did it go down": the reason for a fall, not for a rise beside it.
      if (askedDirection && (askedDirection === 'down' ? fallWords : riseWords).test(before)) score += 2;
      else if (askedDirection && (askedDirection === 'down' ? riseWords : fallWords).test(before)) score -= 2;
      // ("（三）公务接待费1.00万元。与2024年预算持平，主要原因是…": a reason sentence opening on the comparison leaves its
      // subject to the sentence before, which is quoted with it.)
      const quote = index > 0 && /^\s*(?:与|比|较|同比|主要原因)/.test(sentence) ? `${sentences[index - 1]!.trim()}${sentence.trim()}` : sentence.trim();
      scored.push({ passage: { docId: document.meta.id, blockId: block.id, quote, section: block.path }, score });
    }
  }
  // The first of the highest scores, as the document orders them.
  const best = scored.reduce<(typeof scored)[number] | undefined>((leader, candidate) => (!leader || candidate.score > leader.score ? candidate : leader), undefined);
  // Half the most a sentence could score: the question's words mostly stand around the reason.
  // (Each of several lines' reasons asked: a sentence holds the words of one line, about half of the question's.)
  const floor = Math.max(3, options.each ? wanted.size / 2 : wanted.size);
  if (!best || wanted.size === 0 || best.score < floor) return undefined;
  // "What reason did it give for each one?": the reason of each line named, in the order the section states them
  // (one sentence per paragraph, up to five), all under the best one's heading.
  if (options.each) {
    const paragraphs = new Set<string>();
    const heading = best.passage.section.join('>');
    const each = scored.filter((candidate) => {
      if (candidate.score < 3 || candidate.passage.section.join('>') !== heading || paragraphs.has(candidate.passage.blockId)) return false;
      paragraphs.add(candidate.passage.blockId);
      return true;
    });
    if (each.length > 1) return each.slice(0, 5).map((candidate) => candidate.passage);
  }
  return [best.passage];
}

// 花在哪几块, 钱用在哪里: where money goes is what it is used for, not a place.
const asksPlaceZh = /((?<![花用投])(?:在哪儿|在哪里|在哪(?![些个项方几一块类样部笔]))|什么地方|什么位置|地址|位置|地点)/;
const asksPlaceEn = /\b(where|address|located|location)\b/i;
const addressPattern = /[\u4e00-\u9fa5]{1,10}(?:路|街|大街|大道|巷|弄|道)\d+号/;

/** "租的那栋楼在什么地方", "where is the rented office": the question asks for a place. */
export function asksPlace(question: string, lang: 'zh' | 'en'): boolean {
  return (lang === 'en' ? asksPlaceEn : asksPlaceZh).test(question);
}

/**
 * The sentence or table row that gives an address (…路226号) and shares the most words with the question.
 * Undefined when the document states no address.
 */
export function placePassages(document: ParsedDocument, matchText: string): Passage[] | undefined {
  return passagesStating(document, matchText, addressPattern);
}

const asksDateZh = /(截至|截止)(?:到)?(?:什么|哪|何)(?:时候|时间|日期|一天|天)|什么时候|何时|哪一天|哪天|什么日期|几月几[日号]/;
const asksDateEn = /\b(?:(?:up to|as of|until|by|on) (?:what|which) (?:date|day|time)|what date|which date|when (?:is|are|was|were) .{0,40}\b(?:counted|dated|measured|recorded))\b/i;


/** "Up to what date are the fixed assets counted?", "截至什么时候": the question asks for a date. */
export function asksDate(question: string, lang: 'zh' | 'en'): boolean {
  return (lang === 'en' ? asksDateEn : asksDateZh).test(question);
}

/** The sentence or table row that states a full date and shares the most words with the question. */
export function datePassages(document: ParsedDocument, matchText: string): Passage[] | undefined {
  return passagesStating(document, matchText, chineseFullDate);
}

/** The sentence or table row matching `pattern` that shares the most words with the question. */
function passagesStating(document: ParsedDocument, matchText: string, pattern: RegExp): Passage[] | undefined {
  const wanted = questionBigrams(matchText);
  let best: { passage: Passage; score: number } | undefined;
  const consider = (passage: Passage) => {
    if (!pattern.test(passage.quote)) return;
    const have = new Set(characterBigrams(normalizeText(`${passage.section.join('')}${passage.quote}`)));
    const score = [...wanted].filter((bigram) => have.has(bigram)).length;
    if (!best || score > best.score) best = { passage, score };
  };
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') {
      for (const sentence of block.text.split(/(?<=[。；;])/)) consider({ docId: document.meta.id, blockId: block.id, quote: sentence.trim(), section: block.path });
    } else if (block.kind === 'table') {
      // A table's notes (截止时间：2021年12月31日) say when and by whom it was drawn up.
      for (const note of block.table.notes) consider({ docId: document.meta.id, blockId: block.id, quote: `${note.label}：${note.text}`, section: [...block.path, block.table.title].filter(Boolean) });
      block.table.rows.forEach((row, index) =>
        consider({ docId: document.meta.id, blockId: block.id, quote: row.filter(Boolean).join(' | '), section: [...block.path, block.table.title].filter(Boolean), row: index }),
      );
    }
  }
  return best ? [best.passage] : undefined;
}

const headingsCache = new WeakMap<ParsedDocument, Map<string, string[]>>();
/** The document's top-level headings that have parts under them, each with its normalised characters; built once. */
function sectionHeadings(document: ParsedDocument): Map<string, string[]> {
  let headings = headingsCache.get(document);
  if (!headings) {
    headings = new Map();
    for (const block of document.blocks) {
      const top = block.path[0];
      if (top && block.path.length >= 2 && !headings.has(top)) headings.set(top, Array.from(normalizeText(top)));
    }
    headingsCache.set(document, headings);
  }
  return headings;
}

/**
 * "…“区政府督查及建议提案工作业务经费”项目…请问该项目的实施周期是怎样规定的，实施方案又是如何安排的？": a section the
 * question names by a long run of its heading (six characters or more), and within it the parts whose own headings
 * (实施周期, 实施方案, 立项依据) the question writes out, quoted in document order. Undefined unless both are named.
 * Pure.
 */
export function headedPassages(document: ParsedDocument, question: string): Passage[] | undefined {
  const asked = normalizeText(question);
  const askedCharacters = Array.from(asked);
  let section: string | undefined;
  let bestRun = 5;
  for (const [top, characters] of sectionHeadings(document)) {
    const run = longestCommonRun(characters, askedCharacters);
    if (run > bestRun) {
      bestRun = run;
      section = top;
    }
  }
  if (!section) return undefined;
  const named = (heading: string) => {
    const bare = normalizeText(heading.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/u, ''));
    return Array.from(bare).length >= 3 && asked.includes(bare);
  };
  const passages: Passage[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph' || block.path[0] !== section || block.path.length < 2 || !named(block.path[block.path.length - 1]!)) continue;
    passages.push({ docId: document.meta.id, blockId: block.id, quote: block.text, section: block.path });
  }
  return passages.length ? passages : undefined;
}
