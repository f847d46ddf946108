import { describe, expect, it } from 'vitest';
import { withCantoneseWritten } from './cantonese-written.ts';

describe('withCantoneseWritten', () => {
  it('writes Cantonese question words and particles in standard written Chinese', () => {
    expect(withCantoneseWritten('今年三公经费系几多？')).toBe('今年三公经费是多少？');
    expect(withCantoneseWritten('佢哋嘅公务车用咗几多钱？')).toBe('他们的公务车用了多少钱？');
    expect(withCantoneseWritten('系咪冇出国经费？')).toBe('是不是没有出国经费？');
    expect(withCantoneseWritten('边个项目啲钱最多？')).toBe('哪个项目的钱最多？');
    expect(withCantoneseWritten('呢啲钱用嚟做咩？')).toBe('这些钱用嚟做什么？');
  });

  it('keeps 系 inside a word, and leaves a text with no Cantonese marker alone', () => {
    expect(withCantoneseWritten('联系电话系几多？')).toBe('联系电话是多少？');
    expect(withCantoneseWritten('体系建设经费系几多')).toBe('体系建设经费是多少');
    // Formal Mandarin's 系 (该项支出系…) without any Cantonese marker stays as written.
    expect(withCantoneseWritten('该项支出系上年结转资金')).toBe('该项支出系上年结转资金');
  });
});
