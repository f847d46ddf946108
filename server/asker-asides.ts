import { leadingUnitClauseZh } from './unit-described.ts';
import { countsLinesBefore } from './without-examples.ts';
/**
 * What an asker says about themselves, not about the budget: "我稿子里要引用准确数字。", "For a press note:",
 * "I need the exact figure for my article." Such a sentence names no measure, and its words (稿子, note) would read
 * as a topic the documents lack. It is dropped before the question is read; the question itself is kept whole.
 */

// A sentence that asks something: a question mark or a question word.
// 这几辆车, 好几年: 几 after 这/那/好 counts nothing asked.
// A request in the imperative asks too: 请计算…的比例。, 请列出….
const asksZh = /[？?]|多少|(?<![这那好十前])几[个辆台项名人件次套栋年]?|哪|什么|啥|吗|呢|怎么|如何|是否|有没有|是不是|请(?:计算|列出|列举|比较|说明|提供|给出|核实|确认|算)/;
const asksEn = /\?|\b(?:how|what|which|whose|when|where|why|who)\b/i;
// "I'm a student comparing how Chinese cities fund…." asks nothing: an English sentence asks when it ends on a question
// mark or opens with a question word, not for a "how" inside it.
// ("Please state the total…": a request asks as a question does. "I need the exact figure for my story." does not:
// it tells what the asker needs of the question before it.)
const asksEnSentence = (sentence: string) =>
  /\?\s*$/.test(sentence) ||
  /^\s*(?:how|what|which|whose|when|where|why|who)\b/i.test(sentence) ||
  /^\s*(?:(?:please|kindly)\s+(?:state|give|tell|list|provide|confirm|check|show|quote|say|find|work out|calculate|add|compare|explain))/i.test(sentence);

// The asker speaking of themselves and of why they ask: 我(们)…引用, 本人…写稿, I need it for my article. A sentence
// about the asker that says no purpose ("I heard they spent 2.5 million on cars.") is content and stays.
// A sentence that opens on what the answer will be used for (回复网友时要用准确口径) is about the asker too.
const aboutAskerZh = /^(?:我|我们|咱们|咱|本人|笔者|因为|由于|为了|是为了|用于|要用于|写稿|稿子|稿件|新闻稿|通稿|回复|答复|回应|对外|发稿|报道|引用|核对|对账)/;
const aboutAskerEn = /^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|we're|we’re|we've|we’ve|my|our|this is for|it's for|it’s for|that's for|that’s for|need it for|needed for|thanks|thank you)\b/i;

const purposeZh = /稿|引用|报道|写|发布|答复|回复|采访|读者|需要|核对|材料|汇报/;
const purposeEn = /\b(?:need|needs|needed|want|quote|quoting|cite|citing|write|writing|articles?|story|report|notes?|release|reply|press|deadline|readers?|drafts?|drafting|briefing|piece|column|thanks|thank|student|students|studying|study|research|researcher|researching|comparing|comparison|thesis|homework|class|course|curious|learning|never|new to)\b/i;

// "For a press note:", "写稿用：" — a lead-in that says what the answer is for, ended by a colon.
// "Press office draft:", "Media enquiry:": a label naming the kind of note, ended by a colon.
const labelLeadInEn = /^\s*(?:(?:press|media|news)\s+(?:office\s+)?)?(?:draft|note|enquiry|inquiry|query|request|memo|brief)\s*[:：]\s*/i;
// What a piece of writing or a reply is called: a note, a briefing, a feature.
const pieceEn = 'note|reply|release|article|story|statement|briefing|piece|report|draft|response|brief|column|post|box|explainer|graphic|infographic|chart|slide|thread|video|podcast|segment|newsletter|fact-?check|comparison|project|assignment|essay|paper|presentation|survey|analysis|page|edition|bulletin|broadcast|feature|profile|investigation|roundup|backgrounder|study|thesis|review|memo';
// "For our release I need the 2024 figure…": the piece the figure is for, before the asker says what they need.
const pieceLeadBeforeNeedEn = new RegExp(`^\\s*for\\s+(?:a|an|my|our|the|this)\\s+(?:[\\w-]+\\s+){0,2}(?:${pieceEn})s?\\s+(?=(?:I|we)\\s+(?:need|want|would like|'d like|’d like|have to|must)\\b)`, 'i');
const leadInEn = new RegExp(
  `^\\s*for\\s+(?:a|an|my|our|the|this|today's|today’s|tomorrow's|tomorrow’s|next|this week's|this week’s)\\s+(?:[\\w-]+\\s+){0,2}(?:${pieceEn})s?(?:\\s+(?:on|about|to|for|of)\\s+[\\w\\s'’-]{1,40}?)?(?:\\s+(?:I|I'm|I’m|I am|we|we're|we’re|we are)\\s+[\\w\\s'’-]{1,30}?)?\\s*[:,—–-]\\s*`,
  'i',
);

// "…，并说明出自预算公开的哪一部分。", "…, and in which part of its disclosure is it stated?": where the figure stands is
// asked of every answer already (its citation), so the clause asks nothing more.
const whereStatedZh = /[，,；;]\s*(?:并|并且|同时)?(?:请)?(?:说明|注明|标明|指出|告知|列明)[^，,。？?]{0,8}(?:出自|来自|在|位于|见于|载于)[^，,。？?]{0,16}(?:哪|什么|位置|出处|页码)[^，,。？?]{0,8}([。？?]?)\s*$/;
const whereStatedEn = /,?\s*(?:and\s+)?(?:(?:in|from|on)\s+which\s+(?:part|section|table|page|chapter)\b[^?]*|where\b[^?]*)\b(?:is it|was it|is that|is this|it is|they are|are they)\s+(?:stated|given|shown|found|published|disclosed|listed|reported|set out)\b[^?]*(\??)\s*$/i;
// Also the asker speaking of what they are doing (我们在做同类单位三公对比：) or what the figure is for (审计对账用：).
const leadInZh = /^(?:[^，,：:？?。]{0,10}(?:稿|答复|回复|通报|发布会|口径)[^，,：:？?。]{0,6}|(?:我|我们|咱们|本人|笔者|阿拉|俺|俺们|咱)[^，,：:？?。]{1,24}|[^，,：:？?。]{1,10}用)[：:]\s*/;

// "（只要项目名称，金额不用列）", "（就是货物、工程、服务合起来的那个总数）": a closing bracket that tells how to answer or
// restates what was asked.
const closingNoteZh = /[（(]\s*(?:只要|只需|只用|就是|也就是|即|不用|不要|无需|不需要|麻烦|谢谢|指的是|我是说)[^（）()]*[）)]\s*([？?。！!]?)\s*$/;

// "我是来市里反映问题的老百姓，想问一下…": the asker introducing themselves in a clause of their own.
// "俺是廊坊的，想问问…": said in dialect (俺, 咱, 阿拉, 侬) too; "作为市人大代表，…" without the pronoun.
// "开小店的看不大懂：…": who the asker is, said by what they do (开…的, 做…的), before a colon or a comma.
const selfIntroductionZh = /^\s*(?:(?:我|我们|本人|俺|俺们|咱|咱们|阿拉)(?:是|作为)[^，,。？?！!]{1,30}|作为[^，,。？?！!：:]{1,30}|(?:我是|俺是)?(?:开|做|干|跑)[\u4e00-\u9fa5]{1,6}的[^，,。？?！!：:]{0,8})[，,：:]\s*(?:想问一下|想问问|想了解一下|想知道|请问)?/;

// "…主要用于哪些事项，我处拟在新闻通稿中逐项列明，并请与预算公开文本表述保持一致。": clauses after the question that
// say what the asker will do with the answer, or how to give it, open with such words.
const trailingNoteZh = /[，,；;]\s*(?:以便|便于|以供|供我|用于我|拟用于|拟写入|拟用作|拟引用|拟纳入|我处|我办|我科|我局拟|我单位|本处|并请|请与|请按|如有出入|如需|谢谢|感谢)[^？?]*?([。！!？?]?)\s*$/;

// "…, A or B? Give the amount.": a closing request for the figure, too.
const figureOnlyEn = /^\s*(?:(?:so\s+|and\s+)?(?:what(?:\s+exactly)?(?:'s|’s| is| was)|which is)\s+(?:exactly\s+)?(?:the\s+|that\s+)?(?:exact\s+|actual\s+|real\s+|precise\s+|correct\s+)?(?:target|figure|number|amount|value|total|sum)(?:\s+exactly|\s+then)?|(?:please\s+)?(?:give|state|include|quote|show)\s+(?:me\s+|us\s+)?(?:the\s+|its\s+|their\s+)?(?:exact\s+|actual\s+)?(?:amount|figure|number|value)s?(?:\s+too|\s+as well|,?\s+please)?)\s*[?.!]*\s*$/i;

// The words of a sentence that only says how to give the figure: 麻烦给个百分比，保留两位小数。请精确到万元。
const answerFormatZh = /麻烦|烦请|劳驾|请|谢谢|[你您]|给(?:出|个|一个)?|算(?:一下|下)?|一下|百分比|百分数|比例|准数|具体(?:的)?|数字|数值|结果|金额|单位|用|以|按|保留|精确到|四舍五入(?:到)?|小数点后|[两二一三]位|小数|万元|亿元|元|就行|即可|就好|就可以|[，,。！!、\s]/g;

// "(the office that handles citizens' letters and visits)": a bracket that says what a named body is.
const describingBracketEn = /\s*\((?:the|an?|which|who|that is|i\.e\.|aka|also known as)\b[^()]*\b(?:office|bureau|agency|department|unit|body|commission|committee|street|government|which|that|who)\b[^()]*\)/gi;

// "the \"three public expenses\" (overseas trips, official cars and official hospitality)": a bracket right after a
// quoted term glosses it, and its list is no list of items asked.
// A bracket giving the Chinese term ('agency operating expenses' (机关运行经费)) names it, and stays.
const glossBracketEn = /(["“'‘][^"”'’]{2,60}["”'’])\s*\((?=[^()\u4e00-\u9fff]*(?:,|\band\b))[^()\u4e00-\u9fff]*\)/g;

// "the 'three public expenses' - overseas trips, official cars and hospitality?": a dash after a quoted term glosses it too.
const glossDashEn = /(["“'‘][^"”'’]{2,60}["”'’])\s+[-–—]\s+(?=[^?.!]*(?:,|\band\b))[^?.!\u4e00-\u9fff]*(?=[?.!]|$)/g;

const questionForPieceEn = new RegExp(`\\b(?:question|query|enquiry|inquiry|request|check)\\s+for\\s+(?:a|an|my|our|the|this)\\s+(?:[\\w-]+\\s+){0,2}(?:${pieceEn})s?\\b`, 'i');

/**
 * "你好，…", "您好！…", "Hi there, quick one: …": a greeting (and a "quick question" lead) before the question asks
 * nothing, nor thanks after it; left in, a greeting's comma would part a clause the question's sides or frame are read
 * from, and thanks would end the last item of a sum.
 */
// "麻烦问下，", "想了解一下：": a polite lead closed by a comma or colon asks for the question after it.
const politeLeadZh = /^\s*(?:麻烦|劳驾|请|想|我想|想要|我想要|冒昧)?(?:问下|问一下|问问|请问|请教一下|请教|打听一下|打听下|咨询一下|咨询下|了解一下|了解下|知道一下)(?:一下)?[，,：:]\s*/u;

/** A Chinese question without a polite lead that only asks for what follows it (想了解一下：…), when something follows. */
export function withoutPoliteLeadZh(question: string): string {
  const without = question.replace(politeLeadZh, '');
  return without.trim() ? without : question;
}

export function withoutGreeting(question: string): string {
  const without = question
    .replace(/^\s*(?:(?:喂|哎|嗨|哈喽|你好|您好|大家好|老师好|小编好|同志)[呀啊哈，,！!。~～\s]*)+/u, '')
    .replace(/^\s*(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|dear (?:sir|madam|sir or madam|team|all))\b(?:\s+(?:there|all|team|folks|everyone)\b)?\s*[,!.;:-]?\s*(?:(?:a\s+)?quick (?:one|question|q)\s*[:,.!-]\s*)?/i, '')
    .replace(/^\s*(?:a\s+)?quick (?:one|question|q)\s*[:,.!-]\s*/i, '')
    .replace(politeLeadZh, '')
    // "Could you tell me: …": an English polite lead closed by a comma or colon asks for the question after it.
    .replace(/^\s*(?:(?:could|can|would) you (?:please )?(?:tell me|let me know|help me(?: with this)?|check)|(?:i'?d|i would) like to know|i have a question|(?:my )?question|query|please)\s*[:,]\s*/i, '')
    // "…预算多少钱？谢谢！", "… Thanks!": thanks closing the question ask nothing either.
    .replace(/(?<=\S)[，,。.\s]*(?:(?:非常|十分|多)?(?:谢谢|感谢)(?:你|您|啦|了|哈)?|多谢|谢啦|辛苦了|(?:many )?thanks(?: (?:a lot|so much|in advance))?|thank you(?: (?:very much|so much|in advance))?|thx|cheers)[!！。.~～\s]*$/iu, '')
    // "…多少？请注明出处。", "… Please say where in the document this is stated.": every answer cites where its figure
    // stands, so a closing request for the source asks nothing more.
    .replace(/(?<=(\S))[，,。.\s]*(?:请|烦请|麻烦|并|并请|同时|另外)?(?:注明|标明|给出|附上|提供|说明|告知|列明)(?:一下)?(?:具体的?)?(?:数据|数字)?(?:出处|来源|原文出处|依据|页码|所在(?:的)?(?:部分|章节|位置|页码))[。.！!]?\s*$/u, (_request, before: string) => (/[？?。！!]/.test(before) ? '' : '。'))
    .replace(/(?<=[.?!])\s*(?:please\s+)?(?:(?:say|tell me|tell us|state|show me|note|indicate)\s+where\b[^.?!]{0,60}\b(?:stated|given|shown|found|written|disclosed|listed|published)|(?:cite|quote|give me|give us|include)\s+(?:the|your|a)\s+(?:source|section|page|passage|citation|reference)s?(?:\s+(?:too|as well|please))?|(?:source|citation)s?,?\s+please)\s*[.!]?\s*$/i, '');
  if (!without.trim() || without === question) return question;
  // "hi there, quick one: is it true…": the question's first word is written as a sentence starts.
  return /^[a-z]/.test(without) && /[a-z]/i.test(question.charAt(0)) ? `${without.charAt(0).toUpperCase()}${without.slice(1)}` : without;
}

/**
 * "万里镇那边2024年，哦不对，是2025年，…", "Putuo's mayor's office, sorry, the District Government General Office: …",
 * "in 2024 - sorry, 2025": what the asker corrects is replaced by the correction. Years anywhere; an English phrase
 * only where it opens a sentence (the scope of "sorry" is that phrase). Pure.
 */
export function withSelfCorrections(question: string): string {
  return question
    .replace(/((?:19|20)\d{2}年?|\d{2}年)[，,]?\s*(?:哦|噢|啊|呃|额|哎)?[，,]?\s*(?:不对|不是不是|说错了|搞错了|记错了|写错了)[，,]?\s*(?:应该)?是\s*((?:19|20)\d{2}年?)/gu, '$2')
    .replace(/\b(?:19|20)\d{2}\s*(?:,|-|–|—)?\s*(?:sorry|I mean|or rather|no wait|oops|correction)[,:]?\s+((?:19|20)\d{2})\b/gi, '$1')
    // (A lead closed by a colon, "Hi there, quick one:", opens the phrase too.)
    .replace(/(^|[.?!:]\s+)[^,.?!:]{2,60},\s*(?:sorry|I mean|or rather|correction|my mistake)[,:]?\s+(?=\S)/gi, '$1');
}

export function withoutAskerAsides(question: string, lang: 'zh' | 'en'): string {
  // "…, in simple words?", "In plain English, what…": how to word the answer asks nothing.
  if (lang === 'en') question = question.replace(/,?\s*\b(?:in (?:plain|simple|everyday|layman['’]?s) (?:words|english|language|terms)|simply put|put simply)\b\s*,?/gi, ' ').replace(/\s+([?.!])/g, '$1').trim();
  // "…out of government-managed funds — the separate pot fed by things like land-sale revenue?": a dashed gloss
  // closing the question, describing the term before it (fed by, known as, things like), asks nothing. ("— the executed
  // amount, not the budget?" says which figure is asked, and "— the basic pension plus the annuity?" names the parts
  // summed: both stay.)
  if (lang === 'en') question = question.replace(/\s+[—–]\s+(?:the|a|an|i\.e\.,?)\s+(?![^?]*(?:\b(?:how|what|which|who|when|why|not|amount|figure|number|executed|actual|actually|final|total|and|or|plus|minus|than|versus|vs|with|add|sum)\b|[+=&/]))(?=[^?—–]*\b(?:fed|funded|financed|filled|made up|known|called|like|such as)\b)[^?—–]{3,160}(?=\?\s*$)/i, '');
  // "the two running-cost lines under 'government offices…' — administrative operation and public-institution
  // operation — add up to?": after a count of lines, the dashed list names the lines counted, and is no gloss.
  if (lang === 'en') {
    question = question
      .replace(describingBracketEn, '')
      .replace(glossBracketEn, '$1')
      .replace(glossDashEn, (gloss, term: string, offset: number, whole: string) => (countsLinesBefore(whole.slice(0, offset)) ? gloss : term));
  }
  {
    const where = (lang === 'en' ? whereStatedEn : whereStatedZh).exec(question);
    if (where && where.index > 0 && (lang === 'en' ? asksEn : asksZh).test(question.slice(0, where.index)) || (where && lang === 'zh' && /请给出|请提供|请告知/.test(question.slice(0, where.index ?? 0)))) {
      question = `${question.slice(0, where!.index)}${where![1] || (lang === 'en' ? '?' : '。')}`;
    }
  }
  // "我办拟发布的预算解读材料中写明“…446.64万元”，烦请核实": where the asker wrote the figure is no part of what it is.
  if (lang === 'zh') question = question.replace(/^\s*(?:我|我们|我办|我处|我科|我单位|本人|本处)[^，,。“”"]{0,24}?(?:写明|写道|写着|写的是|提到|称|表述为)[:：]?\s*/, '');
  if (lang === 'zh') {
    const note = trailingNoteZh.exec(question);
    const before = note ? question.slice(0, note.index) : '';
    if (note && (asksZh.test(before) || /请提供|请告知|烦请|请确认|请核实|麻烦/.test(before))) question = `${before}${note[1] || '。'}`;
  }
  if (lang === 'zh') question = question.replace(closingNoteZh, '$1');
  // "…项目支出一栏填的是多少元？基本支出那栏我已经核过了。": a closing sentence saying what the asker already checked
  // names what is not asked.
  if (lang === 'zh') {
    const checked = /(?<=[。！!？?])\s*[^。！!？?]{0,24}?(?:已经|已|刚刚?|都)(?:核对|核|查|看|算|对|确认)(?:过|好|完)了?[^。！!？?]{0,8}[。！!]?\s*$/.exec(question);
    if (checked && asksZh.test(question.slice(0, checked.index))) question = question.slice(0, checked.index);
  }
  // "我们物业公司在对接…", "我们车行平时…": the asker's own business names no topic of the budget.
  if (lang === 'zh') question = question.replace(/(^|[。！!？?]\s*)(?:我们|我|本)(?:这家|家|这个)?[\u4e00-\u9fa5]{0,6}?(?:公司|车行|商行|门店|小店|厂|协会|团队|工作室)(?=[在是做想要平刚正也都一])/g, '$1我们');
  // "我们在写一篇社区稿子，…": a first clause in which the asker says what they are writing asks nothing.
  if (lang === 'zh') {
    const writing = /^\s*(?:我|我们|本人|笔者)[^，,。？?！!]{0,16}(?:写|撰写|起草|准备)[^，,。？?！!]{0,10}(?:稿|报道|文章|材料|答复|回复|汇报)[^，,。？?！!]{0,6}[，,]\s*/.exec(question);
    if (writing && !asksZh.test(writing[0]) && asksZh.test(question.slice(writing[0].length))) question = question.slice(writing[0].length);
  }
  if (lang === 'zh') {
    const introduction = selfIntroductionZh.exec(question);
    if (introduction && question.length > introduction[0].length + 4) question = question.slice(introduction[0].length);
  }
  // "社区公共服务中心建在真金路和交通路路口的那个街道办，2024年预算里城管执法安排了多少？": a clause that picks out the
  // unit by what it does or where it builds (…的那个街道办) names the unit, which is read from the whole question, and
  // no measure asked.
  if (lang === 'zh') {
    const identifying = leadingUnitClauseZh.exec(question);
    if (identifying && asksZh.test(question.slice(identifying[0].length))) question = question.slice(identifying[0].length);
  }
  if (lang === 'en') question = question.replace(labelLeadInEn, '').replace(pieceLeadBeforeNeedEn, '');
  // "…the general public services line is split into personnel, public-use and project columns. What's in the
  // public-use column?": the parts a told sentence lays out are the choices; the asking sentence picks one.
  if (lang === 'en') {
    const without = question.replace(/\s+(?:is|are|gets|get)\s+(?:split|divided|broken\s+down|broken\s+up|separated)\s+(?:in)?to\s+[^.?!]+(?=[.!]\s+\S[^]*\?)/gi, '');
    if (without !== question && asksEn.test(without)) question = without;
  }
  // "How many vehicles does the street office's 2024 budget say it actually had?": the budget that says it is where the
  // figure is read, no budget line asked.
  // (Only where a count is asked: "The 2025 budget says it went down" is about the budget itself.)
  // ("According to Wanli Street's 2025 budget, how many vehicles…": the same for the budget read from.)
  if (lang === 'en' && /\bhow many\b/i.test(question)) {
    question = question
      .replace(/\b(according to\s+[^,?]{0,80}?)\bbudget\b(?=\s*,)/gi, '$1disclosure')
      .replace(/\b((?:(?:19|20)\d{2}\s+)?)budget(\s+(?:say|says|said|state|states|stated|show|shows|showed|report|reports|list|lists)\s+(?:that\s+)?(?:it|they|there)\b)/gi, '$1disclosure$2');
  }
  // "I read the Wanli street office budget of 2024. How many cars…?": the budget the asker read is the document, no
  // budget line. (Not "I read that the budget for cars fell": what was read there is a claim.)
  if (lang === 'en') question = question.replace(/(^|[.!?]\s+)((?:I|we)\s+(?:have\s+|'ve\s+|’ve\s+|just\s+|was\s+|were\s+|am\s+|'m\s+|’m\s+)?(?:read|reading|looked at|looking at|found|went through|going through|checked|checking|saw|seen)\s+(?!that\b)(?:the\s+|their\s+|its\s+|a\s+)?[^.?!]{0,60}?)\bbudget(s?)\b(?=[^.?!]*[.!])/gi, '$1$2disclosure$3');
  // "My notes say Wanli Street budgeted 412.23 wan yuan…. Can you confirm or correct that?": where the asker has the
  // figure from is no part of the claim to check.
  if (lang === 'en') question = question.replace(/(^|[.!?]\s+)(?:my|our)\s+(?:own\s+)?(?:notes?|draft|records?|sources?|figures?|copy|story|article)\s+(?:say|says|said|show|shows|showed|put|puts|have|has|had|list|lists|listed|state|states)\s+(?:that\s+)?/gi, '$1');
  const leadIn = lang === 'en' ? leadInEn : leadInZh;
  const asks = lang === 'en' ? asksEn : asksZh;
  // "For a feature on how Hebei handles public petitions:": a question word opening what the piece is about asks
  // nothing.
  const leadAsks = (lead: string) => asks.test(lang === 'en' ? lead.replace(/\b(?:on|about|of)\s+(?:how|what|why|where|who|which)\b.*$/is, '') : lead);
  const lead = leadIn.exec(question);
  let text = lead && !leadAsks(lead[0]) && question.length > lead[0].length ? question.slice(lead[0].length) : question;
  if (lang === 'en') text = withoutReadingLead(text);
  // "…砍了两千多万。我这边写回复口径要用上一年的数：按…倒推，…是多少？": a later sentence may open with such a lead-in too.
  const sentences = sentencesOf(text, lang).map((sentence, index) => {
    const later = index > 0 ? leadIn.exec(sentence.trimStart()) : null;
    if (later && !leadAsks(later[0]) && sentence.trim().length > later[0].length) return sentence.trimStart().slice(later[0].length);
    // "I'm drafting a reply for the bureau: a reporter wrote that its 2022 budget was 22.78万元.": the asker's purpose
    // ends at the colon; what follows is what the figure to check is.
    const purposeLead = lang === 'en' ? /^\s*([^:?]{3,100}):\s*(\S.{8,})$/s.exec(sentence) : null;
    // "Quick terminology question for a briefing note to our members: …": a lead that says what the answer is for.
    const forPiece = (lead: string) => questionForPieceEn.test(lead);
    if (purposeLead && ((aboutAskerEn.test(purposeLead[1]!.trim()) && purposeEn.test(purposeLead[1]!)) || forPiece(purposeLead[1]!)) && !asksEn.test(purposeLead[1]!)) return purposeLead[2]!;
    return sentence;
  });
  text = sentences.join(lang === 'en' ? ' ' : '');
  if (sentences.length < 2) return text.trim();
  // "Is it true that … at least 19,000 cases? What exactly is the target?": a closing sentence that only asks for the
  // figure named before adds no word of what it is (its "target" would read as the performance-target section).
  if (lang === 'en' && sentences.length >= 2 && figureOnlyEn.test(sentences[sentences.length - 1]!)) {
    return sentences.slice(0, -1).join(' ').trim();
  }
  // "…是多少？麻烦给个百分比，保留两位小数。": a closing sentence that only says how to give the figure asks nothing more.
  const closing = sentences[sentences.length - 1]!;
  if (lang === 'zh' && asks.test(sentences.slice(0, -1).join('')) && /百分|比例|小数|精确|保留|万元|元|数字|准数|金额/.test(closing) && !closing.replace(answerFormatZh, '').trim()) {
    return sentences.slice(0, -1).join('').trim();
  }
  // "…“机关运行费”，这个到底包括哪些开销？是不是就是领导吃吃喝喝？": a closing guess the asker puts up for checking, after a
  // sentence that asks, names what the asker suspects, not what the documents must state.
  if (lang === 'zh' && guessZh.test(closing) && asks.test(sentences.slice(0, -1).join(''))) return sentences.slice(0, -1).join('').trim();
  const followUp = lang === 'zh' ? followUpZh : followUpEn;
  if (sentences.length >= 2 && followUp.test(closing) && /(多少|几|\bhow (?:much|many)\b|\bwhat (?:is|was)\b)/i.test(sentences.slice(0, -1).join(' '))) {
    return sentences.slice(0, -1).join(lang === 'en' ? ' ' : '').trim();
  }
  const aboutAsker = lang === 'en' ? aboutAskerEn : aboutAskerZh;
  const purpose = lang === 'en' ? purposeEn : purposeZh;
  const asking = (sentence: string) => (lang === 'en' ? asksEnSentence(sentence) : asks.test(sentence));
  // "I'm writing about the bureau's 'three public expenses'. What had it budgeted for them in 2021?": the asking
  // sentence points back (them, those) to what the asker's sentence names, which then stays.
  const pointsBack = lang === 'en' && /\b(?:them|those|these)\b/i.test(sentences[sentences.length - 1] ?? '');
  // "My readers won't know the term 'government agency operating costs' (机关运行经费). How does … define it?": the
  // term the asker's sentence quotes is what "it" points back to.
  const pointsBackToTerm = lang === 'en' && /\b(?:it|that|this)\b/i.test(sentences[sentences.length - 1] ?? '');
  // (A quote opens after a space and closes before a non-letter: Bureau's and I'm are no quotes.)
  const quotesTerm = (sentence: string) => /(?:^|[\s(])['‘"“][^'’"”]{3,60}['’"”](?![a-z])|[（(][\u4e00-\u9fa5]{2,}[)）]/i.test(sentence);
  const kept = sentences.filter((sentence) => asking(sentence) || pointsBack || (pointsBackToTerm && quotesTerm(sentence)) || !aboutAsker.test(sentence.trim()) || !purpose.test(sentence));
  text = kept.length ? kept.join(lang === 'en' ? ' ' : '') : text;
  return text.trim();
}

/**
 * The sentences a refusal is judged on: those that ask (a question mark or a question word) and those that state a
 * change the question works from. "正在给领导准备…分析。请比较…哪一项金额更大" asks in its second sentence; the
 * first says what the asker is doing, and its words (领导) are no topic the documents must cover. The whole text when
 * no sentence asks.
 */
/**
 * "万里街道2023年…办公费安排了多少？想和2024、2025年放在一起比。": a sentence after the one that asks, asking nothing and
 * naming years, tells what the asker will do with the answer; its years are not asked. The question without such
 * closing sentences (unchanged when none, or when nothing asks).
 */
export function withoutClosingToldYearsZh(question: string): string {
  const sentences = sentencesOf(question, 'zh');
  const last = sentences.reduce((found, sentence, index) => (asksSomething(sentence, 'zh') ? index : found), -1);
  if (last < 0 || last === sentences.length - 1) return question;
  const closing = sentences.slice(last + 1);
  return closing.some((sentence) => /(?:19|20)\d{2}|\d{2}年/.test(sentence)) ? sentences.slice(0, last + 1).join('') : question;
}

export function topicSentences(text: string, lang: 'zh' | 'en'): string {
  const sentences = sentencesOf(text, lang);
  // "大家都搞不懂这是什么钱。" reports a doubt; the sentence after it asks.
  // ("…we got into an argument about how much these guards cost the government." tells of a question; in English a
  // sentence asks with its closing mark, its opening question word or a request, or as the last sentence.)
  const asks = (sentence: string, index: number) => (lang === 'en' ? asksEnSentence(sentence) || (index === sentences.length - 1 && asksEn.test(sentence)) : asksSomething(sentence, lang));
  const kept = sentences.filter((sentence, index) => (asks(sentence, index) && !(lang === 'zh' && reportsNotKnowing(sentence))) || (lang === 'zh' && premiseWords.test(sentence)));
  // "请确认两者之间相差多少", "what will it be used for": a sentence that asks about what an earlier one names keeps the
  // whole text.
  // ("…buying that car plus running its cars, the two together?": the two a sentence joins itself point nowhere back.)
  const pointsBack = kept.some((sentence) =>
    lang === 'zh' ? pointerZh.test(sentence) : pointerEn.test(sentence.replace(/\b(?:the two|both)\b/gi, (pointer) => (/\s(?:and|plus|or|\+|&)\s/i.test(sentence) ? '' : pointer))),
  );
  return kept.length && !pointsBack ? kept.join(lang === 'en' ? ' ' : '') : text;
}
const pointerZh = /两者|二者|这两|该|其中|它|这笔|这个|这项|这些|那笔|那个|那些|上述|以上/;
const pointerEn = /\b(?:it|they|them|the two|both|these|those|this one|that one)\b/i;

// "…减少了多少万元？文件里说是什么原因？", "…安排了多少？跟上一年比有变化吗？", "…how much? Why?": a follow-up asking the reason or
// whether it changed comes after the figure asked, which is the answer (its citation quotes the reason given).
const followUpZh = /^\s*(?:那|另外|还有|以及)?(?:文件|预算|材料)?(?:里|中|上)?(?:说|讲|写的?)?(?:是)?(?:什么|啥)原因[呢吗]?[？?。]?\s*$|^\s*(?:那|另外)?(?:原因是什么|为什么|为啥|跟上一?年比?有(?:没有)?变化吗|比上一?年有(?:没有)?变化吗|有没有变化|有变化吗|变化大吗)[呢吗]?[？?。]?\s*$/;
const guessZh = /^\s*(?:是不是|难道|莫非|该不会|不会)(?:就是|只是|都是|全是|都)?[^。？?！!，,]{1,20}?[吗吧呢啊]?[？?]\s*$/;
const followUpEn = /^\s*(?:and\s+)?(?:why\??|what(?:'s| is| was)? the reason(?: given)?\??|what reason (?:do|does|did) (?:they|it|the (?:document|budget|disclosure)) give\??|did (?:it|that|this) change(?: from (?:last|the previous) year)?\??|has (?:it|that) changed\??)\s*$/i;

/**
 * "…有两块：一块是A，另一块是B。": two things listed one by one (A and B captured). A count pointing back (这两个科目)
 * keeps the sentence that lists them; their sides are read as A和B.
 */
export const listedOneByOneZh = /(?:^|[：:，,。；;])\s*(?:一|第一)(?:块|项|个|笔|类|部分|条)是([^，,。；;：:]{2,60})[，,；;]\s*(?:另一|另外一|第二)(?:块|项|个|笔|类|部分|条)是([^，,。；;：:]{2,60})[。；;]/;

/**
 * "My cousin used to work as a guard there, and over dinner we argued about how much the guards cost.": an English
 * sentence that opens on the asker (I, my, we) and does not ask (closing mark, opening question word, request) tells
 * of the asker; its words name no topic the documents must cover.
 */
export function tellsOfAskerEn(sentence: string): boolean {
  return aboutAskerEn.test(sentence.trim()) && !asksEnSentence(sentence);
}

/** Whether a sentence asks something: a question mark or a question word. */
export function asksSomething(sentence: string, lang: 'zh' | 'en'): boolean {
  return (lang === 'en' ? asksEn : asksZh).test(sentence);
}

/**
 * "大家都搞不懂这是什么钱。": a sentence that ends on a full stop and tells that someone does not know (搞不懂, 不知道,
 * 不清楚) holds its question word only inside what is not known; it reports a doubt and asks nothing itself. Pure.
 */
export function reportsNotKnowing(sentence: string): boolean {
  return !/[？?吗呢]/.test(sentence) && /(?:搞|弄|看|听|说)?不(?:懂|知道|明白|清楚|太清楚)[^。！!]*?(?:什么|啥|多少|哪|怎么|几)/.test(sentence);
}

/**
 * A question's sentences. They end at a full stop, exclamation or question mark, or semicolon; in English only where
 * a space follows, so 11.80 and Dept. stay whole.
 */
export function sentencesOf(text: string, lang: 'zh' | 'en'): string[] {
  // "花钱肯定也不少吧……我不是来投诉的": a Chinese ellipsis trails a thought off; what follows is a new sentence.
  return (lang === 'en' ? text.split(/(?<=[.!?;])\s+/) : text.split(/(?<=[。！!；;？?]|……)/)).filter((sentence) => sentence.trim());
}

// A sentence or clause in which the asker tells their story: 我住万里街道这边, 我在普陀开了家小公司, 听邻居说…,
// 据说…, 经常路过那栋楼, 我找了半天只看到22年的那份.
// (A caller's greeting before a self-introduction, 喂，你好，我是…, changes nothing.)
const storyOpening = /^\s*(?:(?:(?:喂|哎|你好|您好)[，,！!\s]*)+(?=我是|我住|我在|我们是))?(?:我|我们|咱|咱们|俺|俺们|本人|家里|平时|经常|最近|前几天|前两天|前阵子|那天|昨天|上次|之前|听说|据说|网上|新闻|看到|看了|看那|就好奇|(?:正|刚)?在看|听[^，,。？?]{1,6}(?:说|讲)|(?:老|常|总)听)/;
// Preparing a piece of writing or a reply: 在准备一篇新闻通稿, 正在整理汇报材料, 要答复一位委员.
const askerActivity = /(?:正在|正|在|要|需要|拟|准备)(?:准备|起草|撰写|写|整理|答复|回复|编写|制作)[^。？?]{0,16}?(?:稿|材料|汇报|分析|报告|答复|回复|询问|文章|说明)/;
// 少了/多了 state a change when an amount follows (少了十来万); "干净多了" only says how something looks.
const premiseWords = /(比上一?年|比去年|比\d{4}年|增加|减少|增长|下降|砍了|(?:少了|多了)(?=[\d一二两三四五六七八九十百千万几]|一?点|一些|不少)|倒推|推算|反推)/;
// 听邻居说, 据说, 网上说: who said it is not what is asked; what they said may be.
// "我看有交住房公积金的，也有发购房补贴的": what the asker saw there is (我看有, 我发现有) is told the same way.
// ("小区宣传栏贴了万里街道的预算公开，说…": a notice where the asker read it names where, not what.)
const hearsay = /(?:[\u4e00-\u9fa5]{0,6}(?:宣传栏|公告栏|公示栏|布告栏|告示栏|电子屏|公众号|微信群|朋友圈)(?:上|里)?(?:贴了|贴出|登了|发了|挂了|公布了|公示了)?[^，,。？?！!]{0,16}?[，,]?\s*(?:上面|里面|里头)?(?:说|写着|写的是)|(?:老|常|总)?听(?:朋友|邻居|别人|人家|同事|家人|亲戚|群里|有人)?(?:说|讲)|据说|网上(?:有人)?说|(?:老|总|常|经常|也)?在?(?:新闻|报纸|电视)(?:上|里)?(?:说|看到|看见|听到)|我(?:看|看到|注意到|发现)(?=有)|(?<=^\s*)(?:看到|看见|瞅见|注意到)(?!新闻|报道|报纸|网上|电视|公众号|朋友圈)(?=[^，,。？?]{4,}))/g;
// ("我听说…": the asker hearing it opens the clause as well.)
const opensWithHearsay = new RegExp(`^\\s*(?:我|俺|咱)?(?:也|还)?${hearsay.source}`);

/**
 * A Chinese question without the asker's story: sentences that ask nothing and tell of the asker or of hearsay, and the
 * clauses of the first asking sentence that do the same, are left out while `namesTopic` still finds a topic in what
 * is left. A story that states a change or the way to the answer is kept as the question's premise. "我在普陀开了家小公司，听朋友说区商务委有一大笔钱用来扶持中小企业，具体安排了多少？" keeps the hearsay
 * clause, since "具体安排了多少" alone names nothing; its 听朋友说 goes. The story still names the unit and the year;
 * the caller reads those from the whole question.
 */
export function withoutAskerStory(question: string, namesTopic: (text: string) => boolean): string {
  const sentences = sentencesOf(question, 'zh');
  const asking = sentences.filter((sentence) => asksZh.test(sentence));
  if (!asking.length) return question;
  // A story that states a change (比上一年砍了两千多万) or the way to the answer (按预算说明倒推) is the question's premise.
  // "万里街道在准备一篇…新闻通稿，想引用…数据。": a sentence telling what the asker is preparing is a story too.
  const story = (text: string) => (storyOpening.test(text) || askerActivity.test(text)) && !premiseWords.test(text);
  // "…一直看到万里街道社区公共服务中心在施工。…这个中心建好以后是做什么用的？": the story names what 这个中心 points to.
  // "租这栋楼的房租": a one-character noun (楼) before 的 is what is pointed at.
  // ("这个新建工程": the phrase's head noun, 工程, is pointed at as well as its first two characters.)
  // ("这栋楼一年的租金": a building counted by 栋 is 楼, whatever follows it.)
  const pointedAt = [...asking.join('').matchAll(/[这那](?:个|笔|项|块|座|栋|幢)?([\u4e00-\u9fa5]{2})(?:[\u4e00-\u9fa5]{0,2}?(工程|项目|中心|平台))?/g)]
    .flatMap((match) => [match[1]!.replace(/^(.)的$/, '$1').replace(/^([楼房])(?![房屋子宇])./, '$1'), ...(match[2] ? [match[2]] : [])])
    .filter((noun) => !/^(部分|些|里|边|么|样|年|次|时)/.test(noun))
    // "那街道…": a unit pointed at by its kind names no topic the story must keep.
    // (A building pointed at by one character, 这栋楼, is no unit's kind; the story names it, 办公楼.)
    .filter((noun) => (noun.length === 1 ? noun !== '钱' : namesTopic(noun)));
  // (A works, 工程, is what a story sees being built, or the building it names: 在建社区公共服务中心, 那个服务中心.)
  const namesPointedAt = (sentence: string) => pointedAt.some((noun) => sentence.includes(noun) || (noun === '工程' && /(在建|施工|新建|盖起来|修建|建设中|改造|中心|大楼|楼房)/.test(sentence)));
  // "我们…在接洽信访局办公楼的物业项目，想了解他们日常运转的钱花在哪。廊坊信访局2022年的机关运行经费主要用于哪些方面？":
  // a story that asks too, before the sentence that asks in the budget's words, is the asker's story as well.
  const lastAsking = asking[asking.length - 1];
  const storyAsking = (sentence: string) => sentence !== lastAsking && story(sentence) && namesTopic(lastAsking ?? '');
  // "…有两块…：一块是A，另一块是B。…这两个科目的预算相差多少？": a count pointing back (这两个, 这三项) points at the
  // sentence that lists what it counts.
  const countsBack = asking.some((sentence) => /[这那](?:[两二三四几])(?:个|项|块|笔|类|种|条|行)/.test(sentence));
  const listsItems = (sentence: string) => countsBack && (listedOneByOneZh.test(sentence) || /分别是/.test(sentence));
  let kept = sentences.filter((sentence) => (asking.includes(sentence) && !storyAsking(sentence)) || (!asking.includes(sentence) && (!story(sentence) || namesPointedAt(sentence) || listsItems(sentence))));
  // (A story that names no topic either, "最近在翻预算公开的材料，有点看不懂。", has nothing to give the bare ask.)
  if (kept.length < sentences.length && !namesTopic(kept.join('')) && namesTopic(sentences.filter((sentence) => !kept.includes(sentence)).join(''))) kept = sentences;
  // Clauses of the first asking sentence before its last, one at a time while a topic remains.
  const first = kept.findIndex((sentence) => asking.includes(sentence));
  let clauses = kept[first]!.split(/(?<=[，,])/);
  for (const clause of clauses.slice(0, -1)) {
    // A hearsay clause (听说…有九十多万，) tells what the question is about; only who said it goes, below.
    // ("为了在图上标注清楚，": what the asker will do with the answer, a purpose before the ask, is a story too.)
    if (!(story(clause) || /^\s*(?:为了|为便于|为方便|便于)[^，,]{1,24}[，,]$/.test(clause)) || asksZh.test(clause) || opensWithHearsay.test(clause)) continue;
    // "平时运行维护的钱": an adverb of habit before money names what the money is spent on, no story of the asker.
    if (/^\s*(?:平时|经常)/.test(clause) && /(?:钱|费|资金|开销|花销|开支)/.test(clause)) continue;
    const fewer = clauses.filter((other) => other !== clause);
    if (!namesTopic([...kept.slice(0, first), fewer.join(''), ...kept.slice(first + 1)].join(''))) break;
    clauses = fewer;
  }
  kept[first] = clauses.join('');
  const text = kept.join('');
  const withoutHearsay = text.replace(hearsay, '');
  // Who said it names no topic, so it goes also when neither text names one (…新闻说…预算比上一年砍了两千多万。…预算总数是多少).
  return (withoutHearsay !== text && withoutHearsay.trim() && (namesTopic(withoutHearsay) || !namesTopic(text)) ? withoutHearsay : text).trim();
}

/**
 * An English question without the asker's story: "I run a fleet maintenance garage.", "I retired from the commission."
 * A sentence about the asker that asks nothing, before the sentence that asks, tells who asks; one telling what they
 * heard or read, one naming a body (the Putuo Commerce Commission), or one the question points back to ("what that
 * term covers") is content and stays. Its words ("garage") are no topic the documents must cover; they may still help
 * name which line is meant, so the caller leaves them out only when judging what the documents lack.
 */
// "Auditing Wanli Street's 2025 departmental budget: how many vehicles…": a lead that says which document the asker is
// reading, and how, before a colon. Only a lead naming the document as a whole (a unit's name, a year, its budget):
// "Looking at Wanli Street's 2025 procurement plan:" frames what follows (procurement), and stays.
const readingLeadEn = /^\s*(?:auditing|checking|reviewing|reading|examining|studying|analy[sz]ing|going through|looking (?:at|through|into)|working through|cross-checking|fact-checking|verifying)\s+([^:?!.]{2,100}?)\s*[:：]\s*/i;
const documentWordEn = /^(?:the|its|their|this|that|a|an|of|for|departmental|department|dept|unit|annual|full|whole|published|official|latest|budget|budgets|disclosure|disclosures|document|report|figures|accounts|(?:19|20)\d{2})$/i;

// "the state-assets paragraph of Wanli Street Office's 2024 department budget": after a part of the document, the
// document named by its unit and year is where the part stands, no measure (its 预算 would pull toward budget lines).
const documentOfPartEn = /\b(paragraph|section|part|chapter|table|page|notes?)\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*['’]s?\s+(?:(?:19|20)\d{2}\s+)?(?:(?:departmental|department|dept|unit|annual|published)\s+)?budget(?:\s+(?:disclosure|document|report))?\b/g;

const beforePublishingEn = /\b(?:before|prior to) (?:we |I |it )?(?:go(?:es)? to print|print(?:ing)?|publish(?:ing)?|publication|run(?:ning)? (?:it|the (?:story|piece))|go(?:es)? (?:live|to press)|fil(?:e|ing) (?:it|the (?:story|piece)))\s*[:,]\s*/gi;

/**
 * The English question without a lead that only names the document being read (Auditing X's 2025 budget:), and
 * without the document named after a part of it (the assets paragraph of X's 2024 department budget).
 */
export function withoutReadingLead(question: string): string {
  // "Before we print: is that the total?": when the press publishes says nothing of what is asked (print is no 印刷费).
  const text = question.replace(documentOfPartEn, '$1').replace(beforePublishingEn, '');
  const lead = readingLeadEn.exec(text);
  if (!lead || !/\b(?:budgets?|disclosures?|document|report|figures|accounts)\b/i.test(lead[1]!)) return text;
  const words = lead[1]!.split(/\s+/).map((word) => word.replace(/['’]s$/, ''));
  if (!words.every((word) => /^[A-Z]/.test(word) || documentWordEn.test(word))) return text;
  const without = text.slice(lead[0].length);
  return without.trim() ? without : text;
}

export function withoutEnglishStory(question: string): string {
  const sentences = sentencesOf(question, 'en');
  const asking = asksEnSentence;
  // ("I'm a bit lost. wanli street 2025 water and electricity bills total": typed as into a search box, the closing
  // words that tell nothing of the asker are what is asked.)
  const closing = sentences.length - 1;
  const lastAsking = sentences.some((sentence) => asking(sentence)) || closing < 1 || aboutAskerEn.test(sentences[closing]!.trim()) ? sentences.map((sentence) => asking(sentence)).lastIndexOf(true) : closing;
  if (lastAsking < 1) return question;
  const pointsBack = /\b(?:that|this|these|those|such)\s+(?:\w+\s+)?(?:term|terms|word|phrase|money|figure|line|item|thing|expense|expenses|cost|costs|spending|budget|pot)\b/i.test(sentences[lastAsking] ?? '');
  if (pointsBack) return question;
  const story = (sentence: string, index: number) =>
    index < lastAsking &&
    !asking(sentence) &&
    aboutAskerEn.test(sentence.trim()) &&
    !/\b(?:hear|heard|read|saw|see|seen|noticed|told|understand|believe|think|thought|learn(?:ed|t)?)\b/i.test(sentence) &&
    // A name told only here (the unit) keeps the sentence; one the asking sentence repeats does not.
    ![...sentence.matchAll(/\s([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)/g)].some((name) => !(sentences[lastAsking] ?? '').includes(name[1]!));
  return sentences.filter((sentence, index) => !story(sentence, index)).join(' ');
}

/**
 * "Wanli Street had 50 projects with performance targets in 2024. For 2025, how much…?": an earlier year in a sentence
 * that only tells what stood then is context; the sentence that asks names the one year asked. (A question that asks a
 * change, or one whose asking sentence names an earlier year, as "…went down. What was the 2021 figure?", keeps its
 * years.)
 */
export function withoutEarlierToldYears(question: string): string {
  const sentences = sentencesOf(question, 'en');
  const lastAsking = sentences.map((sentence) => asksEnSentence(sentence)).lastIndexOf(true);
  if (lastAsking < 1) return question;
  const asked = yearsWritten(sentences[lastAsking]!);
  if (asked.length !== 1) return question;
  if (changeWordsEn.test(question)) return question;
  const told = sentences.slice(0, lastAsking);
  if (told.some((sentence) => asksEnSentence(sentence)) || !told.some((sentence) => yearsWritten(sentence).length)) return question;
  if (!told.every((sentence) => yearsWritten(sentence).every((year) => year < asked[0]!))) return question;
  const plain = told.map((sentence) => sentence.replace(/\s*\b(?:in|for|during|of)?\s*(?:19|20)\d{2}\b(?:['’]s)?/g, ''));
  return [...plain, ...sentences.slice(lastAsking)].join(' ');
}

const changeWordsEn = /\b(?:chang\w*|ris(?:e|es|en|ing)|rose|f[ae]ll\w*|increas\w*|decreas\w*|more|less|fewer|compar\w*|differ\w*|than|up|down|gr[eo]w\w*|drop\w*|cut\w*|versus|vs|against|before|previous|last year|earlier|trend|both|each year|series)\b/i;

function yearsWritten(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((match) => Number(match[1]));
}
