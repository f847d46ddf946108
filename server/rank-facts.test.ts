import { describe, expect, it } from 'vitest';
import type { Fact } from '../ingest/model.ts';
import { bestFact, englishDatesWritten, englishPerUnits, impliedUnits, lastSentenceZh, isMoneyUnit, rankFacts, type RankedFact } from './rank-facts.ts';

function fact(id: string, label: string, amount: number, unit: string, extra: Partial<Fact> = {}): Fact {
  return {
    id,
    docId: 'doc',
    label,
    context: [],
    text: String(amount),
    amount,
    unit,
    comparator: '=',
    kind: 'value',
    section: [],
    source: { blockId: `b-${id}`, quote: `${label}${amount}${unit}` },
    origin: 'table',
    ...extra,
  };
}

const ids = (ranked: RankedFact[]) => ranked.map((item) => item.fact.id);

describe('impliedUnits', () => {
  const fits = (question: string, units: string[]) => {
    const hint = impliedUnits(question);
    return hint ? units.map((unit) => hint(unit)) : undefined;
  };
  it('reads a Chinese question\'s last sentence, where it asks', () => {
    expect(lastSentenceZh('每天上班都路过那栋楼。想问一下，租那栋楼的钱安排了多少？')).toBe('想问一下，租那栋楼的钱安排了多少？');
    expect(lastSentenceZh('租那栋楼的钱安排了多少？')).toBe('租那栋楼的钱安排了多少？');
  });
  it('reads a rent asked as money', () => {
    expect(fits('这个房租具体是多少？', ['万元', '层'])).toEqual([1, 0]);
  });
  it('reads a count unit from 几/多少 wording, with 人 and 名 as near equivalents', () => {
    expect(fits('几辆车', ['辆', '台', '元'])).toEqual([1, 0, 0]);
    // "大概是几个亿": 个 of a sum in hundreds of millions counts nothing.
    expect(fits('支持中小企业的钱有多少？大概是几个亿？', ['万元', '个'])).toEqual([1, 0]);
    expect(fits('多少人', ['人', '名', '辆'])).toEqual([1, 0.6, 0]);
    expect(fits('多少名', ['名', '人'])).toEqual([1, 0.6]);
    expect(fits('几个', ['个', '项'])).toEqual([1, 0]);
    // 多少个项目: 个 counts the 项目, which may be counted in 个 or 项.
    expect(fits('多少个项目', ['个', '项', '元'])).toEqual([1, 1, 0]);
    // 几个接线员: 个 counts people; 几个员工的工资 asks money, not a count of people.
    expect(fits('要雇几个接线员', ['人', '名', '个'])).toEqual([1, 0.6, 0]);
    expect(fits('几个保安', ['人'])).toEqual([1]);
    // The people may come first: 话务员有多少个 counts people too; a bare 多少个 after a thing still asks 个.
    expect(fits('话务员有多少个', ['人', '名', '个'])).toEqual([1, 0.6, 0]);
    expect(fits('保安一共几个', ['人'])).toEqual([1]);
    expect(fits('项目有多少个', ['个', '人'])).toEqual([1, 0]);
  });
  it('reads count units from English wording', () => {
    expect(fits('How many vehicles', ['辆', '台', '人'])).toEqual([1, 0.6, 0]);
    expect(fits('how many staff', ['人', '名'])).toEqual([1, 0.6]);
    expect(fits('the minimum number of petition cases', ['件', '万元'])).toEqual([1, 0]);
    expect(fits('Any equipment worth over a million yuan? How many units?', ['台', '套', '万元'])).toEqual([1, 0.6, 0]);
  });
  it('reads area, money and percentage wording', () => {
    expect(fits('面积多大', ['平方米', '平米', '元'])).toEqual([1, 1, 0]);
    // A rate (元/人) fits money asked outright only in part: an amount is what 多少钱 asks first.
    expect(fits('多少钱', ['元', '万元', '元/人', '%'])).toEqual([1, 1, 0.3, 0]);
    expect(fits('每人多少钱', ['元', '元/人'])).toEqual([1, 1]);
    expect(fits('How much does it cost', ['万元', '辆'])).toEqual([1, 0]);
    expect(fits('How much more did the bureau allocate to the video platform than to the call centre?', ['万元', '套'])).toEqual([1, 0]);
    expect(fits('比例是多少', ['%', '万元'])).toEqual([1, 0]);
    // The money word before 多少 is what is counted: a count in 家 is no answer to 经费安排了多少.
    expect(fits('那部分经费安排了多少', ['万元', '家'])).toEqual([1, 0]);
    expect(fits('专项资金有多少', ['元', '人'])).toEqual([1, 0]);
    // 多少项目预算资金 asks money: 项目 is the noun, not the counter 项.
    expect(fits('涉及多少项目预算资金', ['万元', '项', '个'])).toEqual([1, 0, 0]);
    // An average divides money by a count: the count is no wrong unit there.
    expect(impliedUnits('平均每人多少经费')).toBeUndefined();
  });
  it('implies nothing for other wording or an English count of an unknown thing', () => {
    expect(impliedUnits('介绍一下')).toBeUndefined();
    expect(impliedUnits('how many widgets')).toBeUndefined();
    expect(impliedUnits('')).toBeUndefined();
  });
});

describe('rankFacts on "own any"', () => {
  it('reads "does it own any official cars" as a count, so a count of vehicles beats the money line of the cars', () => {
    const money = fact('f1', '公务用车购置及运行费', 0, '万元');
    const count = fact('f2', '车辆', 0, '辆');
    const ranked = rankFacts('公务用车购置及运行费', [money, count], { hintText: 'Does the commission own any official cars at all? Give me the number.' });
    expect(ranked[0]?.fact.id).toBe('f2');
  });
});

describe('isMoneyUnit', () => {
  it('knows the money units of the genre', () => {
    expect(['元', '万元', '亿元', '千元', '辆', '%'].map(isMoneyUnit)).toEqual([true, true, true, true, false, false]);
  });
});

describe('rankFacts', () => {
  it('returns nothing for no facts or a question of cue words only', () => {
    expect(rankFacts('三公经费是多少', [])).toEqual([]);
    expect(rankFacts('是多少', [fact('a', '三公经费', 10, '万元')])).toEqual([]);
  });
  it('puts the label the question names first', () => {
    const facts = [fact('long', '公务用车购置及运维费', 20, '万元'), fact('exact', '公务用车运维费', 8, '万元')];
    expect(ids(rankFacts('公务用车运维费是多少', facts))).toEqual(['exact', 'long']);
  });
  it('prefers a count in the unit the question asks for over money under a similar label', () => {
    const facts = [fact('money', '公务用车购置费', 30, '万元'), fact('count', '公务用车', 2, '辆')];
    const ranked = rankFacts('公务用车有几辆', facts);
    expect(ids(ranked)).toEqual(['count', 'money']);
    expect(ranked[0].match.unitFits).toBe(true);
  });
  it('prefers change facts when asked for a change, value facts otherwise', () => {
    const facts = [fact('level', '三公经费', 10, '万元'), fact('delta', '三公经费', 2, '万元', { kind: 'change', direction: 'increase' })];
    expect(ids(rankFacts('三公经费', facts))).toEqual(['level', 'delta']);
    expect(ids(rankFacts('三公经费', facts, { kind: 'change' }))).toEqual(['delta', 'level']);
  });
  it('prefers the period asked for', () => {
    const facts = [fact('current', '三公经费', 10, '万元'), fact('previous', '三公经费', 12, '万元', { period: '上年' })];
    expect(ids(rankFacts('三公经费', facts, { documentYear: 2022 }))).toEqual(['current', 'previous']);
    expect(ids(rankFacts('三公经费', facts, { documentYear: 2022, period: 2021 }))).toEqual(['previous', 'current']);
  });
  it('prefers a ≤ figure when the question asks for a cap', () => {
    const facts = [fact('plain', '会议费', 5, '万元'), fact('cap', '会议费', 6, '万元', { comparator: '≤' })];
    expect(ids(rankFacts('会议费上限是多少', facts))).toEqual(['cap', 'plain']);
  });
  it('drops facts whose unit the filter refuses', () => {
    const facts = [fact('money', '三公经费', 10, '万元'), fact('share', '三公经费', 5, '%')];
    expect(ids(rankFacts('三公经费', facts, { unitFilter: isMoneyUnit }))).toEqual(['money']);
  });
  it('reads a total row (合计) as the measure its column names', () => {
    const total = fact('total', '合计', 100, '万元', { source: { blockId: 'b', row: 9, column: '支出预算 > 基本支出', quote: '合计 100' } });
    const ranked = rankFacts('基本支出是多少', [total]);
    expect(ids(ranked)).toEqual(['total']);
    expect(ranked[0].match.labelCoverage).toBe(1);
  });
  it('marks a fact retrieval ranks among the best passages', () => {
    const facts = [fact('a', '电费', 3, '万元')];
    const ranked = rankFacts('信访办公楼电费', facts, { relevance: new Map([['b-a', 1]]) });
    expect(ranked[0].match.retrieved).toBe(true);
    // 0.6 * label 1 + 0.4 * question 1/6, plus 0.15 for full relevance.
    expect(ranked[0].score).toBeCloseTo(0.6 + 0.4 / 6 + 0.15, 10);
  });
  it('scores the alternate wording at 85% when it matches better', () => {
    const facts = [fact('a', '公务用车购置及运维费', 20, '万元')];
    const ranked = rankFacts('公车', facts, { alternate: '公车 公务用车购置及运维费' });
    const plain = rankFacts('公车', facts);
    expect(ranked[0].score).toBeCloseTo(0.816, 10);
    expect(plain[0].score).toBeCloseTo(0.06, 10);
  });
});

describe('bestFact', () => {
  it('is undefined for an empty ranking', () => {
    expect(bestFact([])).toBeUndefined();
  });
  it('accepts a fact whose label the question names', () => {
    const ranked = rankFacts('三公经费是多少', [fact('a', '三公经费', 10, '万元')]);
    expect(bestFact(ranked)?.fact.id).toBe('a');
  });
  it('refuses a loose match whose label the question barely names', () => {
    const ranked = rankFacts('广告费是多少', [fact('a', '三公经费', 10, '万元')]);
    expect(bestFact(ranked)).toBeUndefined();
  });
  it('refuses a high score whose label coverage is too low', () => {
    const match = { score: 0.9, labelCoverage: 0.3, questionCoverage: 0.9, matchedBigrams: new Set<string>() };
    expect(bestFact([{ fact: fact('a', 'x', 1, '元'), score: 0.9, match }])).toBeUndefined();
  });
  it('accepts a looser wording when the unit fits or retrieval found the place', () => {
    const base = { labelCoverage: 0.45, questionCoverage: 0.45, matchedBigrams: new Set<string>() };
    expect(bestFact([{ fact: fact('a', 'x', 1, '辆'), score: 0.45, match: { ...base, score: 0.45, unitFits: true } }])?.fact.id).toBe('a');
    expect(bestFact([{ fact: fact('a', 'x', 1, '辆'), score: 0.45, match: { ...base, score: 0.45 } }])).toBeUndefined();
    expect(bestFact([{ fact: fact('a', 'x', 1, '元'), score: 0.55, match: { ...base, score: 0.55, retrieved: true } }])?.fact.id).toBe('a');
    expect(bestFact([{ fact: fact('a', 'x', 1, '元'), score: 0.55, match: { ...base, score: 0.55 } }])).toBeUndefined();
  });
  it('honours a custom minimum', () => {
    const ranked = rankFacts('三公经费是多少', [fact('a', '三公经费', 10, '万元')]);
    expect(bestFact(ranked, 2)).toBeUndefined();
  });
});

describe('rankFacts prefers the more specific label', () => {
  const procurement = fact('p', '政府采购预算', 38.2, '万元');
  const services = fact('s', '政府采购服务预算', 30.4, '万元');
  const goods = fact('g', '政府采购货物预算', 7.8, '万元');
  it('moves first a close runner-up that explains every question word the leader does, and more', () => {
    expect(ids(rankFacts('政府采购里服务类', [procurement, services, goods]))[0]).toBe('s');
  });
  it('keeps the leader when no label explains more of the question', () => {
    expect(ids(rankFacts('政府采购预算是多少', [procurement, services, goods]))[0]).toBe('p');
    const exact = fact('e', '公务用车运维费', 11.8, '万元');
    const longer = fact('l', '公务用车购置及运维费', 11.8, '万元');
    expect(ids(rankFacts('公务用车运维费是多少', [longer, exact]))[0]).toBe('e');
  });
});

describe('impliedUnits for organisations', () => {
  it('reads 个 and 家 as counting the same things', () => {
    const hint = impliedUnits('有几个下属单位');
    expect(hint?.('个')).toBe(1);
    expect(hint?.('家')).toBe(0.6);
    expect(hint?.('人')).toBe(0);
  });
});

describe('rankFacts with a date the question quotes', () => {
  it('puts the figure whose sentence names that date first, even against a label with more question words', () => {
    const held = fact('held', '共有车辆', 7, '辆', { origin: 'prose', source: { blockId: 'b1', quote: '截至2023年8月31日，本部门共有车辆7辆，其中：其他用车7辆。' } });
    const bought = fact('bought', '部门预算安排购置车辆', 1, '辆', { origin: 'prose', source: { blockId: 'b2', quote: '2024年部门预算安排购置车辆1辆。' } });
    const question = '部门预算披露的截至2023年8月31日的车辆总数是多少辆';
    expect(ids(rankFacts(question, [bought, held], { documentYear: 2024 }))[0]).toBe('held');
    expect(ids(rankFacts('部门预算披露的车辆总数是多少辆', [bought, held], { documentYear: 2024 }))[0]).toBe('bought');
  });
});

describe('impliedUnits for a height', () => {
  it('reads 多高, height and how tall as asking for metres', () => {
    expect(impliedUnits('大楼有多高')?.('米')).toBe(1);
    expect(impliedUnits('How tall will the new centre be?')?.('米')).toBe(1);
    expect(impliedUnits('How tall will the new centre be?')?.('万元')).toBe(0);
  });
});

describe('rankFacts with a unit the question names', () => {
  it('prefers the statement already in the unit asked for (in 万元) over a table in 元 with the same label', () => {
    const table = fact('table', '住房公积金', 3846732, '元');
    const prose = fact('prose', '住房公积金', 384.67, '万元', { origin: 'prose' });
    expect(ids(rankFacts('住房公积金是多少万元', [table, prose]))[0]).toBe('prose');
    expect(ids(rankFacts('住房公积金是多少元', [table, prose]))[0]).toBe('table');
  });
  it('reads a line the basic-expenditure table repeats as the whole line stated elsewhere, unless basic spending is asked', () => {
    const basicTitle = '2025年部门一般公共预算基本支出部门预算经济分类预算表';
    const basic = fact('basic', '公务接待费', 185000, '元', { tableTitle: basicTitle });
    const whole = fact('whole', '公务接待费', 28.5, '万元', { tableTitle: '“三公”经费预算表' });
    expect(ids(rankFacts('公务接待费的预算', [basic, whole]))[0]).toBe('whole');
    expect(ids(rankFacts('基本支出里公务接待费的预算', [basic, whole]))[0]).toBe('basic');
    // Worded differently in the statement (公务用车运行费), the whole line still comes first, and no rule of more words
    // (运行维护) moves the table's copy back ahead of it.
    const runningCopy = fact('runningCopy', '公务用车运行维护费', 215600, '元', { tableTitle: basicTitle, source: { blockId: 'b-t', row: 3, column: '一般公共预算基本支出 > 合计', quote: '公务用车运行维护费 215600' } });
    const running = fact('running', '公务用车运行费', 21.56, '万元', { origin: 'prose' });
    expect(ids(rankFacts('公务用车运行维护费 车辆', [runningCopy, running]))[0]).toBe('running');
    // A line only the basic table states keeps its full score.
    const equipment = fact('equipment', '办公设备购置', 200000, '元', { tableTitle: basicTitle });
    expect(rankFacts('办公设备购置', [equipment])[0]?.score).toBe(rankFacts('办公设备购置', [{ ...equipment, tableTitle: '经济分类表' }])[0]?.score);
  });
});

describe('impliedUnits money words', () => {
  it('reads funding, 预算更多 and what a unit spends as money', () => {
    for (const question of ['which is larger: the health-insurance funding for A or for B?', '两块哪一块预算更多？', 'What does the street office spend keeping its cars on the road?']) {
      expect(impliedUnits(question)?.('万元'), question).toBe(1);
      expect(impliedUnits(question)?.('家'), question).toBe(0);
    }
  });
});

describe('rankFacts frames', () => {
  it('prefers a line standing in the frame the leader names (基本支出里，办公设备购置) over the frame’s own total', () => {
    const basicTotal = fact('basicTotal', '合计', 24606775.35, '元', { source: { blockId: 'b-s', row: 0, column: '支出预算 > 基本支出', quote: '合计 24,606,775.35' } });
    const equipment = fact('equipment', '办公设备购置', 200000, '元', { tableTitle: '2025年部门一般公共预算基本支出部门预算经济分类预算表', source: { blockId: 'b-e', row: 7, column: '一般公共预算基本支出 > 合计', quote: '办公设备购置 200,000.00' } });
    expect(ids(rankFacts('基本支出里，购置办公设备的预算有多少', [basicTotal, equipment]))[0]).toBe('equipment');
    // Without a line named within it, the frame's own total answers.
    expect(ids(rankFacts('基本支出的预算有多少', [basicTotal, equipment]))[0]).toBe('basicTotal');
  });
});

describe('englishPerUnits', () => {
  it('reads the counters an English average is taken over, and not a rate’s unit', () => {
    expect(englishPerUnits('On average, how much is budgeted per person?')).toEqual(['人', '名']);
    expect(englishPerUnits("What does each of the bureau's cars cost to run?")).toEqual(['辆', '台']);
    expect(englishPerUnits('the average budget per project')).toEqual(['项', '个']);
    expect(englishPerUnits('What is the cap per day?')).toEqual([]);
    expect(englishPerUnits('What is the total budget?')).toEqual([]);
  });
  it('reads a rate in 元 per unit as money only when money per day or per area is asked', () => {
    const yearly = impliedUnits('光租这个办公楼，一年得掏多少钱？');
    expect(yearly?.('万元')).toBe(1);
    expect(yearly?.('元/平米/天')).toBeLessThan(1);
    expect(impliedUnits('租金每平米每天多少钱？')?.('元/平米/天')).toBe(1);
  });
});

describe('rankFacts and 其他 before a line name', () => {
  it('puts the line of the rest (其他X支出) before X itself when the question writes 其他X', () => {
    const facts = [fact('whole', '城乡社区管理事务', 94995790, '元'), fact('rest', '其他城乡社区管理事务支出', 53121126, '元')];
    expect(ids(rankFacts('其他城乡社区管理事务那一块', facts))[0]).toBe('rest');
    expect(ids(rankFacts('城乡社区管理事务那一块', facts))[0]).toBe('whole');
  });
});

describe('rankFacts, a table named by its title, and headcounts', () => {
  it('puts the row of the table whose title the question names before the same indicator of other tables', () => {
    const cap = (id: string, label: string, amount: number, tableTitle: string) => fact(id, label, amount, '万元', { tableTitle, source: { blockId: id, quote: '', row: 1 } });
    const facts = [cap('video', '总成本控制率', 135, '5.三级视频接访平台运行维护经费绩效目标表'), cap('central', '控制总成本', 120, '6. 提前下达2022年解决特殊疑难信访问题中央补助资金绩效目标表')];
    expect(ids(rankFacts('有笔中央补助的钱，专门用来解决特殊疑难信访问题的，总成本控制在多少以内？', facts))[0]).toBe('central');
    expect(ids(rankFacts('三级视频接访平台的总成本控制在多少以内？', facts))[0]).toBe('video');
  });
  it('reads a headcount as people counted, never money', () => {
    const hint = impliedUnits('What is the total staff headcount?');
    expect(hint?.('人')).toBe(1);
    expect(hint?.('元')).toBe(0);
  });
});

describe('impliedUnits, English counted nouns', () => {
  it('takes the last counted noun of the phrase, not one after its verb', () => {
    const vehicles = impliedUnits('How many vehicles does the petitions bureau have?')!;
    expect(vehicles('辆')).toBe(1);
    const sessions = impliedUnits('How many staff training sessions does the bureau plan?')!;
    expect(sessions('次')).toBe(1);
  });
});

describe('impliedUnits, money arranged', () => {
  it('reads what is arranged or paid in, with no counter after 多少, as money', () => {
    const wanted = impliedUnits('单位为职工缴纳职业年金安排了多少？')!;
    expect(wanted('万元')).toBe(1);
    expect(wanted('个')).toBe(0);
    // A counter after 多少 counts.
    expect(impliedUnits('安排了多少个项目')!('个')).toBe(1);
  });
});

describe('englishDatesWritten', () => {
  it('writes English dates as the Chinese dates a sentence states', () => {
    expect(englishDatesWritten('how many vehicles as of 31 August 2024?')).toBe('2024年8月31日');
    expect(englishDatesWritten('as of August 31, 2023')).toBe('2023年8月31日');
    expect(englishDatesWritten('cars at the end of Aug 2023')).toBe('2023年8月底');
    expect(englishDatesWritten('its May 2024 budget')).toBe('');
  });
});
