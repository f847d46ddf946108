import type { AskRequest, AskResponse } from '../server/ask-contract.ts';
import type { SearchResult } from '../server/engine-contract.ts';
import type { GoldQuestion } from './question-schema.ts';
import { retrievalMetrics, type RetrievalCase, type RetrievalFigures } from './retrieval-metrics.ts';
import { scoreAnswer, type AnswerScore } from './score-answer.ts';

export type RetrievalMode = 'hybrid' | 'keyword' | 'vector';

/** The part of the engine the evaluation drives: `ask` is the same path as POST /api/ask. */
export interface EvaluatedEngine {
  ask(request: AskRequest): Promise<AskResponse>;
  retrieve?(query: { q: string; k: number; docId?: string; mode: RetrievalMode }): Promise<SearchResult[]>;
}

export interface RightOfTotal {
  right: number;
  total: number;
}

export interface Tally {
  questions: number;
  numeric: RightOfTotal;
  section: RightOfTotal;
  text: RightOfTotal;
  abstention: RightOfTotal;
  wronglyAbstained: number;
  errors: number;
}

export interface Miss {
  id: string;
  set: string;
  kind: string;
  heldOut: boolean;
  question: string;
  expected: string;
  got: string;
  failed: string[];
}

export interface EvalReport {
  overall: Tally;
  bySet: Record<string, { tuning: Tally; heldOut: Tally }>;
  byKind: Record<string, { tuning: Tally; heldOut: Tally }>;
  /** Per mode, per language; undefined when the engine has no `retrieve`. */
  retrieval?: Record<RetrievalMode, { zh: RetrievalFigures; en: RetrievalFigures }>;
  misses: Miss[];
}

function emptyTally(): Tally {
  const pair = (): RightOfTotal => ({ right: 0, total: 0 });
  return { questions: 0, numeric: pair(), section: pair(), text: pair(), abstention: pair(), wronglyAbstained: 0, errors: 0 };
}

function count(target: RightOfTotal, outcome: boolean | undefined): void {
  if (outcome === undefined) return;
  target.total += 1;
  if (outcome) target.right += 1;
}

function addToTally(tally: Tally, score: AnswerScore | undefined): void {
  tally.questions += 1;
  if (score === undefined) {
    tally.errors += 1;
    return;
  }
  count(tally.numeric, score.numericRight);
  count(tally.section, score.sectionRight);
  count(tally.text, score.phrasesRight);
  count(tally.abstention, score.abstainedRight);
  if (score.wronglyAbstained) tally.wronglyAbstained += 1;
}

/** Accuracy as a share 0..1; a check with no questions counts as met so an empty filter does not fail the run. */
export function accuracy(figure: RightOfTotal): number {
  return figure.total === 0 ? 1 : figure.right / figure.total;
}

function failedChecks(score: AnswerScore): string[] {
  const failed: string[] = [];
  if (score.numericRight === false) failed.push('numeric');
  if (score.sectionRight === false) failed.push('section');
  if (score.phrasesRight === false) failed.push('phrases');
  if (score.abstainedRight === false) failed.push('abstention');
  if (score.wronglyAbstained) failed.push('wrongly-abstained');
  return failed;
}

/**
 * Runs every question through `engine.ask` and, when the engine offers `retrieve`, the gold-section retrieval runs.
 * `resolveDocId` maps a gold file-stem docId to the engine's id. I/O (the engine) is passed in.
 */
export async function runEval(input: {
  engine: EvaluatedEngine;
  questions: readonly GoldQuestion[];
  resolveDocId?: (docId: string) => string | undefined;
  log?: (line: string) => void;
}): Promise<EvalReport> {
  const resolve = input.resolveDocId ?? ((docId: string) => docId);
  const report: EvalReport = { overall: emptyTally(), bySet: {}, byKind: {}, misses: [] };
  const retrievalCases: Record<RetrievalMode, { zh: RetrievalCase[]; en: RetrievalCase[] }> = {
    hybrid: { zh: [], en: [] },
    keyword: { zh: [], en: [] },
    vector: { zh: [], en: [] },
  };
  const retrieve = input.engine.retrieve?.bind(input.engine);

  for (const question of input.questions) {
    const docId = question.docId === undefined ? undefined : resolve(question.docId);
    let score: AnswerScore | undefined;
    let errorMessage = '';
    try {
      const response = await input.engine.ask({ question: question.question, ...(docId ? { docId } : {}) });
      score = scoreAnswer(question.expect, response);
    } catch (error) {
      errorMessage = error instanceof Error ? error.message : String(error);
      input.log?.(`error on ${question.id}: ${errorMessage}`);
    }
    const split = question.heldOut ? 'heldOut' : 'tuning';
    report.bySet[question.set] ??= { tuning: emptyTally(), heldOut: emptyTally() };
    report.byKind[question.kind] ??= { tuning: emptyTally(), heldOut: emptyTally() };
    addToTally(report.overall, score);
    addToTally(report.bySet[question.set][split], score);
    addToTally(report.byKind[question.kind][split], score);
    const failed = score ? failedChecks(score) : ['error'];
    if (failed.length > 0) {
      report.misses.push({
        id: question.id,
        set: question.set,
        kind: question.kind,
        heldOut: question.heldOut,
        question: question.question,
        expected: score?.expected ?? question.expect.kind,
        got: score?.got ?? `error: ${errorMessage}`,
        failed,
      });
    }

    const goldSection = question.expect.section;
    if (retrieve && goldSection !== undefined) {
      for (const mode of ['hybrid', 'keyword', 'vector'] as const) {
        try {
          const results = await retrieve({ q: question.question, k: 10, mode, ...(docId ? { docId } : {}) });
          retrievalCases[mode][question.lang].push({
            goldSections: [goldSection, ...(question.expect.sectionAlternatives ?? [])],
            resultSections: results.map((result) => result.section),
          });
        } catch (error) {
          input.log?.(`retrieve ${mode} failed on ${question.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }

  if (retrieve) {
    const figures = (mode: RetrievalMode) => ({
      zh: retrievalMetrics(retrievalCases[mode].zh, 5),
      en: retrievalMetrics(retrievalCases[mode].en, 5),
    });
    report.retrieval = { hybrid: figures('hybrid'), keyword: figures('keyword'), vector: figures('vector') };
  }
  return report;
}
