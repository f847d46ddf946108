import { describe, expect, it } from 'vitest';
import { createEnglishCapitalizer, placeNamesOf, withClosingMark } from './typed-casually.ts';

describe('placeNamesOf', () => {
  it('reads the places units are named after, past 人民政府', () => {
    expect(placeNamesOf(['上海市普陀区人民政府万里街道办事处', '廊坊市信访局'])).toEqual(['上海', '普陀', '万里', '廊坊']);
  });
});

describe('withEnglishCapitals', () => {
  const withEnglishCapitals = (question: string, places: string[]) => createEnglishCapitalizer(places)(question);
  const places = ['wanli', 'putuo', 'langfang'];
  it('capitalises sentence starts, I and the places (with the unit word after one) of a question typed in lower case', () => {
    expect(withEnglishCapitals("i live in the wanli street area of putuo. what is the street office's total budget for 2025", places)).toBe(
      "I live in the Wanli Street area of Putuo. What is the street office's total budget for 2025",
    );
    expect(withEnglishCapitals("i'm curious how many cars langfang bureau has", places)).toBe("I'm curious how many cars Langfang Bureau has");
  });
  it('leaves a question with any capital, or a Chinese one, as typed', () => {
    expect(withEnglishCapitals('how many cars does Wanli street have', places)).toBe('how many cars does Wanli street have');
    expect(withEnglishCapitals('万里街道 wanli 2025', places)).toBe('万里街道 wanli 2025');
  });
});

describe('withClosingMark', () => {
  it('closes a question typed without its mark when its last sentence asks', () => {
    expect(withClosingMark('说是比2023年少了八百多万。那2023年的预算到底是多少')).toBe('说是比2023年少了八百多万。那2023年的预算到底是多少？');
    expect(withClosingMark("per its 2024 budget, how many vehicles did the office hold")).toBe('per its 2024 budget, how many vehicles did the office hold?');
  });
  it('leaves a closed question, a keyword query and a statement alone', () => {
    expect(withClosingMark('三公经费多少？')).toBe('三公经费多少？');
    expect(withClosingMark('万里街道 2025 三公经费')).toBe('万里街道 2025 三公经费');
    expect(withClosingMark('wanli street 2025 three public expenses')).toBe('wanli street 2025 three public expenses');
  });
});
