/**
 * "打算请多少个话务员来接电话": after the counted thing, 来/去 + a verb phrase says what it is for, not what is
 * counted; its words (接电话) would read as a topic the documents lack. Dropped at the end of a count question only,
 * and only after a named thing of two or more characters, so 多少人来访 (visits are what is counted) stays. Pure.
 */
const purposeAfterCount = /((?:多少|几)[个名位辆台套件项家]?[\u4e00-\u9fa5]{2,8}?)(?:来|去|用来)[\u4e00-\u9fa5]{2,8}(?=[？?。！!]?\s*$)/u;

export function withoutPurposeClause(question: string): string {
  return question.replace(purposeAfterCount, '$1');
}
