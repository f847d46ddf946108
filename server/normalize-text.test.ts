import { describe, expect, it } from 'vitest';
import { characterBigrams, comparedText, normalizeText, termForm } from './normalize-text.ts';

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

describe('comparedText', () => {
  it('folds joining words between two terms, and writes a label in the question\'s form of 运行维护 / 运维', () => {
    expect(comparedText('公车的购置和运行维护')).toBe('公车的购置及运行维护');
    expect(comparedText('公务用车购置及运维费', termForm('公车的购置和运行维护'))).toBe('公务用车购置及运行维护费');
    expect(comparedText('平台运行维护经费', termForm('平台运维多少'))).toBe('平台运维经费');
    expect(comparedText('平台运行维护经费', termForm('平台多少'))).toBe('平台运行维护经费');
    expect(termForm('三公经费')).toBeUndefined();
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
