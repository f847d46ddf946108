import { describe, expect, it } from 'vitest';
import { cjkBigrams, isHan, segmentText, wordTags } from './segment-text.ts';

describe('segmentText', () => {
  it('keeps budget terms whole and also emits their parts', () => {
    const tokens = segmentText('公务用车购置及运维费');
    expect(tokens).toContain('公务用车购置及运维费');
    expect(tokens).toContain('公务');
    expect(tokens).toContain('运维费');
  });

  it('keeps a bracketed term whole in text and query alike', () => {
    expect(segmentText('因公出国（境）费')).toContain('因公出国境费');
    expect(segmentText('因公出国(境)费')).toContain('因公出国境费');
  });

  it('keeps decimal numbers and thousands-separated numbers as one token', () => {
    expect(segmentText('合计12.30万元，共96,282,213.44元')).toEqual(['合计', '12.30', '万元', '共', '96282213.44', '元']);
  });

  it('turns full-width digits into ASCII digits', () => {
    expect(segmentText('２０２２年')).toEqual(['2022', '年']);
  });

  it('lower-cases ASCII words and drops English stop words and punctuation', () => {
    expect(segmentText('Cost of the Official Vehicles!')).toEqual(['cost', 'official', 'vehicles']);
  });

  it('drops Chinese stop words and punctuation', () => {
    expect(segmentText('收入和支出的情况。')).toEqual(['收入', '支出', '情况']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText('，。；：  \n\t')).toEqual([]);
  });
});

describe('cjkBigrams', () => {
  it('pairs adjacent Han characters and never across other characters', () => {
    expect(cjkBigrams('公务用车a运维')).toEqual(['公务', '务用', '用车', '运维']);
  });

  it('returns nothing without two adjacent Han characters', () => {
    expect(cjkBigrams('a1 车')).toEqual([]);
  });
});

describe('isHan', () => {
  it('is true for ideographs, extension A and compatibility ideographs only', () => {
    const codes = (text: string) => Array.from(text, (character) => character.codePointAt(0)!);
    expect(codes('预算㐀豈').map(isHan)).toEqual([true, true, true, true]);
    expect(codes('aZ9，。（カ가').map(isHan)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('wordTags', () => {
  it('tags time words, adverbs and nouns with jieba part-of-speech classes', () => {
    const tags = wordTags('公车平时用的钱，日常广告费');
    expect(tags.get('平时')).toBe('t');
    expect(tags.get('日常')).toBe('d');
    expect(tags.get('广告费')).toBe('n');
  });
});
