import { charactersInOrder } from './longest-common-run.ts';

/**
 * Content words of a question that none of the candidate documents contains: if a question asks about 广告费 or
 * 市长工资 and no document says 广告 or 市长, the documents do not answer it, whatever figure matches loosely.
 */
const genericWords = new Set([
  // "2024年预算应为多少", "应该是多少": what the figure should be, by the asker's reckoning, names nothing.
  '应为', '应是', '应该', '应当',
  '多少', '是否', '什么', '哪些', '哪个', '怎么', '如何', '为什么', '请问', '可以', '能否', '知道', '告诉', '一下', '情况',
  '金额', '数额', '数量', '总数', '总量', '数目', '费用', '经费', '资金', '开销', '花销', '开支', '支出', '花费', '钱', '预算', '安排', '部门', '单位', '我们',
  '你们', '他们', '政府', '今年', '去年', '明年', '本年', '上年', '年度', '全年', '一年', '每年', '总共', '一共', '合计', '总额',
  '总计', '平均', '比例', '占比', '比重', '增加', '减少', '增长', '下降', '变化', '相比', '比较', '还是', '分别', '具体', '主要',
  '用于', '用途', '哪里', '哪儿', '这个', '那个', '这些', '那些', '多少钱', '元', '万元', '万', '亿元', '是', '有', '的', '了',
  '吗', '呢', '和', '与', '及', '或', '在', '为', '对', '给', '把', '被', '让', '就', '都', '也', '还', '又', '很', '最', '更',
  '总', '共', '各', '每', '个', '项', '笔', '次', '些', '里', '中', '上', '下', '内', '外', '前', '后', '多', '少', '大', '小',
  '高', '低', '贵', '便宜', '计划', '目标', '指标', '数字', '数据', '公开', '披露', '文件', '报告', '说明', '信息', '问题',
  '花', '用', '买', '付', '拿', '给出', '一共花', '总体', '整体', '全部', '所有', '其中', '包括', '包含', '什么样', '意思',
  '含义', '定义', '解释', '理解', '指', '叫', '算', '属于', '方面', '事项', '内容', '哪', '几', '怎样', '多大', '多高', '多长',
  '整个', '名下', '全体', '本身', '事情', '事儿', '东西',
  // The asker's own work: 整理对照表, 汇总表, 台账.
  '整理', '对照表', '对照', '汇总表', '对比表', '台账', '表格',
  // When the asker heard it: 前阵子 (cut as 前|阵子), 前段时间, 最近.
  '前阵子', '阵子', '这阵子', '前段时间', '段时间', '最近', '近期', '刚刚', '刚才', '前几天', '前两天',
  // Paying and asking what a word means: 还在给…付款, 是个什么概念.
  '付款', '付钱', '给钱', '出钱', '概念', '干嘛', '建好',
  // Where the asker saw a word and how well they read it: 好几处提到, 看不太懂.
  '好几', '好几处', '几处', '提到', '看不懂', '不太懂', '不懂', '看不太懂', '普通',
  // Asking for a plain explanation or a working-out: 求科普, 这玩意儿, 能不能…推算一下.
  '科普', '求科普', '玩意儿', '玩意', '能不能', '不能', '可不可以', '行不行',
  // The asker's dealings: 在对接, 在接洽, 摸摸底.
  '对接', '接洽', '摸底', '摸摸底',
  // How a resident opens and weighs a question: 想打听一下, 光是(日常运转), 一大笔钱, 专门用来.
  // A formal request's wording: 统计口径, 原文表述, 填报, 核实是否一致, 如有出入.
  '统计口径', '统计', '文本', '填报', '通稿', '列明', '逐项', '出入', '正确', '数额', '一致', '是否一致', '统一', '对外', '多处', '提到的',
  // Where the figure was read from: 公开说明中所述的, 文中所列, 对应数额.
  '所述', '所列', '所载', '对应', '对应数额', '变动', '同比变动', '增减变动', '原始数据', '原始', '数据',
  // How the asker met a term and what they took it to mean: 经常出现这个说法, 我一直以为.
  '经常出现', '出现', '说法', '以为', '一直以为', '经常', '常常',
  // How long something takes is asked of a time limit the targets state: 多长时间内完成.
  '多长时间', '多长', '多久', '时间内',
  // The level a change is measured from: 作为比较基数的那一年.
  '作为', '基数', '比较基数', '对比基数',
  // Sharing a sum out to work an average: 平均摊到一个人头上, 分摊, 折合.
  '摊到', '摊', '分摊', '均摊', '摊下来', '折合', '人头',
  // The asker's own guess: 我猜起码得五十万吧.
  '起码', '至少', '少说', '估计', '我猜', '猜',
  // How two terms differ (跟基本支出有什么区别) is asked of their definitions.
  '区别', '差别', '有何不同',
  // What a term counts in (哪些单位、哪类资金计入): the definition asked.
  '计入', '算入', '哪类',
  '账面', '账面值', '账面价值', '用场', '派用场', '在册', '登记在册', '老百姓', '百姓', '大块', '一大块', '那一大块', '打听', '打听一下', '想问', '问下', '问一下', '想问下', '光是', '单是', '单单', '一大', '一大笔', '大笔', '专门', '特意',
  // How to give the answer (保留两位小数, 四舍五入) and where it is read (原文写的是): no topic.
  '小数', '小数点', '保留', '两位', '位数', '四舍五入', '算到', '精确到', '原文', '原话', '文中', '写的是',
  // Where money goes: 都用在哪些地方; how it is split: 分成哪几类.
  '地方', '哪些地方', '场合', '什么场合', '哪些场合', '什么人', '哪些人', '分成', '分为', '分作', '几类', '哪几类',
  // Money left unspent (没花完的钱) is what 结转 names; the words say how, not what.
  '花完', '没花完', '用完', '没用完', '花不完',
  // What a reply must show: 写明…, 注明数额所在的位置, 出处.
  '写明', '注明', '标明', '列出', '所在', '所在部分', '位置', '出处', '哪一部分', '哪部分',
  // Not understanding a word: 一直没弄明白, 看明白.
  '明白', '弄明白', '没弄明白', '看明白', '搞明白', '弄懂', '搞懂',
  // Looking back to an earlier year: 倒回去看, 回头看.
  '倒回去', '倒回', '回头看', '往回', '往回看', '回过头',
  // Who asks, in dialect: 阿拉 (we, Shanghainese), 俺, 咱, 侬; how exactly: 给个准数儿.
  '阿拉', '俺', '俺们', '咱', '咱们', '侬', '准数', '准数儿', '给个',
  // How residents talk around the ask: 动不动就提, 钱大头都砸在社区上, 小区门口的阿姨爷叔.
  '钞票', '同事', '邻居', '朋友', '亲戚', '隔壁', '新来',
  '动不动', '都说', '大头', '大部分', '砸', '砸在', '门口', '阿姨', '爷叔', '大爷', '大妈', '叔叔', '老人家',
  // An amount told roughly: 少了十万出头, 将近两千万, 差不多.
  '出头', '将近', '接近', '差不多', '上下', '大概', '大致', '好像', '似乎', '貌似', '估计',
  // Asking it in plain words: 通俗讲, 说白了, 大白话.
  '通俗', '通俗讲', '通俗地讲', '通俗地说', '通俗点', '说白了', '大白话', '白话',
  // Whom the answer is for: 稿子里给读者解释, 回复网友.
  '稿子', '稿件', '读者', '网友', '记者', '报道', '解释一下', '界定', '这个词',
  // Who comes and who is meant, in a resident's words: 上头来人、兄弟单位来人 (visitors to be received).
  '上头', '来人', '兄弟单位', '兄弟', '那些', '这块', '那块', '压下来', '压下', '来着',
  // Headline words for money spent: 真金白银砸向企业.
  '真金白银', '金白银', '砸向', '砸进', '砸了', '砸',
  // Who the asker is: 刚毕业在看…的预算公开; a student's coursework: 做课程作业想算个结构比, 课本上.
  '毕业', '刚毕业', '大学生', '研究生', '实习生', '课程', '作业', '课程作业', '课本', '教材', '论文', '结构比', '财政学', '学财政',
  // What an official letter says the document does: 说明载有…的增减情况, 请据此推算并函告.
  '载有', '载明', '列有', '函告', '函复', '推算', '据此',
  // How the asker comes to ask: 顺便好奇一下, 反复出现, 老是提.
  '顺便', '好奇', '反复', '老是', '总是', '经常', '一再', '多次',
  // How well the asker follows: 搞不清, 弄不明白.
  '搞不清', '搞不懂', '弄不清', '弄不懂', '不明白', '不清楚', '一直',
  // Colloquial words of change: the budget shrank (缩水), was cut (砍了), went up (涨了).
  '缩水', '缩减', '压缩', '砍了', '涨了', '降了', '多出', '少掉',
  '之前', '以前', '上次', '此前', '前年', '百分之几', '百分之', '几成', '总支出', '总收入', '总支', '总预算', '盘子', '总盘子', '规模', '总规模', '上限', '下限', '以内', '以上', '以下', '最多', '最少', '至少', '最高', '最低', '控制', '还有', '没有', '要求', '达到', '计划',
  // How press officers and callers frame a request: 烦请提供准确数字, 麻烦确认一下.
  '烦请', '麻烦', '劳驾', '帮忙', '帮我', '请您', '您好', '你好', '谢谢', '感谢', '提供', '确认', '核对', '核实', '准确', '确切', '精确', '数字', '口径',
  // What a formal reply works from: 来函询问, 原文表述, 文件里正式的说法, 拟答复.
  '来函', '来信', '来电', '原文', '正式', '拟答复', '答复', '以便', '所附', '随附', '附上',
  // What a figure was before a change: 原本, 原先, 当初.
  '原本', '原先', '本来', '当初', '原来',
  '打算', '准备', '需要', '应该', '能够', '全年', '每天', '每年', '每月', '期间', '时候', '多久', '几个', '多少次', '多少人',
  '级别', '类型', '性质', '形式', '有没有', '是不是', '能不能', '会不会', '要花', '花多少', '用了', '拿出', '投入', '安排了', '留了', '预计', '大约', '左右', '推算', '计算', '算出', '倒推', '估算', '换算', '下面', '下属', '底下', '下边', '所属', '旗下', '增幅', '降幅', '涨幅', '增长率', '下降率', '增速', '用来', '用于', '用途', '干什么', '做什么', '干嘛', '加一块', '一块', '一块儿', '加一起', '加上', '加起来', '合起来', '加总', '求和', '算上', '连同', '一起', '文号', '依据', '日期', '时间', '截至', '截止', '地址', '位置', '说法', '口径', '提到', '显示', '写的', '表述', '所说', '公布', '根据', '按照', '百分比', '百分', '百分点', '百分率', '比率', '啥', '啥意思', '是啥', '指啥', '在哪', '在哪儿', '在哪里', '哪里', '什么地方', '多少个', '多少项',
]);

/** jieba tags of words that never name what a question is about: adverb, time word, pronoun, position, preposition, conjunction, particle, numeral, measure word. */
const nonTopicTags = new Set(['d', 't', 'r', 'f', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'y', 'e', 'o', 'm', 'q', 'tg', 'dg', 'rg']);

export interface TopicCoverage {
  /** Topic words no candidate document contains. */
  missing: string[];
  /** Topic words the documents do contain (the unit's own name excluded): what the question can still be answered on. */
  covered: string[];
}

interface TopicInput {
  /** The question's content words (cue words removed), normalised. */
  content: string;
  segment: (text: string) => string[];
  /** Normalised full text of each candidate document. */
  documentTexts: string[];
  /** Synonym knowledge: a word is covered when a synonym of it is in the document. */
  covers?: (term: string, documentText: string) => boolean;
  /** Part-of-speech tags of the content's words; adverbs, time words and pronouns (平时, 日常, 这些) name no topic. */
  tags?: (text: string) => Map<string, string>;
  /** Dictionary verbs (核实, 提供): what is done with a figure, not what it is about. */
  isVerb?: (word: string) => boolean;
  /** The candidate documents' unit names: 商委 and 政府办 are their short forms. */
  unitNames?: string[];
}

/** The question's topic words, split into those the candidate documents cover and those they do not. */
export function topicCoverage(input: TopicInput): TopicCoverage {
  const missing: string[] = [];
  const covered: string[] = [];
  // Tagging costs more than the rest of the check, so it runs only once a word would otherwise be reported.
  let tags: Map<string, string> | undefined;
  // "买电脑打印机这类办公设备": the words before 这类 are examples of the topic that follows, not topics themselves.
  const content = input.content.replace(/[^，,。？?！!|\s]*?(这类|这一类|之类的?|这种|这样的)/g, ' ');
  // The segmenter cuts for search: a word comes with the pieces it holds (对照表 with 照表). A piece of a longer word of
  // the question is no word of its own.
  const tokens = input.segment(content);
  for (const token of tokens.filter((token) => !tokens.some((other) => other.length > token.length && other.includes(token)))) {
    // A classifier glued to its noun (辆车 from 多少辆车, 一类) says nothing about the topic.
    const term = token.trim().replace(/^[一几每哪]?[个辆台项名件次套栋层类种笔位家]/, '');
    // 两个, 三项, 十几个: a count of things, not a topic.
    // (两行, 三栏: a count of a table's rows or columns.)
    if (/^[一二两三四五六七八九十百千万亿几多]+[个辆台项名件次套栋层类种笔位家条行栏列]?$/.test(term)) continue;
    // 有所增加, 略有下降: a change said with its degree is a change word, which the documents state as 增加/下降.
    if (/^(?:有所|略有|稍有|大幅|小幅|明显)(?:增加|减少|增长|下降|上升|提高|降低|减少)$/.test(term)) continue;
    // 实有, 现有, 共有, 有所: "to have" with an adverb says that something exists, not what it is.
    if (/^(?:[实现共拥保持尚仍已还都均另]有|有所)$/u.test(term)) continue;
    // 费多, 钱少 (离休费多出多少): a measure's last character glued to the 多/少 that compares it.
    if (/^[费钱款][多少]$/u.test(term)) continue;
    // 问问, 看看: a doubled verb softens the asking.
    if (/^(.)\1$/u.test(term)) continue;
    // 算进(去), 放上, 花出: a verb with its direction says how money is handled, not what it is for.
    // (推回去, 倒推回去: working back from a stated change.)
    if (/^倒?[算花用放拿给加减写列分划投交付报买卖租推][进出上下来去回过起到开住][去来]?$/u.test(term)) continue;
    // 那栋, 这个, 哪些, 这份(预算), 这三项: pointing words, not a topic.
    if (/^[这那哪此该][一二两三四五六七八九十几]*(?:[个栋座项笔家位些种类块处间份本张条段部篇]|部分|笔钱|块钱)?$/.test(term)) continue;
    if (!/[\u4e00-\u9fa5]/.test(term) || Array.from(term).length < 2 || genericWords.has(term)) continue;
    if (/^\d/.test(term) || /^(每|平均|人均)/.test(term)) continue;
    // 公车上, 预算里: a position word glued to the noun (on, in) says where, not what.
    const noun = /^.+[上里中内]$/u.test(term) && !genericWords.has(term) ? term.slice(0, -1) : term;
    if (noun !== term && (Array.from(noun).length < 2 || genericWords.has(noun))) continue;
    if (input.unitNames?.some((name) => name.includes(noun) || isShortFormOf(noun, name))) continue;
    const isCovered = input.documentTexts.some((text) => text.includes(noun) || coveredByParts(noun, text) || input.covers?.(noun, text) === true);
    if (isCovered) {
      covered.push(noun);
      continue;
    }
    if (input.isVerb?.(noun)) continue;
    tags ??= input.tags?.(input.content);
    if (!nonTopicTags.has(tags?.get(term) ?? '')) missing.push(term);
  }
  // "真如镇": a town or street whose two-character name the segmenter cuts into single characters is still a place;
  // when neither a loaded unit's name nor the documents name it, it is another unit.
  // The name stands at the start of a piece of the question or after 在/住/到, and holds no function word (按街道,
  // 摊到街道 name no place).
  // "普陀区民政局": a bureau cut as 民政|局 is another unit too, when no document names it. (bureauNotLoaded reads the
  // question before unit names are stripped, where 民政 of 普陀区民政局 may be taken for part of 人民政府.)
  for (const match of content.matchAll(/(?:^|[|\s在住到区市县])([\u4e00-\u9fa5]{2})(镇|乡|街道|局)/g)) {
    const place = `${match[1]}${match[2]}`;
    // (都说街道的钱: a word of the asking, 都说, before 街道 names no place either.)
    if (/[按在到给是的了和与及摊每个全各本该这那其我你他她它们里上下中]/.test(match[1]!) || genericWords.has(match[1]!)) continue;
    if (missing.includes(place) || input.unitNames?.some((name) => name.includes(match[1]!)) || input.documentTexts.some((text) => text.includes(place))) continue;
    missing.push(place);
  }
  return { missing, covered };
}

/**
 * A missing word that names another unit or place (教育局, 静安, 长征镇, 石家庄市) rules the documents out whatever else
 * the question names; another missing word (广告, 实际) does so only when nothing else in the question is answered.
 */
// 公司 is not among them: 交给物业公司的物业管理费 names the payee of a line, and a company's own budget is not a
// disclosure of this genre anyway.
const unitSuffixes = '局|委|办|厅|署|院|所|中心|区|县|市|省|镇|乡|街道|村|集团|大学|学校|医院';
const endsWithUnitSuffix = new RegExp(`(${unitSuffixes})$`);
const startsWithUnitSuffix = new RegExp(`^(${unitSuffixes})`);
/** jieba tags of place, organisation and person names. */
const nameTags = new Set(['ns', 'nt', 'nr', 'nrt']);

export function namesOtherUnit(term: string, question: string, tag?: string): boolean {
  // 督办, 承办, 举办: a verb that ends like a unit's short name (政府办) does something, it is no unit.
  if (tag?.startsWith('v')) return false;
  // 长征|镇: the segmenter may cut the place name from its suffix, so the character after the word counts too.
  const position = question.indexOf(term);
  const following = position === -1 ? '' : question.slice(position + term.length);
  return endsWithUnitSuffix.test(term) || startsWithUnitSuffix.test(following) || nameTags.has(tag ?? '');
}

/** A compound like 公车费 is covered when its two-character pieces each appear (公车 may be written 公务用车). */
function coveredByParts(term: string, text: string): boolean {
  const characters = Array.from(term);
  // A unit's name (民政局) is covered only whole: 民政 and 财政局 in the text are no 民政局.
  if (characters.length < 3 || endsWithUnitSuffix.test(term)) return false;
  for (let index = 0; index + 1 < characters.length; index += 2) {
    const piece = characters.slice(index, index + 2).join('');
    if (piece.length === 2 && !text.includes(piece)) return false;
  }
  // An odd last character is checked with its neighbour: 教育局 is not covered by 教育 alone.
  if (characters.length % 2 === 1 && !text.includes(characters.slice(-2).join(''))) return false;
  return true;
}

/**
 * 商委 for 商务委员会, 政府办 for 政府办公室: a short unit name keeps the first character and then characters of the
 * full name in order, skipping at most two at a time. Only unit names are read this way; in running text the same
 * test would find 主任 in 主要任务.
 */
export function isShortFormOf(term: string, unitName: string): boolean {
  const length = Array.from(term).length;
  return length >= 2 && length <= 3 && charactersInOrder(term, unitName, 2);
}

/** Whether a question asks for `term` itself as what something is (什么品牌, 哪个型号, which brand). */
export function attributeAsked(question: string, term: string, lang: 'zh' | 'en'): boolean {
  const escaped = escapeRegExp(term);
  return lang === 'zh'
    ? new RegExp(`(?:什么|啥|哪个|哪一个|哪种|哪一种|哪款|哪家|哪个牌子的?)${escaped}`).test(question)
    : // "what make and model of car": the attribute may be the second of two joined.
      // ("which construction company": a word of kind may stand between.)
      new RegExp(`\\b(?:what|which)\\s+(?:[a-z-]+\\s+(?:and|or)\\s+|[a-z-]+\\s+)?${escaped}\\b`, 'i').test(question);
}

/**
 * Whether `term` is a budget line's name (…费, …补贴) beside a joint (水费和电费): one of two or more measures asked. A word
 * of another kind beside a joint (跟朋友, clean and hygienic) is no measure.
 */
export function joinedMeasure(question: string, term: string, lang: 'zh' | 'en'): boolean {
  if (lang !== 'zh' || !/(费|费用|经费|补贴|补助|支出)$/.test(term)) return false;
  const escaped = escapeRegExp(term);
  return new RegExp(`${escaped}(?:和|与|及|以及|、|还有)|(?:和|与|及|以及|、|还有)${escaped}`).test(question);
}

/**
 * "给那个中心的食堂装修安排了多少钱": a word the documents lack, written right after a place or works they name (a
 * centre, a building, a project) or one pointed at, and 的 (the centre's canteen), asks for a part of it they do not
 * state; the thing's own figure is no answer.
 */
export function partOfNamedZh(question: string, term: string, covered: string[], tag?: string): boolean {
  // (A thing, as the tagger reads it: 同比 of 收入的同比变化 is how the thing changed, no part of it.)
  if (tag !== undefined && !/^n/.test(tag)) return false;
  // (A thing pointed at, 那个中心的…, is one the question named before.)
  // (Only a place or a works has parts of this kind: a centre, a building, a project, a platform.)
  const named = [...covered.filter((word) => Array.from(word).length >= 2 && /(中心|工程|项目|楼|平台|站|馆|室)$/.test(word)).map(escapeRegExp), '[这那](?:个|座|栋|幢|项)?[\\u4e00-\\u9fa5]{1,4}'];
  return new RegExp(`(?:${named.join('|')})的${escapeRegExp(term)}`, 'u').test(question);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "普陀区民政局…", "普陀区发展和改革委员会…", "区发改委…": a bureau (two characters and 局), a commission (委员会) or a
 * commission's short name (two characters and 委), after a boundary or a place's 区/市/县, that no candidate document
 * holds and no loaded unit's name holds (a commission's characters in order: 普陀商务委员会, 商委 are the loaded
 * 上海市普陀区商务委员会). 我局, 本局, 该局 name the asker's or the loaded unit. Undefined when there is none.
 */
export function bureauNotLoaded(text: string, documentTexts: string[], unitNames: string[]): string | undefined {
  for (const match of text.matchAll(/(?:^|[区市县省州，,。？?：:\s])(?:([\u4e00-\u9fa5]{2})局|([\u4e00-\u9fa5]{2,8}?委员会)|([\u4e00-\u9fa5]{2})委(?![员会托屈婉]))/g)) {
    const owner = match[1] ?? match[3];
    if (owner && /[这那该本此各我你贵其在的给向对和与跟]/.test(owner)) continue;
    const name = match[1] ? `${match[1]}局` : match[2] ?? `${match[3]}委`;
    const heldBy = (unit: string) => (match[1] ? unit.includes(name) : charactersInOrder(name, unit));
    if (!documentTexts.some((documentText) => documentText.includes(name)) && !unitNames.some(heldBy)) return name;
  }
  return undefined;
}
