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
const unitWords = /\b(Street|Subdistrict|Sub-district|Town|Township|Village|District|Bureau|Commission|Office|Committee|Government|City|Province|County|Center|Centre|Department)\b/;

// One member of a staff ("each hotline operator", 每个话务员) asked about with a pay word is one person's pay too.
// What a member of staff is called: 话务员, 工作人员, 保安, 职工.
const staffZh = '(?:员|人员|工人|工|师|保安|保洁|干部|职工)';
const memberZh = new RegExp(`((?:每个|每名|每位|每一个|每一位|一个|一名|一位|单个)[\\u4e00-\\u9fa5]{0,5}?${staffZh})`);
// "each of the 25 call-centre operators" counts as one of them too.
const memberEn = /\b((?:each|every|a single|one|an individual|per) (?:of (?:the |its |their )?)?(?:\d+ )?(?:[a-z-]+ ){0,2}(?:operators?|workers?|employees?|staff(?:er)?|officers?|guards?|cleaners?|members? of staff|civil servants?|persons?))\b/i;
const monthlyPayZh = new RegExp(`([\\u4e00-\\u9fa5]{0,4}?${staffZh})[^，,。？?]{0,3}?(?:一个月|每个月|每月)(?:能|可以)?(?:拿|挣|赚|发|给)?(?:多少钱|几个钱|多少)`);
const wagesZh = /(工资|薪水|薪酬|年薪|月薪|收入|待遇)/;
const wagesEn = /\b(salary|salaries|paid|wage|wages|earn|earns|earning|income|remuneration)\b/i;

/** Whether a question names wages (工资, 月薪, salary, paid): what one person earns, not what a line costs. */
export function namesWages(question: string): boolean {
  return wagesZh.test(question) || wagesEn.test(question);
}

export function individualAskedAbout(question: string, lang: 'zh' | 'en'): string | undefined {
  const member = lang === 'zh' ? (wagesZh.test(question) ? memberZh.exec(question) : null) : wagesEn.test(question) ? memberEn.exec(question) : null;
  if (member) return member[1];
  // "请的话务员一个月多少钱": staff asked about by the month is what one of them is paid.
  const monthly = lang === 'zh' ? monthlyPayZh.exec(question) : null;
  if (monthly) return monthly[1]!.replace(/^.*的/, '').replace(/^(?:聘请|请|雇|聘)/, '');
  if (lang === 'zh') {
    const title = titleZh.exec(question);
    if (!title || !payZh.test(question)) return undefined;
    // 领导干部用车 is a kind of vehicle, not a person's pay.
    if (/用车/.test(question)) return undefined;
    return title[1];
  }
  // "what does the money for its official cars pay for": paying for things, and official as an adjective (official cars,
  // official reception), name no one's pay.
  const asked = question.replace(/\b(?:pay|pays|paid|paying)\s+(?:for|into|towards?)\b/gi, ' ').replace(/\bofficial\s+(?=(?:cars?|vehicles?|receptions?|hospitality|trips?|travel|business|duties|use|visits?|functions?|guests?|delegations?)\b)/gi, ' ');
  if (!payEn.test(asked)) return undefined;
  const title = titleEn.exec(asked);
  if (title) return title[1];
  return Array.from(asked.matchAll(personName), (match) => match[1]).find((name) => !unitWords.test(name));
}
