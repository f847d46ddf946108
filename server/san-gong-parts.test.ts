import { describe, expect, it } from 'vitest';
import { carsNamedByParts, sanGongNamedByParts } from './san-gong-parts.ts';

describe('sanGongNamedByParts', () => {
  it('reads the three parts named together as 三公经费', () => {
    expect(sanGongNamedByParts('信访局 公务用车购置及运维费 公务接待费 因公出国（境）费 上年 减少 2021年')).toBe('三公经费 信访局 上年 减少 2021年');
    // Beside the whole, the three parts spell it out and go.
    expect(sanGongNamedByParts('区政府办公室 三公经费 因公出国（境）费 公务用车购置及运维费 预算 公务接待费 2025年')).toBe('区政府办公室 三公经费 预算 2025年');
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

describe('carsNamedByParts', () => {
  it('reads buying and running cars named together as the whole cars line', () => {
    expect(carsNamedByParts('买车、用车的钱2024年是多少').startsWith('公务用车购置及运行费')).toBe(true);
    expect(carsNamedByParts('买车加养车一共多少').startsWith('公务用车购置及运行费')).toBe(true);
  });
  it('leaves one part, or the whole already named, as it is', () => {
    expect(carsNamedByParts('买车的钱2024年是多少')).toBe('买车的钱2024年是多少');
    expect(carsNamedByParts('公务用车购置费是多少')).toBe('公务用车购置费是多少');
    expect(carsNamedByParts('公务用车购置及运行费是多少')).toBe('公务用车购置及运行费是多少');
  });
});
