import { z } from 'zod';

/** The public HTTP contract of `/api/ask` (see DESIGN.md). Web page, eval and tests rely on it. */

export const askRequestSchema = z.object({
  question: z
    .string({ error: 'question must be a string' })
    .trim()
    .min(1, 'question must not be empty')
    .max(2000, 'question must be at most 2000 characters'),
  docId: z.string().min(1).max(200).optional(),
  unit: z.string().min(1).max(200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  mode: z.enum(['answer', 'draft']).optional(),
});
export type AskRequest = z.infer<typeof askRequestSchema>;

export const amountValueSchema = z.object({
  amount: z.number(),
  unit: z.string(),
  comparator: z.enum(['=', '≥', '≤', '>', '<']),
  display: z.string(),
});

export const citationSchema = z.object({
  id: z.string(),
  docId: z.string(),
  docTitle: z.string(),
  section: z.string(),
  quote: z.string(),
  table: z.object({ title: z.string(), row: z.number().int(), column: z.string().optional() }).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const askResponseSchema = z.object({
  kind: z.enum(['numeric', 'text', 'not_found']),
  answer: z.string(),
  lang: z.enum(['zh', 'en']),
  value: amountValueSchema.optional(),
  calculation: z
    .object({
      formula: z.string(),
      operands: z.array(
        z.object({ label: z.string(), amount: z.number(), unit: z.string(), citationId: z.string() }),
      ),
    })
    .optional(),
  citations: z.array(citationSchema),
  checks: z.array(z.object({ ok: z.boolean(), message: z.string() })),
  /** Which document answered, and other documents that could have (extension of the contract). */
  document: z.object({ id: z.string(), title: z.string() }).optional(),
  alternatives: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
});
export type AskResponse = z.infer<typeof askResponseSchema>;
