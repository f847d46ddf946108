import { describe, expect, it } from 'vitest';
import { otherUnitNamed } from './other-unit.ts';

const renderings: Record<string, string[]> = {
  'public security': ['公共安全'],
  petitions: ['信访'],
  'Letters Visits': ['信访'],
  'Putuo Commerce': ['商务委员会'],
  'Development Reform': ['发展', '改革'],
  'Commission': ['委员会'],
  Putuo: ['普陀'],
  Changzheng: ['长征'],
  Wanli: ['万里'],
  education: ['教育'],
  // "letters calls" alone renders as mail and phone calls; the whole name with its head is the bureau's glossary name.
  'Letters Calls': ['信件', '电话'],
  'Letters and Calls Bureau': ['信访局'],
};
// Like the translator, words it knows are rendered and the rest (Langfang, Zorblax) dropped.
const render = (english: string) => Object.entries(renderings).filter(([phrase]) => english.includes(phrase)).flatMap(([, terms]) => terms);
const unitNames = ['廊坊市信访局', '上海市普陀区商务委员会'];
const putuoUnits = ['上海市普陀区商务委员会', '上海市普陀区人民政府办公室'];

describe('otherUnitNamed', () => {
  it('names a unit whose kind no candidate document is', () => {
    expect(otherUnitNamed({ question: 'How much does the Langfang public security bureau spend on cars?', unitNames, render })).toBe('Langfang public security bureau');
    expect(otherUnitNamed({ question: "What is the education bureau's budget?", unitNames, render })).toBe('education bureau');
  });
  it('names a town or street written in pinyin that no candidate unit\'s name reads as', () => {
    const units = ['上海市普陀区人民政府万里街道办事处', '上海市普陀区商务委员会'];
    const romanizedUnits = ['shanghaishiputuoqurenminzhengfuwanlijiedaobanshichu', 'shanghaishiputuoqushangwuweiyuanhui'];
    const withoutRender = (english: string) => (english === 'Wanli' ? [] : render(english).filter((term) => term !== '长征'));
    expect(otherUnitNamed({ question: 'What did Zhenru Town spend on receptions?', unitNames: units, render: withoutRender, romanizedUnits })).toBe('Zhenru Town');
    expect(otherUnitNamed({ question: 'What did Wanli Street spend on receptions?', unitNames: units, render: withoutRender, romanizedUnits })).toBeUndefined();
    // A candidate's place in pinyin is that unit, whatever else the dictionary renders it as (Wanli -> 万历).
    const emperor = (english: string) => (english === 'Wanli' ? ['万历'] : withoutRender(english));
    expect(otherUnitNamed({ question: 'In the Wanli Subdistrict 2025 budget, which line is bigger?', unitNames: units, render: emperor, romanizedUnits })).toBeUndefined();
    // Not pinyin (a misspelt English word): cannot be judged.
    expect(otherUnitNamed({ question: 'What did Riverside Town spend?', unitNames: units, render: withoutRender, romanizedUnits })).toBeUndefined();
  });
  it('names a town or street whose place is in no candidate unit\'s name', () => {
    const units = ['上海市普陀区人民政府万里街道办事处', '上海市普陀区商务委员会'];
    expect(otherUnitNamed({ question: "A post claims Putuo's Changzheng Town spent 3 million yuan on receptions", unitNames: units, render })).toBe('Changzheng Town');
    expect(otherUnitNamed({ question: 'What does Wanli Street spend on receptions?', unitNames: units, render })).toBeUndefined();
    // Typed loosely: the place is the one word before the head, not the words before it.
    expect(otherUnitNamed({ question: 'new cars wanli street 2025 how many', unitNames: units, render })).toBeUndefined();
  });
    it('does not take the place a candidate unit stands in for that unit', () => {
    const question = 'What is the budget of the Putuo District Development and Reform Commission?';
    expect(otherUnitNamed({ question, unitNames: putuoUnits, render })).toBe('District Development and Reform Commission');
    expect(otherUnitNamed({ question: 'What does the Putuo Commission spend?', unitNames: putuoUnits, render })).toBeUndefined();
  });
  it('accepts the candidates’ own units, by their words in or out of order, and cannot judge words it cannot render', () => {
    expect(otherUnitNamed({ question: 'How much does the petitions bureau spend on cars?', unitNames, render })).toBeUndefined();
    expect(otherUnitNamed({ question: 'the Langfang Letters and Visits Bureau budget', unitNames, render })).toBeUndefined();
    expect(otherUnitNamed({ question: 'What does the Putuo Commerce Commission spend?', unitNames, render })).toBeUndefined();
    expect(otherUnitNamed({ question: 'What does the Zorblax Commission spend?', unitNames, render })).toBeUndefined();
    expect(otherUnitNamed({ question: 'What did the Langfang Letters and Calls Bureau budget?', unitNames, render })).toBeUndefined();
  });
});
