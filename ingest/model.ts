import { z } from 'zod';

/**
 * The one document model every reader feeds. Readers produce `RawBlock`s (paragraphs and cell grids, in reading
 * order); everything after that (section tree, table rebuilding, facts, chunks) is shared and pure.
 */

/** Where a block came from in its file, for error messages and citations. */
export const sourcePlaceSchema = z.object({
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
});
export type SourcePlace = z.infer<typeof sourcePlaceSchema>;

export const rawCellSchema = z.object({
  text: z.string(),
  /** Columns this cell spans (Word gridSpan, HTML colspan). Defaults to 1. */
  colSpan: z.number().int().positive().optional(),
  /** Rows this cell spans (HTML rowspan, Word vMerge restart). Defaults to 1. */
  rowSpan: z.number().int().positive().optional(),
  /** True when the reader knows this cell continues a vertical merge from the row above (Word vMerge continue). */
  mergedFromAbove: z.boolean().optional(),
});
export type RawCell = z.infer<typeof rawCellSchema>;

export const rawBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    text: z.string(),
    /** A reader that knows the block is a heading (Word heading style, <h2>) says so; numbering decides otherwise. */
    headingLevel: z.number().int().positive().optional(),
    place: sourcePlaceSchema,
  }),
  z.object({
    kind: z.literal('table'),
    rows: z.array(z.array(rawCellSchema)),
    place: sourcePlaceSchema,
  }),
]);
export type RawBlock = z.infer<typeof rawBlockSchema>;

/** A reader turns one file's bytes into raw blocks. PDF, .docx, .html and the .docx text export all implement it. */
export interface DocumentReader {
  /** File extensions (lower case, with dot) this reader accepts, e.g. ['.txt']. */
  readonly extensions: readonly string[];
  read(input: { fileName: string; bytes: Uint8Array }): Promise<RawBlock[]>;
}

export const comparatorSchema = z.enum(['=', '≥', '≤', '>', '<']);
export type Comparator = z.infer<typeof comparatorSchema>;

export const tableSchema = z.object({
  title: z.string(),
  /** Unit stated for the whole table (`单位：万元`), if any. */
  unit: z.string().optional(),
  /** Header rows as they stand, after filling merged cells. */
  headerRows: z.array(z.array(z.string())),
  /** One label per column: the header rows joined top-down (`预算资金 > 一般公共预算拨款`). */
  columns: z.array(z.string()),
  /** Body rows, every row as wide as `columns`; vertically merged cells filled down. */
  rows: z.array(z.array(z.string())),
  /** Free text boxes inside the table that are not grid rows (a performance table's 绩效目标 box). */
  notes: z.array(z.object({ label: z.string(), text: z.string() })).default([]),
});
export type Table = z.infer<typeof tableSchema>;

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('heading'),
    text: z.string(),
    level: z.number().int().nonnegative(),
    /** Full heading path including this heading, top-level first. */
    path: z.array(z.string()),
    place: sourcePlaceSchema,
  }),
  z.object({
    id: z.string(),
    kind: z.literal('paragraph'),
    text: z.string(),
    path: z.array(z.string()),
    place: sourcePlaceSchema,
  }),
  z.object({
    id: z.string(),
    kind: z.literal('table'),
    table: tableSchema,
    path: z.array(z.string()),
    place: sourcePlaceSchema,
  }),
]);
export type Block = z.infer<typeof blockSchema>;
export type TableBlock = Extract<Block, { kind: 'table' }>;

export const documentKindSchema = z.enum(['预算', '决算', '其他']);

export const documentMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  year: z.number().int().nullable(),
  kind: documentKindSchema,
  fileName: z.string(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** Where a fact or chunk stands: the block, and for tables the row and column. */
export const factSourceSchema = z.object({
  blockId: z.string(),
  /** Body row index in the table (0-based), for table facts. */
  row: z.number().int().nonnegative().optional(),
  /** Column label, for table facts. */
  column: z.string().optional(),
  /** Verbatim text of the place: the sentence (prose) or the cell/row text (tables). */
  quote: z.string(),
});
export type FactSource = z.infer<typeof factSourceSchema>;

export const factSchema = z.object({
  id: z.string(),
  docId: z.string(),
  /** What the number measures, in the document's own words (`公务用车购置及运维费`, `聘请话务员数量`). */
  label: z.string(),
  /** Extra context words that help matching: column label, row group, table title. */
  context: z.array(z.string()).default([]),
  /** The number exactly as written, normalised (no thousands separators): "11.80", "96282213.44". */
  text: z.string(),
  amount: z.number(),
  unit: z.string(),
  comparator: comparatorSchema.default('='),
  /** A year (2022), or "上年" when the document says only "previous year". Absent means the document's own year. */
  period: z.union([z.number().int(), z.literal('上年')]).optional(),
  /** `value`: a level; `change`: a stated change relative to another period. */
  kind: z.enum(['value', 'change']).default('value'),
  /** For change facts. */
  direction: z.enum(['increase', 'decrease', 'flat']).optional(),
  /** Period a change is measured against (2021, '上年'). */
  basePeriod: z.union([z.number().int(), z.literal('上年')]).optional(),
  /** Fact id of the whole this fact is stated as part of (`其中：`, sub-rows). */
  partOf: z.string().optional(),
  section: z.array(z.string()),
  source: factSourceSchema,
  /** Where the fact came from: a table cell or a prose sentence. */
  origin: z.enum(['table', 'prose']),
  tableTitle: z.string().optional(),
  /** Other facts stating the same figure elsewhere in the document (prose and its table): cite both. */
  sameAs: z.array(z.string()).optional(),
  /** Facts that state the same measure with a different figure: shown as a failed check. */
  conflictsWith: z.array(z.string()).optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const chunkSchema = z.object({
  id: z.string(),
  docId: z.string(),
  kind: z.enum(['passage', 'row']),
  section: z.array(z.string()),
  blockIds: z.array(z.string()),
  /** Text that is embedded and shown: for rows, a sentence made of title, headers and cells. */
  text: z.string(),
  table: z.object({ blockId: z.string(), row: z.number().int().nonnegative(), title: z.string() }).optional(),
});
export type Chunk = z.infer<typeof chunkSchema>;

export const parsedDocumentSchema = z.object({
  meta: documentMetaSchema,
  blocks: z.array(blockSchema),
  facts: z.array(factSchema),
  chunks: z.array(chunkSchema),
});
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;
