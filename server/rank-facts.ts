import type { Fact } from '../ingest/model.ts';
import { moneyUnitExponents } from '../ingest/units.ts';
import { askedMoneyUnit } from './detect-intent.ts';
import { contextBigramsOf, scoreMeasure, type MeasureScore } from './match-measure.ts';
import { longestCommonRun } from './longest-common-run.ts';
import { normalizeText } from './normalize-text.ts';

export interface RankedFact {
  fact: Fact;
  score: number;
  match: MeasureScore;
}

export interface RankOptions {
  /** Prefer level facts or change facts. */
  kind?: 'value' | 'change';
  /** The period asked for: a year, or undefined for the document's own year. */
  period?: number;
  /** The document's year, to tell the current period from others. */
  documentYear?: number | null;
  /** Keep only facts whose unit passes. */
  unitFilter?: (unit: string) => boolean;
  /** Question bigrams already explained by an earlier measure. */
  excluded?: Set<string>;
  /** Extra text to read unit and comparator hints from (the original question, when `question` is a translation). */
  hintText?: string;
  /** How strongly retrieval points at a place (`blockId` or `blockId:row`), 0..1: words the matcher cannot see. */
  relevance?: ReadonlyMap<string, number>;
  /** The question in other words (with the document's synonyms appended): a fact scores its better match. */
  alternate?: string;
}

/** A table's total row or column (合计), which names no line of its own. */
export const totalRowLabel = /^(合计|总计|小计|共计|收入总计|支出总计)$/;

export const isMoneyUnit = (unit: string): boolean => moneyUnitExponents.has(unit);

function periodOf(fact: Fact, documentYear: number | null | undefined): number | '上年' | undefined {
  if (fact.period === undefined) return documentYear ?? undefined;
  if (fact.period === '上年') return documentYear ? documentYear - 1 : '上年';
  return fact.period;
}

/** English nouns of counted things and the counters a disclosure counts them in, first the usual one. */
const englishCountNouns: Record<string, string[]> = {
  people: ['人', '名'], person: ['人', '名'], staff: ['人', '名'], employee: ['人', '名'], operator: ['人', '名'], worker: ['人', '名'],
  guard: ['人', '名'], cleaner: ['人', '名'], hire: ['人', '名'], head: ['人', '名'],
  vehicle: ['辆', '台'], car: ['辆', '台'], case: ['件'], petition: ['件'], item: ['项', '个', '件'], session: ['次'], time: ['次'],
  meeting: ['次'], project: ['项', '个'], system: ['套', '个'], function: ['项'], set: ['套'], building: ['栋'], day: ['天', '日', '个工作日'],
  unit: ['台', '套', '个', '件'], delegation: ['个', '批', '次'], group: ['个', '批'], trip: ['次'], visit: ['次'], equipment: ['台', '套'], machine: ['台'], device: ['台', '套'], piece: ['台', '件', '套'],
  hour: ['小时'], floor: ['层'], storey: ['层'], story: ['层'], level: ['层'],
  // Places staffed or set up (信访值班点 ≥12个, 接访点): posts, points, sites, stations.
  // (Not "office" or "point": office space, percentage points.)
  post: ['个', '处'], site: ['个', '处'], station: ['个', '处'], division: ['个'],
};
const countNounPattern = `(?:${Object.keys(englishCountNouns).join('|')})s?`;

/** The counters of an English count noun (cars -> 辆, staff -> 人); [] for a word that counts nothing. */
export function englishCounterUnits(noun: string): string[] {
  const word = noun.toLowerCase();
  return englishCountNouns[word] ?? englishCountNouns[word.replace(/s$/, '')] ?? [];
}

// "running one car cost on average" counts per car as "per car" does.
// ("per-car figure": per joined to its noun by a hyphen counts the same.)
const perCountNoun = new RegExp(`\\b(?:(?:per|each|every)\\s+(?:of\\s+(?:the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,5}?|per-|a\\s+|one\\s+)(${countNounPattern})\\b`, 'i');

/**
 * "per person", "each of the bureau's cars": the counters of the people, vehicles or projects an English average is
 * taken over. "a day" or "per set" is a rate's unit, read elsewhere.
 */
export function englishPerUnits(text: string): string[] {
  const per = perCountNoun.exec(text);
  const units = per ? englishCounterUnits(per[1]!) : [];
  return ['人', '辆', '项'].includes(units[0] ?? '') ? units : [];
}

/**
 * The unit a question's wording implies: 几辆/多少人 count in 辆/人, 面积 in 平方米, 比例/率 in %, 多少钱 in money.
 * A fact in that unit is more likely the answer than one whose label merely shares words.
 */
// ("职业年金安排了多少": what is arranged, paid in or allotted with no counter after 多少 is money.)
const moneyCounted = /(经费|资金|费用|拨款|款项)[^，,。？?；;]{0,6}(多少|几)(?![个名位人辆台项件次套家])|(?:多少|几)(?:万元|元)?的?(?:项目|预算)*(?:资金|经费|拨款|款项)|(?:安排|缴纳|拨付|列支)了?(?:多少|几)(?![个名位人辆台项件次套家层栋天])/;

// An average (平均每人多少经费) divides money by a count: the count is an operand, not a wrong answer.
const perUnit = /(平均|人均|每[个名位人辆台项件次套家年月天]|均摊|\bper\b|\baverage\b|\beach\b)/i;

const peopleCountedBefore = /(?:员|人员|职工|干部|保安|保洁|师)(?:一共|总共|共)?(?:有|是|为)?(?:几|多少)个(?![\u4e00-\u9fa5])/;

/** "how many cars", a note-style "new cars wanli street how many", "Does it own any official cars at all?" */
const englishCountPatterns = [
  // The last counted noun of the phrase (petition duty staff, staff training sessions), not one past its verb (how many
  // vehicles does the petitions bureau have).
  new RegExp(`(?:how many|\\bnumber of|\\bcount of) (?:(?!(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\\b)\\w+ ){0,3}(${countNounPattern})\\b`, 'i'),
  new RegExp(`\\b(${countNounPattern})\\b.{0,60}\\bhow many\\s*\\??\\s*$`, 'i'),
  new RegExp(`\\b(?:own|owns|have|has|hold|holds|keep|keeps)\\s+any\\s+(?:[\\w-]+\\s+){0,2}?(${countNounPattern})\\b`, 'i'),
];

/** A Chinese question's last sentence, where it asks (the text after its last 。 or ！ before more words). */
export function lastSentenceZh(question: string): string {
  return question.split(/[。！!](?=[^。！!]*[\u4e00-\u9fa5])/u).pop() ?? question;
}

export function impliedUnits(asked: string): ((unit: string) => number) | undefined {
  // "大概是几个亿": 个 of a sum said in hundreds of millions counts no thing.
  const question = asked.replace(/(几|多少)个(?=(?:亿|千万|百万|万)(?![\u4e00-\u9fa5]{0,2}(?:人|名|件|次)))/g, '$1');
  // 多少项目预算资金: 项 of 项目 is the noun (project), not the counter.
  let count = /(?:(?<![哪这那])几|多少)(个?)(辆|台|人次|人|名|项(?!目)|(?<=个)项|件|次|套|栋|层|天|小时)|(?:几|多少)(个)(?:([\u4e00-\u9fa5]{0,3}?(?:员|人员|人|工|师|职工|干部|保安|保洁))(?![\u4e00-\u9fa5]*(?:费|经费|资金|工资)))?/.exec(question);
  // "社区里几个老阿姨一直问我：…一共安排了多少钱？": 几 of a story (a few aunties) counts nothing when money is asked
  // outright.
  if (count && /几/.test(count[0]) && /多少(?:钱|万元|元|经费|资金)|金额/.test(question)) count = null;
  if (count) {
    // 几个接线员: 个 counts people, whom a disclosure counts in 人 or 名; so does 话务员有多少个, the people named first.
    const wanted = count[2] ?? (count[4] || peopleCountedBefore.test(question) ? '人' : count[3]);
    // 多少个项目: 个 counts the 项目, which a disclosure may count in 个 or in 项.
    const alsoWanted = count[1] ? '个' : undefined;
    // Counters of the same kind of thing: people (人/名), organisations (个/家).
    const kin = [new Set(['人', '名']), new Set(['个', '家'])];
    return (unit) => (unit === wanted || unit === alsoWanted ? 1 : kin.some((group) => group.has(unit) && group.has(wanted)) ? 0.6 : 0);
  }
  const englishCount = englishCountPatterns.map((pattern) => pattern.exec(question)).find((match) => match !== null);
  if (englishCount) {
    const wanted = englishCounterUnits(englishCount[1]!);
    return (unit) => (wanted[0] === unit ? 1 : wanted.includes(unit) ? 0.6 : 0);
  }
  // "What is the office's total staff headcount?": people counted, in 人 or 名.
  // "一共有多少在编工作人员": people counted after 多少, with no money word after them.
  if (/\b(?:head ?counts?|staff numbers|number of (?:staff|employees|people))\b|编制数|人员编制|在编人数|人数|(?:多少|几)(?:个|名|位)?(?:在编|在职|编制内|正式)(?:的)?(?:工作人员|人员|员工|职工|干部|公务员)(?![\u4e00-\u9fa5]*(?:费|经费|资金|工资))/i.test(question)) return (unit) => (unit === '人' ? 1 : unit === '名' ? 0.6 : 0);
  if (/(面积|多大.{0,4}(地方|房|楼)|平方米|square met)/i.test(question)) return (unit) => (unit === '平方米' || unit === '平米' ? 1 : 0);
  // A time limit: 多长时间内完成, 多久, how long does it take (in 天, 日, 个工作日, 月, 年).
  if (/(多长时间|多久(?![^，。？?]{0,4}一次)|how long (?:does|do|did|will|would|is it|are they) .{0,40}(?:take|have|get|complete|finish)|within how many days)/i.test(question)) return (unit) => (/^(?:天|日|个工作日|工作日|月|个月|年|小时)$/.test(unit) ? 1 : 0);
  // Height and length: 多高, 高度, how tall, how high, how long.
  if (/(多高|高度|多长|长度|how tall|how high|\bheight\b|how long is|\blength\b)/i.test(question)) return (unit) => (unit === '米' || unit === '公里' || unit === '千米' ? 1 : 0);
  // Money is asked for by its word (钱, 花的钱), by price words (贵, 便宜) or by how much is spent.
  // 经费安排了多少, 资金有多少: the money word is what the 多少 counts, so a count in 家 or 人 is no answer.
  // A rate (≤0.79元/平米/天) answers money asked per day or per square metre; money asked for a year or outright is
  // an amount first ("光租这个办公楼，一年得掏多少钱").
  // (Read in the sentence that asks: "每天上班都要路过那栋楼。…租那栋楼的钱安排了多少" tells of days, and asks a year's sum.)
  const rateFit = /(每|\/|一天|天|日|平米|平方米|\bper\b|\ba day\b|daily|square)/i.test(lastSentenceZh(question)) ? 1 : 0.3;
  const moneyFit = (unit: string) => (isMoneyUnit(unit) ? 1 : unit.startsWith('元/') || unit.startsWith('万元/') ? rateFit : 0);
  if (moneyCounted.test(question) && !perUnit.test(question)) return moneyFit;
  // (A rent asked, 这个房租具体是多少, is money too.)
  if (/(钱|钞票|花多少|花了多少|花费|开销|金额|成本|投资|造价|经费多少|费用多少|(?:房租|租金|租费)(?:具体|大概|大约|一年|每年)?(?:是|为|有|要)?多少(?![平年层天个])|预算(?:是|有|为)?多少|预算(?:总数|总额)|预算(?:更|较)?(?:多|高|大)|价值|更贵|贵多少|便宜|\bfunding\b|how much money|how much (does|did|is|was|will)|how much (?:more|less)\b.{0,80}\b(?:allocat\w*|budget\w*|spen[dt]\w*|earmark\w*|set aside|pa(?:y|id)|fund\w*)|what (?:does|do|did|will) .{0,60}\bspend\b|cost|worth|value|expensive|cheaper|pricier|costlier|dearer|\brent\b|\bfees?\b|\bprice)/i.test(question)) return moneyFit;
  if (/(比例|比率|百分之|率是|率为|率多少|率$|率？|rate|percent|percentage)/i.test(question)) return (unit) => (unit === '%' ? 1 : 0);
  return undefined;
}

/** The sentence of the fact's quote that states its figure also names one of the dates. */
function datedSentence(fact: Fact, dates: string[]): boolean {
  const figure = `${fact.text}${fact.unit}`;
  return (fact.source.quote ?? '')
    .split(/[。；;]/)
    .some((sentence) => sentence.includes(figure) && dates.some((date) => sentence.includes(date)));
}

/** 上限/不超过/cap asks for a ≤ target; 下限/至少/minimum for a ≥ one. */
function impliedComparator(question: string): '≤' | '≥' | undefined {
  if (/(上限|不超过|不高于|控制在|以内|最多|最高|至多|\bcap\b|ceiling|maximum|at most|upper limit|no more than)/i.test(question)) return '≤';
  if (/(下限|不少于|不低于|至少|最少|最低|minimum|at least|no less than)/i.test(question)) return '≥';
  return undefined;
}

const monthsEn = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthEn = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** English dates of a question written as Chinese dates: 31 August 2024 -> 2024年8月31日, end of August 2023 -> 2023年8月底. */
export function englishDatesWritten(text: string): string {
  const month = (name: string) => monthsEn.findIndex((full) => full.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
  const written: string[] = [];
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthEn},?\\s+((?:19|20)\\d{2})\\b`, 'gi'))) written.push(`${match[3]}年${month(match[2]!)}月${Number(match[1])}日`);
  for (const match of text.matchAll(new RegExp(`\\b${monthEn}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'))) written.push(`${match[3]}年${month(match[1]!)}月${Number(match[2])}日`);
  for (const match of text.matchAll(new RegExp(`\\bend of\\s+${monthEn},?\\s+((?:19|20)\\d{2})\\b`, 'gi'))) written.push(`${match[2]}年${month(match[1]!)}月底`);
  return written.join(' ');
}

// One question ranks facts many times with the same hint: its dates are written out once.
let lastDates: { text: string; written: string } | undefined;
function datesWrittenOnce(text: string): string {
  if (lastDates?.text !== text) lastDates = { text, written: /[a-z]/i.test(text) ? englishDatesWritten(text) : '' };
  return lastDates.written;
}

/** Facts ordered by how well they answer the question's measure, with kind and period preferences applied. */
export function rankFacts(question: string, facts: Fact[], options: RankOptions = {}): RankedFact[] {
  const wantedKind = options.kind ?? 'value';
  const hintSource = options.hintText ? `${question} ${options.hintText}` : question;
  const questionCharacters = Array.from(normalizeText(question));
  const questionText = normalizeText(question);
  const titleRuns = new Map<string, number>();
  const hintCharacters = options.hintText && options.hintText !== question ? Array.from(normalizeText(options.hintText)) : undefined;
  const unitHint = impliedUnits(hintSource);
  const comparatorHint = impliedComparator(hintSource);
  const unitHintIsCount = /((?<![哪这那])几|多少)个?(辆|台|人次|人|名|项(?!目)|件|次|套|栋|层|个)|(?:多少|几)(?:个|名|位)?(?:在编|在职|编制内|正式)|how many|\bnumber of\b|\bhead ?counts?\b|人数|\b(?:own|owns|have|has|hold|holds|keep|keeps)\s+any\b/i.test(hintSource);
  // "截至2023年8月31日的车辆": a date the question quotes points at the sentence that states a figure as of that day.
  // "截至2023年8月底" names the month's last day as the sentence's 2023年8月31日 does: the month is matched.
  // ("as of 31 August 2024", "at the end of August 2023": an English date is matched as its Chinese form.)
  const quotedDates = [...`${hintSource} ${datesWrittenOnce(hintSource)}`.matchAll(/(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|(?=底|末))/g)].map((match) => match[0]);
  // "in 万元", "多少元": the unit the asker names is the one a statement of the figure already uses.
  const namedMoneyUnit = askedMoneyUnit(hintSource);
  // Asked of one side (三公里的公务接待费, 跟基本支出…公务接待费比), the side says whether basic spending is meant.
  const asksBasicSpending = /基本|basic/i.test(question);
  const moneyAsked = moneyCounted.test(hintSource) && !perUnit.test(hintSource);
  const ranked: RankedFact[] = [];
  for (const fact of facts) {
    if (options.unitFilter && !options.unitFilter(fact.unit)) continue;
    let match = scoreMeasure(question, fact, options.excluded);
    if (options.alternate && options.alternate !== question) {
      // The expansion is a guess about wording; what the question says itself weighs more.
      const alternate = scoreMeasure(options.alternate, fact, options.excluded);
      if (alternate.score * 0.85 > match.score) match = { ...alternate, score: alternate.score * 0.85 };
    }
    // A total row (合计) measures what its column names: 合计 under 支出预算 > 基本支出 is the 基本支出 total.
    if (fact.source.column && totalRowLabel.test(fact.label.replace(/\s/g, ''))) {
      const columnLabel = fact.source.column.split('>').pop()?.trim() ?? '';
      const byColumn = columnLabel && !totalRowLabel.test(columnLabel) ? scoreMeasure(question, { ...fact, label: columnLabel }, options.excluded) : undefined;
      if (byColumn && byColumn.score > match.score) match = byColumn;
      // The question's other wording (办具体事儿 -> 项目支出) may name the column too, weighed as an expansion is.
      const byColumnAlternate = columnLabel && !totalRowLabel.test(columnLabel) && options.alternate && options.alternate !== question ? scoreMeasure(options.alternate, { ...fact, label: columnLabel }, options.excluded) : undefined;
      if (byColumnAlternate && byColumnAlternate.score * 0.85 > match.score) match = { ...byColumnAlternate, score: byColumnAlternate.score * 0.85 };
    }
    if (match.score <= 0) continue;
    let score = match.score;
    if (fact.kind !== wantedKind) score -= 0.35;
    const period = periodOf(fact, options.documentYear);
    const target = options.period ?? options.documentYear ?? undefined;
    if (fact.kind === 'value' && target !== undefined && period !== undefined && period !== target) score -= 0.3;
    // Sentences are quotable and state the figure the document stands behind; tables break ties.
    if (fact.origin === 'prose') score += 0.01;
    if (unitHint) {
      const fit = unitHint(fact.unit);
      // A count asked for (几辆) rules out amounts of money more firmly than other hints rule out their units.
      // A count asked for (几辆, how many cars) is never answered with money, however well the label matches.
      score += fit > 0 ? 0.25 * fit : unitHintIsCount || moneyAsked ? -1 : -0.2;
      if (fit > 0) match.unitFits = true;
    }
    if (comparatorHint && fact.comparator === comparatorHint) score += 0.1;
    if (namedMoneyUnit && fact.unit === namedMoneyUnit) score += 0.1;
    if (quotedDates.length && datedSentence(fact, quotedDates)) {
      score += 0.1;
      match.dated = true;
    }
    if (options.relevance) {
      const place = fact.source.row === undefined ? fact.source.blockId : `${fact.source.blockId}:${fact.source.row}`;
      const relevance = options.relevance.get(place) ?? options.relevance.get(fact.source.blockId) ?? 0;
      score += 0.15 * relevance;
      if (relevance >= 0.8) match.retrieved = true;
    }
    // A figure labelled only by its kind (预算执行数) whose line, named before it, the question writes out whole
    // (其他城乡社区支出): a run of the question that long in the figure's context singles its line out among siblings.
    if (fact.origin === 'prose' && fact.context?.length && !fact.partOf) {
      const run = longestCommonRun(contextCharacters(fact), questionCharacters);
      if (run >= 5) score += 0.03 * (Math.min(run, 12) - 4);
      // The line's own name (the 项 of …（款）其他城乡社区支出（项）) written whole in the question names that line, not a
      // sibling whose name shares its words (其他城乡社区公共设施支出).
      if (run >= 4 && lineLeafWritten(fact, questionText)) score += 0.1;
    }
    // "中央补助的钱，专门用来解决特殊疑难信访问题…，总成本控制在多少以内": a project's target table is named by its title;
    // a long run of the title (six characters or more, years aside) in the question singles out its rows among the
    // same indicator of other projects' tables.
    if (fact.origin === 'table' && fact.tableTitle) {
      // Facts of one table share its title: the run is worked out once per title and question.
      let run = titleRuns.get(fact.tableTitle);
      if (run === undefined) {
        const title = titleCharacters(fact.tableTitle);
        // A table the whole question names (…基本支出经济分类表里三项缴费加总：A、B和C) is where each item it sums stands.
        run = Math.max(longestCommonRun(title, questionCharacters), abbreviatedTitleRun(title, questionCharacters), hintCharacters ? abbreviatedTitleRun(title, hintCharacters) : 0);
        titleRuns.set(fact.tableTitle, run);
      }
      if (run >= 6) {
        score += 0.03 * (Math.min(run, 12) - 4);
        match.titled = true;
      }
    }
    // "其他城乡社区管理事务那一块": a question that writes 其他 before a line's name asks for the line of the rest
    // (其他城乡社区管理事务支出), not the named line itself, whose label lacks 其他.
    if (!fact.label.includes('其他') && otherOfLabel(fact.label, questionText)) score -= 0.1;
    // Numbers inside a description column (绩效指标描述) are incidental; the indicator value is the answer.
    if (fact.source.column && /描述|说明/.test(fact.source.column)) score -= 0.35;
    ranked.push({ fact, score, match });
  }
  // The basic-expenditure economic table repeats 三公 lines for 基本支出 only (公务接待费 18.5万元 there, 28.50万元 in
  // the 三公 statement): unless the question narrows to basic spending, the line stated elsewhere too is meant whole.
  const copiesOfWholeLines = new Set<RankedFact>();
  if (!asksBasicSpending) {
    const basicOnly = (fact: Fact) => /基本支出/.test(`${fact.tableTitle ?? ''}${fact.source.column ?? ''}`);
    // 因公出国（境）费用 in the table is the 因公出国（境）费 of the statement; 公务用车运行维护费 its 公务用车运行费.
    const lineName = (fact: Fact) => normalizeText(fact.label).replace(/费用$/, '费').replace(/运行维护费$|运维费$/, '运行费');
    const statedElsewhere = new Map<string, RankedFact>();
    for (const candidate of ranked) {
      if (basicOnly(candidate.fact)) continue;
      const known = statedElsewhere.get(lineName(candidate.fact));
      if (!known || candidate.score > known.score) statedElsewhere.set(lineName(candidate.fact), candidate);
    }
    // A total row (支出总计) is named by its column, not by its label: no line of its own to be stated elsewhere.
    const copies = ranked.filter((candidate) => basicOnly(candidate.fact) && !totalRowLabel.test(lineName(candidate.fact)) && statedElsewhere.has(lineName(candidate.fact)));
    for (const copy of copies) {
      copy.score -= 0.03;
      copiesOfWholeLines.add(copy);
    }
    // Worded differently (公务用车运行费 for the table's 公务用车运行维护费), the whole line still comes first: it is the
    // same line, and its figure is the one the disclosure states.
    for (const copy of copies) {
      const whole = statedElsewhere.get(lineName(copy.fact))!;
      if (whole.fact.kind !== copy.fact.kind || whole.score > copy.score) continue;
      whole.score = copy.score + 0.01;
      whole.match = { ...whole.match, labelCoverage: Math.max(whole.match.labelCoverage, copy.match.labelCoverage) };
    }
  }
  ranked.sort((left, right) => right.score - left.score || left.fact.label.length - right.fact.label.length);
  return preferWholeWhenTotalAsked(preferMoreSpecific(ranked, copiesOfWholeLines), hintSource);
}

/**
 * "一共建筑面积是多少", "what is the total floor area": a sentence that states a whole and then its parts (规划建筑面积约为
 * 13459平方米，其中地上建筑面积为8013平方米) gives the part a label as close to the question as the whole's. Asked for
 * the total, the whole the leading part belongs to comes first, when it matches nearly as well. (Money is left alone:
 * a line's parts and its whole are told apart by their own names.)
 */
function preferWholeWhenTotalAsked(ranked: RankedFact[], question: string): RankedFact[] {
  const leader = ranked[0];
  if (!leader?.fact.context?.length || isMoneyUnit(leader.fact.unit) || !/总(?!计划|体|结|的来说)|一共|整个|整体|全部|\btotal\b|\boverall\b|\bwhole\b|\baltogether\b|\bin all\b/i.test(question)) return ranked;
  const whole = ranked.slice(1, 12).find(
    (candidate) =>
      candidate.fact.kind === leader.fact.kind &&
      candidate.fact.unit === leader.fact.unit &&
      candidate.fact.source.blockId === leader.fact.source.blockId &&
      leader.fact.context!.includes(candidate.fact.label) &&
      leader.score - candidate.score <= 0.15,
  );
  if (!whole) return ranked;
  return [{ ...whole, score: leader.score + 0.001 }, ...ranked.filter((candidate) => candidate !== whole)];
}

/**
 * 政府采购里服务类: 政府采购预算 matches its words fully and 政府采购服务预算 only in part, yet the second explains every
 * question word the first does and 服务 too. A close runner-up whose label accounts for a strict superset of the
 * leader's question words is the more specific answer, and is moved first.
 */
function preferMoreSpecific(ranked: RankedFact[], copiesOfWholeLines: ReadonlySet<RankedFact>): RankedFact[] {
  const leader = ranked[0];
  if (!leader || leader.match.matchedBigrams.size === 0) return ranked;
  // The further behind, the more question words the runner-up must add.
  const extraNeeded = (candidate: RankedFact) => (leader.score - candidate.score <= 0.2 ? 1 : leader.score - candidate.score <= 0.32 ? 3 : Infinity);
  const runnerUp = ranked.slice(1, 12).find(
    (candidate) =>
      candidate.fact.kind === leader.fact.kind &&
      // A basic-spending table's copy of a line stated whole elsewhere is not more specific, only worded longer.
      !copiesOfWholeLines.has(candidate) &&
      // The date the question quotes stands with the leader's figure: more label words do not outweigh it.
      (candidate.match.dated === true || leader.match.dated !== true) &&
      // So does the table the question names by its title.
      (candidate.match.titled === true || leader.match.titled !== true) &&
      candidate.match.matchedBigrams.size >= leader.match.matchedBigrams.size + extraNeeded(candidate) &&
      // Nearly all of the leader's words: a bigram across two words (采购预算 -> 购预) may be missing in a longer label.
      [...leader.match.matchedBigrams].filter((bigram) => candidate.match.matchedBigrams.has(bigram)).length >= 0.8 * leader.match.matchedBigrams.size,
  ) ??
    // "基本支出里，买办公设备的预算": the leader (基本支出's total) is the frame the runner-up stands in — its words are the
    // runner-up's table or heading — and the runner-up's own label names what is asked within it.
    ranked.slice(1, 12).find((candidate) => {
      if (candidate.fact.kind !== leader.fact.kind || leader.match.questionCoverage >= 0.5 || copiesOfWholeLines.has(candidate)) return false;
      const context = contextBigramsOf(candidate.fact.context ?? [], candidate.fact.tableTitle ?? '');
      const framed = [...leader.match.matchedBigrams].filter((bigram) => candidate.match.matchedBigrams.has(bigram) || context.has(bigram)).length;
      const ownWords = [...candidate.match.matchedBigrams].filter((bigram) => !leader.match.matchedBigrams.has(bigram)).length;
      // Further behind when it explains clearly more of the question than the frame does.
      const gap = candidate.match.questionCoverage >= leader.match.questionCoverage + 0.1 ? 0.16 : 0.12;
      return framed >= leader.match.matchedBigrams.size && ownWords >= 3 && leader.score - candidate.score <= gap && candidate.match.labelCoverage >= 0.6;
    });
  if (!runnerUp) return ranked;
  const promoted = { ...runnerUp, score: leader.score + 0.001 };
  return [promoted, ...ranked.filter((candidate) => candidate !== runnerUp)];
}

// Facts do not change once loaded: each one's context is normalised once, not on every ranking.
const contextCharactersCache = new WeakMap<Fact, string[]>();

const titleCharactersCache = new Map<string, string[]>();
/** A table title without years and numbering, as characters; kept per title (a disclosure has few tables). */
function titleCharacters(title: string): string[] {
  let characters = titleCharactersCache.get(title);
  if (!characters) titleCharactersCache.set(title, (characters = Array.from(normalizeText(title.replace(/\d+|年/g, '')))));
  return characters;
}

/**
 * "基本支出经济分类表" for 一般公共预算基本支出部门预算经济分类预算表: a table named by pieces of its title, in order, ending
 * in 表. The length of the longest such name in the question (six characters or more, pieces of two or more), else 0.
 */
export function abbreviatedTitleRun(title: string[], question: string[]): number {
  // Most questions name no table: nothing to look for.
  if (!question.includes('表')) return 0;
  let best = 0;
  question.forEach((character, end) => {
    if (character !== '表') return;
    for (let start = Math.max(0, end - 13); start <= end - 5; start += 1) {
      const name = question.slice(start, end + 1);
      if (!name.every((each) => /[\u4e00-\u9fa5]/u.test(each))) continue;
      // Greedy, in order: every piece of the name found in the title must run two characters or more.
      let at = 0;
      let piece = 0;
      let previous = -2;
      let fits = true;
      for (const each of name) {
        const found = title.indexOf(each, at);
        if (found < 0) {
          fits = false;
          break;
        }
        if (found !== previous + 1) {
          if (piece === 1) fits = false;
          piece = 0;
        }
        piece += 1;
        previous = found;
        at = found + 1;
      }
      // (The closing 表 may stand alone: 经济分类 + 表 of 经济分类预算表.)
      if (fits && name.length > best) best = name.length;
      if (fits) break;
    }
  });
  return best;
}

/** The last level of a classified line named in a prose figure's context (其他城乡社区支出 of …（款）其他城乡社区支出（项）), when it stands whole in the question. */
function lineLeafWritten(fact: Fact, questionText: string): boolean {
  let leaf = lineLeafCache.get(fact);
  if (leaf === undefined) {
    const written = /[）)]([^（）()]{4,30})[（(]项[）)]\s*$/u.exec((fact.context ?? [])[0] ?? '')?.[1];
    lineLeafCache.set(fact, (leaf = written ? normalizeText(written) : ''));
  }
  return leaf !== '' && questionText.includes(leaf);
}

// A fact's 项 name is read from its context once, not once per ranking.
const lineLeafCache = new WeakMap<Fact, string>();

function contextCharacters(fact: Fact): string[] {
  let characters = contextCharactersCache.get(fact);
  if (!characters) contextCharactersCache.set(fact, (characters = Array.from(normalizeText((fact.context ?? []).join('')))));
  return characters;
}

/** The best fact if it is a credible answer: its label mostly present in the question. */
export function bestFact(ranked: RankedFact[], minimum = 0.5): RankedFact | undefined {
  const best = ranked[0];
  if (!best || best.score < minimum - (best.match.unitFits ? 0.1 : 0)) return undefined;
  // The label is mostly in the question, or the question is mostly explained by the label and its context.
  const { labelCoverage, questionCoverage, unitFits } = best.match;
  const credible =
    labelCoverage >= 0.6 ||
    (labelCoverage >= 0.4 && questionCoverage >= 0.5) ||
    // The question's own unit (几辆, 多少人) singles out the fact even when its label is worded differently.
    (unitFits === true && (labelCoverage >= 0.5 || (labelCoverage >= 0.25 && questionCoverage >= 0.4))) ||
    // "那个信访热线，接电话的话务员计划请多少人": a story around the asked count dilutes the question, not the label;
    // the one fact of the asked unit that matches a good part of its label well ahead of the rest is the count.
    (unitFits === true && !isMoneyUnit(best.fact.unit) && labelCoverage >= 0.4 && (ranked[1] === undefined || ranked[1].score <= best.score - 0.1)) ||
    // Retrieval found its row or sentence among the best passages: accept a looser wording match.
    (best.match.retrieved === true && labelCoverage >= 0.4 && questionCoverage >= 0.3);
  if (!credible) return undefined;
  return best;
}

/** Whether the question writes 其他 right before the line's name (其他城乡社区管理事务 for 城乡社区管理事务), its 支出 aside. */
function otherOfLabel(label: string, questionText: string): boolean {
  const name = normalizeText(label).replace(/支出$/, '');
  return Array.from(name).length >= 4 && questionText.includes(`其他${name}`);
}
