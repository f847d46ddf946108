import { describe, expect, it } from 'vitest';
import { createCedictIndex } from './cedict-index.ts';
import { glossary, type GlossaryEntry } from './glossary.ts';
import { basicSpendingExplained, datedYears, namedYears, translateQuestion, withPublicUseNamed, withShorthandWritten, withoutAsides } from './translate-question.ts';

/** A few CC-CEDICT keys, enough to see the fallback work without building the real index. */
const cedict = createCedictIndex({
  weather: ['天气', '气象'],
  tomorrow: ['明天', '明日'],
  hire: ['雇用'],
  'call center': ['呼叫中心'],
  elephant: ['大象'],
});

const translate = (question: string) => translateQuestion(question, { glossary, cedict });

describe('translateQuestion, English questions', () => {
  it('reads "falls under a class" as belonging to it, no decrease', () => {
    expect(translate('What percentage falls under function class 212?').text).not.toContain('减少');
    expect(translate('Spending fell by 10 percent.').text).toContain('减少');
    expect(translate('What value is booked against vehicles (cut-off 31 December 2021)?').text).not.toContain('减少');
    // A kind of procurement keeps procurement: works (工程) of 政府采购.
    expect(translate('construction procurement or services procurement').terms).toEqual(expect.arrayContaining(['工程', '服务', '政府采购']));
  });
  it('reads project money that performance targets cover as the money the targets cover, not project spending', () => {
    expect(translate('How much project funding does the unit cover with performance targets?').terms).toContain('涉及项目预算资金');
    expect(translate('How much project money do its performance targets cover?').terms).toContain('涉及项目预算资金');
    // Without the targets, project funding is project spending.
    expect(translate('How much project funding does the unit have?').terms).toContain('项目支出');
    expect(translate('How much project funding does the unit have?').terms).not.toContain('涉及项目预算资金');
  });
  it('maps "official vehicles" to the three-public item before the bare vehicles term', () => {
    const result = translate('How much is spent on official vehicles?');
    expect(result.lang).toBe('en');
    expect(result.terms[0]).toBe('公务用车购置及运维费');
    expect(result.terms).toContain('车辆');
    expect(result.terms.indexOf('公务用车购置及运维费')).toBeLessThan(result.terms.indexOf('车辆'));
    expect(result.text.startsWith('公务用车购置及运维费')).toBe(true);
  });

  it('reads running said of a public institution as its operation line, and not when its staff or count is asked', () => {
    expect(translate('the line for running its affiliated public institution').terms).toContain('事业运行');
    expect(translate('medical insurance for staff of the affiliated public institution it runs').primaryTerms).not.toContain('事业运行');
  });

  it('reads running costs said of cars as the cars’ line even when the unit is an office', () => {
    const cars = translate('its budgeted vehicle running cost and the number of cars the street office held: how much running cost per car?');
    expect(cars.terms).not.toContain('机关运行经费');
    expect(translate('running costs of the offices and its cars').terms).toContain('机关运行经费');
    expect(translate('office running costs, cars aside').terms).toContain('机关运行经费');
  });

  it('reads retired staff of public service centres as the public institutions’ retirement line', () => {
    expect(translate('retired staff of its public service centres').primaryTerms).toContain('事业单位离退休');
  });

  it('reads an item asked inside a frame at the end (fees in its 2024 day-to-day running costs) without the frame', () => {
    const item = translate('what does Wanli Street budget for property management fees in its 2024 day-to-day running costs?');
    expect(item.terms).toContain('物业管理费');
    expect(item.terms).not.toContain('机关运行经费');
    expect(item.years).toEqual([2024]);
  });

  it('keeps SMEs as its own term after reserved for (reserved for SMEs names both)', () => {
    const reserved = translate('of the budget reserved for SMEs, how much is not set aside for small and micro enterprises?');
    expect(reserved.primaryTerms).toEqual(expect.arrayContaining(['预留', '中小企业']));
  });

  it('tells the paired medical lines apart by whose staff, and keeps the whole when both or neither are named', () => {
    expect(translate('medical insurance for the administrative staff').terms).toContain('行政单位医疗');
    expect(translate('health insurance for the staff of its public institutions').terms).toContain('事业单位医疗');
    const both = translate('the Putuo district government office: health insurance for civil-service staff plus public-institution staff');
    expect(both.terms).toContain('行政事业单位医疗');
    expect(both.terms).not.toContain('行政单位医疗');
  });

  it('reads other before a term as the line of the rest under it (其他公共安全支出)', () => {
    expect(translate("how much goes to the 'other public security expenditure' subject?").primaryTerms[0]).toBe('其他公共安全');
    expect(translate('how much goes to public security expenditure?').terms).not.toContain('其他公共安全');
  });

  it('keeps a bracket that names a term at the end of a side, and drops one inside a phrase', () => {
    expect(translate('keeping the neighbourhood clean (environmental sanitation)?').terms).toContain('城乡社区环境卫生');
    expect(translate('overseas (outbound) trips').terms[0]).toBe('因公出国（境）费');
    expect(translate('What was its 2024 spending budget (budget to budget, not actual spending)?').terms).not.toContain('决算');
    expect(translate('What was its 2024 spending budget (actual spending)?').terms).toContain('决算');
  });

  it('reads paying people as the staff line and keeping the office going as the office line', () => {
    const result = translate('how much more goes on paying people than on keeping the office itself going?');
    expect(result.terms).toEqual(expect.arrayContaining(['人员经费', '公用经费']));
  });

  it('reads the official-car line as its running or purchase part by a verb elsewhere in the question', () => {
    expect(translate('Going by its budget for running them, what does each of its official cars cost?').terms).toContain('公务用车运行维护费');
    expect(translate('How much will it spend buying official cars?').terms).toContain('公务用车购置费');
    expect(translate('How much is spent on official vehicles?').terms).toContain('公务用车购置及运维费');
  });

  it('reads no glossary phrase across an "and" of the question, unless the phrase itself has one', () => {
    const result = translate("what do the 'administrative operation' and 'public institution operation' lines add up to");
    expect(result.primaryTerms).toEqual(expect.arrayContaining(['行政运行', '事业运行']));
    expect(translate('How much goes to science and technology?').primaryTerms).toContain('科学技术');
  });

  it('renders the functional classification\'s 款 and 项 names as people say them in English', () => {
    expect(translate('How much more goes to publicity than to organisation work?').primaryTerms).toEqual(expect.arrayContaining(['宣传事务', '组织事务']));
    expect(translate('public legal services versus mass sports').primaryTerms).toEqual(expect.arrayContaining(['公共法律服务', '群众体育']));
    expect(translate('the budget for science popularisation').primaryTerms).toContain('科学技术普及');
  });

  it('finds the hospitality budget and the year', () => {
    const result = translate('What is the hospitality budget for 2022?');
    expect(result.terms).toEqual(['公务接待费', '预算']);
    expect(result.years).toEqual([2022]);
    expect(result.numbers).toEqual([]);
    expect(result.intentWords).not.toContain('名词解释');
  });

  it('translates call center operators and the counting cue', () => {
    const result = translate('How many call center operators are hired?');
    expect(result.terms[0]).toBe('话务员');
    expect(result.terms).toContain('呼叫中心');
    expect(result.terms).toContain('雇用');
    expect(result.intentWords).toEqual(['数量']);
  });

  it('keeps shorter matches inside a longer phrase out of the primary terms', () => {
    const result = translate('What are the three public expenses?');
    expect(result.primaryTerms).toContain('三公经费');
    expect(result.terms.length).toBeGreaterThan(result.primaryTerms.length);
    expect(result.primaryTerms).not.toContain('公用经费');
  });

  it('finds basic expenditure and the share cue', () => {
    const result = translate('What share of spending is basic expenditure?');
    expect(result.terms).toEqual(['基本支出', '支出']);
    // "spending" is its own word here, so 支出 is a primary term too.
    expect(result.primaryTerms).toEqual(['基本支出', '支出']);
    expect(result.intentWords).toEqual(['占比']);
    expect(result.text).toBe('基本支出 支出 占比');
  });

  it('finds rented area and office space', () => {
    const result = translate('how much office space is rented');
    expect(result.terms).toContain('办公用房');
    expect(result.terms).toContain('租赁面积');
  });

  it('gives no budget terms for a question outside the domain, only dictionary words', () => {
    const result = translate('What is the weather tomorrow?');
    expect(result.terms).toEqual(['天气', '明天']);
    const budgetTerms = new Set(glossary.map((entry) => entry.zh));
    expect(result.terms.filter((term) => budgetTerms.has(term))).toEqual([]);
  });

  it('reads a word misspelt by one letter as the glossary word it stands for', () => {
    expect(translate('basic pay, alowances and performance pay').primaryTerms).toContain('津贴补贴');
    expect(translate('how much for hospitallity').primaryTerms).toContain('公务接待费');
    // A dictionary word is left as it is, and so is a word two letters away.
    expect(translate('the elephant budget').primaryTerms).not.toContain('津贴补贴');
  });

    it('tolerates case, plurals and tenses', () => {
    expect(translate('OFFICIAL CAR').terms[0]).toBe('公务用车购置及运维费');
    expect(translate('what did they spend on staff salary').terms).toContain('人员经费');
    expect(translate('Spending on the vehicle fleet').terms).toEqual(expect.arrayContaining(['支出', '车辆']));
  });

  it('reads comparison, previous-year, average and total cues', () => {
    const comparison = translate('How did personnel costs change compared with last year?');
    expect(comparison.terms[0]).toBe('比上年');
    expect(comparison.terms).toContain('人员经费');
    expect(comparison.intentWords).toEqual(['比上年', '增减', '上年']);
    expect(comparison.years).toEqual(['previous']);
    expect(translate('What is the average cost per person?').intentWords).toEqual(['平均']);
    expect(translate('What was the total income in 2023?').intentWords).toEqual(['合计', '总']);
  });

  it('reads definition and purpose questions', () => {
    expect(translate('What is the general public budget?').intentWords).toEqual(['名词解释', '指']);
    expect(translate('What does fiscal appropriation mean?').intentWords).toEqual(['名词解释', '指']);
    expect(translate('What is the call centre money used for?').intentWords).toEqual(['用于']);
    expect(translate('What are running costs for?').intentWords).toEqual(['用于']);
    expect(translate('Why did the three public expenses fall?').intentWords).toEqual(['比上年', '增减', '原因']);
  });

  it('separates years from other numbers', () => {
    const result = translate('Which projects in 2024 cost more than 1,234.5 ten thousand yuan, versus 2023?');
    expect(result.years).toEqual([2024, 2023]);
    expect(result.numbers).toEqual([1234.5]);
    expect(translate('Is rent above 2050 yuan per square metre?').years).toEqual([]);
  });

  it('reads a two-digit year before 年 as this century (24年), but not a count of years or an amount', () => {
    expect(namedYears('万里街道24年城管执法多少元')).toEqual([2024]);
    // Two of them listed before one 年.
    expect(namedYears('万里街道24、25两年三公经费')).toEqual([2024, 2025]);
    expect(namedYears('面积24、25平方米')).toEqual([]);
    expect(namedYears('商委25年度预算')).toEqual([2025]);
    expect(namedYears('工作满10年的人数')).toEqual([]);
    expect(namedYears('3.24年')).toEqual([]);
  });

  it('drops English asides in brackets and the named source, keeping Chinese in brackets', () => {
    expect(withoutAsides('official overseas (outbound) trips')).toBe('official overseas  trips');
    expect(withoutAsides('How many cars does it have, according to its 2024 budget?')).toBe('How many cars does it have ?');
    expect(withoutAsides('office running costs (机关运行经费)')).toBe('office running costs (机关运行经费)');
    expect(withoutAsides('District govt office budget, Dept. of Commerce')).toBe('District government office budget, department of Commerce');
    expect(withoutAsides('What are the cars worth, according to its list of fixed assets?')).toBe('What are the cars worth ?');
    // The unit that owns the source stays: it names the disclosure.
    expect(withoutAsides("According to the Putuo Commerce Commission's 2025 unit budget, what is rent?")).toBe(' Putuo Commerce Commission , what is rent?');
  });

  it('does not read "carried over from last year" as a question about last year', () => {
    const result = translate('How much was carried over from last year?');
    expect(result.terms[0]).toBe('上年结转');
    expect(result.years).toEqual([]);
  });

  it('keeps Chinese terms quoted inside an English question', () => {
    const result = translate('How much is 三公经费 in 2022?');
    expect(result.lang).toBe('en');
    expect(result.terms).toEqual(['三公经费']);
    expect(result.years).toEqual([2022]);
  });

  it('works without the dictionary and with nothing to translate', () => {
    expect(translateQuestion('What is the weather tomorrow?', { glossary }).terms).toEqual([]);
    expect(translate('???')).toEqual({ lang: 'en', original: '???',
      primaryTerms: [], terms: [], years: [], numbers: [], intentWords: [], text: '' });
    expect(translate('what is it').terms).toEqual([]);
  });

  it('uses whatever glossary it is given', () => {
    const small: GlossaryEntry[] = [{ zh: '大象预算', en: ['elephant budget'] }];
    expect(translateQuestion('the elephant budgets', { glossary: small, cedict }).terms).toEqual(['大象预算']);
    expect(translateQuestion('the elephant', { glossary: small, cedict }).terms).toEqual(['大象']);
  });

  it('reaches every glossary entry through each of its English phrases', () => {
    const unreachable: string[] = [];
    for (const entry of glossary) {
      for (const phrase of entry.en) {
        if (!translateQuestion(phrase, { glossary }).terms.includes(entry.zh)) unreachable.push(`${phrase} -> ${entry.zh}`);
      }
    }
    expect(unreachable).toEqual([]);
  });
});

describe('translateQuestion, Chinese questions', () => {
  it('passes a Chinese question through with its terms', () => {
    const result = translate('2022年公务接待费是多少？');
    expect(result).toEqual({
      lang: 'zh',
      original: '2022年公务接待费是多少？',
      primaryTerms: ['公务接待费'],
      terms: ['公务接待费'],
      years: [2022],
      numbers: [],
      intentWords: [],
      text: '2022年公务接待费是多少？',
    });
  });

  it('prefers the longest term and maps aliases to the canonical wording', () => {
    expect(translate('公务用车购置及运维费和公务用车运维费分别是多少').terms).toEqual(['公务用车购置及运维费', '公务用车运行维护费']);
    expect(translate('“三公”经费预算是多少').terms[0]).toBe('三公经费');
  });

  it('reads Chinese cues and years', () => {
    const result = translate('与去年相比三公经费增减多少？占支出的比例是多少？');
    expect(result.years).toEqual(['previous']);
    expect(result.intentWords).toEqual(['占比', '比上年', '增减', '上年']);
    expect(translate('二〇二三年人均公用经费').years).toEqual([2023]);
    expect(translate('二〇二三年人均公用经费').intentWords).toEqual(['平均']);
    expect(translate('上年结转是多少').years).toEqual([]);
    expect(translate('２０２４年租赁面积是否超过１０００平方米').years).toEqual([2024]);
    expect(translate('２０２４年租赁面积是否超过１０００平方米').numbers).toEqual([1000]);
  });

  it('ignores single characters that occur inside longer words', () => {
    expect(translate('人员经费有多少').terms).toEqual(['人员经费']);
  });
});

describe('translateQuestion, Chinese inside an English question', () => {
  it('keeps the document wording the asker wrote in Chinese as the first term', () => {
    const result = translate('What target is set for the compliance rate (聘用人员工作质量达标率) in 2022?');
    expect(result.lang).toBe('en');
    expect(result.primaryTerms[0]).toBe('聘用人员工作质量达标率');
    expect(result.terms).toContain('聘用人员工作质量达标率');
  });
});

describe('translateQuestion with the documents’ vocabulary', () => {
  const senses = createCedictIndex({ support: ['架', '支持'], elephant: ['大象'] });
  it('takes the dictionary sense the documents use, else the first', () => {
    const known = (word: string) => word === '支持';
    expect(translateQuestion('How much goes to support?', { glossary: [], cedict: senses, known }).terms).toContain('支持');
    expect(translateQuestion('How much goes to support?', { glossary: [], cedict: senses }).terms).toContain('架');
    expect(translateQuestion('How big is the elephant?', { glossary: [], cedict: senses, known }).terms).toContain('大象');
  });
});

describe('withoutAsides and where the figure is read', () => {
  it('drops "in their 2025 budget" but keeps its year, and keeps "the budget for cars"', () => {
    expect(withoutAsides('how many cars does wanli have in their 2025 budget').replace(/\s+/g, ' ').trim()).toBe('how many cars does wanli have 2025');
    expect(withoutAsides('How much is in the 2025 budget for cars?')).toBe('How much is in the 2025 budget for cars?');
  });
  it('reads a year’s budget named after a comma or as a heading as the source when something else is asked', () => {
    expect(withoutAsides('how many cars does wanli street have, 2024 budget')).toBe('how many cars does wanli street have 2024');
    expect(withoutAsides('wanli street 2024 budget: how many cars does it have')).toBe('wanli street 2024: how many cars does it have');
    // The budget as a whole asked: the budget stays.
    expect(withoutAsides('wanli street 2024 budget: how much in total?')).toBe('wanli street 2024 budget: how much in total?');
    expect(withoutAsides('what is the total, 2024 budget')).toBe('what is the total, 2024 budget');
  });
});

describe('withoutAsides and a bracket listing examples', () => {
  it('drops an English bracket that lists examples with commas', () => {
    expect(withoutAsides("the 'three public expenses' (overseas trips, official cars, receptions) in FY25").replace(/\s+/g, ' ')).toBe("the 'three public expenses' in FY25");
  });
});

describe('datedYears', () => {
  it('finds years that stand in a full date, in Chinese and English, and not bare years', () => {
    expect(datedYears('截至2023年8月31日共有车辆')).toEqual([2023]);
    expect(datedYears('as of 31 August 2023')).toEqual([2023]);
    expect(datedYears('as of December 31, 2021')).toEqual([2021]);
    expect(datedYears('2023年的预算是多少')).toEqual([]);
    expect(datedYears('the 2023 budget in May')).toEqual([]);
    expect(datedYears('as of the end of August 2024')).toEqual([2024]);
    expect(datedYears('as of Sept 2024')).toEqual([2024]);
    // "may" is a verb more often than a month: May 2024 alone is no date.
    expect(datedYears('what they may 2024 spend')).toEqual([]);
  });
});

describe('translateQuestion, words that depend on the rest of the question', () => {
  it("reads 'other' quoted alone before a line's name as that line's rest (其他…)", () => {
    expect(translate("how much less did it set aside in 2024 for its 'other' social security and employment spending?").terms).toContain('其他社会保障和就业');
    // Unquoted, other is just more of them.
    expect(translate('how much for other social security and employment spending?').terms).not.toContain('其他社会保障和就业');
  });
  it('reads "set aside" as 预留 only where enterprises are named, and "monthly housing allowance" as 购房补贴', () => {
    expect(translate('How much is set aside for small and medium-sized businesses?').terms).toContain('预留');
    expect(translate('How much less did it set aside in 2024 for its pensions?').terms).not.toContain('预留');
    expect(translate('How much of the procurement budget is earmarked for small and medium-sized businesses?').terms).toContain('预留');
    expect(translate('how much is earmarked for overseas hotel accommodation?').terms).not.toContain('预留');
    expect(translate('the monthly housing allowance for its staff').terms[0]).toBe('购房补贴');
  });
});

describe("translateQuestion and a unit's own government offices", () => {
  it('reads "its government offices" as the administrative side, not the district government office', () => {
    expect(translate('retirees from both its government offices and its public service centres').terms).not.toContain('区政府办公室');
    expect(translate('How much does the district government office spend?').terms).toContain('区政府办公室');
  });
});

describe("translateQuestion, the unit said by its kind with 's, and public costs", () => {
  it("reads the office's budget as the unit's own, not office space, and public costs as 公用经费", () => {
    expect(translate("what was the office's 2024 budget?").terms).not.toContain('办公用房');
    expect(translate('How much for office space?').terms).toContain('办公用房');
    expect(translate('public (operating) costs').terms).toContain('公用经费');
  });
});

describe('withShorthandWritten', () => {
  it('writes out the shorthand of quick notes', () => {
    expect(withShorthandWritten('how many operators r they budgeting to hire?')).toBe('how many operators are they budgeting to hire?');
    expect(withShorthandWritten('putuo dist govt office 2025 budget went down vs last yr')).toBe('putuo district government office 2025 budget went down vs last year');
    expect(withShorthandWritten('putuo commerce cmte 2025 - avg budget per project w/ perf targets, approx?')).toBe('putuo commerce commission 2025 - average budget per project with performance targets, approximately?');
    expect(withShorthandWritten('wanli st dept 2025, sci & tech (万元 pls)')).toBe('wanli street department 2025, science and technology (万元 please)');
    // A word quoted before the noun it qualifies is part of one term; a quoted name alone stays quoted.
    expect(withShorthandWritten("What does 'project' spending mean?")).toBe('What does project spending mean?');
    expect(withShorthandWritten("What does 'basic expenditure' mean?")).toBe("What does 'basic expenditure' mean?");
    expect(withShorthandWritten('Changzheng St office, the 1st item')).toBe('Changzheng street office, the 1st item');
  });
  it('writes out Chinese spoken forms: 部 counting cars, 那几辆 pointing at them, a two-digit year in a date', () => {
    expect(withShorthandWritten('一共7部车子，平均每部车多少钱')).toBe('一共7辆车子，平均每辆车多少钱');
    expect(withShorthandWritten('光养那几辆公车预算安排了多少钱')).toBe('光养公车预算安排了多少钱');
    expect(withShorthandWritten('万里街道截至24年8月底一共几辆车')).toBe('万里街道截至2024年8月底一共几辆车');
  });
  it('leaves Chinese and ordinary words alone', () => {
    expect(withShorthandWritten('万里街道2025年三公经费')).toBe('万里街道2025年三公经费');
    // A space typed before a clause's opening word parts clauses; one inside a name stays.
    expect(withShorthandWritten('区府办预算九千一百来万 说是比去年少了 那去年是多少')).toBe('区府办预算九千一百来万，说是比去年少了，那去年是多少');
    expect(withShorthandWritten('万里 街道 三公多少')).toBe('万里 街道 三公多少');
    // 政采 is 政府采购, whose 买东西 are its goods beside its services; a space before 合计 parts nothing.
    expect(withShorthandWritten('万里街道 2025 政采 货物+服务 合计')).toBe('万里街道 2025 政府采购 货物+服务合计');
    expect(withShorthandWritten('政府采购，是买东西（货物）花得多，还是买服务花得多')).toBe('政府采购，是货物花得多，还是买服务花得多');
    expect(withShorthandWritten('万里街道办事处编2024年预算的时候，手上一共有几辆车')).toBe('万里街道办事处2024年手上一共有几辆车');
    expect(withShorthandWritten('2024年那几辆车的编制是多少，部门预算多少')).toBe('2024年那几辆车的编制是多少，部门预算多少');
    expect(withShorthandWritten('the street office in its first year')).toBe('the street office in its first year');
  });
});

describe('basicSpendingExplained', () => {
  it('reads running costs a bracket explains as staff plus office costs as basic expenditure', () => {
    expect(basicSpendingExplained('how much more than routine costs (salaries plus day-to-day running)?')).toBe('how much more than basic expenditure?');
    expect(basicSpendingExplained('than on the day-to-day running of the commission itself (its staff and office costs)?')).toBe('than on basic expenditure?');
    expect(basicSpendingExplained('goes on basic running costs (staff pay plus day-to-day office costs) rather than')).toBe('goes on basic expenditure rather than');
    // A bracket that names something else stays.
    expect(basicSpendingExplained('the day-to-day running of the office (rent and property fees)')).toBe('the day-to-day running of the office (rent and property fees)');
  });
});

describe('translateQuestion, procurement categories named only in the plural', () => {
  it('reads "works" and "goods" as categories, "work" and "good" not', () => {
    expect(translate('How much for goods, works and services?').terms).toEqual(expect.arrayContaining(['货物', '工程', '服务']));
    expect(translate('What kind of supervision work is that money for?').terms).not.toContain('工程');
  });
});

describe('translateQuestion, r57 wordings', () => {
  it('reads a chamber of commerce as no commerce commission', () => {
    const chamber = translate("I'm with a chamber of commerce. How much did the district government office set aside for hospitality?");
    expect(chamber.terms).not.toContain('商务委员会');
    expect(translate('How much does the commerce commission spend?').terms).toContain('商务委员会');
  });
  it('reads a housing allowance paid every month as the home-purchase subsidy, and a housing savings fund as the provident fund', () => {
    expect(translate('the housing allowance they hand staff every month').terms).toContain('购房补贴');
    expect(translate('the housing allowance').terms).not.toContain('购房补贴');
    expect(translate("the money paid into staff's housing savings fund").terms).toContain('住房公积金');
  });
  it('renders people paid to answer the phones and non-staple food', () => {
    expect(translate('How many people is the bureau paying to answer the phones?').terms).toContain('话务员');
    expect(translate('the neighbourhood vegetable markets and the non-staple food trade').terms).toEqual(expect.arrayContaining(['菜市场', '副食品']));
  });
});

describe('withoutAsides, what is left out at the end', () => {
  it('drops "not counting X" after a named thing, and keeps it when the rest is asked', () => {
    expect(withoutAsides('How much is planned for procurement of services in 2025, not counting goods?')).not.toContain('goods');
    expect(withoutAsides('What is left of the procurement budget, not counting goods?')).toContain('goods');
  });
  it('drops a contrast "as opposed to X"', () => {
    expect(withoutAsides('How much of its budget is project expenditure, as opposed to basic expenditure?')).not.toContain('basic');
  });
});

describe('withPublicUseNamed', () => {
  it('reads public funding beside personnel funding as the public-use half of basic spending', () => {
    expect(withPublicUseNamed('by how much does personnel funding exceed public (office) funding?')).toBe('by how much does personnel funding exceed public-use funding?');
    expect(withPublicUseNamed('staff costs versus public expenses')).toBe('staff costs versus public-use expenses');
  });
  it('leaves public funding alone when no personnel money is named', () => {
    expect(withPublicUseNamed('How much public funding does the commission get?')).toBe('How much public funding does the commission get?');
  });
});
