import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Budget vocabulary jieba's general dictionary cuts into pieces. Kept whole so a query for 三公经费 or
 * 公务用车购置及运维费 matches the term itself, not just its parts (search mode still emits the parts too).
 */
const budgetWords = [
  '运维费',
  '运维',
  '三公经费',
  '三公',
  '公务用车购置及运维费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务用车运维费',
  '机关运行经费',
  '因公出国（境）费',
  '因公出国（境）费用',
  '公务接待费',
  '政府采购',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '上年结转',
  '结转结余',
  '一般公共预算',
  '一般公共预算拨款',
  '政府性基金',
  '政府性基金预算',
  '国有资本经营',
  '国有资本经营预算',
  '财政专户',
  '财政专户管理资金',
  '事业收入',
  '事业单位经营收入',
  '其他收入',
  '绩效目标',
  '绩效指标',
  '绩效目标表',
  '功能分类',
  '经济分类',
  '支出功能分类',
  '支出经济分类',
  '财政拨款',
  '财政拨款收入',
  '财政拨款支出',
  '收支预算总表',
  '收入预算表',
  '支出预算表',
  '信访',
  '国有资产',
  '资产占用',
  '预算单位',
  '部门预算',
  '单位预算',
  '决算',
  '工资福利支出',
  '商品和服务支出',
  '对个人和家庭的补助',
  '资本性支出',
  '社会保障和就业支出',
  '一般公共服务支出',
  '住房保障支出',
  '卫生健康支出',
  '产出指标',
  '效益指标',
  '满意度指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
];

const stopWords = new Set([
  '的', '了', '和', '是', '在', '为', '及', '与', '等', '对', '将', '其', '或', '并', '以', '由', '从', '于', '之',
  '也', '而', '就', '都', '把', '被', '这', '那', '该', '各', '个', '中', '上述', '如下', '其中', '以及', '或者',
  'the', 'of', 'and', 'a', 'an', 'to', 'in', 'for', 'on', 'by', 'is', 'are', 'was', 'were', 'be', 'with', 'as',
  'at', 'or', 'it', 'its', 'this', 'that', 'from', 'what', 'which', 'how', 'does', 'do', 'did',
]);

/**
 * Full-width brackets around one to three Han characters are part of a term (因公出国（境）费), but jieba treats
 * them as punctuation and cuts the term apart; dropping them on both text and dictionary keeps the term whole.
 */
const bracketedHanPattern = /[（(]([\p{Script=Han}]{1,3})[）)]/gu;

function normaliseForSegmentation(text: string): string {
  return text.normalize('NFKC').replace(bracketedHanPattern, '$1');
}

let sharedJieba: Jieba | undefined;

/** Loading the default dictionary takes ~100 ms, so one instance serves the whole process. */
function jieba(): Jieba {
  if (!sharedJieba) {
    const instance = Jieba.withDict(dict);
    const entries = budgetWords.map((word) => `${normaliseForSegmentation(word)} 200000`).join('\n');
    instance.loadDict(Buffer.from(entries, 'utf-8'));
    sharedJieba = instance;
  }
  return sharedJieba;
}

function isDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Letters, digits or Han: anything else (punctuation, spaces, symbols) is not a search token. */
const wordCharacterPattern = /[\p{L}\p{N}]/u;

/**
 * Ingestion segments each chunk twice (embedding, keyword index) right after each other; remembering recent
 * results halves the work. Bounded so a long run does not hold every text.
 */
const recentResults = new Map<string, string[]>();
const recentResultsLimit = 2048;

/**
 * Tokens for search: jieba search-mode words (budget terms kept whole, their parts also emitted), numbers whole
 * (`11.80`, `96282213.44`: jieba would cut them at the point), ASCII lower-cased, punctuation and stop words dropped.
 */
export function segmentText(text: string): string[] {
  if (text.length === 0) return [];
  const remembered = recentResults.get(text);
  if (remembered) return remembered.slice();
  const tokens = segmentUncached(text);
  if (recentResults.size >= recentResultsLimit) recentResults.clear();
  recentResults.set(text, tokens);
  return tokens.slice();
}

function segmentUncached(text: string): string[] {
  const pieces = jieba().cutForSearch(normaliseForSegmentation(text), false);
  const tokens: string[] = [];
  for (let index = 0; index < pieces.length; index++) {
    let piece = pieces[index];
    if (isDigits(piece)) {
      // Rejoin `11` `.` `80` and thousands groups `96` `,` `282`, which jieba returns separately.
      while (index + 2 < pieces.length) {
        const separator = pieces[index + 1];
        const following = pieces[index + 2];
        if (separator === '.' && isDigits(following)) {
          piece += '.' + following;
        } else if (separator === ',' && following.length === 3 && isDigits(following) && !piece.includes('.')) {
          piece += following;
        } else {
          break;
        }
        index += 2;
      }
      tokens.push(piece);
      continue;
    }
    if (!wordCharacterPattern.test(piece)) continue;
    const lower = piece.toLowerCase();
    if (stopWords.has(lower)) continue;
    tokens.push(lower);
  }
  return tokens;
}

/** CJK unified ideographs, extension A and the compatibility block: the characters jieba and the n-grams work on. */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Overlapping pairs of Han characters within each run of Han text: recall for words jieba cut differently. */
export function cjkBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < text.length; index++) {
    if (isHan(text.charCodeAt(index)) && isHan(text.charCodeAt(index + 1))) {
      bigrams.push(text.slice(index, index + 2));
    }
  }
  return bigrams;
}

/**
 * Part-of-speech tags of the words of a text (jieba's tagger: n noun, v verb, d adverb, t time word, r pronoun...),
 * keyed by word. Budget words from the dictionary above keep their whole-word reading.
 */
export function wordTags(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const { word, tag } of jieba().tag(normaliseForSegmentation(text), false)) {
    if (!tags.has(word)) tags.set(word, tag);
  }
  return tags;
}
