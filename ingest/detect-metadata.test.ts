import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from './build-blocks.ts';
import { detectMetadata } from './detect-metadata.ts';
import type { Block, RawBlock } from './model.ts';
import { readDocxText } from './readers/docx-text-reader.ts';

const blocksOf = (...texts: string[]): Block[] =>
  buildBlocks(
    texts.map((text, index): RawBlock => ({ kind: 'paragraph', text, place: { line: index + 1 } })),
    { docId: 'doc' },
  );

describe('detectMetadata', () => {
  it('reads unit, year and kind from the title line', () => {
    expect(detectMetadata(blocksOf('上海市普陀区商务委员会2025年单位预算', '一、主要职能'), 'commerce.pdf')).toEqual({
      title: '上海市普陀区商务委员会2025年单位预算',
      unit: '上海市普陀区商务委员会',
      year: 2025,
      kind: '预算',
    });
  });

  it('recognises a final account (决算)', () => {
    expect(detectMetadata(blocksOf('某县财政局2021年度部门决算公开说明'), 'x.txt')).toMatchObject({
      unit: '某县财政局',
      year: 2021,
      kind: '决算',
    });
  });

  it('skips short cover lines and takes the unit from the title when it carries no year', () => {
    expect(detectMetadata(blocksOf('目录', '某市档案馆部门预算公开', '一、部门职责'), 'archive.txt')).toEqual({
      title: '某市档案馆部门预算公开',
      unit: '某市档案馆',
      year: null,
      kind: '预算',
    });
  });

  it('falls back to 编制单位 lines, the most common budget year in the text, then the file name', () => {
    const fromText = detectMetadata(
      blocksOf('预算信息公开情况说明', '编制单位：某区民政局', '2023年预算收入100万元，2023年预算支出100万元，较2022年预算减少5万元。'),
      'minzheng.txt',
    );
    // A cover title that does not name the unit is rewritten to name it.
    expect(fromText).toEqual({ title: '某区民政局2023年部门预算', unit: '某区民政局', year: 2023, kind: '预算' });

    const fromFileName = detectMetadata(blocksOf('信息公开情况说明', '一、概况'), 'district-office-2024-report.txt');
    expect(fromFileName).toEqual({ title: '信息公开情况说明', unit: '', year: 2024, kind: '其他' });
  });

  it('prefers a labelled unit that names the title unit more precisely', () => {
    const blocks = blocksOf('上海市普陀区2025年区级单位预算', '预算主管部门：上海市普陀区商务委员会', '一、主要职能');
    expect(detectMetadata(blocks, 'commerce.pdf').unit).toBe('上海市普陀区商务委员会');
  });

  it('uses the file name as title when the document has no text lines', () => {
    expect(detectMetadata([], 'some-unit-2022-budget.pdf')).toEqual({
      title: 'some-unit-2022-budget',
      unit: '',
      year: 2022,
      kind: '其他',
    });
  });

  it('reads the seed document', () => {
    const seedText = readFileSync(new URL('../seeds/langfang-petitions-bureau-2022-unit-budget.txt', import.meta.url), 'utf8');
    const blocks = buildBlocks(readDocxText(seedText), { docId: 'seed' });
    expect(detectMetadata(blocks, 'langfang-petitions-bureau-2022-unit-budget.txt')).toEqual({
      title: '廊坊市信访局2022年单位预算信息公开情况说明',
      unit: '廊坊市信访局',
      year: 2022,
      kind: '预算',
    });
  });
});
