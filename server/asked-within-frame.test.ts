import { describe, expect, it } from 'vitest';
import { askedWithinFrame } from './asked-within-frame.ts';

describe('askedWithinFrame', () => {
  it('finds a word asked about after a lead clause that frames where to look', () => {
    expect(askedWithinFrame("Within the office's 2025 budget for trips abroad, how much is earmarked for overseas hotel accommodation?", 'hotel')).toBe(true);
    expect(askedWithinFrame('Out of the three public expenses, how much goes to advertising?', 'advertising')).toBe(true);
    // 'Of the …,' opens many share questions whose later words are the asker's own; it is not read as a frame.
    expect(askedWithinFrame('Of the three public expenses, what share goes to cars?', 'share')).toBe(false);
  });
  it('is false for a word in the frame itself, or without a lead frame', () => {
    expect(askedWithinFrame("Within the office's budget for trips abroad, how much is for hotels?", 'abroad')).toBe(false);
    expect(askedWithinFrame('How much is earmarked for overseas hotel accommodation?', 'hotel')).toBe(false);
  });
});
