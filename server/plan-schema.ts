import { z } from 'zod';

/**
 * What a question asks, in a form the deterministic executor runs. The planner builds it without a model; the
 * optional model path may produce one too (validated by this schema), and the same executor runs it.
 */
export const intentSchema = z.enum([
  'lookup', // one figure
  'total', // sum of named parts
  'difference', // a - b between two named items
  'change', // stated change of one item against the previous period
  'previous_year', // the previous period's figure, derived from a stated change
  'share', // part / whole as a percentage
  'average', // amount / count
  'comparison', // which of two items is larger, and by how much
  'max', // the largest of a group (最贵, 最多)
  'min',
  'list', // parts of a whole, or what money is used for
  'definition', // 名词解释
  'text', // anything else: answer with the passages that hold it
]);
export type Intent = z.infer<typeof intentSchema>;

export const planSchema = z.object({
  intent: intentSchema,
  /** Measure phrases in Chinese (document vocabulary where possible), in the order the question names them. */
  measures: z.array(z.string().min(1).max(80)).max(6).default([]),
  /** Years the question names (2022), in order. */
  years: z.array(z.number().int().min(1900).max(2100)).max(4).default([]),
  /** The question asks about the previous period without naming it ("去年", "last year"). */
  previousPeriod: z.boolean().default(false),
  /** The unit the asker wants money in, when they say so. */
  unitWanted: z.enum(['万元', '元']).optional(),
});
export type Plan = z.infer<typeof planSchema>;
