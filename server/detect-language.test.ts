import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('reads a plain English question as English', () => {
    expect(detectLanguage('How much is spent on official vehicles?')).toBe('en');
  });

  it('reads a plain Chinese question as Chinese', () => {
    expect(detectLanguage('2022年公务接待费是多少？')).toBe('zh');
  });

  it('keeps an English question that quotes one Chinese term English', () => {
    expect(detectLanguage('How much is 三公经费 in 2022?')).toBe('en');
    expect(detectLanguage('What does 公务用车购置及运维费 cover?')).toBe('en');
  });

  it('keeps an English question that quotes two Chinese terms English', () => {
    expect(detectLanguage('Compare 三公经费 and 机关运行经费 for 2022')).toBe('en');
  });

  it('keeps a Chinese sentence with an English acronym or gloss Chinese', () => {
    expect(detectLanguage('PPP项目支出是多少')).toBe('zh');
    expect(detectLanguage('2022年三公经费是多少 (three public expenses)')).toBe('zh');
  });

  it('decides a short mixed question by the share of Chinese', () => {
    expect(detectLanguage('三公经费 total')).toBe('zh');
    expect(detectLanguage('请问 what is 三公经费 and why did it fall')).toBe('en');
  });

  it('treats text without any letters or characters as English', () => {
    expect(detectLanguage('2022?')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });
});
