import type { Fact } from '../ingest/model.ts';
import { characterBigrams, normalizeText } from './normalize-text.ts';

/**
 * Scores how well a fact's label answers the measure a question names. Pure. The label must be largely present in
 * the question (label coverage), and the question's content should be explained by the label and its context
 * (question coverage); the longest exact run rewards `公务用车运维费` over `公务用车购置及运维费` when the question says
 * the former.
 */
export interface MeasureScore {
  score: number;
  labelCoverage: number;
  questionCoverage: number;
  /** Question bigrams the label accounts for, so a second measure can be looked for in the rest. */
  matchedBigrams: Set<string>;
  /** Set by the ranker when the fact's unit is the one the question's wording implies (几辆 -> 辆). */
  unitFits?: boolean;
  /** Set by the ranker when retrieval ranks the fact's row or sentence among the best passages. */
  retrieved?: boolean;
}

// Words that carry the question's form, not its measure.
const cuePattern =
  /(请问|我想知道|想问一下|想了解|告诉我|是多少|有多少|多少钱|多少|一共|总共|合计|加起来|之和|共计|几个|几项|几人|几辆|分别|各是|大概|大约|具体|金额|数额|情况|是什么|什么|哪些|哪个|哪项|为什么|怎么样|如何|吗|呢|吧|啊|的|了|年度|全年|今年|本年|一年|去年|上年(?!结转|结余)|上一年|之前|以前|上次|此前|花了|花费|钱|用于|用在|用途|比例|比重|占比|平均|相比|比较|还是|预算中|里面|万元|元|平均每[辆台个人名项件次套栋]|每[辆台个人名项件次套栋])/g;

const qualifierPattern = /^(财政拨款|一般公共预算财政拨款|一般公共预算|本单位|本部门|我单位|我部门|我局|本级|单位|部门|年度|本年度?|当年)+|(预算数|预算)$/g;

/** A label without qualifiers that do not change what it measures: 财政拨款三公经费 -> 三公经费. */
export function coreLabel(label: string): string {
  return label.replace(/[“”"]/g, '').replace(qualifierPattern, '');
}

/**
 * The question without years and cue words, its pieces joined by `|` so that no bigram spans two words
 * ("话务员 信访" must not yield 员信).
 */
export function questionContent(question: string): string {
  return question
    .replace(/(19|20)\d{2}年?/g, ' ')
    .replace(cuePattern, ' ')
    .split(/[\s,，。.、；;:：?？!！()（）“”"]+/)
    .map(normalizeText)
    .filter(Boolean)
    .join('|');
}

function contentBigrams(content: string): string[] {
  return content.split('|').flatMap(characterBigrams);
}

function longestCommonRun(left: string, right: string): number {
  const a = Array.from(left);
  const b = Array.from(right);
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j] > best) best = previous[j];
      diagonal = above;
    }
  }
  return best;
}

export function scoreMeasure(questionText: string, fact: Pick<Fact, 'label' | 'context' | 'tableTitle'>, excluded: Set<string> = new Set()): MeasureScore {
  const label = normalizeText(fact.label);
  const content = questionContent(questionText);
  const empty = { score: 0, labelCoverage: 0, questionCoverage: 0, matchedBigrams: new Set<string>() };
  if (!label || !content) return empty;
  const questionBigrams = new Set(contentBigrams(content).filter((bigram) => !excluded.has(bigram)));
  const labelBigrams = characterBigrams(label);
  const labelHits = labelBigrams.filter((bigram) => questionBigrams.has(bigram));
  const bigramCoverage = labelBigrams.length ? labelHits.length / labelBigrams.length : 0;
  const runCoverage = longestCommonRun(label, content) / Array.from(label).length;
  let labelCoverage = Math.max(runCoverage, bigramCoverage * 0.95);
  // Chinese compounds are head-final: 运转类其他及特定目标类项目支出 is a kind of 项目支出, so a question naming the
  // label's last four or more characters names the label.
  const labelCharacters = Array.from(label);
  for (let length = labelCharacters.length - 1; length >= 4; length -= 1) {
    if (content.includes(labelCharacters.slice(-length).join(''))) {
      labelCoverage = Math.max(labelCoverage, 0.75 + 0.25 * (length / labelCharacters.length));
      break;
    }
  }
  // Qualifiers (财政拨款三公经费, 一般公共预算基本支出) narrow a label without changing what it measures.
  const core = normalizeText(coreLabel(fact.label));
  if (core && core !== label && Array.from(core).length >= 4) {
    const coreRun = longestCommonRun(core, content) / Array.from(core).length;
    labelCoverage = Math.max(labelCoverage, coreRun * 0.97);
  }
  const contextText = normalizeText([...(fact.context ?? []), fact.tableTitle ?? ''].join(''));
  const contextBigrams = new Set(characterBigrams(contextText));
  const matchedBigrams = new Set(labelHits);
  let explained = 0;
  for (const bigram of questionBigrams) {
    if (matchedBigrams.has(bigram)) explained += 1;
    else if (contextBigrams.has(bigram)) explained += 0.5;
  }
  const questionCoverage = questionBigrams.size ? explained / questionBigrams.size : 0;
  // A one-character label (人, 件) can only match when the question is about exactly that.
  const shortPenalty = Array.from(label).length < 2 ? 0.5 : 1;
  const score = (0.6 * labelCoverage + 0.4 * questionCoverage) * shortPenalty;
  return { score, labelCoverage, questionCoverage, matchedBigrams };
}
