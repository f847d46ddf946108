import { describe, expect, it } from 'vitest';
import { fuseRankings } from './fuse-rankings.ts';

describe('fuseRankings', () => {
  it('puts an item both lists rank high above items only one list has', () => {
    const fused = fuseRankings([
      ['a', 'b', 'c'],
      ['b', 'd', 'a'],
    ]);
    expect(fused.map((item) => item.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(fused[0].score).toBeCloseTo(1 / 61 + 1 / 62);
  });
  it('lets a weaker list count for less', () => {
    const fused = fuseRankings([['a', 'b'], ['b', 'a']], { weights: [1, 0.5] });
    expect(fused.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('handles empty lists and limits', () => {
    expect(fuseRankings([])).toEqual([]);
    expect(fuseRankings([['x', 'y', 'z']], { limit: 2 }).map((item) => item.id)).toEqual(['x', 'y']);
  });
});
