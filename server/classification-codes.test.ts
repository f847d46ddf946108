import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../ingest/model.ts';
import { withCodesNamed } from './classification-codes.ts';

const table = (rows: string[][]) => ({ id: 't', kind: 'table', path: ['支出总表'], place: {}, table: { title: '支出总表', columns: [], rows, notes: [] } });
const document = {
  blocks: [
    table([
      ['212', '', '', '城乡社区支出', '100'],
      ['212', '01', '04', '城管执法', '6,522,681'],
      ['302', '01', '办公费', '259,400.00'],
    ]),
  ],
} as unknown as ParsedDocument;

describe('withCodesNamed', () => {
  it('reads a seven-digit function code and a five-digit economic code as the line its row names', () => {
    expect(withCodesNamed('2120104这一行合计是多少元？', document)).toBe('城管执法 这一行合计是多少元？');
    expect(withCodesNamed('30201是多少？', document)).toBe('办公费 是多少？');
  });
  it('leaves years, amounts and codes no row carries as they are', () => {
    expect(withCodesNamed('2025年20000元，2129999呢？', document)).toBe('2025年20000元，2129999呢？');
  });
});
