import { describe, expect, it } from 'vitest';
import { linePartAloneAsked, sharedLinePartAsked } from './line-part-alone.ts';

const none = () => false;

describe('linePartAloneAsked', () => {
  it('reads one part of the cars running costs asked alone, by a word beside it or set apart from another part', () => {
    expect(linePartAloneAsked('How much does the bureau budget just for fuel for its official cars, separate from maintenance and repairs?', 'en', none)).toBe("official cars' fuel alone");
    expect(linePartAloneAsked('What do its official cars cost in insurance alone?', 'en', none)).toBe("official cars' insurance alone");
    expect(linePartAloneAsked('廊坊市信访局2022年公车光加油要花多少钱？', 'zh', none)).toBe('公务用车燃料费（单列）');
    expect(linePartAloneAsked('公车的油费，不含维修，是多少？', 'zh', none)).toBe('公务用车燃料费（单列）');
  });
  it('leaves the parts together, the parts as examples, other things and a part some line is labelled with', () => {
    expect(linePartAloneAsked('How much for fuel and repairs of its official cars?', 'en', none)).toBeUndefined();
    expect(linePartAloneAsked('How much for running its official cars (fuel, repairs, insurance), not including buying new ones?', 'en', none)).toBeUndefined();
    expect(linePartAloneAsked('公车加油修车的钱是多少？', 'zh', none)).toBeUndefined();
    expect(linePartAloneAsked('How much is spent just on building repairs?', 'en', none)).toBeUndefined();
    expect(linePartAloneAsked('公车光加油要花多少钱？', 'zh', (word) => word === '燃料')).toBeUndefined();
  });
});

describe('sharedLinePartAsked', () => {
  const labels = () => ['市联合接访中心保洁、保安等专项经费', '聘用保安、保洁总成本', '市联合接访中心办公用房租赁经费'];
  const render = (english: string) => (/guard/.test(english) ? '保安' : /cleaner/.test(english) ? '保洁' : undefined);
  it('refuses one of two things every line names together, asked without the other', () => {
    expect(sharedLinePartAsked('how much goes to the security guards alone, not counting the cleaners?', 'en', render, labels)).toBe('保安（不含保洁）');
    expect(sharedLinePartAsked('光是保安的钱，不算保洁，是多少？', 'zh', render, labels)).toBe('保安（不含保洁）');
  });
  it('leaves a thing some line names alone', () => {
    expect(sharedLinePartAsked('光是房租的钱，不算保洁，是多少？', 'zh', render, () => ['房租', '保洁费'])).toBeUndefined();
  });
});
