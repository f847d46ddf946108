import { describe, expect, it } from 'vitest';
import { individualAskedAbout, namesWages } from './individual-pay.ts';

describe('individualAskedAbout', () => {
  it('reads staff asked about by the month as one person’s pay', () => {
    expect(individualAskedAbout('廊坊信访局请的话务员一个月多少钱', 'zh')).toBe('话务员');
    expect(individualAskedAbout('保安每月能拿多少', 'zh')).toBe('保安');
    expect(individualAskedAbout('话务员一共聘了多少人', 'zh')).toBeUndefined();
    // A place's name (Wanli Subdistrict) beside a pay line (performance pay) is no person.
    expect(individualAskedAbout('Looking at the Wanli Subdistrict 2025 table, which is bigger: allowances or performance pay?', 'en')).toBeUndefined();
  });

  it('finds a title or a person whose own pay is asked about', () => {
    expect(individualAskedAbout('市长的工资是多少', 'zh')).toBe('市长');
    expect(individualAskedAbout('信访局局长年薪多少', 'zh')).toBe('局长');
    expect(individualAskedAbout("What is the mayor's salary?", 'en')).toBe('mayor');
    expect(individualAskedAbout('What salary does Langfang party secretary Yang Xiaohe receive?', 'en')).toBe('secretary');
    expect(individualAskedAbout('How much does Zhang Wei earn?', 'en')).toBe('Zhang Wei');
    expect(individualAskedAbout('What does Wanli Street pay Li Ming?', 'en')).toBe('Li Ming');
  });
  it('reads one member of a staff asked about with a pay word as one person’s pay', () => {
    expect(individualAskedAbout('How much is each hotline operator paid per month?', 'en')).toBe('each hotline operator');
    expect(individualAskedAbout('每个话务员一个月工资多少？', 'zh')).toBe('每个话务员');
    // Budgeted per person is an average of the unit's own figures, not anyone's pay.
    expect(individualAskedAbout('On average, how much is budgeted per person for the guards?', 'en')).toBeUndefined();
    expect(individualAskedAbout('保安保洁人均成本是多少', 'zh')).toBeUndefined();
  });
  it('leaves the unit’s personnel spending and other questions alone', () => {
    expect(individualAskedAbout('信访局的工资福利支出是多少', 'zh')).toBeUndefined();
    expect(individualAskedAbout('主要领导干部用车有几辆', 'zh')).toBeUndefined();
    expect(individualAskedAbout('How much does Wanli Street pay its staff?', 'en')).toBeUndefined();
    expect(individualAskedAbout('How much do staff at the Putuo District Office earn in total?', 'en')).toBeUndefined();
    expect(individualAskedAbout('How much is spent on official cars?', 'en')).toBeUndefined();
    expect(individualAskedAbout('商务委员会的工资福利支出是多少', 'zh')).toBeUndefined();
    expect(individualAskedAbout('What is the income of the Putuo Commerce Commission?', 'en')).toBeUndefined();
  });
  it('reads paying for things and official as an adjective as no one’s pay, and still refuses an official’s pay', () => {
    expect(individualAskedAbout('What does the money Wanli Street spends on its official cars actually pay for?', 'en')).toBeUndefined();
    expect(individualAskedAbout('How much is a senior official paid at Wanli Street?', 'en')).toBe('official');
  });
  it('names wages in either language, and not a line of spending', () => {
    expect(namesWages('每人每月工资是多少？')).toBe(true);
    expect(namesWages('How much is each guard paid?')).toBe(true);
    expect(namesWages('保洁和保安每人多少钱？')).toBe(false);
  });
});
