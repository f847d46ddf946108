import { describe, expect, it } from 'vitest';
import { createInitialsSpeller } from './pinyin-initials.ts';

const pinyin: Record<string, string> = { 机: 'ji', 关: 'guan', 运: 'yun', 行: 'xing', 经: 'jing', 费: 'fei', 政: 'zheng', 府: 'fu', 采: 'cai', 购: 'gou', 基: 'ji', 本: 'ben', 支: 'zhi', 出: 'chu', 建: 'jian', 设: 'she' };
const spell = createInitialsSpeller(['机关运行经费', '政府采购', '基本支出', '基本建设'], (character) => pinyin[character]);

describe('createInitialsSpeller', () => {
  it('writes out a budget term typed by its pinyin initials inside a Chinese question', () => {
    expect(spell('预算里写的jgyx经费到底指啥')).toBe('预算里写的机关运行经费到底指啥');
    expect(spell('万里街道zfcg预算多少')).toBe('万里街道政府采购预算多少');
    expect(spell('JGYXJF是什么')).toBe('机关运行经费是什么');
  });
  it('writes out a term typed in full pinyin, or its first characters before the rest in characters', () => {
    expect(spell('廊坊信访局2022年 jiguan yunxing 经费多少')).toBe('廊坊信访局2022年 机关运行 经费多少');
    expect(spell('万里街道 zhengfu caigou 一共多少')).toBe('万里街道 政府采购 一共多少');
    // An alias spelled alike is written as its entry's own name.
    const named = createInitialsSpeller(['机关运行经费', '机关运行费用'], (character) => ({ ...pinyin, 用: 'yong' })[character], () => '机关运行经费');
    expect(named('2022年 jiguan yunxing jingfei 多少')).toBe('2022年 机关运行经费 多少');
    // Short runs and English words are left as typed.
    expect(spell('万里街道 office rent 多少')).toBe('万里街道 office rent 多少');
  });
  it('leaves letters that name no term, or more than one, and English questions, as typed', () => {
    expect(spell('jbjs和jbzc')).toBe('基本建设和基本支出');
    expect(spell('万里街道abc预算')).toBe('万里街道abc预算');
    expect(spell('How much is jgyx?')).toBe('How much is jgyx?');
    expect(spell('How much 机关运行经费 did they get in 2025?')).toBe('How much 机关运行经费 did they get in 2025?');
  });
});
