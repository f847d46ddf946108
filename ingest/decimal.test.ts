import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  divideDecimals,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  roundDecimal,
  subtractDecimals,
} from './decimal.ts';

const d = (text: string) => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`bad literal ${text}`);
  return value;
};

describe('decimal', () => {
  it('parses thousands separators exactly', () => {
    expect(formatDecimal(d('96,282,213.44'))).toBe('96282213.44');
    expect(parseDecimal('12.3.4')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
  });
  it('adds without floating point residue', () => {
    expect(formatDecimal(addDecimals(d('0'), d('11.80'), d('0.5')))).toBe('12.30');
    expect(formatDecimal(addDecimals(d('9.683'), d('9.683')))).toBe('19.366');
    expect(formatDecimal(subtractDecimals(d('12.30'), d('22.78')))).toBe('-10.48');
  });
  it('divides with half-up rounding and refuses zero', () => {
    expect(formatDecimal(divideDecimals(d('96.83'), d('5'), 2)!)).toBe('19.37');
    expect(formatDecimal(divideDecimals(d('881.31'), d('2115.46'), 4)!)).toBe('0.4166');
    expect(divideDecimals(d('1'), d('0'), 2)).toBeUndefined();
    expect(formatDecimal(divideDecimals(d('-1'), d('3'), 2)!)).toBe('-0.33');
  });
  it('multiplies and rounds', () => {
    expect(formatDecimal(multiplyDecimals(d('11.80'), d('10000')))).toBe('118000.00');
    expect(formatDecimal(roundDecimal(d('1.005'), 2))).toBe('1.01');
    expect(formatDecimal(d('1234567.5'), { grouping: true })).toBe('1,234,567.5');
  });
});
