import type { Fact } from '../ingest/model.ts';
import { longestCommonRun } from './longest-common-run.ts';
import { characterBigrams, comparedText, normalizeText, termForm, type TermForm } from './normalize-text.ts';

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
  /** Set by the ranker when the sentence stating the figure names a date the question quotes (截至2023年8月31日). */
  dated?: boolean;
  /** The question names the fact's table by a long run of its title (a project's target table). */
  titled?: boolean;
}

// Words that carry the question's form, not its measure. 计划 / 预计 before a verb (计划下降多少) is the asker's
// framing of a target; 用款计划 and 采购计划 keep theirs.
const cuePattern =
  /((?:要|需要|计划|打算)?(?:雇佣|雇用|雇)|(?:要|需要|计划|打算)?招(?=几|多少)|(?:计划|预计|打算|准备|拟)(?=[要将]?(?:下降|减少|降低|压减|增加|增长|提高|提升|达到|完成|实现|控制|花|用|投入|安排|支出|采购|购买|购置|新增|聘请|聘用|招聘|配备))|请问|(?:原来|原本|本来|原先)(?=是|有|为|安排|预算)|(?:烦请|请)(?:提供|给出|告知|列出|核实|确认)(?:一下)?|我想知道|想问一下|想了解|告诉我|(?:是|有)?多少[个项条家所笔]|是多少|有多少|多少钱|多少|一共|总共|合计|加起来|合起来|加在一起|合在一起|算在一起|之和|共计|几个|几项|几人|几辆|分别|各是|大概|大约|具体|到底|究竟|他们|她们|它们|你们|咱们|有多大|多大|金额|数额|情况|是什么|什么|哪些|哪个|哪项|为什么|怎么样|如何|吗|呢|吧|啊|的|了|年度|全年|今年|本年|一年|去年|上年(?!结转|结余)|上一年|之前|以前|上次|此前|那会儿|那会|那时候|那时|当时|花了|花费|钱|用于|用在|用途|比例|比重|占比|平均|相比|比较|还是|预算中|里面|万元|元|平均每[辆台个人名项件次套栋]|每[辆台个人名项件次套栋]|最多能|最多可以|最高能|最多|至多|不超过|一天|每天|每日)/g;

const qualifierPattern = /^((19|20)\d{2}年度?|财政拨款|一般公共预算财政拨款|一般公共预算|[本我](单位|部门|局|委|办|院|中心|厅|处|所|站)|本级|单位|部门|年度|本年度?|当年|共有|现有|拥有|实有)+|(预算数|预算|科目|（项）|\(项\))$/g;

/** A label without qualifiers that do not change what it measures: 财政拨款三公经费 -> 三公经费. */
export function coreLabel(label: string): string {
  return label.replace(/[“”"]/g, '').replace(qualifierPattern, '');
}

/**
 * The question without years and cue words, its pieces joined by `|` so that no bigram spans two words
 * ("话务员 信访" must not yield 员信).
 */
export function questionContent(question: string): string {
  const remembered = contentByQuestion.get(question);
  if (remembered !== undefined) return remembered;
  const content = questionContentUncached(question);
  remember(contentByQuestion, question, content);
  return content;
}

function questionContentUncached(question: string): string {
  // "几辆公车 / 多少辆车" counts 车辆: documents label the count 车辆, and 辆车 shares no bigram with it.
  const countsVehicles = /(几|多少)辆/.test(question) && /车/.test(question);
  return (countsVehicles ? `${question.replace(/(几|多少)辆车/g, '')} 车辆` : question)
    // “三公”经费: quotation marks inside a term are part of how it is written, not a break between words.
    .replace(/([\u4e00-\u9fa5])[“”"]([\u4e00-\u9fa5])/g, '$1$2')
    // 因公出国（境）费: a bracket inside a term is part of how it is written, as labels keep it.
    .replace(/([\u4e00-\u9fa5])[（(]([\u4e00-\u9fa5]{1,6})[）)](?=[\u4e00-\u9fa5])/g, '$1$2')
    // 水钱, 电钱, 油钱: a bill named with 钱 (a cue word removed below) is that 费.
    .replace(/(?<=[水电油气网])钱/g, '费')
    .replace(/(19|20)\d{2}年?/g, ' ')
    // 截至…8月底, 8月31日: the date a stock is counted on says when, not what.
    .replace(/截至|截止|(?<!\d)\d{1,2}月(?:\d{1,2}日|底|末|初|份)?/g, ' ')
    // (整个部门)名下: the scope the asker means is the unit's own.
    .replace(/整个(?:部门|单位)|全部门|名下/g, ' ')
    // 24、25两年: two years without their century, listed before one 年.
    .replace(/(?<!\d)(1[5-9]|2\d|3[0-5])\s*[、和与及至到-]\s*(1[5-9]|2\d|3[0-5])\s*(?:两|二|三)?个?年/g, ' ')
    // 25年, 24年度: a year without its century.
    .replace(/(?<!\d)(1[5-9]|2\d|3[0-5])年/g, ' ')
    // "光是租这栋楼的房租，信访局预算里安排了多少钱": the whole budget named after the item frames every figure, so it
    // names none (with nothing before it, 预算里一共安排了多少钱 asks the whole).
    .replace(/(?<=[，,][^，,。？?]*?)预算(?:里面|里头|里|中)(?=[^，,。？?]{0,6}?(?:多少|几))/g, ' ')
    // 有媒体报道, 据报道称: who reported a claim the asker checks names no measure.
    .replace(/(?:有|据)?(?:媒体|记者|报纸|网友|自媒体|网上|新闻)?报道(?:称|说)?|有(?:媒体|网友|自媒体)(?:称|说)/g, ' ')
    // 预算里说, 文件中提到: where the asker read it, not what it is.
    .replace(/(?:预算|文件|报告|材料|公告)(?:里|中|上)?(?:说|提到|写明|写道|写有|写着?|显示|讲|介绍|列)的?/g, ' ')
    // "…预算为446.64万元，请核实": an amount the asker states is no word of the label.
    // (Written with thousands separators too: 11,941.20万元.)
    .replace(/(?:为|是|有)?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?\s*(?:万元|亿元|元)|(?:为|是|有)?\d+\.\d+\s*(?:万元|亿元|元)/g, ' ')
    // "光租那栋楼就要花三百多万", "好像安排了三千来万": a rough amount the asker half-remembers, in words, neither.
    .replace(/(?:好像|大概|大约|差不多|将近|接近|估计|约)?(?:就要|要|有|是|花了?|安排了?)?[一二两三四五六七八九十百千几]{1,4}(?:多|来|余|把)?个?(?:万|亿)(?:多|来|余)?(?:元|块钱|块)?(?:左右|上下|出头)?/g, ' ')
    // 聘请的话务员, 购置的车辆: a verb and its object, as labels write them (聘请话务员数量).
    .replace(/(聘请|聘用|招聘|雇佣|雇用|购置|购买|采购|新增|配备|租用|租赁)的(?=[\u4e00-\u9fa5]{2})/g, '$1')
    // 聘请多少名话务员: a count inside a verb and its object leaves the phrase whole (聘请话务员), as labels write it.
    .replace(/(?<=[\u4e00-\u9fa5])(?:多少|几)[名位](?=[\u4e00-\u9fa5]{2})/g, '')
    .replace(cuePattern, ' ')
    .split(/[\s,，。.、；;:：?？!！()（）“”"]+/)
    .map((word) => comparedText(word))
    .filter(Boolean)
    .join('|');
}


function contentBigrams(content: string): string[] {
  return content.split('|').flatMap(characterBigrams);
}


/**
 * Ranking scores every fact of a document against the same question, several times per question, and most of that
 * work depends on the question alone or on the label alone. Both are remembered here (by string, so equal labels in
 * different documents share an entry); bounded maps are cleared when full rather than tracking recency.
 */
const cacheLimit = 20_000;
const contentByQuestion = new Map<string, string>();

interface QuestionParts {
  content: string;
  contentCharacters: string[];
  bigrams: ReadonlySet<string>;
  /** How the question writes a term that has a long and a short form (运行维护 / 运维); labels are read in it. */
  form: TermForm;
  /** The content's characters with joining words between two words dropped (保洁和保安 -> 保洁保安), when any were. */
  jointFreeCharacters?: string[];
}
const questionPartsByText = new Map<string, QuestionParts>();

interface LabelParts {
  label: string;
  labelCharacters: string[];
  labelBigrams: string[];
  /** suffixes[i] is the label without its first i + 1 characters. */
  suffixes: string[];
  core: string;
  coreCharacters: string[];
  /** The items an enumerating label lists (A、B、C), each of three or more characters; empty for other labels. */
  items: string[];
}
const labelPartsByLabel = new Map<string, LabelParts>();
const contextBigramsByText = new Map<string, ReadonlySet<string>>();

function remember<Value>(cache: Map<string, Value>, key: string, value: Value): void {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
}

/** The question's content bigrams (cue words and years removed, no bigram across two words), remembered. */
export function questionBigrams(question: string): ReadonlySet<string> {
  return questionPartsOf(question).bigrams;
}

function questionPartsOf(questionText: string): QuestionParts {
  let parts = questionPartsByText.get(questionText);
  if (!parts) {
    const content = questionContent(questionText);
    const jointFree = content.replace(/(?<=[\u4e00-\u9fa5]{2})(?:和|与|及|跟|同)(?=[\u4e00-\u9fa5]{2})/g, '');
    parts = {
      content,
      contentCharacters: Array.from(content),
      bigrams: new Set(content ? contentBigrams(content) : []),
      form: termForm(content),
      ...(jointFree !== content ? { jointFreeCharacters: Array.from(jointFree) } : {}),
    };
    remember(questionPartsByText, questionText, parts);
  }
  return parts;
}

function labelPartsOf(rawLabel: string, form: TermForm): LabelParts {
  const key = form ? `${form}\u0000${rawLabel}` : rawLabel;
  let parts = labelPartsByLabel.get(key);
  if (!parts) {
    const label = comparedText(rawLabel, form);
    const labelCharacters = Array.from(label);
    const core = comparedText(coreLabel(rawLabel), form);
    parts = {
      label,
      labelCharacters,
      labelBigrams: characterBigrams(label),
      suffixes: labelCharacters.map((_, index) => labelCharacters.slice(index + 1).join('')),
      core,
      coreCharacters: Array.from(core),
      items: rawLabel.includes('、') ? rawLabel.split('、').map((item) => comparedText(item, form)).filter((item) => Array.from(item).length >= 3) : [],
    };
    remember(labelPartsByLabel, key, parts);
  }
  return parts;
}

/** The bigrams of a fact's headings and table title, remembered. */
export function contextBigramsOf(context: readonly string[], tableTitle: string): ReadonlySet<string> {
  // A separator no label contains keeps ['ab', 'c'] and ['a', 'bc'] apart as keys although they join to the same text.
  const key = `${context.join('\u0001')}\u0002${tableTitle}`;
  let bigrams = contextBigramsByText.get(key);
  if (!bigrams) {
    bigrams = new Set(characterBigrams(comparedText([...context, tableTitle].join(''))));
    remember(contextBigramsByText, key, bigrams);
  }
  return bigrams;
}

export function scoreMeasure(questionText: string, fact: Pick<Fact, 'label' | 'context' | 'tableTitle'>, excluded: Set<string> = new Set()): MeasureScore {
  const questionParts = questionPartsOf(questionText);
  const labelParts = labelPartsOf(fact.label, questionParts.form);
  const empty = { score: 0, labelCoverage: 0, questionCoverage: 0, matchedBigrams: new Set<string>() };
  if (!labelParts.label || !questionParts.content) return empty;
  const { content, contentCharacters } = questionParts;
  // The excluded set is the caller's and may change between calls, so only the common empty case is reused.
  const questionBigrams = excluded.size === 0 ? questionParts.bigrams : new Set([...questionParts.bigrams].filter((bigram) => !excluded.has(bigram)));
  const { labelBigrams, labelCharacters } = labelParts;
  const labelHits = labelBigrams.filter((bigram) => questionBigrams.has(bigram));
  const bigramCoverage = labelBigrams.length ? labelHits.length / labelBigrams.length : 0;
  // "保洁和保安" names the label "…保洁、保安等…" as "保洁保安" does: a joining word the label lacks breaks no run.
  const jointFreeRun = questionParts.jointFreeCharacters ? longestCommonRun(labelCharacters, questionParts.jointFreeCharacters) : 0;
  const runCoverage = Math.max(longestCommonRun(labelCharacters, contentCharacters), jointFreeRun) / labelCharacters.length;
  let labelCoverage = Math.max(runCoverage, bigramCoverage * 0.95);
  // Chinese compounds are head-final: 运转类其他及特定目标类项目支出 is a kind of 项目支出, so a question naming the
  // label's last four or more characters names the label.
  for (let length = labelCharacters.length - 1; length >= 4; length -= 1) {
    if (content.includes(labelParts.suffixes[labelCharacters.length - 1 - length])) {
      labelCoverage = Math.max(labelCoverage, 0.75 + 0.25 * (length / labelCharacters.length));
      break;
    }
  }
  // An enumerating label (越级上访、到非接待场所上访总量人次) measures each item it lists: a question naming one whole
  // item of three or more characters names the label in part.
  for (const item of labelParts.items) {
    if (content.includes(item)) labelCoverage = Math.max(labelCoverage, 0.65 + 0.25 * (Array.from(item).length / labelCharacters.length));
  }
  // Qualifiers (财政拨款三公经费, 一般公共预算基本支出) narrow a label without changing what it measures.
  const { core, coreCharacters } = labelParts;
  if (core && core !== labelParts.label && coreCharacters.length >= 2) {
    const coreRun = longestCommonRun(coreCharacters, contentCharacters) / coreCharacters.length;
    // A two-character core (支出 of 支出预算, 收入 of 收入预算) names the label only when the question says little
    // else: 工资支出 is not the spending budget.
    const weight = coreCharacters.length >= 4 ? 0.97 : coreCharacters.length <= 2 && contentCharacters.filter((character) => character !== '|').length >= coreCharacters.length + 2 ? 0.55 : 0.9;
    labelCoverage = Math.max(labelCoverage, coreRun * weight);
    // The head rule on the core too: 住房保障支出住房改革支出住房公积金(科目) ends in 住房公积金.
    for (let length = coreCharacters.length - 1; length >= 4; length -= 1) {
      if (content.includes(coreCharacters.slice(-length).join(''))) {
        labelCoverage = Math.max(labelCoverage, 0.75 + 0.25 * (length / coreCharacters.length));
        break;
      }
    }
  }
  const contextBigrams = contextBigramsOf(fact.context ?? [], fact.tableTitle ?? '');
  const matchedBigrams = new Set(labelHits);
  let explained = 0;
  for (const bigram of questionBigrams) {
    if (matchedBigrams.has(bigram)) explained += 1;
    else if (contextBigrams.has(bigram)) explained += 0.5;
  }
  const questionCoverage = questionBigrams.size ? explained / questionBigrams.size : 0;
  // A one-character label (人, 件) can only match when the question is about exactly that.
  const shortPenalty = labelCharacters.length < 2 ? 0.5 : 1;
  const score = (0.6 * labelCoverage + 0.4 * questionCoverage) * shortPenalty;
  return { score, labelCoverage, questionCoverage, matchedBigrams };
}
