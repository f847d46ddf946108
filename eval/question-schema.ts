import { z } from 'zod';

/**
 * One gold question of an evaluation set. Sets are JSONL files under eval/sets/, split into `<set>.tuning.jsonl`
 * (the engine may be tuned on them) and `<set>.heldout.jsonl` (never opened while tuning).
 */

export const questionKindSchema = z.enum([
  'lookup',
  'total',
  'difference',
  'previous_year',
  'share',
  'average',
  'comparison',
  'list',
  'definition',
  'not_found',
  'cross_year',
]);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const expectationSchema = z
  .object({
    kind: z.enum(['numeric', 'text', 'not_found']),
    /** The amount as the document writes it (or as computed exactly from it, rounded as `note` says). */
    amount: z.number().optional(),
    unit: z.string().min(1).optional(),
    comparator: z.enum(['=', '≥', '≤', '>', '<']).optional(),
    /** For text answers: phrases the answer or its quotes must contain. */
    phrases: z.array(z.string().min(1)).optional(),
    /** Top-level heading the first citation must stand under. */
    section: z.string().min(1).optional(),
    /**
     * Other top-level headings that cite the same figure equally well (a PDF states the 三公 total both in its
     * table and in the prose that explains it). Extension of the brief's schema; optional.
     */
    sectionAlternatives: z.array(z.string().min(1)).optional(),
  })
  .superRefine((expectation, context) => {
    if (expectation.kind === 'numeric' && (expectation.amount === undefined || expectation.unit === undefined)) {
      context.addIssue({ code: 'custom', message: 'numeric expectations need amount and unit', path: ['amount'] });
    }
    if (expectation.kind === 'text' && (expectation.phrases === undefined || expectation.phrases.length === 0)) {
      context.addIssue({ code: 'custom', message: 'text expectations need at least one phrase', path: ['phrases'] });
    }
    if (expectation.kind === 'not_found' && (expectation.amount !== undefined || expectation.section !== undefined)) {
      context.addIssue({ code: 'custom', message: 'not_found expectations carry no amount or section', path: ['kind'] });
    }
  });
export type Expectation = z.infer<typeof expectationSchema>;

export const goldQuestionSchema = z
  .object({
    id: z.string().min(1),
    set: z.string().min(1),
    question: z.string().min(1).max(2000),
    lang: z.enum(['zh', 'en']),
    persona: z.enum(['public', 'press', 'staff']),
    kind: questionKindSchema,
    /** The document the asker selected in the page filter; absent for most questions. */
    docId: z.string().min(1).optional(),
    expect: expectationSchema,
    heldOut: z.boolean(),
    note: z.string().optional(),
  })
  .superRefine((question, context) => {
    if ((question.kind === 'not_found') !== (question.expect.kind === 'not_found')) {
      context.addIssue({ code: 'custom', message: 'kind not_found and expect.kind not_found go together', path: ['kind'] });
    }
  });
export type GoldQuestion = z.infer<typeof goldQuestionSchema>;

export class QuestionSetError extends Error {
  constructor(
    readonly fileName: string,
    readonly issues: string[],
  ) {
    super(`${fileName}: ${issues.join('; ')}`);
    this.name = 'QuestionSetError';
  }
}

/**
 * Parses one JSONL set file. Every line must be a valid question, its `set` must match the file's set name and its
 * `heldOut` flag must match the file's split, so a question can never leak from held-out into tuning by a typo.
 */
export function parseQuestionSet(input: { fileName: string; text: string }): GoldQuestion[] {
  const nameMatch = /([^/\\]+)\.(tuning|heldout)\.jsonl$/.exec(input.fileName);
  if (!nameMatch) throw new QuestionSetError(input.fileName, ['file name must end in .tuning.jsonl or .heldout.jsonl']);
  const [, setName, split] = nameMatch;
  const issues: string[] = [];
  const questions: GoldQuestion[] = [];
  input.text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      issues.push(`line ${index + 1}: not JSON`);
      return;
    }
    const result = goldQuestionSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(`line ${index + 1}: ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    if (result.data.set !== setName) issues.push(`line ${index + 1}: set "${result.data.set}" in file of set "${setName}"`);
    if (result.data.heldOut !== (split === 'heldout')) issues.push(`line ${index + 1}: heldOut does not match the ${split} file`);
    questions.push(result.data);
  });
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) issues.push(`duplicate id ${question.id}`);
    seen.add(question.id);
  }
  if (issues.length > 0) throw new QuestionSetError(input.fileName, issues);
  return questions;
}
