/**
 * Notes of what a question leaves out name nothing it asks: "货物和服务两块加起来（不算工程）", "养车的钱，不算买新车",
 * "…加起来是多少？工程那块先不算。" Each would otherwise pull the match toward the line it leaves out (工程,
 * 公务用车购置费). Pure; a question without such a note is returned as it is. A remainder asked outright (除了X以外,
 * 没有预留给X的部分) is no note: it is what is asked.
 */
const bracketNote = /[（(]\s*(?:不算|不含|不包括|不计|除去|扣除)[^（）()]*[）)]/g;
// 不算X: the left-out thing after the word, up to the clause's end ("不算在内" names nothing after it).
// "不算养人和日常运转、专门拿去办具体事儿的那部分": a 、 that opens what is kept (专门, 只, 光…) ends the note.
const noteBefore = /[，,]?\s*(?:不算|不含|不包括|不计)(?=[\u4e00-\u9fa5])(?!在内)(?:(?!、(?:专门|只|单纯|单单|光|就是|而是|用来|拿去|拿来|用于))[^，,。？?；;—–（）()])*/g;
// X先不算: a last clause that names the left-out thing before the word.
const noteAfter = /[，,。？?；;][^，,。？?；;]{0,12}(?:先不算|不算在内|不算|不计|除外|不包括在内)[^，,。？?；;—–]*[。？?]?\s*$/;

// "…add up to if you leave out construction works?", "(excluding works)", ", not counting works,": an English note of
// what a sum leaves out, up to the clause's end. ("If you leave the works out and just add up…": the thing left out
// may stand between the verb and out.)
const noteEn = /\s*[(,]?\s*\b(?:(?:if (?:you|we) (?:leave|take|set) out|if (?:you|we) (?:exclude|ignore|don['’]t count|do not count)|leaving out|excluding|not counting|without counting|setting aside)\s+[^,.;?!()]{2,80}|(?:leaving|setting|putting)\s+[^,.;?!()]{2,60}\s+aside\b|(?:if (?:you|we) (?:leave|take|keep)|leaving|taking|keeping)\s+(?!out\b)[^,.;?!()]{2,40}?\s+out\b(?=\s+and\b|\s*[,.;?!)]|$))[)]?/gi;

/** "…goods and services add up to if you leave out construction works?": the English notes of what is left out. */
export function withoutLeftOutNotesEn(question: string): string {
  // A note that opened the question (or followed its colon) leaves the comma that closed it.
  const without = question
    .replace(noteEn, '')
    .replace(/(^|[:：])\s*,\s*/g, (_comma, before: string) => (before ? `${before} ` : ''))
    // ("If you leave the works out and just add up…": the and that followed the note opened nothing.)
    .replace(/(^|[.!?:：])\s*and\s+(?:just\s+|only\s+)?/gi, (_and, before: string) => (before ? `${before} ` : ''));
  return without.trim() ? without : question;
}

/** Every note of what is left out: in brackets, 不算X, and a last clause X先不算. */
export function withoutLeftOutNotes(question: string): string {
  return withoutNoteBefore(question.replace(bracketNote, '').replace(noteAfter, (note) => (/^[。？?]/.test(note) ? note[0]! : '')));
}

/**
 * Only 不算X, where the left-out thing follows the word: the form a question's wording keeps nowhere else. The caller
 * that matches measures uses this alone; the sums read the other forms themselves.
 */
export function withoutNoteBefore(question: string): string {
  return question.replace(noteBefore, '').replace(notThatKind, '');
}

// "拿去做具体项目的，不是发工资、维持日常运转的那种": the kind a question says it does not mean names nothing asked.
const notThatKind = /[，,]\s*(?:而|并|可)?不是[^，,。？?；;]{2,30}?的(?:那种|那部分|那些|那块|那笔|那类)(?:钱|经费|开支|支出)?/g;

// "Apart from salaries and basic running costs, …", "除了发工资和日常办公，还有…": what the rest is set against.
const setAsideEn = /\b(?:apart from|aside from|besides|other than|except for|not counting|leaving aside)\s+[^,.;?!]{2,80},\s*/gi;
const setAsideZh = /除了?[^，,。？?；;]{2,30}?(?:以外|之外|外)?[，,]\s*(?=[^，,。？?；;]*(?:还有|还|另外|其余|剩下))/g;

// "…project money in its 2022 budget on top of its basic running costs.": what the money comes in addition to, at a
// clause's end.
const addedToEn = /\s*\b(?:on top of|in addition to|over and above)\s+[^,.;?!]{2,80}(?=[,.;?!])/gi;

/**
 * What a question about the use of the rest sets aside: "Apart from salaries and running costs, the bureau has a pot of
 * project money. What is that money mainly for?" asks about the project money; salaries and running costs would pull
 * the match to their own lines. Only for questions that ask a use or a list, where the set-aside clause is context.
 */
export function withoutSetAside(question: string): string {
  const without = question.replace(setAsideEn, '').replace(addedToEn, '').replace(setAsideZh, '');
  return without.trim() ? without : question;
}
