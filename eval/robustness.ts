/**
 * Robustness of answers to wording that asks nothing: a tuning question the engine already answers right is asked
 * again inside a courtesy or a story (a greeting, a polite lead, closing thanks, a sentence about the asker, a request
 * for the source, a press officer's lead) or typed as into a search box, and the answer should not change. Only tuning questions are used, so held-out questions are still never read. Pure: the
 * engine is passed in as an ask function.
 */
import type { GoldQuestion } from './question-schema.ts';

export interface Wrapper {
  name: string;
  zh: (question: string) => string;
  en: (question: string) => string;
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** Wordings people put around a question; none of them changes what is asked. */
export const wrappers: Wrapper[] = [
  { name: 'greeting', zh: (question) => `你好，${question}`, en: (question) => `Hi there, quick one: ${lowerFirst(question)}` },
  { name: 'polite lead', zh: (question) => `麻烦问下，${question}`, en: (question) => `Could you tell me: ${lowerFirst(question)}` },
  { name: 'closing thanks', zh: (question) => `${question.trimEnd()}谢谢！`, en: (question) => `${question.trimEnd()} Thanks!` },
  {
    name: 'asker story',
    zh: (question) => `我是附近的居民，最近在翻预算公开的材料，有点看不懂。${question}`,
    en: (question) => `I'm a local resident going through the budget papers and I'm a bit lost. ${question}`,
  },
  {
    name: 'source request',
    zh: (question) => `${question.trimEnd()}请注明出处。`,
    en: (question) => `${question.trimEnd()} Please say where in the document this is stated.`,
  },
  {
    name: 'press lead',
    zh: (question) => `我们在起草一份答记者问，需要准确数字。${question}`,
    en: (question) => `We are drafting a reply to a reporter and need the exact figure. ${question}`,
  },
  // A search box: no closing punctuation, English all in lower case.
  { name: 'search box', zh: (question) => withoutClosingMark(question), en: (question) => withoutClosingMark(question).toLowerCase() },
];

function withoutClosingMark(question: string): string {
  return question.trimEnd().replace(/[?？。.!！]+$/u, '');
}

/** What an answer comes to, for comparing two answers: its amount and unit, or its kind. */
export function answerKey(answer: { kind: string; value?: { amount: number; unit: string } | null }): string {
  return answer.kind === 'numeric' && answer.value ? `${answer.value.amount} ${answer.value.unit}` : answer.kind;
}

export interface RobustnessTally {
  wrapper: string;
  /** Tuning questions with a numeric gold the engine answered right unwrapped. */
  asked: number;
  /** Of those, answers that changed once wrapped. */
  changed: number;
  examples: Array<{ id: string; question: string; before: string; after: string }>;
}

/** Asks each right-answered numeric tuning question once per wrapper and counts the answers that change. */
export async function measureRobustness(input: {
  questions: GoldQuestion[];
  ask: (question: GoldQuestion, text: string) => Promise<string>;
  wrappers?: Wrapper[];
  examples?: number;
}): Promise<RobustnessTally[]> {
  const chosen = input.wrappers ?? wrappers;
  const tallies = chosen.map((wrapper): RobustnessTally => ({ wrapper: wrapper.name, asked: 0, changed: 0, examples: [] }));
  for (const question of input.questions) {
    if (question.heldOut || question.expect.kind !== 'numeric') continue;
    const before = await input.ask(question, question.question);
    if (before !== `${question.expect.amount} ${question.expect.unit}`) continue;
    for (const [index, wrapper] of chosen.entries()) {
      const text = wrapper[question.lang](question.question);
      const after = await input.ask(question, text);
      const tally = tallies[index]!;
      tally.asked += 1;
      if (after === before) continue;
      tally.changed += 1;
      if (tally.examples.length < (input.examples ?? 10)) tally.examples.push({ id: question.id, question: text, before, after });
    }
  }
  return tallies;
}
