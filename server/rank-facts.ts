import type { Fact } from '../ingest/model.ts';
import { scoreMeasure, type MeasureScore } from './match-measure.ts';

export interface RankedFact {
  fact: Fact;
  score: number;
  match: MeasureScore;
}

export interface RankOptions {
  /** Prefer level facts or change facts. */
  kind?: 'value' | 'change';
  /** The period asked for: a year, or undefined for the document's own year. */
  period?: number;
  /** The document's year, to tell the current period from others. */
  documentYear?: number | null;
  /** Keep only facts whose unit passes. */
  unitFilter?: (unit: string) => boolean;
  /** Question bigrams already explained by an earlier measure. */
  excluded?: Set<string>;
}

export const moneyUnits = new Set(['元', '万元', '亿元', '千元']);
export const isMoneyUnit = (unit: string): boolean => moneyUnits.has(unit);

function periodOf(fact: Fact, documentYear: number | null | undefined): number | '上年' | undefined {
  if (fact.period === undefined) return documentYear ?? undefined;
  return fact.period;
}

/** Facts ordered by how well they answer the question's measure, with kind and period preferences applied. */
export function rankFacts(question: string, facts: Fact[], options: RankOptions = {}): RankedFact[] {
  const wantedKind = options.kind ?? 'value';
  const ranked: RankedFact[] = [];
  for (const fact of facts) {
    if (options.unitFilter && !options.unitFilter(fact.unit)) continue;
    const match = scoreMeasure(question, fact, options.excluded);
    if (match.score <= 0) continue;
    let score = match.score;
    if (fact.kind !== wantedKind) score -= 0.35;
    const period = periodOf(fact, options.documentYear);
    const target = options.period ?? options.documentYear ?? undefined;
    if (fact.kind === 'value' && target !== undefined && period !== undefined && period !== target) score -= 0.3;
    // Sentences are quotable and state the figure the document stands behind; tables break ties.
    if (fact.origin === 'prose') score += 0.01;
    ranked.push({ fact, score, match });
  }
  return ranked.sort((left, right) => right.score - left.score || left.fact.label.length - right.fact.label.length);
}

/** The best fact if it is a credible answer: its label mostly present in the question. */
export function bestFact(ranked: RankedFact[], minimum = 0.5): RankedFact | undefined {
  const best = ranked[0];
  if (!best || best.score < minimum || best.match.labelCoverage < 0.6) return undefined;
  return best;
}
