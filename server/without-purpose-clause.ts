/**
 * "打算请多少个话务员来接电话": after the counted thing, 来/去 + a verb phrase says what it is for, not what is
 * counted; its words (接电话) would read as a topic the documents lack. Dropped at the end of a count question only,
 * and only after a named thing of two or more characters, so 多少人来访 (visits are what is counted) stays. Pure.
 */
// (这几项加起来一共多少: 这几 points back, and a clause that asks itself (多少) is no purpose.)
// (多少钱用来支持中小企业发展: money asked, its use after it, is no count.)
const purposeAfterCount = /((?:多少|(?<![这那哪])几)(?![万亿千百]?块?(?:钱|元|经费|资金))[个名位辆台套件项家]?[\u4e00-\u9fa5]{2,8}?)(?:来|去|用来)(?:(?!多少|几)[\u4e00-\u9fa5]){2,8}(?=[？?。！!]?\s*$)/u;

// "到底请了多少个话务员接电话啊": after counted people (话务员, 保安), a verb phrase of their duty (接电话, 值班, 打扫)
// says what they do, with or without 来.
const dutyAfterPeople = /((?:多少|(?<![这那哪])几)[个名位]?[\u4e00-\u9fa5]{0,6}?(?:员|人员|工|师|保安|保洁))(?:来|去)?(?=[接打做干值守看搞负处扫管巡])(?:(?!多少|几)[\u4e00-\u9fa5]){2,6}?(?=[啊呀呢吧嘛哈]?[？?。！!]?\s*$)/u;

export function withoutPurposeClause(question: string): string {
  return question.replace(purposeAfterCount, '$1').replace(dutyAfterPeople, '$1');
}
