import { describe, expect, it } from 'vitest';
import { buildPlanQuestionPrompt } from './plan-question-prompt.ts';

describe('buildPlanQuestionPrompt', () => {
  it('names the intents and the document vocabulary, and passes the question with its language', () => {
    const [system, user] = buildPlanQuestionPrompt({
      question: 'How much is spent on official receptions?',
      lang: 'en',
      vocabulary: ['公务接待费', '机关运行经费'],
      intents: ['lookup', 'total'],
    });
    expect(system.role).toBe('system');
    expect(system.content).toContain('intent is one of: lookup, total.');
    expect(system.content).toContain('Document vocabulary: 公务接待费、机关运行经费');
    expect(user).toEqual({ role: 'user', content: 'Question (en): How much is spent on official receptions?' });
  });

  it('sends at most 200 vocabulary labels', () => {
    const vocabulary = Array.from({ length: 250 }, (_, index) => `项目${index}`);
    const [system] = buildPlanQuestionPrompt({ question: '多少', lang: 'zh', vocabulary, intents: [] });
    expect(system.content).toContain('项目199');
    expect(system.content).not.toContain('项目200');
  });
});
