/**
 * Budget disclosures give a unit's personnel spending, never one person's pay: "the mayor's salary" or "what does
 * Yang Xiaohe earn" is not answered from 人员经费, however well the word salary matches. Pure.
 * Returns the person or title asked about, or undefined.
 */
const payZh = /(工资|薪水|薪酬|年薪|月薪|收入|奖金|待遇|补贴)/;
const titleZh = /(市长|区长|县长|镇长|局长|书记|主任|主席|部长|厅长|处长|科长|委员(?!会)|领导|一把手|官员|干部个人|[\u4e00-\u9fa5]{1,2}(?:先生|女士|同志))/;

const payEn = /\b(salary|salaries|pay|paid|wage|wages|income|earn|earns|earning|bonus|bonuses|compensation|remuneration)\b/i;
const titleEn = /\b(mayor|director|secretary|head|chief|minister|governor|leader|boss|commissioner|chairman|chairwoman|president|official)\b/i;
// Two or more capitalised words that are not the start of the question and not a unit's name (Putuo Commerce
// Commission): a person's name.
const personName = /(?<!^)(?<![.?!]\s)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b/g;
const unitWords = /\b(Street|District|Bureau|Commission|Office|Committee|Government|City|Province|County|Center|Centre|Department)\b/;

export function individualAskedAbout(question: string, lang: 'zh' | 'en'): string | undefined {
  if (lang === 'zh') {
    const title = titleZh.exec(question);
    if (!title || !payZh.test(question)) return undefined;
    // 领导干部用车 is a kind of vehicle, not a person's pay.
    if (/用车/.test(question)) return undefined;
    return title[1];
  }
  if (!payEn.test(question)) return undefined;
  const title = titleEn.exec(question);
  if (title) return title[1];
  return Array.from(question.matchAll(personName), (match) => match[1]).find((name) => !unitWords.test(name));
}
