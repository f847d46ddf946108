/**
 * "wanli street 2024 staff headcount / 编制数?": a unit's staffing establishment (编制) or headcount is stated by some
 * disclosures (核定编制X名, 在职人员X人) and not by others; where no candidate text states such a count, the word 编制
 * found elsewhere (编制部门, the body that compiled a table) answers nothing. Returns the term asked, or undefined. Pure.
 */
const staffingZh = /(编制数|编制人数|人员编制|核定编制|在编人数|在编人员|在编工作人员|(?:工作人员|公务员|职工|员工)(?:一共)?(?:有|共有)?多少(?:人|名|个人)|(?:几|多少)个?编制|(?:有|共)?多少(?:名|个)?(?:在编|在职)?(?:工作人员|公务员|干部职工|职工|员工)(?!的)|人员规模)/;
const staffingEn = /\b(head ?counts?(?!\s+(?:of|for)\s+(?!(?:its|the|their)\s+(?:staff|employees|workforce|personnel)\b))|staff(?:ing)? (?:establishment|quota|numbers?|size|levels?)|authori[sz]ed (?:posts|staff|headcount|positions)|how many (?:staff|employees|civil servants|officials|personnel)(?: members?)?(?=\s+(?:does|do|did|are|were|work|works|working|is|has|have|had|in|at|on|of)\b|\s*[?.]|\s*$))/i;
// A count of the unit's own people the text states: 核定编制45名, 在职人员38人, 编制人数…12人.
const statedStaffing = /(?:编制数|编制人数|人员编制|核定编制|行政编制|事业编制|在编人员|在职人员|实有人员|实有人数|在职人数)[^。；;]{0,12}?\d+\s*(?:名|人)/;

export function staffingAsked(question: string, lang: 'zh' | 'en', candidateTexts: string[]): string | undefined {
  const match = (lang === 'zh' ? staffingZh : staffingEn).exec(question) ?? staffingZh.exec(question);
  if (!match) return undefined;
  if (candidateTexts.some((text) => statedStaffing.test(text))) return undefined;
  return lang === 'zh' ? '人员编制数' : 'staff headcount (编制数)';
}
