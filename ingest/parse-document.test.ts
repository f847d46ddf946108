import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DocumentReader, RawBlock } from './model.ts';
import { defaultParseSteps, documentIdFromFileName, parseDocument } from './parse-document.ts';
import { docxTextReader } from './readers/docx-text-reader.ts';

const rawBlocks: RawBlock[] = [
  { kind: 'paragraph', text: '某局2023年单位预算信息公开情况说明', place: { line: 1 } },
  { kind: 'paragraph', text: '一、收入预算', place: { line: 2 } },
  { kind: 'paragraph', text: '2023年预算收入100.00万元。', place: { line: 3 } },
];

function fakeReader(blocks: RawBlock[] | Error): DocumentReader {
  return {
    extensions: ['.txt'],
    async read() {
      if (blocks instanceof Error) throw blocks;
      return blocks;
    },
  };
}

describe('documentIdFromFileName', () => {
  it('takes the base name without extension, lower-cased, other characters as dashes', () => {
    expect(documentIdFromFileName('seeds/2022/Langfang Petitions_Bureau.TXT')).toBe('langfang-petitions-bureau');
    expect(documentIdFromFileName('廊坊市信访局（2022）单位预算.pdf')).toBe('廊坊市信访局-2022-单位预算');
    expect(documentIdFromFileName('a.b.c.docx')).toBe('a-b-c');
  });

  it('never gives an empty id', () => {
    expect(documentIdFromFileName('（）.pdf')).toBe('document');
  });
});

describe('parseDocument', () => {
  it('runs the stages in order and names the document after its file', async () => {
    const calls: string[] = [];
    const document = await parseDocument({ fileName: 'dir/Unit Budget.txt', bytes: new Uint8Array() }, fakeReader(rawBlocks), {
      ...defaultParseSteps,
      buildBlocks: (raw, options) => {
        calls.push(`build:${options.docId}:${raw.length}`);
        return [{ id: 'b0', kind: 'paragraph', text: '2023年预算收入100.00万元。', path: ['一、收入预算'], place: { line: 3 } }];
      },
      detectMetadata: (blocks, fileName) => {
        calls.push(`meta:${fileName}:${blocks.length}`);
        return { title: '某局2023年单位预算', unit: '某局', year: 2023, kind: '预算' };
      },
      extractFacts: (_blocks, meta) => {
        calls.push(`facts:${meta.id}`);
        return [];
      },
    });
    expect(calls).toEqual(['build:unit-budget:3', 'meta:dir/Unit Budget.txt:1', 'facts:unit-budget']);
    expect(document.meta).toEqual({ id: 'unit-budget', fileName: 'dir/Unit Budget.txt', title: '某局2023年单位预算', unit: '某局', year: 2023, kind: '预算' });
    expect(document.chunks.map((chunk) => chunk.id)).toEqual(['unit-budget:c0']);
  });

  it('lets a reader error through for the caller to report', async () => {
    await expect(parseDocument({ fileName: 'bad.txt', bytes: new Uint8Array() }, fakeReader(new Error('line 4: broken table')))).rejects.toThrow(
      'line 4: broken table',
    );
  });

  it('parses the seed disclosure end to end', async () => {
    const bytes = await readFile(new URL('../seeds/langfang-petitions-bureau-2022-unit-budget.txt', import.meta.url));
    const document = await parseDocument({ fileName: 'langfang-petitions-bureau-2022-unit-budget.txt', bytes }, docxTextReader);
    expect(document.meta.id).toBe('langfang-petitions-bureau-2022-unit-budget');
    expect(document.meta.year).toBe(2022);
    expect(document.blocks.some((block) => block.kind === 'table')).toBe(true);
    expect(document.chunks.some((chunk) => chunk.kind === 'row')).toBe(true);
    expect(document.chunks.every((chunk) => chunk.id.startsWith('langfang-petitions-bureau-2022-unit-budget:c'))).toBe(true);
  });
});
