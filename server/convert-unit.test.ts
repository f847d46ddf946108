import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from '../ingest/decimal.ts';
import { convertUnit, trimDecimal } from './convert-unit.ts';

const d = (text: string) => parseDecimal(text)!;

describe('convertUnit', () => {
  it('converts 元 to 万元 and back exactly', () => {
    expect(formatDecimal(trimDecimal(convertUnit(d('96,282,213.44'), '元', '万元')!, 2))).toBe('9628.221344');
    expect(formatDecimal(convertUnit(d('11.80'), '万元', '元')!)).toBe('118000.00');
    expect(formatDecimal(trimDecimal(convertUnit(d('379100'), '元', '万元')!, 2))).toBe('37.91');
  });
  it('refuses units that are not money', () => {
    expect(convertUnit(d('5'), '辆', '万元')).toBeUndefined();
    expect(formatDecimal(convertUnit(d('25'), '人', '人')!)).toBe('25');
  });
});

describe('convertUnit between counters of people', () => {
  it('reads 名, 人 and 位 as the same count, and nothing else as people', () => {
    expect(convertUnit({ units: 39n, scale: 0 }, '名', '人')).toEqual({ units: 39n, scale: 0 });
    expect(convertUnit({ units: 39n, scale: 0 }, '人', '位')).toEqual({ units: 39n, scale: 0 });
    expect(convertUnit({ units: 39n, scale: 0 }, '名', '辆')).toBeUndefined();
    expect(convertUnit({ units: 39n, scale: 0 }, '人', '万元')).toBeUndefined();
  });
});
