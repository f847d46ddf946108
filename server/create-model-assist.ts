import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import { buildPhraseAnswerPrompt } from '../prompts/phrase-answer-prompt.ts';
import { buildPlanQuestionPrompt } from '../prompts/plan-question-prompt.ts';
import type { Config } from './config.ts';
import type { ModelAssist } from './create-engine.ts';
import { intentSchema, planSchema, type Plan } from './plan-schema.ts';
import { verifyNumbers } from './verify-numbers.ts';

const modelPlanSchema = z.object({
  intent: intentSchema,
  measures: z.array(z.string()),
  years: z.array(z.number().int()),
  previousPeriod: z.boolean(),
});

export interface ModelAssistOptions {
  config: Config;
  /** Measure labels of the loaded documents, offered to the planner. */
  vocabulary: string[];
  log?: (entry: object) => void;
}

/**
 * The optional model path over any OpenAI-compatible server. It plans questions the deterministic planner could
 * not read and phrases text answers; its numbers are checked against the evidence, and any failure (timeout,
 * malformed output, a number not in the evidence) falls back to the deterministic answer.
 */
export function createModelAssist(options: ModelAssistOptions): ModelAssist {
  const { config } = options;
  const chat = new ChatOpenAI({
    model: config.OPENAI_MODEL,
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
    timeout: config.OPENAI_TIMEOUT_MS,
    maxRetries: 1,
    temperature: 0,
  });
  const planner = chat.withStructuredOutput(modelPlanSchema, { name: 'budget_question_plan' });
  const log = options.log ?? (() => {});

  return {
    async planQuestion(question, lang): Promise<Plan | undefined> {
      try {
        const raw = await planner.invoke(buildPlanQuestionPrompt({ question, lang, vocabulary: options.vocabulary, intents: intentSchema.options }));
        const parsed = planSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      } catch (error) {
        log({ event: 'model_plan_failed', message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    },
    async phraseAnswer({ question, lang, draft, response }, onDelta) {
      const evidence = response.citations.map((citation) => ({ section: citation.section, quote: citation.quote }));
      try {
        const messages = buildPhraseAnswerPrompt({ question, lang, draft, answer: response.answer, evidence });
        let text = '';
        if (onDelta) {
          // Tokens go to the page as they come; the whole text is still checked before it replaces the answer.
          for await (const chunk of await chat.stream(messages)) {
            const piece = typeof chunk.content === 'string' ? chunk.content : '';
            text += piece;
            if (piece) onDelta(piece);
          }
          text = text.trim();
        } else {
          const message = await chat.invoke(messages);
          text = typeof message.content === 'string' ? message.content.trim() : '';
        }
        if (!text) return undefined;
        const allowed = [
          response.answer,
          ...evidence.map((item) => item.quote),
          ...evidence.map((item) => item.section),
          response.value?.display ?? '',
          response.calculation?.formula ?? '',
          question,
        ];
        const verdict = verifyNumbers(text, allowed);
        if (!verdict.ok) {
          log({ event: 'model_answer_rejected', unknownNumbers: verdict.unknown });
          return undefined;
        }
        return text;
      } catch (error) {
        log({ event: 'model_phrase_failed', message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    },
  };
}
