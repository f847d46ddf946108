export { buildPlanQuestionPrompt, type PlanQuestionPromptInput } from './plan-question-prompt.ts';
export { buildPhraseAnswerPrompt, documentClose, documentOpen, type PhraseAnswerPromptInput } from './phrase-answer-prompt.ts';
