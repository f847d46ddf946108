import type { Intent } from '../server/plan-schema.ts';

/**
 * Asks a model to read a question the deterministic planner could not, into a plan the same deterministic code
 * executes. The model never sees document text here and never computes.
 */
export interface PlanQuestionPromptInput {
  question: string;
  lang: 'zh' | 'en';
  /** Measure labels the documents use, so the model can name them the documents' way. */
  vocabulary: string[];
  intents: readonly Intent[];
}

export function buildPlanQuestionPrompt(input: PlanQuestionPromptInput): Array<{ role: 'system' | 'user'; content: string }> {
  const system = [
    'You turn a question about a Chinese government budget disclosure into a plan. You do not answer it and you do not compute.',
    `intent is one of: ${input.intents.join(', ')}.`,
    'measures are the budget items the question is about, written in Chinese using the document vocabulary below when one fits.',
    'years are the years the question names. previousPeriod is true when it asks about last year without naming it.',
    'If the question is about something the document vocabulary does not cover (a person, another organisation, an item not listed), return an empty measures list.',
    'Return only the structured plan.',
    `Document vocabulary: ${input.vocabulary.slice(0, 200).join('、')}`,
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Question (${input.lang}): ${input.question}` },
  ];
}
