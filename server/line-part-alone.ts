/**
 * "How much … just for fuel for its official cars, separate from maintenance and repairs?", "公车光加油一年花多少":
 * the running costs of official cars (公务用车运行维护费) are one line; its parts (fuel, repairs, insurance, tolls,
 * parking) are named in its definition but never given a figure of their own. A question asking one part alone, by a
 * word beside it that sets it apart (just, only, alone; 光, 单, 只) or by setting it apart from another part
 * (separate from repairs; 不含维修), asks a finer split than disclosures state. Returns the part asked, or undefined;
 * undefined too when a figure's label names the part (`labelled`). Pure.
 */
const partsEn: Array<[RegExp, string]> = [
  [/\b(?:fuel|petrol|gasoline|diesel)\b/i, 'fuel'],
  [/\b(?:repairs?|servicing|maintenance)\b/i, 'repairs'],
  [/\binsurance\b/i, 'insurance'],
  [/\b(?:tolls?|bridge fees?|road fees?)\b/i, 'tolls'],
  [/\bparking\b/i, 'parking'],
];
const partsZh: Array<[RegExp, string]> = [
  [/加油|油费|油钱|燃油|燃料|汽油/, '燃料'],
  [/修车|维修|修理/, '维修'],
  [/保险/, '保险'],
  [/过路|过桥|路桥/, '过路过桥'],
  [/停车/, '停车'],
];
const partZhWords = '加油|油费|油钱|燃油|燃料|汽油|修车|维修|修理|保险|过路|过桥|路桥|停车';
const partEnWords = 'fuel|petrol|gasoline|diesel|repairs?|servicing|insurance|tolls?|parking';
// The label words each part goes by in a disclosure's lines.
const labelWords: Record<string, string[]> = { fuel: ['燃料', '燃油', '油费'], repairs: ['维修', '修理'], insurance: ['保险'], tolls: ['过路', '过桥'], parking: ['停车'] };
const zhToEnPart: Record<string, string> = { 燃料: 'fuel', 维修: 'repairs', 保险: 'insurance', 过路过桥: 'tolls', 停车: 'parking' };

const carEn = /\b(?:cars?|vehicles?|fleet)\b/i;
const carZh = /公车|车辆|用车|公务车|车子|辆车/;
// A word beside the part that takes it alone: "just for fuel", "fuel alone", 光加油, 油费单列.
const aloneEn = new RegExp(`\\b(?:just|only|solely|purely)\\s+(?:(?:for|on|the|its|their|of)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${partEnWords})\\b|\\b(?:${partEnWords})\\s+(?:costs?\\s+|bills?\\s+|money\\s+)?(?:alone|only|by itself|on (?:its|their) own)\\b`, 'i');
const aloneZh = new RegExp(`(?:光|单|只|仅)(?:是|算|看|说)?(?:${partZhWords})|(?:${partZhWords})[^，,。？?]{0,4}(?:单独|单列|单算)`);
// Setting the part apart from another part: "fuel …, separate from maintenance and repairs", 油费，不含维修.
const separateEn = /\b(?:separate(?:ly)? from|apart from|excluding|not including|leaving out|without counting|rather than|not)\b/i;
const separateZh = /不(?:含|算|包括)|除了?|以外|之外/;

export function linePartAloneAsked(question: string, lang: 'zh' | 'en', labelled: (part: string) => boolean): string | undefined {
  const zh = lang === 'zh';
  if (!(zh ? carZh : carEn).test(question)) return undefined;
  const parts = zh ? partsZh : partsEn;
  const named = (text: string) => parts.filter(([pattern]) => pattern.test(text)).map(([, part]) => part);
  const first = parts
    .map(([pattern, part]) => ({ part, at: question.search(pattern) }))
    .filter(({ at }) => at >= 0)
    .sort((left, right) => left.at - right.at)[0];
  if (!first) return undefined;
  const separation = (zh ? separateZh : separateEn).exec(question);
  const before = separation ? named(question.slice(0, separation.index)) : [];
  const after = separation ? named(question.slice(separation.index)) : [];
  // "just for fuel and repairs" takes the running costs whole; "fuel …, separate from repairs" sets one part apart.
  const alone = ((zh ? aloneZh : aloneEn).test(question) && named(question).length === 1) || (before.length === 1 && after.length >= 1 && !after.includes(before[0]!));
  if (!alone) return undefined;
  const part = zh ? zhToEnPart[first.part]! : first.part;
  if (labelWords[part]!.some((word) => labelled(word))) return undefined;
  return zh ? `公务用车${first.part}费（单列）` : `official cars' ${part} alone`;
}

// "the security guards alone, not counting the cleaners", "光是保安的钱，不算保洁": one of two things a line names
// together, asked without the other.
// (Each thing is the one to three words before "alone" and after "not counting".)
const oneOfTwoEn = /\b((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:alone|only|by themselves|by itself|on (?:its|their) own)\b[^?]*?\b(?:not counting|excluding|without|leaving out|but not|not including)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?=[?.,;!]|$)/i;
const oneOfTwoZh = /(?:光|单|只|仅)(?:是|算|看)?(?:给)?([\u4e00-\u9fa5]{2,8}?)(?:的|这块|那块|这部分|那部分)?(?:钱|费用|经费|工资)?[，,]\s*(?:不算|不含|不包括|除去|不要)([\u4e00-\u9fa5]{2,8}?)(?:的|这块|那块)?(?:钱|费用|经费|工资)?(?=[，,。？?]|$)/;

/**
 * One of two things a line names together (市联合接访中心保洁、保安等专项经费) asked alone, without the other: the
 * disclosure states no figure for it when every label naming it names the other too. `render` gives an English phrase's
 * Chinese term; `allLabels` gives the candidate documents' fact labels (read only when the wording asks one part). Returns the thing asked, or undefined. Pure.
 */
export function sharedLinePartAsked(question: string, lang: 'zh' | 'en', render: (english: string) => string | undefined, allLabels: () => string[]): string | undefined {
  const match = (lang === 'zh' ? oneOfTwoZh : oneOfTwoEn).exec(question);
  if (!match) return undefined;
  const [asked, other] = lang === 'zh' ? [match[1], match[2]] : [render(match[1]!), render(match[2]!)];
  if (!asked || !other || asked === other || asked.includes(other) || other.includes(asked)) return undefined;
  const labels = allLabels();
  const together = labels.some((label) => label.includes(asked) && label.includes(other));
  const apart = labels.some((label) => label.includes(asked) && !label.includes(other));
  return together && !apart ? `${asked}（不含${other}）` : undefined;
}
