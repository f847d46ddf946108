import { describe, expect, it } from 'vitest';
import { askedWithinFrame, askedWithinFrameZh } from './asked-within-frame.ts';

describe('askedWithinFrame', () => {
  it('finds a word asked about after a lead clause that frames where to look', () => {
    expect(askedWithinFrame("Within the office's 2025 budget for trips abroad, how much is earmarked for overseas hotel accommodation?", 'hotel')).toBe(true);
    expect(askedWithinFrame('Out of the three public expenses, how much goes to advertising?', 'advertising')).toBe(true);
    // 'Of the …,' opens many share questions whose later words are the asker's own; it is not read as a frame.
    expect(askedWithinFrame('Of the three public expenses, what share goes to cars?', 'share')).toBe(false);
  });
  it('finds a word asked about in what "how much of that" spends', () => {
    expect(askedWithinFrame('The office has a big budget for trips abroad. How much of that is just for the plane tickets?', 'plane')).toBe(true);
    expect(askedWithinFrame('The office has a big budget for trips abroad. How much of that is just for the plane tickets?', 'abroad')).toBe(false);
  });
  it('is false for a word in the frame itself, or without a lead frame', () => {
    expect(askedWithinFrame("Within the office's budget for trips abroad, how much is for hotels?", 'abroad')).toBe(false);
    expect(askedWithinFrame('How much is earmarked for overseas hotel accommodation?', 'hotel')).toBe(false);
  });
});

describe('askedWithinFrameZh', () => {
  it('reads money for buying a thing inside a line (办公费里买打印纸的钱) as that thing asked', () => {
    expect(askedWithinFrameZh('万里街道25年办公费里买打印纸和硒鼓的钱是多少？', '打印纸')).toBe(true);
    expect(askedWithinFrameZh('普陀区商务委2025年办公费里，买打印纸和耗材具体安排了多少？', '耗材')).toBe(true);
    expect(askedWithinFrameZh('万里街道2025年办公费里，买打印纸和硒鼓具体花多少？', '硒鼓')).toBe(true);
  });
  it('reads nothing else that way: an aside after the frame, or a word outside what is bought', () => {
    expect(askedWithinFrameZh('三公经费里，出国那块占多少比例，保留两位小数', '小数')).toBe(false);
    expect(askedWithinFrameZh('办公费里买打印纸的钱是多少，稿子要用', '稿子')).toBe(false);
  });
});
