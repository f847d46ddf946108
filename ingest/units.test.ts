import { describe, expect, it } from 'vitest';
import { parseAmount, parseComparator, splitLabelUnit, unitFromHeader } from './units.ts';

describe('parseAmount', () => {
  it('reads plain amounts, separators and negative numbers exactly', () => {
    expect(parseAmount('2840.29')).toEqual({ text: '2840.29', amount: 2840.29, unit: '', comparator: '=' });
    expect(parseAmount('96,282,213.44')).toEqual({
      text: '96282213.44',
      amount: 96282213.44,
      unit: '',
      comparator: '=',
    });
    expect(parseAmount('-3.5')).toEqual({ text: '-3.5', amount: -3.5, unit: '', comparator: '=' });
  });

  it('reads units and comparators written in the cell', () => {
    expect(parseAmount('≤0.79元/平米/天')).toEqual({ text: '0.79', amount: 0.79, unit: '元/平米/天', comparator: '≤' });
    expect(parseAmount('13016.84平方米')).toEqual({ text: '13016.84', amount: 13016.84, unit: '平方米', comparator: '=' });
    expect(parseAmount('6项')).toEqual({ text: '6', amount: 6, unit: '项', comparator: '=' });
    expect(parseAmount('=100%')).toEqual({ text: '100', amount: 100, unit: '%', comparator: '=' });
    expect(parseAmount('≥95％')).toEqual({ text: '95', amount: 95, unit: '%', comparator: '≥' });
    expect(parseAmount('不低于 90%')).toEqual({ text: '90', amount: 90, unit: '%', comparator: '≥' });
    expect(parseAmount('95%以上')).toEqual({ text: '95', amount: 95, unit: '%', comparator: '≥' });
    expect(parseAmount(' 550\u3000')).toEqual({ text: '550', amount: 550, unit: '', comparator: '=' });
  });

  it('refuses anything that is not only an amount', () => {
    for (const text of ['', '——', '-', 'C99', '有效保障', '2022年', '裕华路226号', '3、其他', '1.2.3']) {
      expect(parseAmount(text)).toBeUndefined();
    }
  });
});

describe('parseComparator', () => {
  it('knows symbols and words, and nothing else', () => {
    expect(parseComparator('≥')).toBe('≥');
    expect(parseComparator(' ≤ ')).toBe('≤');
    expect(parseComparator('不超过')).toBe('≤');
    expect(parseComparator('=')).toBe('=');
    expect(parseComparator('约')).toBeUndefined();
    expect(parseComparator('')).toBeUndefined();
  });
});

describe('unitFromHeader', () => {
  it('finds the unit a header or a title states', () => {
    expect(unitFromHeader('价值（金额单位：万元）')).toBe('万元');
    expect(unitFromHeader('单位：元')).toBe('元');
    expect(unitFromHeader('金额(万元)')).toBe('万元');
    expect(unitFromHeader('面积（平方米）')).toBe('平方米');
  });

  it('gives nothing when the header names no unit', () => {
    expect(unitFromHeader('数量')).toBeUndefined();
    expect(unitFromHeader('政府采购金额（当年部门预算安排资金）')).toBeUndefined();
  });
});

describe('splitLabelUnit', () => {
  it('takes the units a row label lists in parentheses', () => {
    expect(splitLabelUnit('车辆（台、辆）')).toEqual({ label: '车辆', unit: '辆' });
    expect(splitLabelUnit('房屋（平方米）')).toEqual({ label: '房屋', unit: '平方米' });
  });

  it('keeps parentheses that are part of the name', () => {
    expect(splitLabelUnit('因公出国（境）费')).toEqual({ label: '因公出国（境）费' });
    expect(splitLabelUnit('廊坊市信访局（含所属单位）')).toEqual({ label: '廊坊市信访局（含所属单位）' });
  });
});
