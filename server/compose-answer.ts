import { formatDecimal, type Decimal } from '../ingest/decimal.ts';
import type { Block, Fact, ParsedDocument } from '../ingest/model.ts';
import type { AskResponse, Citation } from './ask-contract.ts';
import type { ExecutionResult, NumericResult, Operand, Passage, TextResult } from './answer-types.ts';
import { convertUnit, trimDecimal } from './convert-unit.ts';
import { coreLabel } from './match-measure.ts';

export interface ComposeInput {
  result: ExecutionResult;
  lang: 'zh' | 'en';
  mode: 'answer' | 'draft';
  document?: ParsedDocument;
  /** Every loaded document, to resolve citations of facts from other documents (cross-year). */
  documentsById: Map<string, ParsedDocument>;
  /** English name of a Chinese budget term, when the glossary knows it. */
  englishName: (term: string) => string | undefined;
  /** Other documents that could have answered, offered to the asker. */
  alternatives?: ParsedDocument[];
  /** For not-found answers: the term the documents do not contain. */
  missingTerm?: string;
}

const comparatorWords = {
  zh: { '=': '为', '≥': '不少于', '≤': '不超过', '>': '多于', '<': '少于' },
  en: { '=': '', '≥': 'at least ', '≤': 'at most ', '>': 'more than ', '<': 'less than ' },
} as const;

export function sourceId(docId: string, blockId: string, row?: number, column?: number): string {
  let id = `${docId}#${blockId}`;
  if (row !== undefined) id += `:r${row}`;
  if (row !== undefined && column !== undefined && column >= 0) id += `:c${column}`;
  return id;
}

/** The inverse of sourceId. */
export function parseSourceId(id: string): { docId: string; blockId: string; row?: number; column?: number } | undefined {
  const match = /^(.+)#(b\d+)(?::r(\d+))?(?::c(\d+))?$/.exec(id);
  if (!match) return undefined;
  return {
    docId: match[1],
    blockId: match[2],
    row: match[3] === undefined ? undefined : Number(match[3]),
    column: match[4] === undefined ? undefined : Number(match[4]),
  };
}

function blockOf(document: ParsedDocument | undefined, blockId: string): Block | undefined {
  return document?.blocks.find((block) => block.id === blockId);
}

export function citationForFact(fact: Fact, documentsById: Map<string, ParsedDocument>): Citation {
  const document = documentsById.get(fact.docId);
  const block = blockOf(document, fact.source.blockId);
  const table = block?.kind === 'table' ? block.table : undefined;
  const columnIndex = table && fact.source.column !== undefined ? table.columns.indexOf(fact.source.column) : undefined;
  return {
    id: sourceId(fact.docId, fact.source.blockId, fact.source.row, columnIndex),
    docId: fact.docId,
    docTitle: document?.meta.title ?? fact.docId,
    section: (block?.path ?? fact.section).join(' > '),
    quote: fact.source.quote,
    table:
      table && fact.source.row !== undefined
        ? { title: table.title, row: fact.source.row, column: fact.source.column }
        : undefined,
  };
}

export function citationForPassage(passage: Passage, documentsById: Map<string, ParsedDocument>): Citation {
  const document = documentsById.get(passage.docId);
  const block = blockOf(document, passage.blockId);
  const table = block?.kind === 'table' ? block.table : undefined;
  return {
    id: sourceId(passage.docId, passage.blockId, passage.row),
    docId: passage.docId,
    docTitle: document?.meta.title ?? passage.docId,
    section: (block?.path ?? passage.section).join(' > '),
    quote: passage.quote,
    table: table && passage.row !== undefined ? { title: table.title, row: passage.row } : undefined,
  };
}

/**
 * One citation per place. Two figures from different sentences of one paragraph (421.23万元 …; 2023年当年预算执行数为
 * 389.59万元 …) share the paragraph's citation, whose quote then holds both sentences, in the order the figures are cited.
 */
function uniqueCitations(citations: Citation[]): Citation[] {
  const byId = new Map<string, Citation>();
  for (const citation of citations) {
    const known = byId.get(citation.id);
    if (!known) byId.set(citation.id, citation);
    else if (!known.quote.includes(citation.quote)) byId.set(citation.id, { ...known, quote: citation.quote.includes(known.quote) ? citation.quote : `${known.quote}${citation.quote}` });
  }
  return [...byId.values()];
}

export function displayAmount(value: Decimal, unit: string, comparator: NumericResult['comparator'] = '='): string {
  const prefix = comparator === '=' ? '' : comparator;
  return `${prefix}${formatDecimal(value)}${unit}`;
}

/** "118,000 yuan" for 11.80万元; undefined for units that are not money. */
export function yuanText(value: Decimal, unit: string): string | undefined {
  if (unit === '元') return `${formatDecimal(trimDecimal(value, 0), { grouping: true })} yuan`;
  const yuan = convertUnit(value, unit, '元');
  return yuan ? `${formatDecimal(trimDecimal(yuan, 0), { grouping: true })} yuan` : undefined;
}

function englishLabel(label: string, englishName: ComposeInput['englishName']): string {
  const english = englishName(label) ?? englishName(coreLabel(label));
  return english ? `${english} (${label})` : label;
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function periodText(result: NumericResult, lang: 'zh' | 'en'): string {
  const { asOf } = result;
  if (asOf) return lang === 'zh' ? `截至${asOf.year}年${asOf.month}月${asOf.day}日` : `${asOf.day} ${englishMonths[asOf.month - 1]} ${asOf.year}`;
  const period = result.period;
  if (period === undefined) return '';
  if (period === '上年') return lang === 'zh' ? '上年' : 'the previous year';
  return lang === 'zh' ? `${period}年` : `${period}`;
}

const directionWords = {
  zh: { increase: '增加', decrease: '减少', flat: '持平' },
  en: { increase: 'an increase of', decrease: 'a decrease of', flat: 'unchanged' },
} as const;

function numericSentence(result: NumericResult, lang: 'zh' | 'en', englishName: ComposeInput['englishName']): string {
  const display = displayAmount(result.value, result.unit);
  const yuan = yuanText(result.value, result.unit);
  const amountEn = `${comparatorWords.en[result.comparator]}${display}${yuan && result.unit !== '元' ? ` (${yuan})` : ''}`;
  const amountZh = `${comparatorWords.zh[result.comparator]}${display}`;
  const subjectEn = englishLabel(result.subject, englishName);
  const period = periodText(result, lang);
  const base = result.basePeriod === '上年' ? (lang === 'zh' ? '上年' : 'the previous year') : result.basePeriod;
  switch (result.intent) {
    case 'change': {
      const direction = result.direction ?? 'flat';
      // Two disclosures' own figures (2025年 4821.20万元, 2024年 1662.44万元) stand beside their gap: which year is higher
      // is answered with the figures a reply quotes.
      const [later, earlier] = result.documents?.length === 2 && result.operands.length === 2 ? result.operands : [];
      const figureZh = (item: Operand | undefined) => (item ? `（${displayAmount(item.value, item.unit)}）` : '');
      const figureEn = (item: Operand | undefined) => (item ? ` (${displayAmount(item.value, item.unit)})` : '');
      if (lang === 'zh') {
        return direction === 'flat'
          ? `${period}${result.subject}${figureZh(later)}与${base}${typeof base === 'number' ? '年' : ''}${figureZh(earlier)}相比持平。`
          : `${period}${result.subject}${figureZh(later)}比${base}${typeof base === 'number' ? '年' : ''}${figureZh(earlier)}${directionWords.zh[direction]}${display}。`;
      }
      return direction === 'flat'
        ? `${subjectEn}${figureEn(later)} is unchanged from ${base}${figureEn(earlier)}.`
        : `${subjectEn}${period ? ` in ${period}` : ''}${figureEn(later)} shows ${directionWords.en[direction]} ${amountEn} compared with ${base}${figureEn(earlier)}.`;
    }
    case 'previous_year': {
      // A figure the document states for that year (2023年当年预算执行数为676.66万元) is quoted, not derived.
      const derived = result.operands.length > 1;
      return lang === 'zh'
        ? `${period}${result.subject}为${display}${derived ? '（由本年数和文件所述增减额推算）' : ''}。`
        : `${subjectEn} in ${period || 'the previous year'} was ${amountEn}${derived ? ", derived from this year's figure and the stated change" : ''}.`;
    }
    case 'share':
      if (lang === 'en' && (result.direction === 'increase' || result.direction === 'decrease') && result.operands.length === 2) {
        // A rate of change: the stated change over the earlier level (this year's figure less the change).
        const line = englishLabel(result.operands[1].label.replace(/（本年）$/, ''), englishName);
        return `${line} ${result.direction === 'increase' ? 'rose' : 'fell'} by ${display} compared with ${base ?? 'the previous year'}: the stated ${result.direction} over the earlier level.`;
      }
      return lang === 'zh' ? `${result.subject}为${display}。` : `The share is ${display}: ${englishLabel(result.operands[0].label, englishName)} divided by ${englishLabel(result.operands[1].label, englishName)}.`;
    case 'average':
      if (result.perPeriod) {
        const period = result.perPeriod === '月' ? { zh: '12个月', en: 'month', count: 12 } : { zh: '4个季度', en: 'quarter', count: 4 };
        const year = displayAmount(result.operands[0].value, result.operands[0].unit);
        return lang === 'zh'
          ? `${result.subject}全年${year}，按${period.zh}平均，每${result.perPeriod}${display}。`
          : `On average ${amountEn} a ${period.en}: ${englishLabel(result.subject, englishName)} of ${year} for the year over ${period.count} ${period.en}s.`;
      }
      if (result.perYear) {
        return lang === 'zh'
          ? `${result.operands.map((item) => `${item.label}${displayAmount(item.value, item.unit)}`).join('，')}，平均每年${display}。`
          : `On average ${amountEn} a year (${result.operands.map((item) => `${englishLabel(item.label, englishName)} ${displayAmount(item.value, item.unit)}`).join('; ')}).`;
      }
      if (result.operands.length > 2) {
        return lang === 'zh'
          ? `${result.subject.replace(/（每项平均）$/, '')}共${result.operands.length}项，平均每项${display}。`
          : `The ${result.operands.length} items average ${amountEn} each.`;
      }
      return lang === 'zh'
        ? `${result.operands[0].label}${displayAmount(result.operands[0].value, result.operands[0].unit)}，共${formatDecimal(result.operands[1].value)}${result.operands[1].unit || '项'}，平均每${result.operands[1].unit || '项'}${display}。`
        : `On average ${amountEn} per ${englishCounter(result.operands[1].unit)} (${englishLabel(result.operands[0].label, englishName)} ${displayAmount(result.operands[0].value, result.operands[0].unit)} over ${formatDecimal(result.operands[1].value)} ${result.operands[1].unit}).`;
    case 'total':
      return lang === 'zh' ? `${result.subject}合计${display}。` : `Together, ${englishList(result.operands.map((item) => englishLabel(item.label, englishName)))} come to ${amountEn}.`;
    case 'difference':
    case 'comparison': {
      // Both sides' own figures stand in the sentence: "A (28.50万元) is larger than B (1.00万元)" answers "which one"
      // with the figure a reply quotes, not only the gap.
      const winner = result.operands.find((item) => item.label === result.winner);
      // Two operands may share a label; the other side is the operand that is not the winner.
      const other = result.operands.find((item) => item !== winner && item.label === result.others?.[0]);
      const figureZh = (item: Operand | undefined) => (item ? `（${displayAmount(item.value, item.unit)}）` : '');
      const figureEn = (item: Operand | undefined) => {
        if (!item) return '';
        const yuan = yuanText(item.value, item.unit);
        return ` (${displayAmount(item.value, item.unit)}${yuan && item.unit !== '元' ? `, ${yuan}` : ''})`;
      };
      return lang === 'zh'
        ? `${result.winner}${figureZh(winner)}较多，比${result.others?.[0]}${figureZh(other)}多${display}。`
        : `${englishLabel(result.winner ?? '', englishName)}${figureEn(winner)} is larger than ${englishLabel(result.others?.[0] ?? '', englishName)}${figureEn(other)}, by ${amountEn}.`;
    }
    case 'max':
    case 'min': {
      // Of two things, one is the larger (较高), not the largest.
      const two = result.operands?.length === 2;
      const word = result.intent === 'max' ? (two ? ['较高', 'the larger'] : ['最高', 'the largest']) : two ? ['较低', 'the smaller'] : ['最低', 'the smallest'];
      return lang === 'zh' ? `${result.subject}${word[0]}，为${display}。` : `${englishLabel(result.subject, englishName)} is ${word[1]}, at ${amountEn}.`;
    }
    default:
      return lang === 'zh'
        ? `${period ? `${period}，` : ''}${result.subject}${amountZh}。`
        : `${period ? `${result.asOf ? 'As of' : 'In'} ${period}, ` : ''}${subjectEn} ${result.comparator === '=' ? 'is' : 'is'} ${amountEn}.`;
  }
}

function firstSentences(text: string, count: number): string {
  const sentences = text.match(/[^。！？!?]+[。！？!?]?/g) ?? [text];
  return sentences.slice(0, count).join('').trim();
}

function textSentence(result: TextResult, lang: 'zh' | 'en', englishName: ComposeInput['englishName']): string {
  if (result.facts.length >= 2 && result.intent === 'list') {
    const [whole, ...parts] = result.facts;
    const items = parts.map((part) => `${part.label}${part.text}${part.unit}`);
    return lang === 'zh'
      ? `${whole.label}${whole.text}${whole.unit}，其中：${items.join('；')}。`
      : `${englishLabel(whole.label, englishName)} is ${whole.text}${whole.unit}, made up of: ${parts.map((part) => `${englishLabel(part.label, englishName)} ${part.text}${part.unit}`).join('; ')}.`;
  }
  const items = result.passages.map((item) => item.item).filter((item): item is string => Boolean(item));
  if (items.length >= 2) {
    return lang === 'zh'
      ? `${result.subject ?? '该表'}列出的项目有：${items.join('、')}。`
      : `${result.subject ? `The table “${result.subject}”` : 'The table'} lists: ${items.map((item) => englishLabel(item, englishName)).join('; ')}.`;
  }
  if (result.intent === 'list' && result.passages.length >= 2) {
    return lang === 'zh'
      ? `据文件“${result.passages[0].section.at(-1) ?? ''}”部分：${result.passages.map((item) => item.quote).join('')}`
      : `The disclosure (section “${result.passages[0].section.at(-1) ?? ''}”) lists: ${result.passages.map((item) => `“${item.quote}”`).join(' ')}`;
  }
  const passage = result.passages[0];
  if (!passage) return lang === 'zh' ? '未找到相关内容。' : 'Nothing relevant was found.';
  const quote = firstSentences(passage.quote, 3);
  const section = passage.section[passage.section.length - 1] ?? '';
  return lang === 'zh'
    ? `据文件${section ? `“${section}”部分` : ''}：${quote}`
    : `The disclosure${section ? ` (section “${section}”)` : ''} says: “${quote}”`;
}

function notFoundSentence(input: ComposeInput, lang: 'zh' | 'en'): string {
  const result = input.result;
  if (result.kind !== 'not_found') return '';
  const nearby = result.nearby.slice(0, 4);
  const term = input.missingTerm ?? (result.reason === 'year_not_covered' ? result.detail : undefined);
  const listed = result.listedIn;
  if (listed) {
    return lang === 'zh'
      ? `已公开的预算文件只在“${listed.line}”（${listed.display}）的用途中列出了“${listed.use}”，没有单列金额，无法给出数字。`
      : `The published budget disclosures list “${listed.use}” only among the uses of ${englishLabel(listed.line, input.englishName)} (${listed.display}), with no figure of its own, so no figure can be given.`;
  }
  if (lang === 'zh') {
    const what =
      result.reason === 'year_not_covered'
        ? `没有${term ?? '该年度'}年度的相关数据`
        : result.reason === 'no_document'
          ? '中没有与该单位或年度对应的文件'
          : term
            ? `没有关于“${term}”的信息`
            : '没有能回答这个问题的内容';
    return `已公开的预算文件${what}，无法给出数字。${nearby.length ? `文件涉及的相关内容有：${nearby.join('、')}。` : ''}`;
  }
  const what =
    result.reason === 'year_not_covered'
      ? `do not cover ${term ?? 'that year'}`
      : result.reason === 'no_document'
        ? 'do not include a document for that unit or year'
        : term
          ? `do not mention “${term}”`
          : 'do not answer this question';
  return `The published budget disclosures ${what}, so no figure can be given.${nearby.length ? ` Nearby, they cover: ${nearby.map((topic) => englishLabel(topic, input.englishName)).join('; ')}.` : ''}`;
}

function draftReply(input: ComposeInput, answer: string, citations: Citation[], lang: 'zh' | 'en'): string {
  const citation = citations[0];
  const title = citation?.docTitle ?? input.document?.meta.title ?? '';
  if (input.result.kind === 'not_found') {
    return lang === 'zh'
      ? `您好！经查阅${title ? `《${title}》` : '已公开的预算文件'}，${answer}如需进一步了解，请联系相关单位。感谢您的关注。`
      : `Thank you for your enquiry. Having reviewed ${title ? `the “${title}”` : 'the published budget disclosures'}: ${answer} For further details, please contact the unit concerned.`;
  }
  const quote = citation ? firstSentences(citation.quote, 2) : '';
  const section = citation?.section ?? '';
  return lang === 'zh'
    ? `您好！根据${title ? `《${title}》` : '公开的预算文件'}${section ? `“${section}”部分` : ''}，${answer.replace(/。$/, '')}。${quote ? `原文表述为：“${quote}”` : ''}\n感谢您对预算公开工作的关注。`
    : `Thank you for your enquiry. According to ${title ? `the “${title}”` : 'the published budget disclosure'}${section ? `, section “${section}”` : ''}: ${answer}${quote ? ` The disclosure states: “${quote}”` : ''}`;
}

/** Turns an execution result into the public answer: wording in the asker's language, value, calculation, citations. */
export function composeAnswer(input: ComposeInput): AskResponse {
  const { result, lang, documentsById, englishName } = input;
  let response: AskResponse;
  if (result.kind === 'numeric') {
    const citations = uniqueCitations(result.facts.map((fact) => citationForFact(fact, documentsById)));
    const operandCitations = result.operands.map((item) => citationForFact(item.fact, documentsById).id);
    const showCalculation = result.operands.length > 1 || Boolean(result.formula);
    response = {
      kind: 'numeric',
      answer: numericSentence(result, lang, englishName),
      lang,
      value: {
        amount: Number(formatDecimal(result.value)),
        unit: result.unit,
        comparator: result.comparator,
        display: displayAmount(result.value, result.unit, result.comparator),
      },
      calculation: showCalculation
        ? {
            formula: result.formula ?? `${formatDecimal(result.value)}`,
            operands: result.operands.map((item, index) => ({
              label: item.label,
              amount: Number(formatDecimal(item.value)),
              unit: item.unit,
              citationId: operandCitations[index],
            })),
          }
        : undefined,
      citations,
      checks: result.checks,
    };
  } else if (result.kind === 'text') {
    const factCitations = result.facts.map((fact) => citationForFact(fact, documentsById));
    const passageCitations = result.passages.map((passage) => citationForPassage(passage, documentsById));
    // The answer quotes its passages unless it lists a whole and its parts from the facts: what it quotes is cited first.
    const quotesFacts = result.facts.length >= 2 && result.intent === 'list';
    const citations = uniqueCitations(quotesFacts || !passageCitations.length ? [...factCitations, ...passageCitations] : [...passageCitations, ...factCitations]);
    response = { kind: 'text', answer: textSentence(result, lang, englishName), lang, citations, checks: result.checks };
  } else {
    response = { kind: 'not_found', answer: notFoundSentence(input, lang), lang, citations: [], checks: [] };
  }
  if (input.document) response.document = { id: input.document.meta.id, title: input.document.meta.title };
  if (input.alternatives?.length) {
    response.alternatives = input.alternatives.map((document) => ({ id: document.meta.id, title: document.meta.title }));
  }
  if (input.mode === 'draft') response.answer = draftReply(input, response.answer, response.citations, lang);
  return response;
}

/** "A and B", "A, B and C". */
function englishList(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The English word for what a Chinese counter counts: 名 -> person, 辆 -> vehicle; the counter itself otherwise. */
function englishCounter(unit: string): string {
  const words: Record<string, string> = { '': 'item', 人: 'person', 名: 'person', 辆: 'vehicle', '台、辆': 'vehicle', '台（辆）': 'vehicle', 台: 'unit', 个: 'item', 项: 'item', 件: 'case', 套: 'set', 栋: 'building', 家: 'unit', 平方米: 'square metre', 平米: 'square metre', 层: 'floor' };
  return words[unit] ?? unit;
}
