import { describe, expect, it } from 'vitest';
import { sanGongNamedByParts } from './san-gong-parts.ts';

describe('sanGongNamedByParts', () => {
  it('reads the three parts named together as 三公经费', () => {
    expect(sanGongNamedByParts('信访局 公务用车购置及运维费 公务接待费 因公出国（境）费 上年 减少 2021年')).toBe('三公经费 信访局 上年 减少 2021年');
    expect(sanGongNamedByParts('出国、公车和接待那几项去年是多少')).toMatch(/^三公经费 /);
    expect(sanGongNamedByParts('出国、公车和接待那几项去年是多少')).not.toMatch(/出国|公车|接待/);
  });

  it('leaves a question naming two parts, or the whole, as it is', () => {
    expect(sanGongNamedByParts('公务用车购置及运维费和公务接待费去年是多少')).toBe('公务用车购置及运维费和公务接待费去年是多少');
    expect(sanGongNamedByParts('三公经费里出国、公车和接待各多少')).toBe('三公经费里出国、公车和接待各多少');
  });
  it('reads 招待 and 请客 as the hosting part', () => {
    expect(sanGongNamedByParts('公车、招待、出国这几样加一块')).toMatch(/^三公经费/);
    expect(sanGongNamedByParts('公车和招待加一块')).toBe('公车和招待加一块');
  });
});
