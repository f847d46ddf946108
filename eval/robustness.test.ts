import { describe, expect, it } from 'vitest';
import type { GoldQuestion } from './question-schema.ts';
import { answerKey, measureRobustness, wrappers } from './robustness.ts';

const question = (id: string, text: string, amount: number, heldOut = false): GoldQuestion => ({
  id,
  set: 'test',
  question: text,
  lang: 'zh',
  persona: 'public',
  kind: 'lookup',
  expect: { kind: 'numeric', amount, unit: '万元', section: '三公' },
  heldOut,
});

describe('measureRobustness', () => {
  it('counts right answers that change once wrapped, and skips wrong answers and held-out questions', async () => {
    const questions = [question('a', '三公多少', 12.3), question('b', '机关运行多少', 95.17), question('c', '车多少', 11.8, true)];
    // A fake engine that answers right unwrapped, and is thrown off by a greeting on question a only.
    const ask = async (gold: GoldQuestion, text: string) =>
      text.startsWith('你好') && gold.id === 'a' ? 'not_found' : gold.id === 'b' ? '1 万元' : `${gold.expect.amount} 万元`;
    const tallies = await measureRobustness({ questions, ask });
    expect(tallies.map((tally) => tally.wrapper)).toEqual(wrappers.map((wrapper) => wrapper.name));
    expect(tallies[0]).toMatchObject({ wrapper: 'greeting', asked: 1, changed: 1 });
    expect(tallies[0]!.examples[0]).toMatchObject({ id: 'a', before: '12.3 万元', after: 'not_found', question: '你好，三公多少' });
    expect(tallies.slice(1).every((tally) => tally.asked === 1 && tally.changed === 0)).toBe(true);
  });
  it('keys an answer by its amount and unit, or by its kind', () => {
    expect(answerKey({ kind: 'numeric', value: { amount: 8, unit: '辆' } })).toBe('8 辆');
    expect(answerKey({ kind: 'not_found' })).toBe('not_found');
  });
  it('wraps English questions in English', () => {
    expect(wrappers.find((wrapper) => wrapper.name === 'polite lead')!.en('How many cars?')).toBe('Could you tell me: how many cars?');
  });
  it('types a question as into a search box: no closing mark, English in lower case', () => {
    const searchBox = wrappers.find((wrapper) => wrapper.name === 'search box')!;
    expect(searchBox.en('How many cars does Wanli Street have?')).toBe('how many cars does wanli street have');
    expect(searchBox.zh('万里街道有几辆车？')).toBe('万里街道有几辆车');
  });
});
