import { describe, expect, it } from 'vitest';
import { verifyNumbers } from './verify-numbers.ts';

describe('verifyNumbers', () => {
  it('accepts numbers that the evidence holds, whatever their formatting', () => {
    expect(verifyNumbers('公务用车运维费为11.8万元，即118000元。', ['11.80万元 (118,000 yuan)'])).toEqual({ ok: true, unknown: [] });
  });
  it('rejects a number the evidence does not hold', () => {
    expect(verifyNumbers('The budget is 999万元.', ['11.80万元'])).toEqual({ ok: false, unknown: ['999'] });
    expect(verifyNumbers('增加了12.5%', ['12.30万元'])).toEqual({ ok: false, unknown: ['12.5'] });
  });
});
