import { z } from 'zod';
import type { AskRequest, AskResponse } from './ask-contract.ts';

/** What the HTTP layer needs from the question-answering engine. The app receives an Engine; tests pass a fake. */

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(2000),
  k: z.coerce.number().int().min(1).max(100).default(10),
  docId: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z.object({
  /** A source id: open it with GET /api/sources/:id. */
  id: z.string(),
  docId: z.string(),
  /** Full heading path joined with " > ". */
  section: z.string(),
  text: z.string(),
  score: z.number(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  year: z.number().int().nullable(),
  kind: z.string(),
  sections: z.number().int(),
  tables: z.number().int(),
  facts: z.number().int(),
  chunks: z.number().int(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/**
 * A cited place, for the page to show beside an answer. Source ids: `<docId>#<blockId>` for a block,
 * `<docId>#<blockId>:r<row>` for a table row (0-based body row), `<docId>#<blockId>:r<row>:c<column>` for a cell.
 */
export const sourceViewSchema = z.object({
  id: z.string(),
  docId: z.string(),
  docTitle: z.string(),
  section: z.string(),
  sectionPath: z.array(z.string()),
  kind: z.enum(['passage', 'table']),
  /** Passage text (the whole paragraph), or for tables the table title. */
  text: z.string(),
  /** The part of `text` to highlight, verbatim. */
  highlight: z.string().optional(),
  /** Neighbouring paragraphs of the same section, for context. */
  context: z.array(z.string()).optional(),
  table: z
    .object({
      title: z.string(),
      unit: z.string().optional(),
      headerRows: z.array(z.array(z.string())),
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      highlightRow: z.number().int().optional(),
      highlightColumn: z.number().int().optional(),
    })
    .optional(),
});
export type SourceView = z.infer<typeof sourceViewSchema>;

export interface Engine {
  ask(request: AskRequest): Promise<AskResponse>;
  search(query: SearchQuery): Promise<SearchResult[]>;
  documents(): DocumentSummary[];
  source(id: string): SourceView | undefined;
  /** True when docId names an ingested document. */
  hasDocument(docId: string): boolean;
}
