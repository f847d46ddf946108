import { describe, expect, it } from 'vitest';
import { linePartAloneAsked } from './line-part-alone.ts';

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
