/**
 * Reciprocal rank fusion: each list votes 1 / (k + rank) for its items, so an item both retrievers rank high wins
 * without comparing their incomparable scores. Pure.
 */
export function fuseRankings(
  rankings: string[][],
  options: { k?: number; limit?: number; weights?: number[] } = {},
): Array<{ id: string; score: number }> {
  const k = options.k ?? 60;
  const scores = new Map<string, number>();
  rankings.forEach((ranking, list) => {
    const weight = options.weights?.[list] ?? 1;
    ranking.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + index + 1)));
  });
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((left, right) => right.score - left.score || left.id.localeCompare(right.id))
    .slice(0, options.limit ?? scores.size);
}
