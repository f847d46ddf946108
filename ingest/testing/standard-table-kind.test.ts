import { describe, expect, it } from 'vitest';
import { standardTableKind } from './standard-table-kind.ts';

describe('standardTableKind', () => {
  it('recognises the nine tables whatever the unit word, year and numbering', () => {
    expect(standardTableKind('2025年部门财务收支预算总表')).toBe('financial-summary');
    expect(standardTableKind('1. 2026年预算单位收入预算总表')).toBe('income-summary');
    expect(standardTableKind('2023年单位支出预算总表')).toBe('expenditure-summary');
    expect(standardTableKind('4．2025年部门财政拨款收支预算总表')).toBe('fiscal-appropriation-summary');
    expect(standardTableKind('2025年部门一般公共预算支出功能分类预算表')).toBe('general-budget-by-function');
    expect(standardTableKind('2024年部门政府性基金预算支出功能分类预算表')).toBe('government-fund-by-function');
    expect(standardTableKind('2024年部门国有资本经营预算支出功能分类预算表')).toBe('state-capital-by-function');
    expect(standardTableKind('2025年部门一般公共预算基本支出部门预算经济分类预算表')).toBe('general-budget-basic-by-economic');
    expect(standardTableKind('部门“三公”经费和机关运行经费预算表')).toBe('three-public-and-running-costs');
  });

  it('is null for anything else', () => {
    expect(standardTableKind('2025年部门预算编制说明')).toBeNull();
    expect(standardTableKind('单位：元')).toBeNull();
    expect(standardTableKind('部门政府采购预算表')).toBeNull();
  });
});
