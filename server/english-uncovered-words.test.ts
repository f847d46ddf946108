import { describe, expect, it } from 'vitest';
import { createCedictIndex } from './cedict-index.ts';
import { englishTopicCoverage } from './english-uncovered-words.ts';
import type { GlossaryEntry } from './glossary.ts';

const englishUncoveredWords = (input: Parameters<typeof englishTopicCoverage>[0]) => englishTopicCoverage(input).missing;

const cedict = createCedictIndex({ mayor: ['市长'], advertising: ['广告'], vehicle: ['车辆', '车'], salary: ['工资', '薪水'], electricity: ['电'] });
const glossary: GlossaryEntry[] = [{ zh: '公务接待费', zhAliases: ['接待费'], en: ['official reception expenses'] }];
const documentTexts = ['公务用车购置及运维费公务接待费车辆2辆'];

describe('englishUncoveredWords', () => {
  it('names a word whose every dictionary sense is absent from the documents', () => {
    expect(englishUncoveredWords({ question: 'What is the salary of the mayor?', cedict, glossary, documentTexts })).toEqual(['salary', 'mayor']);
    expect(englishUncoveredWords({ question: 'How much for advertising?', cedict, glossary, documentTexts })).toEqual(['advertising']);
  });
  it('passes over greetings and fillers but still names the uncovered topic after them', () => {
    const greeting = createCedictIndex({ hey: ['嘿'], hi: ['嗨'], quick: ['快'], mayor: ['市长'], salary: ['工资'], vehicle: ['车辆'] });
    expect(englishUncoveredWords({ question: 'Hey, how much for official vehicles?', cedict: greeting, glossary, documentTexts })).toEqual([]);
    expect(englishUncoveredWords({ question: 'Hi, quick question: what is the salary of the mayor?', cedict: greeting, glossary, documentTexts })).toEqual(['salary', 'mayor']);
  });
  it('reports a possessive without its ’s', () => {
    expect(englishUncoveredWords({ question: 'What is the mayor’s salary?', cedict, glossary, documentTexts })).toEqual(['mayor', 'salary']);
  });
  it('counts a word covered when a dictionary sense appears, through its plural too', () => {
    expect(englishUncoveredWords({ question: 'How much do the vehicles cost?', cedict, glossary, documentTexts })).toEqual([]);
  });
  it('counts a word covered when a glossary term mentioning it appears', () => {
    expect(englishUncoveredWords({ question: 'What are reception expenses?', cedict, glossary, documentTexts })).toEqual([]);
  });
  it('counts the words a bracketed Chinese term glosses as covered when the documents contain the term', () => {
    const glossing = createCedictIndex({ mayor: ['市长'], institutional: ['机构的'] });
    expect(englishUncoveredWords({ question: 'What is the budget for institutional reception (公务接待费)?', cedict: glossing, glossary, documentTexts })).toEqual([]);
    // The gloss covers only the phrase right before it, and only a term the documents contain.
    expect(englishUncoveredWords({ question: 'What is the mayor budget for institutional reception (公务接待费)?', cedict: glossing, glossary, documentTexts })).toEqual(['mayor']);
    expect(englishUncoveredWords({ question: 'What is the budget for institutional reception (广告费)?', cedict: glossing, glossary, documentTexts })).toEqual(['institutional']);
  });
  it('reads a capitalised pair as one name the dictionary knows, unless it is part of a unit’s name', () => {
    const names = createCedictIndex({ 'united states': ['美国'], united: ['联合'], 'government office': ['政府机关'] });
    const texts = ['联合接访中心公务接待费'];
    expect(englishUncoveredWords({ question: 'How much reception spending is for the United States?', cedict: names, glossary, documentTexts: texts })).toEqual(['united states']);
    expect(englishUncoveredWords({ question: 'What does the District Government Office spend on reception?', cedict: names, glossary, documentTexts: texts })).toEqual([]);
  });
  it('never counts words that only shape the question', () => {
    expect(englishUncoveredWords({ question: 'What is the total budget target and cap per year?', cedict, glossary, documentTexts })).toEqual([]);
    const joining = createCedictIndex({ but: ['但是'], says: ['说'], went: ['去'] });
    expect(englishUncoveredWords({ question: 'The budget says it went down, but what was it?', cedict: joining, glossary, documentTexts })).toEqual([]);
  });
  it('never counts dates and frequency words: they say when, not what', () => {
    const dated = createCedictIndex({ august: ['八月'], usually: ['通常'], mayor: ['市长'] });
    expect(englishUncoveredWords({ question: 'How many vehicles as of 31 August 2023?', cedict: dated, glossary, documentTexts })).toEqual([]);
    expect(englishUncoveredWords({ question: 'What does the mayor usually get?', cedict: dated, glossary, documentTexts })).toEqual(['mayor']);
  });
  it('never counts adverbs of a known stem, participles or precision words: they modify the topic', () => {
    const modifiers = createCedictIndex({ quarter: ['季度'], quarterly: ['季刊'], standardized: ['标准化'], exact: ['准确'], supply: ['供应'], mayor: ['市长'] });
    expect(englishUncoveredWords({ question: 'What are the quarterly payments?', cedict: modifiers, glossary, documentTexts })).toEqual([]);
    expect(englishUncoveredWords({ question: 'The exact cost of standardized vehicles?', cedict: modifiers, glossary, documentTexts })).toEqual([]);
    // supply is no adverb: suppl- is not a word.
    expect(englishUncoveredWords({ question: 'What is the supply for the mayor?', cedict: modifiers, glossary, documentTexts })).toEqual(['supply', 'mayor']);
  });
  it('cannot judge a word no dictionary or glossary knows', () => {
    expect(englishUncoveredWords({ question: 'How much for Zorblax?', cedict, glossary, documentTexts })).toEqual([]);
    expect(englishUncoveredWords({ question: 'How much for the mayor?', glossary, documentTexts })).toEqual([]);
  });
  it('skips short words and words with digits', () => {
    expect(englishUncoveredWords({ question: 'ox in 2022 a4', cedict: createCedictIndex({ ox: ['牛'] }), glossary, documentTexts })).toEqual([]);
  });
  it('treats a known word as uncovered when there are no documents, and finds nothing in an empty or Chinese question', () => {
    expect(englishUncoveredWords({ question: 'electricity', cedict, glossary, documentTexts: [] })).toEqual(['electricity']);
    expect(englishUncoveredWords({ question: '', cedict, glossary, documentTexts })).toEqual([]);
    expect(englishUncoveredWords({ question: '市长工资', cedict, glossary, documentTexts })).toEqual([]);
  });
});

describe('englishTopicCoverage', () => {
  it('lists the covered topic words too, leaving out words that name the unit itself', () => {
    const dictionary = createCedictIndex({ mayor: ['市长'], petition: ['信访'], reception: ['接待'] });
    const coverage = englishTopicCoverage({
      question: 'What does the petitions bureau spend on reception for the mayor?',
      cedict: dictionary,
      glossary: [],
      documentTexts: ['廊坊市信访局公务接待费'],
      unitNames: ['廊坊市信访局'],
    });
    expect(coverage).toEqual({ missing: ['mayor'], covered: ['reception'] });
  });
});

describe('englishTopicCoverage of a word in another form than the glossary’s', () => {
  it('covers "cleaner" by the glossary’s "cleaners" when the documents use its term, and does not refuse on it otherwise', () => {
    const entries = [{ zh: '保洁', en: ['cleaners'] }];
    expect(englishTopicCoverage({ question: 'cost per cleaner', cedict: createCedictIndex({}), glossary: entries, documentTexts: ['保洁、保安经费'] }).covered).toEqual(['cleaner']);
    expect(englishTopicCoverage({ question: 'cost per cleaner', cedict: createCedictIndex({}), glossary: entries, documentTexts: ['公务接待费'] }).missing).toEqual([]);
  });
});

describe('englishTopicCoverage of a phrase', () => {
  it('covers a word through the dictionary phrase it makes with its neighbour (environmental sanitation -> 环境卫生)', () => {
    const dictionary = createCedictIndex({ environmental: ['环保型'], 'environmental sanitation': ['环境卫生'] });
    const coverage = englishTopicCoverage({ question: 'How much for environmental sanitation?', cedict: dictionary, glossary: [], documentTexts: ['城乡社区环境卫生599.33万元'] });
    expect(coverage.missing).toEqual([]);
  });
});

describe('englishTopicCoverage of a word the glossary renders on its own', () => {
  it('judges the word by the glossary’s rendering, not by any dictionary sense', () => {
    const senses = createCedictIndex({ lift: ['提', '电梯', '举'], lifts: ['电梯'], management: ['管理'] });
    const terms: GlossaryEntry[] = [{ zh: '电梯', en: ['lift', 'lifts'] }, { zh: '物业管理费', en: ['property management'] }];
    const texts = ['提升服务水平，加强菜场管理'];
    expect(englishTopicCoverage({ question: 'How much for adding lifts?', cedict: senses, glossary: terms, documentTexts: texts }).missing).toEqual(['lifts']);
    // "management" only appears inside a glossary phrase: its dictionary sense (管理) still counts.
    expect(englishTopicCoverage({ question: 'How much for market management?', cedict: senses, glossary: terms, documentTexts: texts }).missing).toEqual([]);
  });

  it('names a glossary phrase for a cost item the documents lack, though each of its words is covered alone', () => {
    const phrases: GlossaryEntry[] = [
      { zh: '物业管理费', en: ['property management fees'] },
      { zh: '国有资产', en: ['state-owned property'] },
      { zh: '管理费', en: ['management fees'] },
      { zh: '预留', en: ['set aside'] },
    ];
    const lacking = ['国有资产管理费'];
    expect(englishUncoveredWords({ question: 'How much is spent on property management fees?', glossary: phrases, documentTexts: lacking })).toEqual(['property management fees']);
    expect(englishUncoveredWords({ question: 'How much is spent on property management fees?', glossary: phrases, documentTexts: ['物业管理费12万元'] })).toEqual([]);
    // A phrase of asking words names no item.
    expect(englishUncoveredWords({ question: 'How much is set aside for management fees?', glossary: phrases, documentTexts: lacking })).toEqual([]);
  });
});
