import { describe, expect, it } from 'vitest';
import { askedMoneyUnit, asksByStatedChange, asksUse, detectIntent, joinsMeasures, withoutMethodClause, withoutPremise, withoutReasoning, withoutSourceClause } from './detect-intent.ts';

describe('detectIntent', () => {
  it('reads an empty question as a text question without years or number', () => {
    expect(detectIntent('', 'zh')).toEqual({ intent: 'text', years: [], previousPeriod: false, unitWanted: undefined, wantsNumber: false });
    expect(detectIntent('', 'en')).toEqual({ intent: 'text', years: [], previousPeriod: false, unitWanted: undefined, wantsNumber: false });
  });

  it('reads a plain figure question as a lookup, in Chinese and in English', () => {
    expect(detectIntent('三公经费是多少', 'zh')).toMatchObject({ intent: 'lookup', wantsNumber: true });
    expect(detectIntent('How much is the budget for official vehicles?', 'en')).toMatchObject({ intent: 'lookup', wantsNumber: true });
  });

  it('reads what is asked after 据此, not the premise the question quotes', () => {
    const quoted = detectIntent('说明称2022年预算较2020年预算减少595.70万元，请据此核实2020年的预算收支总额', 'zh', 2022);
    expect(quoted).toMatchObject({ intent: 'previous_year', years: [2020] });
    expect(detectIntent('今年的预算说比去年少了两千多万，那2024年原来是多少钱', 'zh', 2025)).toMatchObject({ intent: 'previous_year', years: [2024] });
    // 比去年少多少 asks the change, not last year's level.
    expect(detectIntent('2025年预算比去年少多少', 'zh', 2025).intent).toBe('difference');
    expect(detectIntent('2024年部门预算披露的截至2023年8月31日的车辆总数是多少辆', 'zh', 2024).intent).toBe('lookup');
    expect(detectIntent('万里街道2024三公比上年多了25万，倒推2023年三公预算？', 'zh', 2024)).toMatchObject({ intent: 'previous_year', years: [2023] });
    expect(withoutMethodClause('2021年的三公经费是多少？用2022年预算里的增减数算一下。')).toBe('2021年的三公经费是多少？');
    // A method clause before the clause that asks goes too; the ask after it stays.
    expect(withoutMethodClause('财政拨款收入，按25年预算倒推，24年预算执行数是多少？')).toBe('财政拨款收入，24年预算执行数是多少？');
    expect(withoutMethodClause('…砍了两千多万。按他们2025年预算说明倒推，2024年的预算总数是多少万元？')).toBe('…砍了两千多万。2024年的预算总数是多少万元？');
    expect(withoutMethodClause('请核实：按其2025年部门预算说明推算，2024年预算应为多少？')).toBe('请核实：2024年预算应为多少？');
    // A last clause that only asks to work it out (，，帮忙倒推一下) goes.
    expect(withoutMethodClause('那23年的预算是多少钱，，帮忙倒推一下')).toBe('那23年的预算是多少钱？');
    // A question that ends at 据此 has nothing after it to read.
    expect(detectIntent('2022年预算较2020年减少多少，据此', 'zh', 2022).intent).toBe('change');
  });
  it('reads a staff note that ends on the measure (因公出国费预算？, 基本支出占比？) as asking for its figure', () => {
    expect(detectIntent('普陀区府办2025因公出国（境）费预算？', 'zh', 2025)).toMatchObject({ intent: 'lookup', wantsNumber: true });
    expect(detectIntent('什么是三公经费？', 'zh', 2025)).toMatchObject({ intent: 'definition', wantsNumber: false });
    expect(detectIntent('三公经费包括哪些支出？', 'zh', 2025).intent).toBe('list');
  });
  it('reads 单价100万元以上 as qualifying what is counted, and 是指哪部分 as asking a definition', () => {
    expect(detectIntent('有没有单价100万元以上的设备？有几台（套）？', 'zh').intent).toBe('lookup');
    expect(detectIntent('车辆单价是多少', 'zh').intent).toBe('average');
    expect(detectIntent('预算里说的“机关运行经费”到底是指哪部分钱？', 'zh').intent).toBe('definition');
    expect(detectIntent('三公经费到底指哪几样 咋整的 看不懂', 'zh').intent).toBe('definition');
    // A per-quarter figure the asker states is told: what it is spent on is asked.
    expect(detectIntent('项目经费每个季度都安排了15万元，这笔钱是花在哪个工程上的？工程建好以后做什么用？', 'zh').intent).toBe('list');
    expect(detectIntent('这个工程每个季度计划用款多少？', 'zh').intent).toBe('average');
  });
  it('reads A加B as a total, but not the 加 of 增加', () => {
    expect(detectIntent('区政府办2025年基本支出加项目支出是多少', 'zh', 2025).intent).toBe('total');
    expect(detectIntent('三公经费比上年增加多少', 'zh', 2025).intent).toBe('change');
  });
  it('uses the pattern of the asker’s language only', () => {
    // The English question contains no Chinese cue, and the Chinese patterns are not applied to it.
    expect(detectIntent('What does 三公经费 mean?', 'en').intent).toBe('definition');
    expect(detectIntent("The budget keeps mentioning '三公' spending. In plain terms, what three kinds of spending does that cover?", 'en').intent).toBe('definition');
    expect(detectIntent('what does it mean', 'zh').intent).toBe('text');
  });

  it.each([
    ['什么是三公经费', 'zh', 'definition'],
    ['What does general public budget mean?', 'en', 'definition'],
    ['人员经费占基本支出的比重是多少', 'zh', 'share'],
    // Money a part takes up is its figure, not a share.
    ['万里街道2024年的政府采购预算里，工程类占了多少钱？', 'zh', 'lookup'],
    ['工程类占采购预算的多少', 'zh', 'share'],
    ['What share of spending is personnel?', 'en', 'share'],
    ['平均每辆车多少钱', 'zh', 'average'],
    ['What is the average cost per vehicle?', 'en', 'average'],
    ['哪个项目最贵', 'zh', 'max'],
    ['Which project is the most expensive?', 'en', 'max'],
    ['Which is the cheapest?', 'en', 'min'],
    ['三公经费和会议费哪个多', 'zh', 'comparison'],
    ['Compare A versus B', 'en', 'comparison'],
    ['去年三公经费是多少', 'zh', 'previous_year'],
    ['What was it last year?', 'en', 'previous_year'],
    ['三公经费比上年增加了多少', 'zh', 'change'],
    ['去年三公经费增加了多少', 'zh', 'change'],
    ['How much did spending increase?', 'en', 'change'],
    ['两项相差多少', 'zh', 'difference'],
    ['一共多少钱', 'zh', 'total'],
    ['What is the combined cost?', 'en', 'total'],
    ['三公经费用于哪些方面', 'zh', 'list'],
    ['三公经费包括哪些，各多少', 'zh', 'list'],
    ['单位职能介绍', 'zh', 'text'],
    ['Tell me about the unit', 'en', 'text'],
  ] as const)('%s (%s) -> %s', (question, lang, intent) => {
    expect(detectIntent(question, lang).intent).toBe(intent);
  });

  it('reads a cap (最多多少, maximum) as a single figure, not as the largest of several', () => {
    expect(detectIntent('住宿一天最多能报多少钱', 'zh').intent).toBe('lookup');
    expect(detectIntent('What is the maximum amount?', 'en').intent).toBe('lookup');
    expect(detectIntent('最少要多少钱', 'zh').intent).toBe('lookup');
  });

  it('does not read 上年结转 (carried over) as a previous-year question', () => {
    expect(detectIntent('上年结转是多少', 'zh')).toMatchObject({ intent: 'lookup', previousPeriod: false });
  });

  it('turns a plain "how much" over parts into a lookup rather than a list', () => {
    expect(detectIntent('经费包括多少', 'zh').intent).toBe('lookup');
  });

  it('reads the money a use names (用来管菜场的钱有多少) as a figure, and what money is used for as a list', () => {
    expect(detectIntent('商务委用来管标准化菜场的钱有多少？', 'zh').intent).toBe('lookup');
    // The use told in a clause before; the last clause asks the amount.
    expect(detectIntent('区商务委有一大笔钱专门用来扶持中小企业，具体安排了多少？', 'zh').intent).toBe('lookup');
    expect(detectIntent('这笔钱用来做什么，主要花在哪些方面？', 'zh').intent).toBe('list');
    expect(detectIntent('那个中心建好以后派什么用场？', 'zh').intent).toBe('list');
    expect(detectIntent('这笔钱用来干什么？', 'zh').intent).toBe('list');
  });
    it('reads 多了多少 after a second thing as a gap between the two, and after a year as a change', () => {
    expect(detectIntent('搞宣传的预算比搞组织工作的多了多少钱', 'zh').intent).toBe('difference');
    expect(detectIntent('三公经费比上年多了多少', 'zh').intent).toBe('change');
  });
    it('reads an English question\'s intent from the sentence that asks, past a sentence of context', () => {
    expect(detectIntent('My water and power bills went up this year. What about water plus electricity together in its 2025 budget?', 'en').intent).toBe('total');
    // A sentence that asks nothing of its own kind leaves the reading to the whole question.
    expect(detectIntent('Spending fell compared with 2021. By how much?', 'en').intent).toBe('change');
  });

  it('reads a stated change followed by a clause asking the earlier year\'s level as a previous-year question', () => {
    expect(detectIntent('2025年财拨收入预算比2024年减少了，2024年财拨收入预算是多少万元？', 'zh', 2025).intent).toBe('previous_year');
    expect(detectIntent('2024年三公预算比2023年增加了，按说明里的增幅倒推，2023年的三公预算是多少？', 'zh', 2024).intent).toBe('previous_year');
    expect(detectIntent('2025年三公经费比2024年减少了多少？', 'zh', 2025).intent).toBe('change');
    expect(detectIntent('预算收支说是比之前减少了595.70万元，它对比的那一年预算总额是多少？', 'zh', 2022).intent).toBe('previous_year');
    expect(detectIntent("Its 2022 budget is lower than in 2021. What does the stated cut imply the 2021 figure was?", 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent("Before the 2025 cut, how much did the Putuo district office's budget come to?", 'en', 2025).intent).toBe('previous_year');
  });

    it('reads two years set against each other as a change', () => {
    expect(detectIntent('2023年三公经费比2022年多多少', 'zh')).toMatchObject({ intent: 'change', years: [2023, 2022] });
  });

  it('reads an earlier year than the document’s as the previous period, and the document’s own year as a lookup', () => {
    expect(detectIntent('2021年三公经费是多少', 'zh', 2022)).toMatchObject({ intent: 'previous_year', years: [2021], previousPeriod: true });
    expect(detectIntent('2022年三公经费是多少', 'zh', 2022)).toMatchObject({ intent: 'lookup', years: [2022], previousPeriod: false });
    expect(detectIntent('2021年三公经费是多少', 'zh')).toMatchObject({ intent: 'lookup', years: [2021], previousPeriod: false });
    expect(detectIntent('2021年三公经费是多少', 'zh', null)).toMatchObject({ intent: 'lookup', previousPeriod: false });
    // A year inside a full date marks the day a stock is counted, which the later document states itself.
    expect(detectIntent('截至2023年8月31日共有车辆多少辆', 'zh', 2024)).toMatchObject({ intent: 'lookup', previousPeriod: false });
    expect(detectIntent('How many vehicles did it have as of 31 August 2023?', 'en', 2024)).toMatchObject({ intent: 'lookup', previousPeriod: false });
  });

  it('ignores numbers that are not years', () => {
    expect(detectIntent('12345元是多少', 'zh').years).toEqual([]);
    expect(detectIntent('编号20221的项目', 'zh').years).toEqual([]);
  });

  it('reads the unit the asker wants', () => {
    expect(detectIntent('三公经费是多少万元', 'zh').unitWanted).toBe('万元');
    expect(detectIntent('三公经费是多少元', 'zh').unitWanted).toBe('元');
    expect(detectIntent('How many yuan for cars?', 'en').unitWanted).toBe('元');
    expect(detectIntent('in ten thousand yuan', 'en').unitWanted).toBe('万元');
    expect(detectIntent('三公经费是多少', 'zh').unitWanted).toBeUndefined();
    // An amount the asker states (a claim, a figure to compare with) is not the unit asked in.
    expect(detectIntent('A post claims the office spends 10 million yuan a year on trips abroad — what does the budget say?', 'en').unitWanted).toBeUndefined();
    expect(detectIntent('想和12.30万元的预算数比一下，决算是多少？', 'zh').unitWanted).toBeUndefined();
    expect(detectIntent('有人说超过了500万元，实际是多少元？', 'zh').unitWanted).toBe('元');
  });

  // Known defects, asserted as they stand (see the report): 哪个…最少/最低/最便宜 is read as max, because the max
  // rule's 哪个.{0,6}最 comes before the min rule; 最多多少钱 (a cap) is read as difference through 多多少.
  it('reads 哪个/哪项 … 最少 as the smallest, and 哪个 … 最多 as the largest', () => {
    expect(detectIntent('哪个项目最少', 'zh').intent).toBe('min');
    expect(detectIntent('哪项最低', 'zh').intent).toBe('min');
    expect(detectIntent('哪个最便宜', 'zh').intent).toBe('min');
    expect(detectIntent('哪个项目最贵', 'zh').intent).toBe('max');
    expect(detectIntent('哪一类支出最多', 'zh').intent).toBe('max');
  });
  it('reads 最多多少钱 as a cap to look up, not a difference', () => {
    expect(detectIntent('最多多少钱', 'zh').intent).toBe('lookup');
  });
  it('reads an English "what is/are X" with no amount asked as a definition, and with an amount as a lookup', () => {
    expect(detectIntent('What are the three public expenses?', 'en').intent).toBe('definition');
    expect(detectIntent('What is the hospitality budget?', 'en').intent).toBe('lookup');
    expect(detectIntent('What is the exact 2025 allocation of the office for official trips abroad?', 'en').intent).toBe('lookup');
    expect(detectIntent("What's the office rent for the joint reception centre?", 'en').intent).toBe('lookup');
    expect(detectIntent('三公: what % of it is overseas travel?', 'en').intent).toBe('share');
    expect(detectIntent('procurement budget: goods + works + services, total?', 'en').intent).toBe('total');
    expect(detectIntent('Please list the items covered by the 2022 government procurement budget.', 'en', 2022).intent).toBe('list');
    expect(detectIntent('The project has a spending plan for each quarter. What is the total for the year?', 'en', 2025).intent).toBe('total');
    expect(detectIntent("What exactly does 机关运行经费 ('running costs') mean?", 'en').intent).toBe('definition');
    expect(detectIntent('Among the running-cost lines, which costs more, property management or rent?', 'en', 2024).intent).toBe('comparison');
    expect(detectIntent('The 2022 budget explains how its 三公经费 changed compared with 2021. Working back from that, what was the 2021 figure?', 'en', 2022)).toMatchObject({ intent: 'previous_year', derivedFromStatedChange: true });
    expect(detectIntent('Working back from the year-on-year change in the 2025 budget, what was its 2024 income budget?', 'en', 2025)).toMatchObject({ intent: 'previous_year', derivedFromStatedChange: true });
    // "…要用2020年那年的预算收支安排总数，是多少万元？": a last clause that only asks asks of the clause before it.
    expect(detectIntent('廊坊信访局2022年的预算是跟2020年比的，我们写答复口径要用2020年那年的预算收支安排总数，是多少万元？', 'zh', 2022).intent).toBe('previous_year');
    // A clause narrating the asker's life (现在每个月就盼着那点钱) works nothing out.
    expect(detectIntent('我是退下来的老同志，现在每个月就盼着那点钱，麻烦你帮我算算，2024年安排的比2023年预算执行数多了多少万元？', 'zh', 2024).intent).not.toBe('average');
    expect(detectIntent('万里街道2025年每个月的机关运行经费平均多少？', 'zh', 2025).intent).toBe('average');
    expect(detectIntent("In Wanli Street's 2024 day-to-day running costs, which was budgeted higher: the water bill or the electricity bill?", 'en', 2024).intent).toBe('comparison');
    expect(detectIntent('“城管执法”与“城乡社区环境卫生”两个科目，哪一项预算安排较多？', 'zh', 2024).intent).toBe('comparison');
    // "the comparison point" is the earlier figure asked for, not a comparison of two things.
    expect(detectIntent('The reporter wants the comparison point so she can describe the trend. Working back from the year-on-year change stated in the 2022 budget, how much was the 三公经费 budget in 2021?', 'en', 2022).intent).toBe('previous_year');
  });
});

describe('detectIntent on a stated change used as the way to an earlier figure', () => {
  it('reads "going by the stated increase, what was the 2024 budget" as the previous year, derived', () => {
    const reading = detectIntent('Going by the stated increase, what was the 2024 budget for spending?', 'en', 2025);
    expect(reading.intent).toBe('previous_year');
    expect(reading.derivedFromStatedChange).toBe(true);
    expect(detectIntent('根据增加额推算，2024年的收入预算是多少', 'zh', 2025)).toMatchObject({ intent: 'previous_year', derivedFromStatedChange: true });
    // The source may be named between 按 and the change (按…预算说明里给的增幅倒推).
    expect(detectIntent('按万里街道2025年预算说明里给的增幅倒推，街道2024年预算的财政拨款收入是多少？', 'zh', 2025)).toMatchObject({ intent: 'previous_year', derivedFromStatedChange: true });
  });
  it('keeps a question about the change itself a change question', () => {
    expect(detectIntent('By how much did spending go up compared with its 2024 budget?', 'en', 2025).intent).toBe('change');
    expect(detectIntent('How much did the budget increase?', 'en', 2025).derivedFromStatedChange).toBeUndefined();
  });
  it('reads 怎么界定 and "what \'X\' means" as definitions, and "So what was that 2024 figure?" as the earlier level', () => {
    expect(detectIntent('普陀区商务委2025年预算里对这个词是怎么界定的？', 'zh').intent).toBe('definition');
    expect(detectIntent("Tell me what 'carry-over from the previous year' (上年结转) means in the glossary.", 'en').intent).toBe('definition');
    expect(detectIntent('Its 2025 revenue is 24,558.18 higher than the 2024 executed budget. So what was that 2024 executed figure?', 'en', 2025).intent).toBe('previous_year');
  });
    it('reads 这到底指哪种钱 and a quoted English term asked about as definitions', () => {
    expect(detectIntent('里面老提“机关运行经费”，这到底指哪种钱？', 'zh').intent).toBe('definition');
    expect(detectIntent("what are the 'three public expenses' in wanli subdistrict's 2025 budget?", 'en').intent).toBe('definition');
    expect(detectIntent("what is the 'three public expenses' budget of wanli subdistrict?", 'en').intent).not.toBe('definition');
  });
    it('reads 哪一块/哪部分/哪笔 … 更多 as a comparison too', () => {
    expect(detectIntent('行政单位医疗和事业单位医疗各安排了多少？哪一块更多？', 'zh').intent).toBe('comparison');
    expect(detectIntent('买车和养车，哪笔钱花得多', 'zh').intent).toBe('comparison');
    expect(detectIntent('城管执法那块和社区环境卫生那块，哪个给的钱多一点？', 'zh').intent).toBe('comparison');
    expect(detectIntent('万里街道2024年和2025年的政府采购预算，哪一年更高？', 'zh').intent).toBe('comparison');
    // 低于 between two years' figures of one line asks the change between them.
    expect(detectIntent('2024年预算安排数低于2023年当年预算执行数，两者相差多少万元', 'zh', 2024).intent).toBe('change');
    // 一共 of one measure in an earlier year asks that year's whole.
    expect(detectIntent('2024年当时一共安排了多少钱？', 'zh', 2025).intent).toBe('previous_year');
    // A figure to be checked asks for the figure.
    expect(detectIntent('机关运行经费预算为446.64万元，烦请核实该数字是否一致', 'zh', 2025).wantsNumber).toBe(true);
  });
    it('reads 哪个…更高 as a comparison', () => {
    expect(detectIntent('视频平台和呼叫中心平台，哪个采购金额更高', 'zh').intent).toBe('comparison');
    expect(detectIntent('区政府办公室和区商务委，哪家的机关运行经费预算更高？', 'zh').intent).toBe('comparison');
    expect(detectIntent('Which one budgets more for hospitality, the office or the commission?', 'en').intent).toBe('comparison');
    expect(detectIntent('which is pricier to maintain, the video platform or the call center?', 'en').intent).toBe('comparison');
    expect(detectIntent('For its cars, is more money going to buying a car or to running the cars?', 'en').intent).toBe('comparison');
    expect(detectIntent('which got more money, admin running costs or general admin affairs', 'en').intent).toBe('comparison');
    expect(detectIntent('In its procurement plan, does more money go to goods or to services?', 'en').intent).toBe('comparison');
    expect(detectIntent('Which services is the bureau buying through procurement?', 'en').intent).toBe('list');
    expect(detectIntent("What exactly counts as 'agency operating expenses'?", 'en').intent).toBe('definition');
    // A line named "in the … breakdown" is one figure; "what is the breakdown of …" asks for the list.
    const line = detectIntent('What is the postage and telecom (邮电费) line in the 2024 basic expenditure breakdown?', 'en', 2024);
    expect(line.intent).not.toBe('list');
    expect(line.wantsNumber).toBe(true);
    expect(detectIntent('What is the breakdown of basic expenditure?', 'en').intent).toBe('list');
  });
  it('reads the intent from the question’s own sentence, not from the reasoning that follows it', () => {
    const reading = detectIntent('信访局2021年的“三公”经费是多少？22年的说明里不是讲比上年少了嘛。', 'zh', 2022);
    expect(reading.intent).toBe('previous_year');
    expect(reading.years).toEqual([2021, 2022]);
    expect(detectIntent('What does the bureau plan to buy through government procurement?', 'en').intent).toBe('list');
    expect(detectIntent('What does the bureau buying through procurement cost in total?', 'en').intent).not.toBe('list');
  });
  it('reads "the earlier budget that 2022 is compared with" as the earlier level, unless a change is asked', () => {
    expect(detectIntent('What was the basic spending in the earlier budget that 2022 is compared with?', 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent('By how much did project spending fall compared with the earlier budget?', 'en', 2022).intent).toBe('change');
  });
  it('reads a closing "What was the 2021 figure?" after a stated change as the earlier level', () => {
    expect(detectIntent('The bureau says its 2022 budget fell compared with 2021. What was the 2021 figure?', 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent('It says its 2022 expenses went down compared with 2021. What did they stand at in 2021, then?', 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent('the bureau cut its sangong spending in 2022 - what was the 2021 figure', 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent('what internal depts does the commission have', 'en').intent).toBe('list');
    expect(detectIntent('Which has the bigger running-cost budget, the office or the commission?', 'en').intent).toBe('comparison');
  });
});

describe('detectIntent on English "for"', () => {
  it('reads "what is the budget for X" as a lookup and "what is X used for" as a list', () => {
    expect(detectIntent('What is the budget for official vehicles?', 'en').intent).toBe('lookup');
    expect(detectIntent('What is the money for official vehicles used for?', 'en').intent).toBe('list');
    expect(detectIntent('What are the project funds spent for?', 'en').intent).toBe('list');
  });
});

describe('detectIntent on a per-person cap', () => {
  it('reads "the daily cap per person" as a lookup of the standard, not an average', () => {
    expect(detectIntent('What is the daily cap on training cost per person?', 'en').intent).toBe('lookup');
    expect(detectIntent('What is the average cost per vehicle?', 'en').intent).toBe('average');
    // A cap divided over the people it pays for is an average.
    expect(detectIntent('The budget caps the total cost of hiring guards and says how many there are — how much does that work out to per person?', 'en', 2022).intent).toBe('average');
    expect(detectIntent('Wanli street, 2024 budget: which cost them more, the electricity bill or the water bill?', 'en', 2024).intent).toBe('comparison');
    expect(detectIntent('In plain terms, what kind of money is that?', 'en', 2022).intent).toBe('definition');
    expect(detectIntent('How much does it budget to run each of its official vehicles?', 'en', 2022).intent).toBe('average');
    expect(detectIntent("It hires 39 guards, and there's a cap on what they can cost in total. How much is that per person?", 'en', 2022).intent).toBe('average');
    expect(detectIntent('What is the daily cap per person?', 'en', 2022).intent).toBe('lookup');
  });
  it('reads 差了多少 as a difference, 啥口径 as a definition and "backed out from the yoy cut" as the earlier level', () => {
    expect(detectIntent('三级视频接访平台和信访呼叫中心服务平台的运维经费差了多少钱？', 'zh', 2022).intent).toBe('difference');
    expect(detectIntent('机关运行经费 啥口径？哪些单位的什么钱', 'zh', 2025).intent).toBe('definition');
    expect(detectIntent("putuo district government office 2024 budget, backed out from the 2025 doc's yoy cut?", 'en', 2025).intent).toBe('previous_year');
  });
  it('reads what spending "mainly covers" as its uses, and what a term covers as its definition', () => {
    expect(detectIntent("What does the bureau's 2022 project spending mainly cover?", 'en', 2022).intent).toBe('list');
    expect(detectIntent("What does that phrase actually cover?", 'en', 2025).intent).toBe('definition');
  });
  it('reads what a long-named line is "mainly earmarked for" as its uses', () => {
    expect(detectIntent("What are the Langfang Municipal Petitions Bureau's 2022 administrative operating expenses mainly earmarked for?", 'en', 2022).intent).toBe('list');
  });
});

describe('detectIntent with the document year named as the source', () => {
  it('reads "按2025年预算的说法，2024年的X" as the previous year', () => {
    expect(detectIntent('按2025年预算的说法，2024年公务用车购置费预算是多少？', 'zh', 2025).intent).toBe('previous_year');
    expect(detectIntent('2025年公务用车购置费比2024年少多少', 'zh', 2025).intent).toBe('change');
  });
});

describe('detectIntent on colloquial comparisons and sums', () => {
  it('reads 哪个花得多 as a comparison, 多花多少 as a difference and 加一块 as a total', () => {
    expect(detectIntent('房租和物业费哪个花得多？', 'zh').intent).toBe('comparison');
    expect(detectIntent('工程比服务多花多少？', 'zh').intent).toBe('difference');
    expect(detectIntent('水费电费加一块多少钱', 'zh').intent).toBe('total');
  });
  it('reads "which line under X gets more money: A or B?" as a comparison', () => {
    expect(detectIntent("At Putuo's Commerce Commission in 2025, which line under commerce affairs gets more money: general administrative management or other commerce affairs spending?", 'en', 2025).intent).toBe('comparison');
  });
  it("reads \"what kind of money is a 'term'\" as a definition", () => {
    expect(detectIntent("In plain words, what kind of money is a 'carry-over from last year'?", 'en', 2022).intent).toBe('definition');
    expect(detectIntent('What kind of money is spent on cars in 2022?', 'en', 2022).intent).not.toBe('definition');
  });
  it('reads a closing 请据此推算 as how to work it out, not as what is asked', () => {
    expect(detectIntent('普陀区万里街道办事处2023年的财政拨款收入预算是多少？手头只有他们2024年的部门预算，请据此推算。', 'zh', 2024)).toMatchObject({ intent: 'previous_year', previousPeriod: true });
    expect(detectIntent('说明称减少595.70万元，请据此核实2020年的总额', 'zh', 2022)).toMatchObject({ intent: 'previous_year', years: [2020] });
  });
  it('reads 比较大 (rather large) as no comparison, growth between two years as a change, and "how big was it" after a story as the earlier level', () => {
    expect(detectIntent('有两块科目金额比较大：一块是A，另一块是B。这两个科目相差多少万元？', 'zh', 2025).intent).toBe('difference');
    expect(detectIntent('请比较一下房租和物业费', 'zh').intent).toBe('comparison');
    expect(detectIntent("By how much did Wanli Street's procurement budget for works grow between 2024 and 2025?", 'en', 2025).intent).toBe('change');
    expect(detectIntent("The office's budget shrank in 2025. How big was its budget in 2024?", 'en', 2025).intent).toBe('previous_year');
  });
  it('reads "what exactly are X" as a definition', () => {
    expect(detectIntent("In the bureau's budget, what exactly are the 'three public expenses'?", 'en').intent).toBe('definition');
  });
});

describe('detectIntent on the word list', () => {
  it('reads "list" as a request only when it asks for one, not in "its list of fixed assets"', () => {
    expect(detectIntent('List the three public expenses', 'en').intent).toBe('list');
    expect(detectIntent('What are the cars worth, according to its list of fixed assets?', 'en').intent).toBe('lookup');
  });
});

describe('asksUse', () => {
  it('reads where money goes (花在哪些地方, 是干什么用的, what does it pay for) as asking its use', () => {
    expect(asksUse('机关运行经费都花在哪些地方了？')).toBe(true);
    expect(asksUse('社区公共服务中心建成以后是干什么用的？')).toBe(true);
    expect(asksUse('What does the office budget for supervision work actually pay for?')).toBe(true);
    expect(asksUse('机关运行经费是多少？')).toBe(false);
    expect(asksUse('How much does the bureau pay for rent?')).toBe(false);
  });
});

describe('withoutReasoning and joinsMeasures', () => {
  it('splits off a sentence after the question that asks nothing', () => {
    expect(withoutReasoning('2023年的预算一共是多少钱？我手上只有2024年的材料。')).toEqual({ asked: '2023年的预算一共是多少钱？', reasoning: '我手上只有2024年的材料。' });
    expect(withoutReasoning('三公经费是多少？比上年多了多少？')).toEqual({ asked: '三公经费是多少？比上年多了多少？' });
  });
  it('tells two joined measures from one described by 一共, and 加 of 增加 from a joint', () => {
    expect(joinsMeasures('基本养老保险和职业年金一共多少')).toBe(true);
    expect(joinsMeasures('水费加上电费一共多少')).toBe(true);
    expect(joinsMeasures('goods plus services')).toBe(true);
    expect(joinsMeasures('比上年增加了，那2024年一共安排了多少钱')).toBe(false);
  });
  it('reads 哪个钱多 as a comparison, and a premise sentence or a typed space as setting off what is asked', () => {
    expect(detectIntent('行政单位医疗和事业单位医疗哪个钱多', 'zh', 2025).intent).toBe('comparison');
    expect(detectIntent('区府办2025年预算比上一年砍了两千多万。2024年的预算总数是多少万元？', 'zh', 2025).intent).toBe('previous_year');
    expect(withoutPremise('区府办2025年预算比上一年砍了两千多万。2024年的预算总数是多少？')).toBe('2024年的预算总数是多少？');
    // 那个 points at a thing; it opens no asking clause.
    expect(withoutPremise('办公用房租赁加上保洁保安，那个专项，两项是多少万元？')).toBe('办公用房租赁加上保洁保安，那个专项，两项是多少万元？');
    expect(detectIntent('万里街道24年的预算 说财政拨款比23年减少了 那23年的预算是多少钱', 'zh', 2024).intent).toBe('previous_year');
  });
  it('reads English asking what money is mainly for, what a term covers, and one earlier level of parts named in a premise', () => {
    expect(detectIntent('What is that project money mainly for?', 'en', 2022).intent).toBe('list');
    expect(detectIntent('How does the 2025 budget explain what that term covers?', 'en', 2025).intent).toBe('definition');
    const pot = detectIntent('In 2022 it cut the money for cars, hosting and trips abroad compared with the year before. How big was that combined pot in 2021?', 'en', 2022);
    expect(pot).toMatchObject({ intent: 'previous_year', years: [2022, 2021] });
  });
  it('reads a figure stated for checking (Is it true that … 19,000 cases?) as asking the document’s figure', () => {
    expect(detectIntent('Is it true that the bureau committed to handling at least 19,000 cases in 2022?', 'en', 2022)).toMatchObject({ intent: 'lookup', wantsNumber: true });
    expect(detectIntent('Did the bureau commit to handling 19,000 cases?', 'en', 2022)).toMatchObject({ intent: 'lookup', wantsNumber: true });
    expect(detectIntent('Did the bureau commit to handling petitions quickly?', 'en', 2022).intent).toBe('text');
  });
  it('reads a total named beside two items joined by plus as a sum', () => {
    expect(detectIntent("What's the office's total 2025 housing money for staff — housing provident fund plus home-purchase subsidies?", 'en', 2025).intent).toBe('total');
  });
  it('reads how an earlier level is asked in English and Chinese (照这个算, what figure does that imply, how is X defined)', () => {
    expect(detectIntent('区府办2025年的预算说比上一年少了两千三百多万，照这个算，2024年他们的预算是多少？', 'zh', 2025).intent).toBe('previous_year');
    expect(detectIntent('Its 2025 income rose compared with the 2024 executed budget. What 2024 figure does that imply?', 'en', 2025).intent).toBe('previous_year');
    expect(detectIntent('The 2022 explanation compares the 2022 total with the 2020 budget. Based on the stated decrease, what was the 2020 budget total?', 'en', 2022).intent).toBe('previous_year');
    expect(detectIntent('In the 2025 budget, how is 机关运行经费 defined?', 'en', 2025).intent).toBe('definition');
    expect(detectIntent('What exactly is the 2025 government procurement budget?', 'en', 2025).intent).toBe('lookup');
    expect(detectIntent('What exactly are the three public expenses?', 'en', 2025).intent).toBe('definition');
  });
  it('reads 这一行合计 as a column, not a sum, and a stated change worked back from (增加了，倒推回去) as the method', () => {
    expect(detectIntent('城管执法这一行合计是多少元？', 'zh', 2025).intent).toBe('lookup');
    expect(detectIntent('城管执法和行政运行合计是多少元？', 'zh', 2025).intent).toBe('total');
    expect(asksByStatedChange('财政拨款收入说是比2024年预算增加了，倒推回去，2024年是多少？', 'zh')).toBe(true);
    expect(asksByStatedChange('2024年财政拨款收入是多少？', 'zh')).toBe(false);
    // A change the asker tells, then the earlier year asked in a later sentence.
    expect(asksByStatedChange('Its 2022 fleet budget went down compared with 2021. What was the vehicle figure the year before?', 'en')).toBe(true);
    expect(asksByStatedChange('Its 2022 fleet budget went down compared with 2021.', 'en')).toBe(false);
    expect(asksByStatedChange('What was the fleet budget in 2021?', 'en')).toBe(false);
    // "going by the comparison stated in the 2025 budget" names the stated change as the way, and asks no comparison.
    expect(asksByStatedChange('What was its 2024 budget, going by the comparison stated in the 2025 budget?', 'en')).toBe(true);
    expect(detectIntent('What was its 2024 budget, going by the comparison stated in the 2025 budget?', 'en', 2025).intent).not.toBe('comparison');
    expect(detectIntent('Give me a comparison of rent and property fees', 'en', 2025).intent).toBe('comparison');
    // "a year earlier", "what was it before?": the earlier level asked in other words than last year.
    expect(detectIntent('What was its spending budget a year earlier?', 'en', 2025).intent).toBe('previous_year');
    expect(detectIntent('Its car purchase money is 10 wan lower than before. What was it before?', 'en', 2025).intent).toBe('previous_year');
    expect(detectIntent('What was spent before the move to the new building?', 'en', 2025).intent).not.toBe('previous_year');
    // A line named after its use (用来请客吃饭的招待费) with its amount asked is a lookup, not a list of uses.
    expect(detectIntent('廊坊信访局2022年用来请客吃饭的招待费有多少钱？', 'zh', 2022).intent).toBe('lookup');
    expect(detectIntent('普陀区政府办公室2025年打算花多少钱用于政府采购？', 'zh', 2025).intent).toBe('lookup');
    // "What is X spending on meetings?" asks a figure, not what a term means.
    expect(detectIntent('What is Wanli Street spending on meetings in 2025?', 'en', 2025)).toMatchObject({ intent: 'lookup', wantsNumber: true });
    // A long first side before or: still a comparison.
    expect(detectIntent("Does the office pay more in 2025 to its old veteran cadres who took 'lixiu' early retirement or in ordinary retirement pay for former staff?", 'en', 2025).intent).toBe('comparison');
    expect(detectIntent('Adding the housing provident fund and the home-purchase subsidy, how much is budgeted?', 'en', 2025).intent).toBe('total');
  });
  it('drops an opening clause naming the basis a figure is read on (按…披露的口径，), and keeps a question that is only that', () => {
    expect(withoutSourceClause('请核实：按万里街道办事处2025年部门预算披露的口径，该街道目前实有公务车辆多少辆？')).toBe('请核实：该街道目前实有公务车辆多少辆？');
    // A closing sentence that only names the basis goes too.
    expect(withoutSourceClause('普陀区政府办公室到底有几辆公车？按2025年预算公开的数字说。')).toBe('普陀区政府办公室到底有几辆公车？');
    expect(withoutSourceClause('以2025年预算公开的数据为准，三公经费是多少？')).toBe('三公经费是多少？');
    expect(withoutSourceClause('按公开口径，')).toBe('按公开口径，');
    expect(withoutSourceClause('按人员经费口径算的工资福利是多少？')).toBe('按人员经费口径算的工资福利是多少？');
    // The document named whole (部门预算说明) is the basis too.
    expect(withoutSourceClause('按万里街道2025年的部门预算说明，街道办一共有几辆车？')).toBe('街道办一共有几辆车？');
  });
  it('reads "in 10k yuan" as 万元 asked', () => {
    expect(askedMoneyUnit('Please give both amounts in 10k yuan.')).toBe('万元');
    expect(askedMoneyUnit('How much in yuan?')).toBe('元');
  });
  it('reads 比…多安排了多少 as a gap between two lines, and "what does X use its Y funding for" as a use', () => {
    expect(detectIntent('“一般行政管理事务”比“其他政府办公厅（室）及相关机构事务支出”多安排了多少？', 'zh', 2025).intent).toBe('difference');
    expect(asksUse('What does the Putuo District Government Office use its proposal work funding for in 2025?')).toBe(true);
    expect(asksUse('What does the office use as its main source of funding?')).toBe(false);
    expect(asksUse('这钱具体拿来干啥？')).toBe(true);
    expect(detectIntent('How much does Langfang petitions bureau spend per security guard and cleaner in 2022?', 'en', 2022).intent).toBe('average');
    expect(detectIntent('How much is the rent per day?', 'en', 2022).intent).not.toBe('average');
  });
  it('reads "是哪三样(钱)" at the end of a question as what a term covers, not an amount', () => {
    expect(detectIntent('万里街道2025年预算里老说“三公”经费，到底是哪三样钱？', 'zh', 2025).intent).toBe('definition');
    expect(detectIntent('三公经费是哪三项，各多少？', 'zh', 2025).intent).not.toBe('definition');
    expect(detectIntent('这个三公到底指的是哪三样开销啊？', 'zh', 2025).intent).toBe('definition');
    expect(detectIntent('“机关运行经费”统计口径是什么？', 'zh', 2025).intent).toBe('definition');
    expect(detectIntent('普陀区政府办公室2025年的预算里是怎么解释这个词的？', 'zh', 2025).intent).toBe('definition');
  });
  it('reads "what does X refer to", "what is covered by X" as definitions and "actually spent on?" as a use', () => {
    expect(detectIntent("In the 2025 budget, what does '机关运行经费' refer to?", 'en', 2025).intent).toBe('definition');
    expect(detectIntent("What exactly is covered by 'official vehicle purchase and running costs'?", 'en', 2025).intent).toBe('definition');
    expect(asksUse("What is the money for the agency's retired staff actually spent on?")).toBe(true);
  });
});

describe('detectIntent, choices and plain-word definitions', () => {
  it('reads "是A的钱多，还是B的钱多" as a comparison, and "哪几项/哪几块" as asking which, not how many', () => {
    expect(detectIntent('是给科技政策扶持的钱多，还是管标准化菜场和副食品行业的钱多？', 'zh', 2025).intent).toBe('comparison');
    expect(detectIntent('话务员多，还是保安保洁多？', 'zh', 2022).intent).toBe('comparison');
    // One side asked about with 还是 that weighs nothing is no choice.
    expect(detectIntent('还是想问三公经费是多少？', 'zh', 2022).intent).not.toBe('comparison');
    expect(detectIntent('项目支出主要花在哪几项？', 'zh', 2022).wantsNumber).toBe(false);
    expect(detectIntent('聘请了几项服务？', 'zh', 2022).wantsNumber).toBe(true);
  });
  it('reads "是指哪部分钱" and "what exactly is meant by" as definitions', () => {
    expect(detectIntent("'机关运行经费'，通俗讲到底是指哪部分钱？", 'zh', 2024).intent).toBe('definition');
    expect(detectIntent("What exactly is meant by 'institutional running costs' (机关运行经费)?", 'en', 2025).intent).toBe('definition');
  });
});

describe('detectIntent, which of two named things', () => {
  it('reads 哪样给的钱多 as a comparison', () => {
    expect(detectIntent('住房公积金和购房补贴这两样，哪样给的钱多？', 'zh', 2025).intent).toBe('comparison');
  });
});

describe('detectIntent, earlier years and which year', () => {
  it('reads an English earlier level asked after a premise stating a cut as the previous year', () => {
    const reading = detectIntent('The bureau says it cut what it spends running its cars in 2022 compared with 2021. So how much was the money for running the cars back in 2021 then?', 'en', 2022);
    expect(reading.intent).toBe('previous_year');
    expect(detectIntent('How much did the bureau cut its car spending in 2022 compared with 2021?', 'en', 2022).intent).not.toBe('previous_year');
  });
  it('reads which year is bigger as a comparison, but 哪一年的预算是多少 as a lookup', () => {
    expect(detectIntent('Which year has the bigger budget for office running costs, 2024 or 2025?', 'en', 2025).intent).toBe('comparison');
    expect(detectIntent('2024年和2025年哪一年的机关运行经费多？', 'zh', 2025).intent).toBe('comparison');
    expect(detectIntent('哪一年的预算是多少', 'zh', 2025).intent).not.toBe('comparison');
  });
});

describe('detectIntent, r39 wordings', () => {
  it('reads 占用情况表 as no share, 摊下来一辆多少钱 as an average, and "that term means" as a definition', () => {
    expect(detectIntent('按固定资产占用情况表，车辆平均每辆价值多少万元？', 'zh', 2022).intent).toBe('average');
    expect(detectIntent('养公车的运行费，按现有的车摊下来一辆多少钱？', 'zh', 2024).intent).toBe('average');
    expect(detectIntent('In plain words, what does the document say that term means?', 'en', 2025).intent).toBe('definition');
  });
  it('reads an earlier year’s level asked by way of the stated change as the previous year', () => {
    expect(detectIntent("Please state the office's 2024 income, as implied by the year-on-year change reported in its 2025 department budget.", 'en', 2025).intent).toBe('previous_year');
    expect(detectIntent('The 2025 budget says the car purchase money dropped. How much was budgeted for buying official cars in 2024, going by that stated change?', 'en', 2025).intent).toBe('previous_year');
    expect(detectIntent('By how much did the car purchase money change in 2025, going by the stated change?', 'en', 2025).intent).not.toBe('previous_year');
  });
});

describe('r49 wordings of a sum and of a use', () => {
  it('reads 合在一起 as a sum, and "meant to support" as a use', () => {
    expect(detectIntent('给机关和下面事业单位职工交医保的钱，两块合在一起是多少万元？', 'zh', 2025).intent).toBe('total');
    expect(asksUse('What kind of work is that money meant to support?')).toBe(true);
    expect(asksUse('What is the money meant to be?')).toBe(false);
  });
});

describe('r50 English wordings', () => {
  it('reads a superlative in a context sentence as asking no largest or smallest item', () => {
    expect(detectIntent('Street offices are the lowest rung of city government. How many vehicles did Wanli Street have in 2025?', 'en', 2025).intent).toBe('lookup');
    expect(detectIntent('Which line of the 2025 budget is the lowest?', 'en', 2025).intent).toBe('min');
  });
  it('reads "what 2024 figure does that comparison imply" as the earlier level, not a comparison', () => {
    expect(detectIntent('Its 2025 spending budget is up by more than 24,000 wan yuan on the 2024 budget. What 2024 budget figure does that comparison imply?', 'en', 2025).intent).toBe('previous_year');
  });
});

describe('a period’s payment summed over the periods', () => {
  it('reads 每个季度都要付一笔钱，四个季度加起来 as a sum, and 每个季度平均 as an average', () => {
    expect(detectIntent('2024年街道每个季度都要付一笔钱，四个季度加起来一共要付多少？', 'zh', 2024).intent).toBe('total');
    expect(detectIntent('2024年这个项目每个季度平均付多少钱？', 'zh', 2024).intent).toBe('average');
  });
});

describe('a teacher’s request to explain a term', () => {
  it('reads 解释名词 as a definition asked', () => {
    expect(detectIntent('老师让我们解释名词。“三公”经费，文件里正式的说法到底包括哪三项？', 'zh', 2022).intent).toBe('definition');
  });
});

describe('r52 wordings', () => {
  it('reads "bigger than … by how many money" as a difference, a cut-off date as no change, and a stated amount doubted as a lookup', () => {
    expect(detectIntent('2022: the project spending is bigger than the basic spending by how many money?', 'en', 2022).intent).toBe('difference');
    expect(detectIntent('How many vehicles did Wanli Street own at the cut-off date given in its 2024 budget?', 'en', 2024).intent).toBe('lookup');
    expect(detectIntent('How much was the 2024 budget cut?', 'en', 2024).intent).not.toBe('lookup');
    const doubted = detectIntent('普陀商务委2025年三公才1万块？真的假的', 'zh', 2025);
    expect(doubted).toMatchObject({ intent: 'lookup', wantsNumber: true });
    expect(detectIntent('普陀商务委2025年三公经费是1万块吗？', 'zh', 2025).intent).toBe('lookup');
  });
});

describe('r53 wordings', () => {
  it('reads 加总 as a sum, and "the building used for its centre" as no use asked', () => {
    expect(detectIntent('把基本工资、津贴补贴、绩效工资三项加总，一共多少元？', 'zh', 2025).intent).toBe('total');
    expect(detectIntent('How much is the bureau paying in 2022 to rent the office building used for its reception centre?', 'en', 2022).intent).toBe('lookup');
    expect(detectIntent('What is the office money used for in 2022?', 'en', 2022).intent).toBe('list');
  });
});

describe('r54 English wordings', () => {
  it('reads "mainly going toward" as a use and "what exactly does that term cover" as a definition', () => {
    expect(detectIntent("What is the bureau's 2022 project spending mainly going toward?", 'en', 2022).intent).toBe('list');
    expect(detectIntent("Its budget keeps talking about 'office running costs'. What exactly does that term cover?", 'en', 2025).intent).toBe('definition');
  });
});

describe('detectIntent, r55-r57 wordings', () => {
  it('keeps a method clause whose verb is followed by what is asked (推算其2021年…预算数)', () => {
    expect(withoutMethodClause('为起草答复，请根据廊坊市信访局2022年单位预算说明中的增减情况，推算其2021年财政拨款“三公”经费预算数。')).toContain('2021年');
  });
  it('reads a quarter’s payment summed over the quarters as a total, with or without a comma', () => {
    expect(detectIntent('社区公共服务中心新建工程，每个季度的用款计划加起来一共是多少？', 'zh').intent).toBe('total');
    expect(detectIntent('每个季度的用款计划平均是多少？', 'zh').intent).toBe('average');
  });
  it('reads "bigger in 2024 or in 2025" as a comparison and "by how much is X lower than Y" as a difference or change', () => {
    expect(detectIntent('Wanli Street: was the budget for sanitation bigger in 2024 or in 2025?', 'en', 2025).intent).toBe('comparison');
    expect(detectIntent("By how much is the 2024 budget for other community spending lower than what was actually spent on it in 2023?", 'en', 2024).intent).not.toBe('lookup');
  });
  it('reads "What does X use its Y for in 2022?" as a list', () => {
    expect(detectIntent('What does Langfang Petitions Bureau use its organisation running funds for in 2022?', 'en', 2022).intent).toBe('list');
  });
  it('reads "last year" in a story sentence that names no money as no period asked', () => {
    expect(detectIntent('My neighbour rang the petitions hotline last year. How many people is the bureau paying to answer the phones in 2022?', 'en', 2022).intent).toBe('lookup');
    expect(detectIntent("Wanli Street's 2024 budget is lower than last year. What was the 2023 budget figure?", 'en', 2024).intent).toBe('previous_year');
  });
});
describe('detectIntent, r58-r59 wordings', () => {
  it('reads a claim heard elsewhere, checked by a later sentence asking the same year, as no change asked', () => {
    expect(detectIntent('网上有说法称普陀区商务委2025年“三公”经费大幅增加、超过10万元。请帮我们核实：区商务委2025年“三公”经费预算到底是多少？', 'zh', 2025).intent).toBe('lookup');
    expect(detectIntent('听说2025年预算比上一年少了两千万，那2024年是多少？', 'zh', 2025).intent).toBe('previous_year');
  });
  it('drops a closing sentence naming the basis with 看', () => {
    expect(withoutSourceClause('万里街道办事处现在手上一共有几辆车？看2025年预算公开里的说法。')).toBe('万里街道办事处现在手上一共有几辆车？');
  });
});
describe('detectIntent, r61 wordings', () => {
  it('reads "put more money into A or into B" as a comparison', () => {
    expect(detectIntent('In 2025, does the office put more money into housing provident fund contributions or into home-purchase subsidies?', 'en', 2025).intent).toBe('comparison');
  });
});

describe('detectIntent, 12-07 08:05 session wordings', () => {
  it('reads an amount stated after its currency as no unit asked', () => {
    expect(askedMoneyUnit('construction is like RMB 37.8m which i dont care abt, if u just add goods + services together whats that come to')).toBeUndefined();
    expect(askedMoneyUnit('How much in RMB?')).toBe('元');
  });
  it('reads "which of the two … is larger" as a comparison', () => {
    expect(detectIntent('Which of the two medical items is larger in 2025, and by how much is it budgeted?', 'en', 2025).intent).toBe('comparison');
  });
  it('reads the figure "implied by the disclosure, which reports the change" as the earlier level', () => {
    const reading = detectIntent("Please state the 2021 figure implied by the bureau's 2022 unit budget disclosure, which reports the year-on-year change.", 'en', 2022);
    expect(reading.intent).toBe('previous_year');
  });
  it('reads "what will residents use it for, according to the budget" as a list of uses', () => {
    expect(detectIntent('Once the centre is finished, what will residents actually be able to use it for, according to the 2025 budget?', 'en', 2025).intent).toBe('list');
  });
});

describe('detectIntent, round r77 wordings', () => {
  it('reads a line spread evenly over the months as a monthly average', () => {
    expect(detectIntent('If the electricity budget were spread evenly over the twelve months, roughly how much would that be per month?', 'en', 2025).intent).toBe('average');
  });
});

describe('detectIntent, round r79 wordings', () => {
  it('reads "which of the offices has the larger" as a comparison', () => {
    expect(detectIntent("Which of the Putuo offices has the larger 2025 'three public' budget — the district government office or the district commerce commission?", 'en', 2025).intent).toBe('comparison');
  });
  it('reads money carried over from the year before as a line, not a year asked', () => {
    expect(detectIntent('想知道他们有没有从上一年结转过来、没花完的钱？如果有的话是多少？', 'zh', 2022).intent).toBe('lookup');
  });
});

describe('detectIntent, round r80 wordings', () => {
  it('reads a stated change, then an earlier year’s figure asked, as that earlier level', () => {
    const reading = detectIntent('区政府办公室2025年财政拨款收入比上年少了，答复口径里要写明2024年的预算数是多少，以及减少的原因。', 'zh', 2025);
    expect(reading.intent).toBe('previous_year');
    expect(reading.derivedFromStatedChange).toBe(true);
  });
  it('reads "how much …, and did it change" as the level, and "what does that imply for 2020" as the earlier level', () => {
    expect(detectIntent('How much has the office set aside for hospitality in its 2025 budget, and did it change from 2024?', 'en', 2025).intent).toBe('lookup');
    expect(detectIntent('Its basic expenditure went up compared with the 2020 budget. What basic expenditure does that imply for the 2020 budget?', 'en', 2022).intent).toBe('previous_year');
  });
});

describe('detectIntent on wordings read this session', () => {
  it('reads a non-native "what means", a term then "what does it cover", and the decrease implying a figure', () => {
    expect(detectIntent('In this budget, what means 机关运行经费?', 'en', 2025).intent).toBe('definition');
    expect(detectIntent("There's a term '机关运行经费' in the budget. What exactly does it cover?", 'en', 2025).intent).toBe('definition');
    expect(detectIntent('Its fiscal appropriation for 2024 fell. What 2023 budget figure does the stated decrease imply?', 'en', 2024).intent).toBe('previous_year');
    expect(detectIntent('老听人家讲“三公经费”，到底是哪三公啊？这份预算里是咋解释的？', 'zh', 2025).intent).toBe('definition');
  });
  it('reads a division by a count, and a hyphened per, as an average', () => {
    expect(detectIntent('if you divide the car running cost by the number of cars, what do you get?', 'en', 2024).intent).toBe('average');
    expect(detectIntent("what's the per-car figure for running costs?", 'en', 2024).intent).toBe('average');
  });

  it('reads the change itself asked after a told change, a closing sentence after told ones, and "those two" figures summed', () => {
    const told = "Someone told me Wanli Street's budget in Putuo dropped by roughly 80 million yuan in 2024 compared with 2023. That sounds huge. What was the actual drop?";
    expect(detectIntent(told, 'en', 2024).intent).toBe('change');
    // The earlier level is still read when the sentence that asks names it.
    expect(detectIntent("Its budget dropped in 2024 compared with 2023. What was the 2023 figure?", 'en', 2024).intent).toBe('previous_year');
    const story = '我是万里街道的老居民。去年看街道预算公示，有一项“其他城乡社区支出”才九百来万，今年一看好像翻了好几倍。2025年这一项比2024年多了多少钱？';
    expect(detectIntent(story, 'zh', 2025).intent).toBe('change');
    // A sentence that asks a share keeps it.
    expect(detectIntent('今年翻了好几倍。这一项是上年的几倍？', 'zh', 2025).intent).toBe('share');
    const both = "Wanli Street's 2024 budget also shows what was actually spent in 2023 on medical insurance for civil-service staff and for public-institution staff. What do those two 2023 figures come to together?";
    expect(detectIntent(both, 'en', 2024)).toMatchObject({ intent: 'total', years: [2024, 2023] });
  });

  it('reads a quoted term asked what it includes, and 口径 指, as a definition', () => {
    expect(detectIntent('信访局公开材料里老提“机关运行费”，这个到底包括哪些开销？', 'zh').intent).toBe('definition');
    expect(detectIntent('廊坊信访局说的“机关运行费”到底包括些啥？', 'zh').intent).toBe('definition');
    expect(detectIntent('机关运行经费 口径 指哪些单位的什么支出', 'zh').intent).toBe('definition');
    // What money is used for stays a list.
    expect(detectIntent('机关运行经费主要用于哪些方面？', 'zh').intent).toBe('list');
  });

  it('reads line items, indicators a table sets and what an occasion money is for as lists', () => {
    expect(detectIntent('langfang petitions bureau 2022 gov procurement line items', 'en').intent).toBe('list');
    expect(detectIntent('Which line items sit under subsidies to individuals and households, and how much each?', 'en').intent).toBe('list');
    expect(detectIntent('Which cost indicators are set and what are their caps?', 'en').intent).toBe('list');
    expect(detectIntent('公务接待费一般是接待什么人、什么场合用的？', 'zh').intent).toBe('list');
    // A line item asked for its figure stays a lookup.
    expect(detectIntent('How much is the line item for printing?', 'en').intent).toBe('lookup');
  });
});
