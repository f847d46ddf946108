import { datedYears, earlierYearInOtherWordsEn, namedYears } from './translate-question.ts';
import type { Intent } from './plan-schema.ts';
import { questionContent } from './match-measure.ts';
import { asksSomething, sentencesOf } from './asker-asides.ts';
import { namesSecondSide } from './names-second-side.ts';

export interface IntentReading {
  intent: Intent;
  years: number[];
  previousPeriod: boolean;
  unitWanted?: '万元' | '元';
  /** True when the question asks for a number (多少, how much), as opposed to a passage. */
  wantsNumber: boolean;
  /** The people counter the asker uses (多少人 -> 人, 几名 -> 名), so 39名 is answered as 39人 when asked so. */
  peopleCounter?: '人' | '名' | '位';
  /** The asker wants the earlier figure derived from the stated change, not read from the earlier disclosure. */
  derivedFromStatedChange?: boolean;
}

/** Words that ask what a term means (什么是, 啥意思); the definition finder also strips them from the term. */
export const definitionCueZh = /(什么是|什么叫|(?:是个|是一个|属于)?(?:什么|啥)概念|怎么定义|是什么意思|什么意思|啥意思|是啥|指啥|指的是什么|是指什么|指什么|是指哪|指的是哪|指哪种|指哪类|是哪种钱|是什么钱|(?:是|指|指的是)哪(?:一)?部分(?:钱|开支|费用|支出)|(?:是|指|指的是)哪[几两三四五六]+[样种类项](?:钱|东西|费用|开支)?(?=[啊呀呢吧嘛]?(?:[？?。！!]?\s*$|\s+(?![^？?]*(?:多少|几))))|(?:统计)?口径是(?:什么|啥)|是?(?:什么|啥)口径|按(?:什么|啥|哪种|怎样的)口径|怎么统计的|含义|定义|界定|名词解释|解释(?:一下)?(?:这个|这些)?名词|怎么理解|如何理解|(?:怎么|如何|咋|怎样|怎么样)(?:来)?解释|是哪[三两]公|(?<=[”"’](?:经费|费用|支出)?)[，,]?\s*(?:这个|这项|这笔钱|这笔|它)?(?:具体|都|到底|一般|究竟)?(?:包括|包含|涵盖)了?(?:哪几项|哪些|什么|些啥|些什么|哪几种|哪几样|哪几块|哪[三两]项|哪[三两]样)|口径\s*(?:是指|指的是|指|包括)|(?<![是的])指哪些)/;

/** "用来管标准化菜场的钱", "用于…的那笔钱": money named by what it is used for; the use is the first group. */
// The verbs that name money by its use (用来管…的钱, 花在…上).
const useVerbZh = '(?:用来|用于|用在|花在|拿来)';
const moneyNamedByUse = new RegExp(`${useVerbZh}([^，,。？?]{1,40}?)的(?:那笔|这笔|那部分|这部分|那块|这块)?(?:钱|经费|资金|预算|费用|款项?)`);
/** "在标准化菜场和副食品行业管理上安排了多少钱": money named by where it is spent; the use is the first group. */
const moneySpentOn = /在([^，,。？?]{4,40}?)(?:上|方面|这块|这一块)(?:安排|花|投入|用|拨|给)了?(?:多少|几)/;

/** The use a question names its money by (用于…的那笔钱, 在…上安排了多少), or undefined. */
/** "用在标准化菜场和副食品行业管理上的到底是多少": money named by what it is used on, its amount asked. */
const moneyUsedOnAsked = new RegExp(`${useVerbZh}([^，,。？?]{4,40}?)上的?(?:钱|经费|资金)?(?:到底|究竟)?(?:是|有)?(?:多少|几)`);

/** "安排了多少钱用来支持中小企业发展": the amount asked first, the use after it. */
const amountForUse = new RegExp(`(?:多少|几)[万亿千百]?块?(?:钱|元|经费|资金)(?:来|去)?${useVerbZh}([^，,。？?]{2,40})`);

export function namedUseOf(question: string): string | undefined {
  return (moneyNamedByUse.exec(question) ?? moneySpentOn.exec(question) ?? moneyUsedOnAsked.exec(question) ?? amountForUse.exec(question))?.[1];
}
// …and its amount asked (多少, 几).
// "用来请客吃饭的招待费有多少钱": a line named after its use (招待费) is money named by use too.
// "打算花多少钱用于政府采购": an amount asked, the use after it.
const moneyNamedByUseAsked = new RegExp(`(?:${moneyNamedByUse.source}|${useVerbZh}[^，,。？?]{1,40}?的[\\u4e00-\\u9fa5]{0,4}费)[^。？?]{0,12}?(?:多少|几)|(?:多少|几)[万亿千百]?块?(?:钱|元|经费|资金)?(?:来|去)?${useVerbZh}`);

/** The question asks what money is used for (用于, used for), not how much it is. */
export function asksUse(text: string): boolean {
  // 用在 asks a use when a question word follows (用在哪些地方); "用在标准化菜场…上的到底是多少" names money by its use.
  // "How much is it paying to rent the office building used for its reception centre?": "used for" in a question that
  // asks how much describes a thing, and asks no use.
  // "用于机关日常运转的机关运行经费预算有多少": a use before 的 describes money whose amount is asked.
  return /(用于(?![^，,。？?！!]{1,24}?的[^，,。？?！!]{0,24}?多少)|用途|用在(?=了?(?:哪|什么|啥))|用来(?![^，,。？?！!]{1,24}?的[^，,。？?！!]{0,24}?多少)|做什么|干什么|干嘛|干啥|做啥|用场|什么用|啥用|花在(哪|什么)|花在了(?:哪(?!些?项目)|什么(?!项目))|花到了?(哪|什么)|钱都去哪|是干什么用|是做什么用|^(?![\s\S]*\bhow (?:much|many)\b)[\s\S]*\bused for|what .{0,30}\b(?:used|spent|meant|intended|earmarked|allocated|paying|pay) for\b|spent on what|what for\b|for what\b|\bwhat (?:does|do|did|will|would) .{0,100}\b(?:use\b.{0,100}\bfor(?:\s+in\s+(?:19|20)\d{2}|,?\s+(?:according to|going by|per|under|in)\s+(?:the|its|their)\s+[^?]{0,40})?\s*\??\s*$|(?:actually\s+)?pay for\b)|(?:actually )?pay for\??\s*$|(?:actually )?spent on(?:\s+(?:through(?:out)?|over|during|in)\s+(?:the|this|that)\s+year|\s+in\s+(?:19|20)\d{2})?\s*\??\s*$|go(?:es|ing)? towards?\b|\bwhat\b(?: kinds? of \w+)? (?:is|are|was|were) .{0,80}\b(?:meant|supposed|intended|used|designed) to (?:cover|pay for|fund|support|finance)\b|what (?:is|are|was|were) .{0,120}\b(?:mainly|mostly|chiefly|primarily|largely) (?:(?:used|earmarked|allocated|intended|meant|budgeted|set aside|reserved) )?(?:for|spent on|going to)\b)/i.test(text);
}

// Order matters: the first rule that matches decides. Each rule has a Chinese and an English pattern.
const rules: Array<{ intent: Intent; zh: RegExp; en: RegExp }> = [
  {
    intent: 'definition',
    zh: definitionCueZh,
    // "what are the 'three public expenses' in its budget?": a quoted term asked about, not its figure.
    // ("what means 机关运行经费?": the word order of a non-native asker.)
    en: /\b(what (?:exactly )?does .+ mean|what means\b|what (?:kind|sort|type) of (?:money|funds?|funding|spending|expense|expenditure|income|revenue|item|cost) is (?:a |an |the )?['"‘“]|what (?:kind|sort|type) of (?:money|funds?|funding|spending|expense|expenditure|income|revenue|item|cost) (?:is|are) (?:that|this|it|these|those)(?=\s*[?.!]|\s*$)|what is (?:the )?meaning\b|what ['"“‘][^'"”’]+['"”’](?:\s*\([^)]*\))? means|meaning of|define|definition|what (?:exactly |precisely )?is meant by|what (?:exactly |precisely )?(?:do|does|did) (?:they|it|the [\w-]+(?: [\w-]+)?) mean by|what are .+ \bmeant\b|what (?:exactly |precisely )?counts as|what is included in|what does (?!.+\b(?:mainly|mostly|chiefly|largely|primarily)\s+(?:cover|include)\b).+ (cover|include)|what (?:that|the|this) (?:term|word|phrase|expression|label|category) (?:covers|means|includes|refers to)|what (?:exactly |precisely )?(?:does|do) (?:that|the|this) (?:term|word|phrase|expression|label|category) (?:cover|mean|include|refer to)|(?:that|the|this) (?:term|word|phrase|expression) (?:actually |really )?means\b|what (?:does|do) .+ (?:refer to|stand for)|what (?:exactly )?(?:is|are) (?:covered|included) (?:by|in)|how does .+ (?:explain|describe) what|how (?:is|are) .+ defined|how does .+ define|what (?:(?:two|three|four|five|\d) )?kinds? of (spending|expenses|costs)|\b(?:term|phrase|word|concept|expression)\b[^?]*[.;:]\s*what (?:exactly |precisely )?(?:does|do) (?:it|that|this) (?:cover|mean|include|refer to))\b|\bwhat (?:are|is) (?:the )?['"“‘][^'"”’]+['"”’](?!\s*(?:budget|figure|amount|total|spending|line|cost|costs)\b)/i,
  },
  {
    intent: 'share',
    // 占用情况表 (assets occupied) is no share, nor is money a part takes up (工程类占了多少钱).
    zh: /(占(?![用有地])(?!了?多少(?:钱|万|元|块|资金|经费|预算))(?!了?几(?:万|百万|千万)).{0,16}(比例|比重|百分之|多少|几成|%)|比例|比重|占比|百分比|所占|百分之几|百分之多少|几个百分点|增幅|降幅|增长率|下降率|多少倍|几倍)/,
    en: /\b(share|percentage|proportion|percent|what fraction|ratio|how many times)\b|(?:what|which|how many)\s*%|%\s*of\b/i,
  },
  {
    intent: 'average',
    // 单价100万元以上的设备 qualifies what is counted: 单价 followed by an amount is no average asked.
    // 按现有的车摊下来一辆多少钱: spread over the cars, per car.
    // "每个季度都要付一笔钱，四个季度加起来", "每个季度的用款计划加起来": a period's payment summed over the periods is no
    // average.
    zh: /(平均|每辆|每台|每个(?!季度[^。？?]*(?:加起来|一共|合计|总共))|每人|每名|人均|单价(?![\d０-９]|为?\d)|均价|每平方米|每项|摊(?:下来|到|给)|均摊|分摊|一辆(?:车)?(?:一年)?(?:要|得|合)?多少)/,
    // "per security guard", "per hotline operator": a counted noun a word or two after per.
    // "per-car figure", "divide … by the number of cars": the hyphened per and a division by a count are averages too.
    en: /\b(average|per[- ](vehicle|car|person|head|item|unit|employee|staff|capita)|divide[sd]? .{2,120}? by (?:the )?(?:number|count|headcount) of|per (?:[\w'’-]+\s+){0,2}?(?:persons?|people|employees?|workers?|operators?|guards?|cleaners?|hires?|vehicles?|cars?)\b|each (vehicle|car)|each of (?:its|their|the) (?:[\w-]+ )?(?:vehicles|cars)\b|mean value|unit price|(?:spread|divided|split|shared)(?: out)?(?: evenly| equally)? (?:over|across|among|by) .{0,80}?\b(?:per|a|each) (?:month|quarter)|per square met(?:re|er)s? (?:for (?:the |a )?|a |per |each )year)\b/i,
  },
  {
    intent: 'max',
    // "最多不能超过多少", "最高不超过": a cap asked (≤), not the largest item.
    zh: /(最贵|最多(?!不|只|可以|能|也就|就)|最大|最高(?!不|只|可以|能)|最大的|金额最高|(哪个|哪一项|哪项|哪一类|哪类).{0,6}最(贵|多|大|高))/,
    en: /\b(most expensive|largest|biggest|highest|the most|greatest)\b/i,
  },
  {
    intent: 'min',
    zh: /(最便宜|最少|最小|最低|(哪个|哪一项|哪项|哪一类|哪类).{0,6}最(少|小|低|便宜))/,
    en: /\b(cheapest|smallest|lowest|the least|fewest)\b/i,
  },
  {
    intent: 'comparison',
    // ("哪一项预算安排较多": the money word before 安排, then 较多.)
    zh: /((?:哪个|哪一个|哪项|哪一项|哪块|哪一块|哪笔|哪一笔|哪部分)(?:的)?(?:预算|经费|资金|钱)(?:安排|分配|拨付)(?:得)?(?:更|比较|较)(?:多|高|大|少|低)|(?:哪个|哪一个|哪项|哪一项|哪块|哪一块|哪部分|哪笔|哪一笔|哪样|哪种|哪边|谁)(?:多|高|大)(?!少)|哪个更|(?:哪个|哪一个|哪项|哪一项|哪家|哪一家|哪块|哪一块|哪部分|哪边|哪头|哪笔|哪一笔|哪样|哪一样|哪种|谁)(?:花|给|拨|安排|分)?(?:的|了|得)?(?:钱|经费|预算|资金)(?:更|比较|较)?(?:多|高|大|贵|少|低|小)|哪一?年(?:的)?(?:更|比较|较)?(?:多|高|大|少|低)|哪一?年的?[^，,。？?]{1,16}?(?:更|比较|较)?(?<!多)(?:多|高|大|少|低)(?=[？?，,。！!]|\s*$)|(哪个|哪一个|哪项|哪一项|哪家|哪一家|哪个单位|哪块|哪一块|哪部分|哪一部分|哪边|哪一边|哪样|哪一样|哪笔|哪一笔|谁).{0,12}更(多|高|大|贵|少|低|小)|(哪个|哪一个|哪项|哪一项|哪家|哪一家|哪块|哪一块|哪部分|哪一部分|哪边|哪一边|哪笔|哪一笔|谁).{0,4}(花)?(得|的)(?:钱|经费|预算|资金)?(多|高|大|贵|少|低|小)|哪一个更|多还是少|高还是低|大还是小|相比.{0,8}(多|少|高|低)|比较(?!(?:大|多|高|少|低|小|好|贵|常见|重要|集中|稳定|明显|突出))|(?:多|高|大|贵)[，,]?\s*还是[^。？?，,]{1,30}(?:多|高|大|贵)[呢啊呀吧]?(?:[？?。]|\s*$))/,
    en: /\b(which (?:line|item|one|project|category|budget line)\b[^?:]{1,60}?\b(?:gets|got|receives|received|has|had|costs|spends) (?:more|less)\b|which (?:one |item |line |bill |figure |of the two )?(?:is|was|were|are) (?:budgeted|allocated|funded|given|set) (?:at )?(?:more|higher|larger|bigger|greater|less|lower|smaller)|which (?:one |year |item |line |project |figure |amount |budget |of the two )?(?:is|was|has|had|gets|got|spends|spent|receives|received|costs|cost) (?:the )?(more|larger|bigger|higher|greater|less|smaller|lower|pricier|costlier|dearer|cheaper|more expensive)|which (?:unit|office|body|one) (?:is|has|gets|spends)|which of (?:the|these|those) (?:two|three) (?:[\w-]+ ){0,3}?(?:is|was|are|were) (?:the )?(?:larger|bigger|higher|greater|smaller|lower)|which of (?:the|these|those) (?:[\w-]+ ){0,3}?(?:has|had|gets|got|spends|spent|receives|received) (?:the )?(?:larger|bigger|higher|greater|smaller|lower|more|less)|which (?:one |unit |office |of (?:the|these|them|the two) )?(?:costs?|gets|got|spends?|spent|has|had|receives?|received|takes|took|budgets?|budgeted|allocates?|allocated|sets aside|puts|pays|paid|plans|planned) (?:(?:them|us|it|you) )?(?:more|less)|more or less|(?:more|less|larger|bigger|higher|greater|smaller|lower) in (?:19|20)\d{2},? or (?:in )?(?:19|20)\d{2}|(?:more|less) (?:money )?(?:(?:is |are )?(?:go|goes|going|spent|set aside|budgeted|allocated|earmarked) )?(?:on|for|to|in|into) .{2,120}?\bor (?:on|for|to|in|into)?\b|compare|(?<!\b(?:by|from|on|to|per|in|with) (?:the|its|that) (?:stated |reported |published |disclosed )?)(?<!\b(?:that|this) )comparison(?! (?:stated|given|made|published|reported|point|figure|number|base|baseline)\b)|higher or lower|bigger or smaller|versus(?!\s+(?:19|20)\d{2}\b)(?!\s+(?:last|the previous|the prior|a) (?:year|yr)\b)|vs\.?(?!\s*(?:19|20)\d{2}\b)(?!\s*(?:last|the previous|the prior|a) (?:year|yr)\b))\b/i,
  },
  {
    intent: 'previous_year',
    zh: /(?<![比较])(去年|上年|上一年|前一年|上年度)(?!.{0,6}(增|减|变化|相比|多了|少了))/,
    // "in the earlier budget that 2022 is compared with" asks that budget's level, unless a change is asked too.
    en: new RegExp(String.raw`\b(last year|previous year|prior year|the year before|${earlierYearInOtherWordsEn})\b(?!.{0,30}\b(increase|decrease|change|compared|differ))|^(?!.*\b(?:by how much|how much (?:more|less)|fell|fall|drop|dropped|rose|rise|increased?|decreased?|changed?|grew|grow|cut|differ)\b).*\b(?:earlier|previous|prior|base|baseline) (?:budget|figure)\b`, 'i'),
  },
  {
    intent: 'change',
    zh: /(比上年|较上年|比之前|比以前|比上次|较之前|同比|增减|增加了?多少|减少了?多少|增长了?多少|下降了?多少|变化|变动|多了多少|少了多少|增加还是减少|增长|下降|减少|增加)/,
    en: /\b(change|changed|go(?:es)? up|went up|gone up|go(?:es)? down|went down|gone down|increase|increased|decrease|decreased|grow|grown|grew|growth|shrink|shrank|shrunk|fell|fall|drop|dropped|cut(?!-?off\b)|compared (with|to) (last|the previous|the earlier) (year|budget)|rise|rose|risen)\b/i,
  },
  {
    intent: 'difference',
    zh: /(相差|差额|差了?多少|差了?几(?:万|千|百|十)?(?:块|元)?|差距|高出|多出|少多少|多多少|多花|少花|多用|少用|贵多少|便宜多少|高多少|低多少|大多少|小多少|高了多少|低了多少|比[^，,。？?]+?[多少](?:安排|拨|给|支出|投入|列支|开支|拿|预算)了?多少)/,
    en: /\b(difference|gap|minus|subtract(?:ed|ing)?|take away|by how much (?:is|was|are|were)\b.{0,200}\b(?:more|less|larger|bigger|higher|greater|smaller|lower|fewer) than|how far apart|how far (?:below|above|under|over|short of|behind|ahead of)|how much (more|less|larger|bigger|higher|greater|smaller|lower)|how many (?:more|fewer) (?:yuan|rmb)|how many (?:yuan|rmb|10,000 yuan|ten thousand yuan) (?:more|less|fewer)|exceed|(?:bigger|larger|higher|greater|more|smaller|lower|less) than\b[^?]{2,80}\bby how (?:much|many))\b/i,
  },
  {
    intent: 'total',
    // A加B: 加 between two named items, not the 加 of 增加 or 加强.
    zh: /(一共|总共|合计|加起来|之和|共计|总和|加在一起|合在一起|算在一起|加总|求和|总计|加一块|加一起|合起来|一块儿|加上|(?<![增追参附外添叠施])加(?![强快大班工油入挂])(?=[\u4e00-\u9fa5]{2,}.*(多少|几)))/,
    // "…total 2025 housing money for staff — housing provident fund plus home-purchase subsidies?": a total named and
    // two items joined by plus.
    // "…if you count only base salary, allowances and performance bonuses": the items counted, three or more, are summed.
    en: /\b(in total|total of|combined|altogether|sum of|together|add(?:s|ed)? up|the total for|adding)\b|\s\+\s|\btotal\s*[?？.]?\s*$|\btotal\b.*\bplus\b|^(?!.*\b(?:minus|than|difference|share|percent(?:age)?|ratio)\b).*\w\s+plus\s+\w|\b(?:count(?:ing)?|includ(?:e|ing)) only\s+[^,.?]{2,40},\s*[^,.?]{2,40}(?:,\s*[^,.?]{2,40})*,?\s+and\s/i,
  },
  {
    intent: 'list',
    zh: /(用于|用在(?=了?(?:哪|什么|啥))|用途|用来|做什么|干什么|用场|什么用|啥用|哪些|都有什么|哪几|构成|组成|(?:包括|包含|涵盖)(?:什么|啥)|(?:什么|哪些|啥)场合|(?:什么|哪些|啥)[^，,。？?]{0,6}用的[？?。]?\s*$)/,
    en: /\b(used for|spent on what|what (?:does|do|did|will|would) .{0,100}\buse\b.{0,100}\bfor(?:\s+in\s+(?:19|20)\d{2}|,?\s+(?:according to|going by|per|under|in)\s+(?:the|its|their)\s+[^?]{0,40})?(?=\s*\??\s*$)|what (?:is|are|was|were) .{0,120}\b(?:mainly|mostly|chiefly|primarily|largely|actually|really) (?:(?:used|earmarked|allocated|intended|meant|budgeted|set aside|reserved) )?(?:for|spent on|going to|going towards?)\b|what (?:is|are|was|were) .{0,80}\bfor\s*[?.]?\s*$|what .{0,30}\b(?:used|spent|meant|intended|earmarked|allocated|paying|pay) for\b|what (?:does|do) (?!.{0,100}\b(?:term|phrase|word|expression|label)\b).{0,100}\b(?:mainly|mostly|chiefly|largely|primarily) (?:cover|include|fund)\b|\bwhat (?:is|are|was|were) .{0,80}\b(?:meant|supposed|intended|used) to (?:cover|pay for|fund)\b|what for\b|for what\b|which (?:line |budget |spending |sub-?)?items|\bline[- ]items\s*[?.]?\s*$|which (?:[a-z-]+ )?(?:indicators|metrics) (?:are|were|does|do|did)\b|which (?:sub-?)?lines (?:sit|fall|come|are listed) under|which projects|which (?:services|goods|works|things|contracts)|what (?:does|do|will|is|are) .{0,60}\b(?:buy|buying|purchase|purchasing|procure|procuring)\b(?! (?:cost|costs|come to|total|add up))|what (?:services|goods|things) (?:is|are|does|do|will)|(?:which|what) (?:internal |other |sub-?)?(?:units|offices|departments|depts|divisions|sections|institutions|organi[sz]ations)|^\s*list\b|(?:can|could) you list|please list|consist|made up of|include|includes|(?:what(?:'s| is) the |give (?:me )?(?:the |a )?|a )breakdown|breakdown of|components)\b/i,
  },
];

const numberCue = {
  zh: /(多少|(?<![哪这那])几[个项人辆件台次套名]?|金额|数额|数量|规模|预算是|是多|花了|花费|钱|面积|价值|值多少|目标值|指标值|不少于|不低于|至少|上限|下限|额度|多大|多高|比例|几成|核实|核对|数字|多长时间|多久(?![^，。？?]{0,4}一次)|(?:提供|给出|告知|报一下|查一下)[^，,。；;？?]{0,40}?(?:总数|总额|预算数|数额|数值))/,
  en: /\b(how (much|many|large|big)|amount|number of|figure|line|cost|costs|spend|spent|spends|spending on|paying|budget|budgeted|allocation|allocated|appropriation|appropriated|funding|price|paid|rent|fee|fees|value|worth|area|target|total|rate|share|maximum|minimum|cap|ceiling|limit)\b/i,
};

const statedChangeMethodEn = /\b(?:(going by|based on|given|using|from|according to|judging (?:by|from)|working back(?:wards)? from|work(?:ing)? backwards? from|derived? from|back(?:ing|ed) out (?:from|of)) (?:the |its )?(?:(?:19|20)\d{2} )?(?:(?:doc|document|budget|disclosure|report)['’]s )?(?:stated |reported |disclosed |published )?(?:year-on-year |year-over-year |yoy |annual )?(?:increase|decrease|change|rise|drop|cut|growth|reduction|comparison)|(?:working|work|going) back(?:wards)? from (?:that|this|it)|(?:implied|given|shown|stated) by (?:the |its |their )?[^,.?!]{0,60}?(?:budget|disclosure|document|report)s?,? (?:which|that) (?:reports?|states?|gives?|shows?|discloses?) (?:the |its |a )?(?:year-on-year |year-over-year |annual )?(?:increase|decrease|change|rise|drop|cut|growth|reduction|comparison))\b/gi;
// "按万里街道2025年预算说明里给的增幅倒推": the source may be named between 按 and the change.
const statedChangeMethodZh = /(根据|按照|按|依据|从)[^，,。？?；;]{0,24}?(增加|减少|增长|下降|增减|变化|增幅|降幅|涨幅|增减额)(数|额|幅度|金额)?(推算|计算|算|来看|倒推|反推)?/g;

const changeItselfAskedEn = /\bwhat (?:was|were|is|are) (?:the|that|this|its|their) (?:(?:actual|real|exact|precise|true|stated|reported|official) )?(?:drop|cut|decrease|increase|rise|fall|change|reduction|growth|difference|gap)\s*[?.!]?\s*$/i;

const toldChangeEn = /\b(?:went (?:down|up)|fell|rose|dropped|declined|decreased|increased|grew|(?:was|were) (?:cut|reduced|raised|lowered))\b[^.?!]{0,40}?\b(?:compared (?:with|to)|from|against|over|on)\s+(?:the\s+)?(?:(?:19|20)\d{2}|year before|previous year|prior year|last year)\b[^.?!]*[.;]\s/i;

/** True when the question names a stated change as the way to its answer ("going by the stated increase"). */
export function asksByStatedChange(question: string, lang: 'zh' | 'en'): boolean {
  if (question.search(lang === 'en' ? statedChangeMethodEn : statedChangeMethodZh) >= 0) return true;
  // "Its 2022 fleet budget went down compared with 2021. What was the vehicle figure the year before?": a change the
  // asker tells, then the earlier year asked in a later sentence.
  if (lang === 'en') {
    const told = toldChangeEn.exec(question);
    if (told && /\b(?:what|how much|how many)\b[^.?!]*\b(?:the year before|(?:the )?previous year|(?:the )?prior year|last year|(?:19|20)\d{2})\b/i.test(question.slice(told.index + told[0].length))) return true;
  }
  // "…说是比2024年预算增加了，倒推回去，…": the change the question states, then worked back from.
  return lang === 'zh' && /(增加|减少|增长|下降|多了|少了|砍了|涨了|降了)了?[^。？?]{0,8}?(倒推|反推|推算|倒算)/.test(question);
}

/**
 * "…是多少？用2022年预算里的增减数算一下": a closing clause that says how to work the answer out asks nothing itself.
 * The question before it is kept (with its own punctuation).
 */
export function withoutMethodClause(question: string): string {
  // ("…，请根据…增减情况，推算其2021年…预算数。": what follows the verb is what is asked, and the clause stays.)
  const clause = /[。，,；;？?]\s*(?:能不能|可不可以|能否|可否|请|麻烦|帮忙|帮我)?(用|按|根据|按照|依据|通过)[^。？?]{0,30}(算一下|算算|推算|计算|倒推|算出|得出)([^。？?，,；;]*)[。？?]?\s*$/.exec(question);
  if (clause && questionContent(question.slice(0, clause.index)) && !questionContent(clause[3]!)) return question.slice(0, clause.index + 1);
  // "…那23年的预算是多少钱，，帮忙倒推一下": a last clause that only asks to work it out.
  const plea = /[。，,；;？?]+\s*(?:帮忙|帮我|麻烦|请|你)?(?:帮忙)?(?:倒推|推算|反推|倒算|算|推)(?:一下|下|算)?[。？?！!]?\s*$/.exec(question);
  if (plea && questionContent(question.slice(0, plea.index))) return `${question.slice(0, plea.index)}？`;
  // "…砍了两千多万。按他们2025年预算说明倒推，2024年的预算总数是多少？": a method clause before the asking one goes too.
  // ("请核实：按其2025年部门预算说明推算，…": after a colon too.)
  const before = /(^|[。，,；;：:])\s*(?:用|按|根据|按照|依据|通过)[^。？?，,；;：:]{0,30}(?:推算|计算|倒推|反推|倒算|算出|得出)\s*[，,]/.exec(question);
  return withoutOpeningClause(question, before);
}

/** The question without a clause `match` found (its first group the mark before it, kept), when something is left. */
function withoutOpeningClause(question: string, match: RegExpExecArray | null): string {
  if (!match) return question;
  const rest = question.slice(0, match.index + match[1]!.length) + question.slice(match.index + match[0].length);
  return questionContent(rest) ? rest : question;
}

/**
 * "按万里街道办事处2025年部门预算披露的口径，该街道实有公务车辆多少辆": an opening clause naming the basis the figure is
 * read on (口径, 说法, 为准) says where to look, not what is asked. The question without it; unchanged when nothing
 * would be left. Documents are still chosen on the whole question, which names the unit and year there.
 */
export function withoutSourceClause(question: string): string {
  // "…有几辆公车？按2025年预算公开的数字说。": a closing sentence that only names the basis goes too.
  // ("…有几辆车？看2025年预算公开里的说法。": 看 names the basis too.)
  const closing = /(?<=[。？?！!，,])\s*(?:按照|按|根据|依据|依照|以|看|参照)[^。？?，,；;]{2,40}?(?:的)?(?:口径|说法|表述|数据|数字|为准)(?:来看|来算|计算|为准|来说|说|回答)?\s*[。.！!]?\s*$/u;
  const trimmed = closing.test(question) ? question.replace(closing, '') : question;
  // ("按照万里街道2025年部门预算里讲的，…": what the budget says is the basis too.)
  // ("按万里街道2025年的部门预算说明，…": the document named whole is the basis too.)
  return withoutOpeningClause(trimmed, /(^|[。，,；;：:])\s*(?:按照|按|根据|依据|依照|以)[^。？?，,；;]{2,40}?(?:(?:的)?(?:口径|说法|表述|数据|为准)(?:来看|来算|计算|为准)?|(?:里|中|上)(?:讲|说|写|列|显示|公布)的|(?:部门|单位)预算(?:编制)?(?:说明|公开|文件|材料|报告|信息)?(?:里|中|上)?(?:的)?(?:来看|来说|看)?)\s*[，,]/.exec(trimmed));
}

// An amount the asker states ("a post claims 10 million yuan", 想和12.30万元比一下) says nothing of the unit wanted.
// ("涨了两亿多元": 多 or 余 between the amount and its unit.)
// ("才1万块", "才二十多万": in 块, or in 万 with the 元 left unsaid.)
// ("construction is like RMB 37.8m": the currency before the amount.)
const statedAmount = /(?:[\d０-９][\d０-９.,，]*|[一二两三四五六七八九十百千]+)\s*(?:(?:million|billion|thousand|hundred)\s+)?(?:(?:万|亿|千|百)?[多余来]?\s*(?:元|块钱?|yuan\b|rmb\b)|(?:万|亿)[多余来]?)|(?:\b(?:rmb|cny)|¥)\s*[\d.,]+\s*(?:k|m|mn|bn|million|billion|thousand)?\b/gi;

/** The money unit the asker asks in (多少万元, how many yuan, in ten thousand yuan), not one of an amount they state. */
export function askedMoneyUnit(question: string): '万元' | '元' | undefined {
  const asked = question.replace(statedAmount, ' ');
  // "in 10k yuan", "in units of 10,000 yuan": the 万元 the disclosures count in.
  if (/万元|ten thousand|\b10k\b|\b10,000 yuan|\b10 000 yuan|\bwan\b/i.test(asked)) return '万元';
  return /(多少元|(?<![万亿])元(?!\/)|\byuan\b|\brmb\b)/i.test(asked) ? '元' : undefined;
}

/**
 * "说明称…减少595.70万元，请据此核实2020年的总额": the premise quotes the document; what is asked follows 据此 (or
 * ，那 / ，倒推). The question from the marker on, when something is asked there; else the whole question.
 */
export function withoutPremise(question: string): string {
  // "…预算比上一年砍了两千多万。2024年的预算总数是多少？": a sentence stating a change before the asking one.
  // (，那个专项，: 那 pointing at a thing, not "then".)
  const premiseEnd = /(据此|由此|照此|按此|以此|[，,]\s*那么?(?=[^么个项笔些块部边里])|[，,]\s*(?=(?:倒推|反推|倒算|推算))|(?<=(?:比上一?年|比去年|较上年|比\d{4}年)[^。？?！!]*[。！!])(?=[^。？?！!]*[？?]\s*$))/.exec(question);
  // "…少了两千三百多万，照这个算，2024年他们的预算是多少": the way to work it out ends the premise and names nothing.
  const byThat = /[，,]\s*(?:照|按|依)(?:这个|此|这样|这么)(?:来)?算(?:的话|下来)?\s*[，,]/.exec(question);
  if (byThat && questionContent(question.slice(byThat.index + byThat[0].length))) return question.slice(byThat.index + byThat[0].length);
  // ("…是多少？手头只有2024年的预算，请据此推算。": a closing 据此推算 only says how to work it out, and asks nothing.)
  const rest = premiseEnd ? question.slice(premiseEnd.index + premiseEnd[0].length).replace(/(?:请)?(?:推算|计算|倒推|反推|倒算|核实|核算|算)(?:一下|下|出来)?/g, '') : '';
  return premiseEnd && questionContent(rest) ? question.slice(premiseEnd.index) : question;
}

const workingOut = new Set<Intent>(['total', 'difference', 'comparison', 'share', 'average', 'max', 'min', 'previous_year', 'change']);

/** The last English sentence that asks (a question mark or a question word), when there are two or more. */
/** The closing sentence of a Chinese question whose earlier sentences (ended by 。/！) only tell, ask nothing. */
function toldThenAskedZh(question: string): string | undefined {
  const sentences = question.split(/(?<=[。！!])/).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return undefined;
  const told = sentences.slice(0, -1);
  if (told.some((sentence) => /(多少|(?<!好)几(?![十百千万])|吗|哪|什么|啥|怎么|如何|请|麻烦|帮|是否|能否|计算|算一|[？?])/.test(sentence))) return undefined;
  return sentences[sentences.length - 1];
}

export function askingSentence(question: string): string | undefined {
  const sentences = sentencesOf(question, 'en');
  if (sentences.length < 2) return undefined;
  return [...sentences].reverse().find((sentence) => asksSomething(sentence, 'en'));
}

/**
 * "…2021年的“三公”经费是多少？22年的说明里不是讲比上年少了嘛。": a sentence after the question that asks nothing is
 * the asker's reasoning. Returns the question without it, and the reasoning.
 */
export function withoutReasoning(question: string): { asked: string; reasoning?: string } {
  const split = /^(.+?[？?])(.+)$/su.exec(question);
  return split && !/(多少|几|哪|什么|啥|吗|是否|怎么|如何|[？?])/.test(split[2]) ? { asked: split[1], reasoning: split[2] } : { asked: question };
}

/**
 * The question joins two or more measures (A和B, A加上B, A + B, A and B): a sum or comparison of named things, not one
 * measure described by 一共. 加 of 增加/追加/加强 joins nothing.
 */
export function joinsMeasures(question: string): boolean {
  return /(和|与|跟|及|、|(?<![增追参附外添叠施])加(?![强快大班工油入挂])|\+|＋|&|\band\b|\bplus\b)/i.test(question);
}

const changeAsMeansEn = /\b(?:going by|based on|judging by|as implied by|implied by|according to|using)\s+(?:that|the|this|its)\s+(?:stated\s+|reported\s+|quoted\s+)?(?:year-on-year\s+|annual\s+)?(?:change|cut|increase|decrease|drop|rise|fall|reduction)\b(?:\s+(?:reported|stated|given|quoted)\s+in\s+(?:its|the)\s+\d{4}\s+[\w\s]{0,30}?budget)?/i;

/** The last English sentence asks a level (how much was / what was), names a year before the document's, and asks no change itself. */
function earlierLevelAskedEn(question: string, documentYear: number): boolean {
  const sentences = question.split(/(?<=[.!?;])\s+/).filter((sentence) => sentence.trim());
  // "…, going by that stated change?": the change named as the way to the answer is no change asked.
  const asking = (sentences[sentences.length - 1] ?? '').replace(/\b(?:going by|based on|from|judging by|as implied by|implied by|according to)\s+(?:that|the|this|its)\s+(?:stated\s+|reported\s+|quoted\s+)?(?:year-on-year\s+)?(?:change|cut|increase|decrease|drop|rise|fall|reduction)\b/gi, ' ');
  if (sentences.length < 2 || !/\b(?:how much|what|how big|how large)\s+(?:was|were|did)\b/i.test(asking)) return false;
  if (/\b(?:cut|cuts|increase|increased|decrease|decreased|change|changed|rise|rose|fall|fell|drop|dropped|more|less|higher|lower|difference|gap|by how much|percent|percentage|share)\b/i.test(asking)) return false;
  return namedYears(asking).some((year) => typeof year === 'number' && year < documentYear);
}

/** The last clause asks (多少/几), names a year before the document's, and asks no change, rate or share itself. */
function earlierLevelAsked(question: string, documentYear: number): boolean {
  // "…说财政拨款比23年减少了 那23年的预算是多少钱": a space typed between Chinese words parts clauses too.
  const clauses = question.split(/[，,。；;]|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5\d])/).filter((clause) => clause.trim());
  // "…要用2020年那年的预算收支安排总数，是多少万元？": a last clause that only asks (是多少) asks of the clause before it.
  const last = clauses[clauses.length - 1] ?? '';
  const asking = /^\s*(?:是|有|为|共|一共|总共)?(?:多少|几)[\u4e00-\u9fa5]{0,3}[？?。]?\s*$/.test(last) && clauses.length >= 2 ? `${clauses[clauses.length - 2]}${last}` : last;
  // "它对比的那一年预算总额是多少": the year compared with, named by reference.
  if (/(对比|相比|比较)的(那一?年|年份)/.test(asking) && /(多少|几|多大)/.test(asking)) return true;
  // "请据…同比变动，核实2021年“三公”经费的对应数额": a formal request for the figure asks as 多少 does.
  const requestsFigure = /(?:核实|提供|给出|告知|确认|列出|说明)[^，,。；;]*?(?:数额|金额|数字|预算数|数值)\s*[。？?]?\s*$/.test(asking);
  if (!(/(多少|几|多大)/.test(asking) || requestsFigure) || /(增|减|变化|变动|多了|少了|涨|降|幅|比|占|率)/.test(asking)) return false;
  return namedYears(asking).some((year) => typeof year === 'number' && year < documentYear);
}

/** Reads intent, years and period from a question. Pure; the matcher finds the measures. */
export function detectIntent(question: string, lang: 'zh' | 'en', documentYear?: number | null): IntentReading {
  const originalQuestion = question;
  // "网上有说法称…2025年“三公”经费大幅增加、超过10万元。请帮我们核实：…2025年“三公”经费预算到底是多少？": a claim
  // heard elsewhere, checked by a later sentence asking the same year's figure, says nothing of what is worked out.
  if (lang === 'zh') {
    const claim = /^[^。？?！!]*?(?:网上|网传|有人|听说|据说|传言|传闻|有说法|有报道|媒体)[^。？?！!]*?(?:称|说|讲|报道)[^。？?！!]*[。！!]/.exec(question);
    const rest = claim ? question.slice(claim[0].length) : '';
    const restYears = namedYears(rest);
    if (claim && /[？?]|多少|几/.test(rest) && restYears.length > 0 && restYears.every((year) => !documentYear || year >= documentYear)) question = rest;
  }
  if (lang === 'zh') question = withoutPremise(question);
  if (lang === 'zh') question = withoutSourceClause(withoutMethodClause(question));
  // "…2021年的“三公”经费是多少？22年的说明里不是讲比上年少了嘛。": a sentence after the question that asks nothing
  // is the asker's reasoning; the question's own sentence says what is asked (its years still count).
  const reasoning = lang === 'zh' ? withoutReasoning(question).reasoning : undefined;
  const years = namedYears(question);
  if (reasoning) question = question.slice(0, question.length - reasoning.length);
  // "我是…老同志，…，现在每个月就盼着那点钱，…，…多了多少万元？": a clause that narrates the asker's life (opening with
  // 我/现在/以前/平时…, naming no year, no quoted term and asking nothing) works nothing out (每个月 is no average).
  if (lang === 'zh') {
    const clauses = question.split(/(?<=[，,])/);
    const narrates = (clause: string, index: number) =>
      index < clauses.length - 1 &&
      /^\s*(?:我|俺|咱|现在|以前|平时|平常|这些年|每天|天天|老伴|家里)/.test(clause) &&
      !/(?:19|20)\d{2}|\d{2}年|[“"‘「]|多少|几|吗|哪|[？?]/.test(clause);
    if (clauses.length >= 3 && clauses.some(narrates)) question = clauses.filter((clause, index) => !narrates(clause, index)).join('');
  }
  // "My neighbour rang the petitions hotline last year. How many people…?": a time in a sentence that asks nothing and
  // names no money or change dates the asker's story, not the figure.
  if (lang === 'en') {
    const sentences = question.split(/(?<=[.!])\s+/);
    const told = (sentence: string) =>
      !/[?]|\b(?:how|what|which)\b/i.test(sentence) &&
      /\b(?:last|previous|the year before)\b/i.test(sentence) &&
      !/\b(?:budget\w*|spen[dt]\w*|costs?|funds?|funding|money|expens\w+|figures?|yuan|wan|lower|higher|less|more|increase\w*|decrease\w*|cuts?|rose|rise|fell|grew|drop\w*|chang\w+|allocat\w+|paid|pay|down|up)\b/i.test(sentence);
    if (sentences.length > 1 && sentences.some(told) && !sentences.every(told)) question = sentences.filter((sentence) => !told(sentence)).join(' ');
  }
  // "Going by the stated increase, what was the 2024 budget?" names the change as the way to the answer, not as the
  // answer: the question is about the earlier level.
  const byStatedChange = lang === 'en' ? statedChangeMethodEn : statedChangeMethodZh;
  if (asksByStatedChange(question, lang) && years.some((year) => documentYear && year < documentYear)) {
    question = question.replace(byStatedChange, ' ');
  }
  // "最多多少钱" asks for a cap, not for the largest of several items.
  const capWording = /(最多|最高|最少|最低|至多|至少)(是|能|可以|为|要)?[\u4e00-\u9fa5]{0,2}?(多少|几)|(maximum|minimum|at most|at least|cap|ceiling|upper limit)/i.test(question);
  // "…caps the total cost of hiring guards… — how much does that work out to per person?": a cap divided is an average.
  // (So is "there's a cap on what they can cost in total. How much is that per person?")
  const worksOutPerItem = /\b(?:work(?:s|ed)? out (?:to|at|as)|comes? (?:out )?to|on average|spread (?:[\w'’-]+\s+){0,4}?(?:evenly |equally )?(?:over|across|among)|divided (?:by|over|among)|split evenly)\b[^?.!]{0,60}\b(?:per|each|a)\s+\w+|\bper\s+[\w-]+(?:\s+[\w-]+)?\s+on average\b|\b(?:how much|what) (?:is|would|does) (?:that|this|it)(?: be| come to| amount to| work out to)? per\s+(?:person|head|guard|worker|employee|hire|car|vehicle|project)\b|平均下来|摊下来|摊到每/i.test(question);
  // 上年结转 / "carried over from last year" is a budget item, not a question about last year.
  const carryOver = /(上一?年(?:的)?(?:结转|结余)|去年(?:的)?(?:结转|结余)|结转过来|carr(y|ied|ies)[- ]over|brought forward)/i.test(question);
  const ruleFor = (text: string) =>
    rules.find(
      (rule) =>
        // "The daily cap per person" is a standard (元/人/天) to look up, not an average to compute.
        !(capWording && (rule.intent === 'max' || rule.intent === 'min' || rule.intent === 'difference' || (rule.intent === 'average' && !worksOutPerItem))) &&
        !(carryOver && rule.intent === 'previous_year') &&
        (lang === 'en' ? rule.en : rule.zh).test(text),
    );
  // "My water and power bills went up this year. What about … water plus electricity together?": the sentence that
  // asks says what is asked; the one before it is the asker's context.
  // Only a kind of working-out is taken from it: "Is it true that … at least 19,000 cases? What exactly is the target?"
  // asks a figure whatever the closing "what is" would say alone.
  const asking = lang === 'en' ? askingSentence(question) : undefined;
  // "去年…才九百来万，今年一看好像翻了好几倍。2025年这一项比2024年多了多少钱？": what the asker tells in sentences
  // that ask and request nothing is context; the closing sentence says what is worked out.
  const askingZh = lang === 'zh' ? toldThenAskedZh(question) : undefined;
  const askedWorking = asking ? ruleFor(asking) : askingZh ? ruleFor(askingZh) : undefined;
  // "每个季度都安排了15万元，这笔钱是花在哪个工程上的？": a per-period figure the asker states is told, not an average asked.
  const toldPerPeriod = lang === 'zh' ? question.replace(/每个?(?:季度|月)[^，,。？?！!]{0,6}?[\d.]+\s*(?:万元|元|万)/g, '') : question;
  let matched = (askedWorking && workingOut.has(askedWorking.intent) ? askedWorking : undefined) ?? ruleFor(toldPerPeriod);
  // "Street offices are the lowest rung of city government. How many vehicles did…": a superlative in a sentence that
  // only tells the context asks for no largest or smallest item.
  if (asking && asking.trim() !== question.trim() && (matched?.intent === 'max' || matched?.intent === 'min') && askedWorking?.intent !== matched.intent) matched = askedWorking;
  let intent: Intent = matched?.intent ?? 'lookup';
  // "城管执法这一行合计是多少": 合计 names a table's column of the row asked, not a sum to work out.
  if (intent === 'total' && lang === 'zh' && /(?:[这那该此本]一?|一)(?:行|栏|列)(?:的)?合计|合计(?:那|这)一?(?:栏|列)|合计栏|合计列/.test(question) && !/(一共|总共|加起来|之和|加在一起|加一块|加一起|合起来|加上)/.test(question)) intent = 'lookup';
  // "他们单位一共有几辆公车": a count asked with 一共 and no second thing joined is one stated count.
  if (intent === 'total' && lang === 'zh' && /(?:一共|总共|共)有?(?:几|多少)[辆台名人个家套]/.test(question) && !/(和|与|及|加上|加起来|、|还有|以及)/.test(question)) intent = 'lookup';
  // "用来管标准化菜场的钱有多少": the use names which money; its amount is asked, not a list of uses.
  if (intent === 'list' && moneyNamedByUseAsked.test(question)) intent = 'lookup';
  // "有一大笔钱专门用来扶持中小企业，具体安排了多少？": the use, told in a clause before, names which money; the last
  // clause asks its amount.
  if (intent === 'list' && lang === 'zh') {
    const clauses = question.split(/[，,；;]/).filter((clause) => clause.trim());
    const last = clauses[clauses.length - 1] ?? '';
    const earlierAsk = clauses.slice(0, -1).some((clause) => /(哪|什么|啥|几|多少|吗)/.test(clause));
    if (clauses.length > 1 && !earlierAsk && /(多少|几)/.test(last) && !asksUse(last) && !/(哪|什么|啥)/.test(last)) intent = 'lookup';
  }
  // "搞宣传的比搞组织工作的多了多少": 多了多少 after a second thing (not a year) is a gap between two, not a change.
  if (intent === 'change' && /(多了|少了|高了|低了)多少/.test(question) && namesSecondSide(question)) intent = 'difference';
  // Two years set against each other (2025年…比2024年, from 2024 to 2025) ask for the change between them.
  // "跟2023年实际花掉的相比砍掉了多少": an amount asked between two years is their change, not which is larger.
  const amountBetweenYears = intent === 'comparison' && lang === 'zh' && /多少/.test(question) && !/(哪|谁)/.test(question);
  if (years.length >= 2 && (intent === 'lookup' || intent === 'difference' || amountBetweenYears) && /(比|较|相比|低于|高于|少于|多于|than|compared|from .*\bto\b)/i.test(question)) intent = 'change';
  // "What was X in the 2020 budget that 2022 is compared with?" asks the earlier level, not the change.
  // "…changed compared with 2021. Working back from that, what was the 2021 figure?": the same, with the method named.
  if (
    lang === 'en' &&
    intent === 'change' &&
    // "…dropped compared with 2023. What was the actual drop?": the sentence that asks names the change itself.
    !changeItselfAskedEn.test(question) &&
    // "…fell compared with 2021. What was the 2021 figure?": a sentence of its own asks the earlier level.
    (/(?:^|[.?!;:,]\s+|\s[-–—]\s+)(?:(?:so|then|and|but)\s+)?(?:what (?:was|were)|what did (?:it|they|that|this|the \w+) (?:stand at|come to|amount to)|how much (?:was|were) (?:it|they))\b/i.test(question) ||
      // "What does the stated cut imply the 2021 figure was?"
      /\b(?:figure|level|amount|total|budget|number) (?:was|were|stood at|came to|would have been)\b/i.test(question) ||
      // "What 2024 figure does that imply?"
      // "What 2024 budget figure does that comparison imply?", "What 2023 budget figure does the stated decrease imply?"
      /\bwhat (?:\d{4} )?(?:[\w-]+ )?(?:figure|level|amount|total|budget|number) (?:does|do|would) (?:that|this|it|they|the (?:stated |reported |disclosed )?(?:change|decrease|increase|cut|drop|rise|fall|reduction|comparison))(?: [\w-]+)? (?:imply|suggest|give|mean)\b/i.test(question) ||
      (asksByStatedChange(originalQuestion, lang) && /\bwhat (was|were)\b/i.test(question))) &&
    documentYear &&
    years.some((year) => year < documentYear)
  ) {
    intent = 'previous_year';
  }
  // "Before the 2025 cut, how much did the budget come to?": the level before the stated change, no earlier year named.
  else if (lang === 'en' && intent === 'change' && /\bbefore (?:the|its|that|this) (?:\d{4} )?(?:cut|increase|rise|drop|decrease|reduction|change|growth|jump|fall)\b/i.test(question)) {
    intent = 'previous_year';
  }
  // "It cut what it spends running its cars in 2022 compared with 2021. So how much was the money … back in 2021?":
  // the premise states the change; the sentence that asks names the earlier year and asks its level.
  // "please state its 2024 income, as implied by the year-on-year change reported in its 2025 budget": the change is
  // named as the way to the earlier year's level, which is asked.
  else if (
    lang === 'en' &&
    intent === 'change' &&
    documentYear &&
    (earlierLevelAskedEn(question, documentYear) ||
      (changeAsMeansEn.test(question) && namedYears(question.replace(changeAsMeansEn, ' ')).some((year) => typeof year === 'number' && year < documentYear)))
  ) {
    intent = 'previous_year';
  }
  // "…财拨收入比2024年减少了，2024年财拨收入预算是多少": the premise states a change; the clause that asks names the
  // earlier year and asks its level, with no change word of its own.
  else if (lang === 'zh' && (intent === 'change' || intent === 'share') && documentYear && earlierLevelAsked(question, documentYear)) {
    intent = 'previous_year';
  }
  // "…少了大约600万元。请问作为比较基数的那一年，预算收支安排是多少万元？": the level the change is measured from is asked.
  else if (lang === 'zh' && documentYear && /(?:比较|对比|相比)的?基数|作为基数|基数(?:那一?年|年份)/.test(question) && /多少|几/.test(question)) {
    intent = 'previous_year';
  }
  // "按2025年预算的说法，2024年的X是多少": the document's year is the source, the other year is asked for.
  else if (
    years.length === 2 &&
    intent === 'lookup' &&
    documentYear &&
    years.includes(documentYear) &&
    // "截至2023年8月31日的车辆" in the 2024 budget dates a count, not a year asked about.
    years.some((year) => year < documentYear && !datedYears(originalQuestion).includes(year))
  ) {
    intent = 'previous_year';
  }
  // Staff notes end on the measure itself (因公出国费预算？, 基本支出占比？): that asks for its figure.
  const endsOnMeasure =
    lang === 'zh' &&
    /(预算|费|经费|支出|收入|资金|拨款|比重|占比|比例|总额|多少)[？?。]?\s*$/.test(question) &&
    !/(什么|哪些|哪个|哪几|为什么|怎么|如何|是否|有没有|包括|含义|意思)/.test(question);
  const wantsNumber = endsOnMeasure || (lang === 'en' ? numberCue.en : numberCue.zh).test(question);
  let previousPeriod = intent === 'previous_year';
  // "2021年的三公经费" in a 2022 document is a previous-year question unless a change is asked.
  // "As of 31 August 2023" in a 2024 document dates a count (assets, vehicles) the document itself states.
  // "那2024年当时一共安排了多少钱": 一共 of one named measure describes it; an earlier year's whole is still asked.
  // "…cut the money for cars, hosting and trips abroad compared with the year before. How big was that combined pot in
  // 2021?": the parts are named in the premise; the sentence that asks joins nothing and asks one earlier level.
  // ("What do those two 2023 figures come to together?" counts the parts the premise named: a sum of several.)
  const countsParts = (text: string) => /\b(?:two|both|three|four|five|those|these)\b/i.test(text);
  const oneMeasureTotal = intent === 'total' && (!joinsMeasures(question) || (asking !== undefined && !joinsMeasures(asking) && !countsParts(asking) && namedYears(asking).length === 1));
  const levelYears = intent === 'total' && asking !== undefined && namedYears(asking).length === 1 ? namedYears(asking) : years;
  if ((intent === 'lookup' || oneMeasureTotal) && documentYear && levelYears.length === 1 && levelYears[0] < documentYear && !datedYears(originalQuestion).includes(levelYears[0])) {
    intent = 'previous_year';
    previousPeriod = true;
  }
  // "What are the three public expenses?" with nothing asking for an amount asks what the term means.
  if (lang === 'en' && intent === 'lookup' && !wantsNumber && /^\s*(what\s+(is|are)|what's)\b/i.test(question)) intent = 'definition';
  // "what exactly are the 'three public expenses'?" asks what the term covers, wherever the clause stands.
  // "what exactly is its 2025 government procurement budget?" asks the figure, said exactly.
  if (lang === 'en' && intent === 'lookup' && /\bwhat exactly (is|are)\b/i.test(question) && !/\bwhat exactly (?:is|are)\b[^?]*\b(?:budget|budgets|figure|amount|total|spending|expenditure|cost|costs|allocation|sum)\b/i.test(question)) intent = 'definition';
  // "Is it true that … committed to at least 19,000 cases? What exactly is the target?": a figure the asker states
  // for checking asks for the document's own figure.
  // "普陀商务委2025年三公才1万块？真的假的": an amount stated and doubted asks for the document's figure too.
  const checksFigure =
    (lang === 'en' && /^\s*(?:is it (?:true|right|correct|accurate)|did|does|do|was|were|is|are|has|have|had)\b[^?]*?\d[\d,]*(?:\.\d+)?/i.test(question)) ||
    (lang === 'zh' && new RegExp(statedAmount.source, 'i').test(question) && /(真的假的|是真的吗|真的吗|对吗|对不对|没错吧|属实吗|准确吗|是不是真的|不会吧|[吗嘛][？?]?\s*$)/.test(originalQuestion));
  if (checksFigure && (intent === 'lookup' || intent === 'text' || intent === 'definition')) return { intent: 'lookup', years, previousPeriod, unitWanted: askedMoneyUnit(question), wantsNumber: true };
  if (intent === 'lookup' && !wantsNumber) intent = 'text';
  if (intent === 'list' && wantsNumber && !asksUse(question)) {
    // "三公经费包括哪些，各多少" lists parts with figures; a plain "how much" stays a lookup.
    intent = /(哪些|哪几|什么|which|what are|\blist\b|\bitems\b)/i.test(question) ? 'list' : 'lookup';
  }
  // "…财政拨款收入比上年少了，答复口径里要写明2024年的预算数是多少，以及减少的原因": a stated change, then an earlier
  // year's figure asked, asks that earlier level (worked back from the change), whatever the reason asked beside it.
  // "how much has it set aside …, and did it change from 2024?": a level asked first, with a yes/no about the change
  // after it, asks the level.
  const statedThenEarlier =
    lang === 'zh' &&
    intent === 'change' &&
    typeof documentYear === 'number' &&
    /(比上一?年|比去年|较上年|比(?:19|20)\d{2}年)[^。？?！!]{0,20}?(少|多|减少|增加|下降|增长|降|涨)/.test(question) &&
    // (The earlier year's own clause, after a comma: 2024年少多少 is the change itself.)
    [...question.matchAll(/[，,。；;][^，,。？?！!]*?((?:19|20)\d{2})年(?:的)?[^，,。？?！!比较少多减增降涨]{0,12}?(?:是|为|有)?多少/g)].some((match) => Number(match[1]) < documentYear);
  // "…went up compared with the 2020 budget. What basic expenditure does that imply for the 2020 budget?"
  const impliedEarlier =
    lang === 'en' &&
    intent === 'change' &&
    typeof documentYear === 'number' &&
    [...question.matchAll(/\bimpl(?:y|ies|ied)\b[^?.!]{0,40}?\b(?:for|in|of) (?:the |its )?((?:19|20)\d{2})\b/gi)].some((match) => Number(match[1]) < documentYear);
  if (statedThenEarlier || impliedEarlier) intent = 'previous_year';
  if (lang === 'en' && intent === 'change' && /\bhow much\b[^?]{3,160}?,?\s+and\s+(?:did|has|have|was|is)\s+(?:it|that|this|the (?:figure|amount|budget))\s+(?:change|changed|gone (?:up|down)|go (?:up|down)|risen|fallen|rise|fall|increase|increased|decrease|decreased)\b/i.test(question)) intent = 'lookup';
  const unitWanted = askedMoneyUnit(question);
  const derivedFromStatedChange = intent === 'previous_year' && (asksByStatedChange(originalQuestion, lang) || statedThenEarlier || impliedEarlier);
  const peopleCounter = lang === 'en'
    ? /\bhow many (?:\w+ ){0,3}(?:people|persons|staff|employees|workers|personnel|guards|cleaners|operators)\b/i.test(question) ? '人' : undefined
    : (/(?:几|多少)个?(人|名|位)(?!次)/.exec(question)?.[1] as IntentReading['peopleCounter']);
  return {
    intent,
    years,
    previousPeriod,
    unitWanted,
    wantsNumber,
    ...(derivedFromStatedChange ? { derivedFromStatedChange } : {}),
    ...(peopleCounter ? { peopleCounter } : {}),
  };
}
