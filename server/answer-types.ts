import type { Decimal } from '../ingest/decimal.ts';
import type { Comparator, Fact, ParsedDocument } from '../ingest/model.ts';
import type { Intent } from './plan-schema.ts';

/** One number that went into a computation, with the fact it came from. */
export interface Operand {
  label: string;
  value: Decimal;
  unit: string;
  fact: Fact;
}

export interface Check {
  ok: boolean;
  message: string;
}

/** A passage that answers a text question, verbatim. */
export interface Passage {
  docId: string;
  blockId: string;
  quote: string;
  section: string[];
  row?: number;
  /** For list answers drawn from table rows: the row's item name. */
  item?: string;
}

export interface NumericResult {
  kind: 'numeric';
  intent: Intent;
  /** What the value measures, in the document's words (`公务用车购置及运维费`, `车辆平均价值`). */
  subject: string;
  value: Decimal;
  unit: string;
  comparator: Comparator;
  /** The period the value stands for. */
  period?: number | '上年';
  /** A year's figure shared over its months or quarters: the divisor (12, 4) is the calendar's, not an operand. */
  perPeriod?: '月' | '季度';
  /** An average over years (每年平均): each operand is one year's figure, not an amount and a count. */
  perYear?: boolean;
  /** The day a stock is counted on (截至2024年8月31日共有车辆8辆), when the figure's sentence names one. */
  asOf?: { year: number; month: number; day: number };
  operands: Operand[];
  formula?: string;
  checks: Check[];
  /** Evidence in citation order. */
  facts: Fact[];
  direction?: 'increase' | 'decrease' | 'flat';
  basePeriod?: number | '上年';
  /** For comparisons and max/min: the winning item, and the others. */
  winner?: string;
  others?: string[];
  /** Documents used when a computation spans several (cross-year). */
  documents?: ParsedDocument[];
  /** How well the question's measure matched the document's labels (the best rank score), to pick among documents. */
  confidence?: number;
}

export interface TextResult {
  kind: 'text';
  intent: Intent;
  subject?: string;
  passages: Passage[];
  /** Facts listed (parts of a whole), when the answer is a list of figures. */
  facts: Fact[];
  checks: Check[];
}

export interface NotFoundResult {
  kind: 'not_found';
  /** Why: a term the documents do not contain, a year not covered, no matching figure. */
  reason: 'uncovered_term' | 'year_not_covered' | 'no_matching_fact' | 'no_document' | 'no_passage';
  detail?: string;
  /** Topics the documents do cover nearby (labels or section headings). */
  nearby: string[];
  /** The thing asked is only one of the uses a line's sentence lists (办公用房物业管理费 of 机关运行经费 95.17万元). */
  listedIn?: { use: string; line: string; display: string };
}

export type ExecutionResult = NumericResult | TextResult | NotFoundResult;
