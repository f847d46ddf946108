import { normalizeForComparison, topLevelHeading } from './score-answer.ts';

/** One retrieval run: the gold top-level heading(s) and the section paths of the results, best first. */
export interface RetrievalCase {
  goldSections: string[];
  resultSections: string[];
}

export interface RetrievalFigures {
  cases: number;
  /** Share of cases with a gold section among the first `k` results (0..1). */
  recallAtK: number;
  /** Mean over cases of 1/rank of the first gold result (0 when absent from the list). */
  meanReciprocalRank: number;
  k: number;
}

/** 1-based rank of the first result under a gold top-level heading, or undefined. */
export function firstGoldRank(retrievalCase: RetrievalCase): number | undefined {
  const golds = retrievalCase.goldSections.map(normalizeForComparison);
  const index = retrievalCase.resultSections.findIndex((section) => {
    const heading = normalizeForComparison(topLevelHeading(section));
    return heading.length > 0 && golds.some((gold) => heading === gold || heading.startsWith(gold));
  });
  return index === -1 ? undefined : index + 1;
}

/** Recall@k and MRR of the gold section over a list of retrieval cases. Pure; zero cases give zeros. */
export function retrievalMetrics(cases: readonly RetrievalCase[], k = 5): RetrievalFigures {
  if (cases.length === 0) return { cases: 0, recallAtK: 0, meanReciprocalRank: 0, k };
  let hits = 0;
  let reciprocalSum = 0;
  for (const retrievalCase of cases) {
    const rank = firstGoldRank(retrievalCase);
    if (rank !== undefined && rank <= k) hits += 1;
    if (rank !== undefined) reciprocalSum += 1 / rank;
  }
  return {
    cases: cases.length,
    recallAtK: round(hits / cases.length),
    meanReciprocalRank: round(reciprocalSum / cases.length),
    k,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
