import type { Comparator, Fact } from './model.ts';
import {
  countUnits,
  leadingSuffixComparator,
  normaliseNumberText,
  normaliseUnit,
  numberPattern,
  trailingComparator,
  unitAlternation,
} from './units.ts';

export interface ProseFactOptions {
  docId: string;
  blockId: string;
  section: string[];
  /** The disclosing unit's name (`廊坊市信访局`): it opens many sentences and is never the measure itself. */
  documentUnit?: string;
  /** Hands out fact ids in document order (`${docId}:f${n}`). */
  createId: () => string;
  /** Set when the text is a box inside a table (a 绩效目标 note). */
  tableTitle?: string;
  /**
   * The line the paragraph before (same section) stated last: a paragraph that opens with figures labelled only by
   * their kind ("2023年当年预算执行数为20.30万元，…") continues it.
   */
  lineBefore?: string;
}

type Period = number | '上年';

interface Mention {
  start: number;
  end: number;
  numberText: string;
  unit: string;
  comparator: Comparator;
  /** Where the label region must stop: the number, or the comparator / change words before it. */
  labelEnd: number;
  direction?: 'increase' | 'decrease';
}

interface Scope {
  anchor: Fact;
  /** The whole's level when the anchor is its change (…36.56万元，比上年减少10万元。其中：…): parts' levels belong to it. */
  level?: Fact;
  openedBy: 'sentence' | 'comma' | 'semicolon' | 'paren';
  parenDepth: number;
}

const maskCharacter = '□';
/** Hides a protected stretch from the figure finder but keeps it in labels (单价100万元（含）以上设备). */
const keptCharacter = '■';

/** A label region of the masked sentence with its kept stretches put back from the original. */
function withKept(masked: string, original: string): string {
  if (!masked.includes(keptCharacter)) return masked;
  return Array.from(masked, (character, index) => (character === keptCharacter ? original[index] : character)).join('');
}
const mentionPattern = new RegExp(String.raw`(?<![\dA-Za-z.．_])(${numberPattern})\s*(${unitAlternation})`, 'g');
const sentenceEnd = /[。！？!?\n]/;
const openParen = /[（(]/;
const closeParen = /[）)]/;
const changeWordPattern = /(减少|增加|下降|增长|降低|提高|上升|压减|缩减|节约|减|增)了?(约)?\s*$/;
const flatPattern = /持平|无增减变化|无变化|没有变化|保持不变|未发生变化/g;
const basePattern =
  /(?:与|较|比|同比|相比|对比)\s*(\d{4}年度?|上年度?|上一年度?|去年|上年同期)?\s*(?:年初)?(?:预算|决算|执行数|实际数|支出|数)?\s*(?:相比|相较|比较|对比)?/g;
/** A year that dates the measure; one after 比/较/与 is the base of a comparison instead. */
const periodYear = /(?<!比|较|与|同比|对比|相比)(\d{4})年度?(?![底末初])/;
const previousPeriod = /上年末|上年度|上一年度|去年/;

/** A label that says what kind of figure it is (预算执行数, 预算安排), not which line. */
/** A label that only says what the sentence's figure before it involves (涉及项目预算资金). */
const referringLabel = /^(?:共|合计|总共|共计)?(?:涉及|所涉)/;

const genericLineLabel = /^(?:\d{4}年度?)?(?:当年)?(?:预算执行数|执行数|预算安排|预算数|年初预算|调整预算|预算)$/;

/** Whether a fact's label only says what kind of figure it is (预算执行数), so the line is its paragraph's. Pure. */
export function namesKindOnly(label: string): boolean {
  return genericLineLabel.test(label.replace(/\s/g, ''));
}

/**
 * Numeric facts stated in running text: `公务用车购置及运维费11.80万元`, `比上年减少10.48万元`, `不少于19000件`,
 * with the part-of structure that `其中` / `包括` lists give.
 */
export function extractProseFacts(text: string, options: ProseFactOptions): Fact[] {
  const facts: Fact[] = [];
  const paragraphYear = leadingYear(maskProtected(text));
  let lastTopLevelValue: Fact | undefined;
  // The last line named in this paragraph: "“…其他城乡社区支出（项）”922.02万元，…。2023年当年预算执行数为1822.46万元，
  // 2024年预算安排922.02万元": figures labelled only by what they are (预算执行数) belong to that line.
  let lastNamedValue: Fact | undefined;

  for (const sentence of splitSentences(text)) {
    const masked = maskProtected(sentence.text);
    const mentions = findMentions(masked);
    const flats = [...masked.matchAll(flatPattern)].map((match) => ({
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    }));
    if (mentions.length === 0 && flats.length === 0) continue;

    const sentenceYear = leadingYear(masked) ?? paragraphYear;
    const parenGroups = clauseParenGroups(masked, mentions);
    const scopes: Scope[] = [];
    const sentenceFacts: Fact[] = [];
    let clauseStart = 0;
    let clauseOpenedBy: Scope['openedBy'] = 'sentence';
    let parenDepth = 0;
    let mentionIndex = 0;
    let flatIndex = 0;
    let lastWasFlat = false;

    const openScopeIfMarked = (position: number) => {
      const rest = masked.slice(position).replace(/^\s+/, '');
      if (!/^(其中|包括)/.test(rest)) return;
      const last = facts[facts.length - 1];
      if (!last) return;
      // "公务用车购置及运行费36.56万元，比上年减少10万元，主要原因是新增1辆…。其中：公务用车购置费15万元，…": the parts
      // belong to the last whole stated (its level), and their changes to that whole's change, whatever figures the
      // reason clause added after it.
      const sameLabel = (left: Fact, right: Fact) => left.label.replace(/\s/g, '') === right.label.replace(/\s/g, '');
      // A whole whose parts were already listed (…12.30万元。其中，…。与2021年相比减少10.48万元，其中，…) gets its
      // changes' parts only: figures restated there are not parts a second time.
      const level = last.kind === 'change' && lastTopLevelValue && !facts.some((fact) => fact.partOf === lastTopLevelValue?.id) ? lastTopLevelValue : undefined;
      const change = level ? [...facts].reverse().find((fact) => fact.kind === 'change' && sameLabel(fact, level)) : undefined;
      if (level && change && facts.indexOf(change) > facts.indexOf(level)) scopes.push({ anchor: change, level, openedBy: clauseOpenedBy, parenDepth });
      else scopes.push({ anchor: last, openedBy: clauseOpenedBy, parenDepth });
    };
    openScopeIfMarked(0);

    const emit = (fact: Omit<Fact, 'id' | 'partOf' | 'context'>) => {
      const found = [...scopes].reverse().find((candidate) => candidate.anchor.kind === fact.kind || candidate.level?.kind === fact.kind);
      const scope = found && found.anchor.kind !== fact.kind && found.level ? { ...found, anchor: found.level } : found;
      // A part of a change (`其中，公务用车购置及运维费减少10.48万元`) is measured against the same period.
      const inheritedBase =
        fact.kind === 'change' && fact.basePeriod === undefined && scope?.anchor.basePeriod !== undefined
          ? { basePeriod: scope.anchor.basePeriod }
          : {};
      // Parts are stated for the period of their whole unless they name one.
      const inheritedPeriod =
        fact.period === undefined && scope?.anchor.period !== undefined ? { period: scope.anchor.period } : {};
      // "编报绩效目标的项目共25个，涉及项目预算资金11381.60万元": a label opening with 涉及 says what the figure before it
      // in the sentence involves, so that figure's label leads it (编报绩效目标的项目涉及项目预算资金).
      const antecedent = referringLabel.test(fact.label) ? [...sentenceFacts].reverse().find((other) => other.kind === 'value') : undefined;
      const complete: Fact = {
        id: options.createId(),
        ...fact,
        ...(antecedent ? { label: `${antecedent.label}${fact.label}` } : {}),
        ...inheritedBase,
        ...inheritedPeriod,
        context: scope ? [scope.anchor.label] : genericLineLabel.test(fact.label) && (lastNamedValue ?? options.lineBefore) ? [lastNamedValue?.label ?? options.lineBefore!] : [],
        ...(scope ? { partOf: scope.anchor.id } : {}),
      };
      facts.push(complete);
      sentenceFacts.push(complete);
      if (complete.kind === 'value' && !complete.partOf) lastTopLevelValue = complete;
      if (complete.kind === 'value' && !complete.partOf && !genericLineLabel.test(complete.label)) lastNamedValue = complete;
      return complete;
    };

    // The measure a change without its own subject is about: the last level stated in this sentence, else the
    // last whole stated before (`…12.30万元。其中，…。与2021年相比减少10.48万元`).
    const subjectBefore = (): Fact | undefined =>
      [...sentenceFacts].reverse().find((fact) => fact.kind === 'value') ?? lastTopLevelValue;

    // The clause before the one that starts at `position`: `与2021年相比，减少…` states the base there.
    const clauseStartBefore = (position: number) => {
      const before = masked.slice(0, Math.max(0, position - 1));
      const breakAt = Math.max(...['，', ',', '；', ';', '：', ':'].map((mark) => before.lastIndexOf(mark)));
      return breakAt + 1;
    };

    const regionStart = (position: number) => {
      const previousMention = mentions.filter((mention) => mention.end <= position).pop();
      return Math.max(clauseStart, previousMention?.end ?? 0);
    };

    const common = (quoteSentence: string, period: Period | undefined) => ({
      ...(period !== undefined ? { period } : {}),
      docId: options.docId,
      section: options.section,
      source: { blockId: options.blockId, quote: quoteSentence },
      origin: 'prose' as const,
      ...(options.tableTitle ? { tableTitle: options.tableTitle } : {}),
    });

    for (let position = 0; position <= masked.length; position += 1) {
      while (mentionIndex < mentions.length && mentions[mentionIndex].start === position) {
        const mention = mentions[mentionIndex];
        mentionIndex += 1;
        lastWasFlat = false;
        const start = regionStart(mention.start);
        const region = masked.slice(start, mention.labelEnd);
        const period = periodOf(region, sentenceYear);
        const figure = {
          text: mention.numberText,
          amount: Number(mention.numberText),
          unit: mention.unit,
          comparator: mention.comparator,
          ...common(sentence.text.trim(), period),
        };
        if (mention.direction) {
          const baseInRegion = findBase(region);
          const base = baseInRegion ?? findBase(masked.slice(clauseStartBefore(start), start));
          const subjectText = baseInRegion ? region.slice(0, baseInRegion.index) : region;
          let label = cleanLabel(withKept(subjectText, sentence.text.slice(start)), options.documentUnit);
          if (!label) label = subjectBefore()?.label ?? lastSection(options.section);
          emit({
            label,
            ...figure,
            kind: 'change',
            direction: mention.direction,
            ...(base?.period !== undefined ? { basePeriod: base.period } : {}),
          });
        } else {
          let label = cleanLabel(withKept(region, sentence.text.slice(start)), options.documentUnit);
          if (countUnits.has(mention.unit)) {
            // `帮扶5个困难对象`, `…等14个信访工作保障性制度`: the counted noun follows the number.
            const following = nounAfter(masked.slice(mention.end));
            const listEndsBefore = /等[\s□]*$/.test(region);
            // `…以及下属5家预算单位`, `1家机关和1家事业单位`: the words before introduce the count, the noun after names it.
            const introducesCount = /(?:下属|所属|包括|共有|拥有|设有|下设|内设|设|和|及|与|、)$/.test(label);
            if (following && (listEndsBefore || introducesCount)) label = following;
            else if (following && label.length <= 2) label = cleanLabel(label + following, options.documentUnit) || following;
          }
          if (!label) label = subjectBefore()?.label ?? lastSection(options.section);
          emit({ label, ...figure, kind: 'value' });
        }
      }
      while (flatIndex < flats.length && flats[flatIndex].start === position) {
        const flat = flats[flatIndex];
        flatIndex += 1;
        if (lastWasFlat) continue;
        lastWasFlat = true;
        const start = regionStart(flat.start);
        const region = masked.slice(start, flat.start);
        const baseInRegion = findBase(region);
        const base = baseInRegion ?? findBase(masked.slice(clauseStartBefore(start), start));
        const subjectText = baseInRegion ? region.slice(0, baseInRegion.index) : region;
        const subject = subjectBefore();
        const label = cleanLabel(withKept(subjectText, sentence.text.slice(start)), options.documentUnit) || subject?.label || lastSection(options.section);
        const period = periodOf(region, sentenceYear);
        emit({
          label,
          text: '0',
          amount: 0,
          unit: subject?.unit ?? '',
          comparator: '=',
          kind: 'change',
          direction: 'flat',
          ...(base?.period !== undefined ? { basePeriod: base.period } : {}),
          ...common(sentence.text.trim(), period),
        });
      }
      if (position === masked.length) break;

      const character = masked[position];
      if (parenGroups.opens.has(position)) {
        parenDepth += 1;
        clauseStart = position + 1;
        clauseOpenedBy = 'paren';
        openScopeIfMarked(position + 1);
      } else if (parenGroups.closes.has(position)) {
        while (scopes.length > 0 && scopes[scopes.length - 1].parenDepth >= parenDepth) scopes.pop();
        parenDepth = Math.max(0, parenDepth - 1);
        clauseStart = position + 1;
        clauseOpenedBy = 'comma';
      } else if (character === '，' || character === ',' || character === '：' || character === ':') {
        clauseStart = position + 1;
        clauseOpenedBy = 'comma';
        openScopeIfMarked(position + 1);
      } else if (character === '；' || character === ';') {
        // A `，其中…，包括…；` list nests: the semicolon ends the inner list, the outer one goes on.
        while (
          scopes.length > 1 &&
          scopes[scopes.length - 1].openedBy === 'comma' &&
          scopes[scopes.length - 1].parenDepth === parenDepth
        ) {
          scopes.pop();
        }
        clauseStart = position + 1;
        clauseOpenedBy = 'semicolon';
        openScopeIfMarked(position + 1);
      }
    }
  }
  return facts;
}

interface Sentence {
  text: string;
  start: number;
}

/** Sentences with their terminal punctuation, so the quote reads as the document does. */
function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (sentenceEnd.test(text[index])) {
      pushSentence(sentences, text, start, index + 1);
      start = index + 1;
    }
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  if (slice.trim() === '' || /^[。！？!?\s]+$/.test(slice)) return;
  // Keep the closing parenthesis that some documents place after the full stop with the sentence it belongs to.
  sentences.push({ text: slice.replace(/\n$/, ''), start });
}

/**
 * Replaces with a mask character, keeping positions, every place whose digits are not amounts: 《titles》, document
 * numbers (`冀信联〔2021〕4号`), house numbers (`226号`), dates, ordinals (`第3`, `1.`, `（2）`), formulas (`*100%`).
 */
export function maskProtected(text: string): string {
  const mask = (match: string) => maskCharacter.repeat(match.length);
  return text
    .replace(/《[^《》]*》/g, mask)
    .replace(/[〔【[][^〔〕【】[\]]*[〕】\]]\s*第?\s*\d*\s*号?/g, mask)
    .replace(/\d+\s*号/g, mask)
    .replace(/\d{1,2}\s*月\s*\d{1,2}\s*日/g, mask)
    .replace(/第\s*\d+/g, mask)
    .replace(/(^|[\s。；;：:，,])\s*\d{1,2}\s*[.．、](?!\d)/g, (match, lead: string) => lead + mask(match.slice(lead.length)))
    .replace(/[（(]\s*\d{1,2}\s*[）)]/g, mask)
    .replace(/[*×xX]\s*100\s*[%％]/g, mask)
    // 单价100万元（含）以上设备: a threshold that qualifies what is counted is part of its label, not a figure.
    .replace(/\d[\d,.]*\s*(?:亿元|万元|元)\s*(?:[（(]\s*含\s*[）)])?\s*(?=以上|以下)/g, (match) => keptCharacter.repeat(match.length));
}

function findMentions(masked: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of masked.matchAll(mentionPattern)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    const before = masked.slice(0, start);
    let labelEnd = start;
    let comparator: Comparator = '=';
    const stated = trailingComparator(before);
    if (stated) {
      comparator = stated.comparator;
      labelEnd = start - stated.length;
    }
    let direction: Mention['direction'];
    const change = changeWordPattern.exec(masked.slice(0, labelEnd));
    if (change) {
      direction = /减|降|节约/.test(change[1]) ? 'decrease' : 'increase';
      labelEnd = change.index;
    }
    const suffix = leadingSuffixComparator(masked.slice(end));
    if (suffix && comparator === '=') {
      comparator = suffix.comparator;
      end += suffix.length;
    }
    mentions.push({
      start,
      end,
      numberText: normaliseNumberText(match[1]),
      unit: normaliseUnit(match[2]),
      comparator,
      labelEnd,
      ...(direction ? { direction } : {}),
    });
  }
  return mentions;
}

/**
 * Parentheses that hold clauses of their own (`（其中：公务用车购置费为0万元，…)`) split the sentence; the others
 * (`因公出国（境）费`) are part of a label. Documents mix full- and half-width brackets, so any pair matches.
 */
function clauseParenGroups(masked: string, mentions: Mention[]): { opens: Set<number>; closes: Set<number> } {
  const opens = new Set<number>();
  const closes = new Set<number>();
  const stack: number[] = [];
  for (let index = 0; index < masked.length; index += 1) {
    if (openParen.test(masked[index])) stack.push(index);
    else if (closeParen.test(masked[index]) && stack.length > 0) {
      const open = stack.pop() as number;
      const inner = masked.slice(open + 1, index);
      const holdsMention = mentions.some((mention) => mention.start > open && mention.end <= index);
      if (holdsMention || /^\s*(其中|包括)/.test(inner) || flatPattern.test(inner)) {
        opens.add(open);
        closes.add(index);
      }
      flatPattern.lastIndex = 0;
    }
  }
  return { opens, closes };
}

function leadingYear(masked: string): number | undefined {
  const match = /^[\s□]*(\d{4})年度?(?![底末初])/.exec(masked);
  return match ? Number(match[1]) : undefined;
}

function periodOf(region: string, sentenceYear: number | undefined): Period | undefined {
  const year = periodYear.exec(region.replace(/[\s“”"]/g, ''));
  if (year) return Number(year[1]);
  if (previousPeriod.test(region)) return '上年';
  return sentenceYear;
}

function findBase(region: string): { index: number; period?: Period } | undefined {
  let found: { index: number; period?: Period } | undefined;
  for (const match of region.matchAll(basePattern)) {
    const [whole, periodText] = match;
    // A bare `比` or `与` inside a label (`比率`, `与会`) is not a comparison: require a period or a `相比`.
    if (!periodText && !/相比|相较|比较|同比|对比/.test(whole)) continue;
    let period: Period | undefined;
    if (periodText) {
      const year = /^(\d{4})/.exec(periodText);
      period = year ? Number(year[1]) : '上年';
    } else if (/同比/.test(whole)) {
      period = '上年';
    }
    found = { index: match.index ?? 0, ...(period !== undefined ? { period } : {}) };
  }
  return found;
}

const leadingFiller = [
  /^\d{4}年度?/,
  /^通过[^，,]{0,10}?(开展|实施)/,
  /^(其中|包括|另外|此外|同时|以及|及|和|与|并|另|还|含)/,
  /^(全年|本年度|本年|当年|今年|年度)/,
  /^(上年末|上年度|上一年度|去年)/,
  /^(我局|我单位|我部门|我委|我办|我院|我中心|我校|我所|我站|本单位|本部门|本局)/,
  /^(主要原因是|原因是|主要用于|主要为|主要是|用于|安排|预计|确保|力争|计划)/,
];
const verbFiller = /^(完成|实现|达到|保障|开展|组织)(?=.{4,})/;
const trailingFiller = [
  /(共计安排|预算安排|合计安排|总计安排|安排资金|共安排)$/,
  /(共计|合计|总计|总额为|共|计|安排|为|是|达到|达|约|预计|等|占)$/,
];

function stripLeadingFiller(text: string): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of leadingFiller) {
      const next = current.replace(pattern, '');
      if (next !== current) {
        current = next.replace(/^[，,；;：:、\s]+/, '');
        changed = true;
      }
    }
  }
  return current;
}

/** The measure a number is about, from the words before it: filler, years and the unit's own name dropped. */
export function cleanLabel(raw: string, documentUnit?: string): string {
  let label = raw
    .replace(/[（(][^（）()]*□[^（）()]*[）)]/g, '')
    .replace(/[□\s\u3000“”"‘’「」『』]/g, '')
    .replace(/[（(][）)]/g, '');
  if (documentUnit) {
    const unitName = documentUnit.replace(/\s/g, '');
    label = label.split(unitName).join('').replace(/^[（(](含|包括)[^（）()]*[）)]/, '');
  }
  for (let changed = true; changed; ) {
    const before = label;
    label = label.replace(/^[，,；;：:、.．（(）)\-—]+/, '').replace(/[，,；;：:、（(\-—]+$/, '');
    label = stripLeadingFiller(label);
    label = label.replace(verbFiller, '');
    for (const pattern of trailingFiller) label = label.replace(pattern, '');
    changed = label !== before;
  }
  // A lone closing bracket left when a clause bracket was cut off at the start.
  if (/^[^（(]*[）)]/.test(label)) label = label.replace(/^[^（(]*?[）)]/, '');
  return label;
}

/** `5个困难对象`: the noun after a counted amount, up to the next break. */
function nounAfter(text: string): string | undefined {
  const match = /^([^，,。；;：:、（()）□\s\d的]{2,16})/.exec(text);
  if (!match) return undefined;
  // The noun ends where a verb or a conjunction starts (`预算单位开展了…`, `机关和…`).
  const noun = match[1].split(/以及|并且|并|和|及|与|开展|进行|参与|参加|完成|实施|负责|了/)[0].replace(/等$/, '');
  return noun.length >= 2 ? noun : undefined;
}

function lastSection(section: string[]): string {
  return section[section.length - 1] ?? '';
}
