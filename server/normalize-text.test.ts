import { describe, expect, it } from 'vitest';
import { characterBigrams, normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('makes full-width and half-width brackets compare equal', () => {
    expect(normalizeText('因公出国（境）费')).toBe('因公出国境费');
    expect(normalizeText('因公出国(境)费')).toBe('因公出国境费');
  });
  it('drops Chinese quotes, so “三公”经费 matches 三公经费', () => {
    expect(normalizeText('“三公”经费')).toBe('三公经费');
  });
  it('folds full-width letters, digits and the ideographic space, and lower-cases', () => {
    expect(normalizeText('ＡＢＣ　１２')).toBe('abc12');
    expect(normalizeText('Hello, World!')).toBe('helloworld');
  });
  it('removes bookmark markers left by the text export', () => {
    expect(normalizeText('[bookmark:_Toc123]部门预算')).toBe('部门预算');
  });
  it('keeps decimal points out, like all punctuation', () => {
    expect(normalizeText('11.80万元')).toBe('1180万元');
  });
  it('returns an empty string for empty or punctuation-only text', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('（）、，。')).toBe('');
  });
});

describe('characterBigrams', () => {
  it('lists overlapping pairs of characters', () => {
    expect(characterBigrams('三公经费')).toEqual(['三公', '公经', '经费']);
  });
  it('keeps a one-character string whole and yields nothing for an empty one', () => {
    expect(characterBigrams('人')).toEqual(['人']);
    expect(characterBigrams('')).toEqual([]);
  });
  it('counts characters outside the basic plane as one character', () => {
    expect(characterBigrams('𠀀a')).toEqual(['𠀀a']);
  });
});
