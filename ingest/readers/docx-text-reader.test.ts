import { describe, expect, it } from 'vitest';
import { docxTextReader, readDocxText } from './docx-text-reader.ts';
import { ReaderError } from './reader-error.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readDocxText', () => {
  it('reads paragraphs with their line numbers and strips bookmarks', () => {
    const text = '\n[bookmark: _GoBack]某某局2023年部门预算公开说明\n\n一、部门职责\n';
    expect(readDocxText(text)).toEqual([
      { kind: 'paragraph', text: '某某局2023年部门预算公开说明', place: { line: 2 } },
      { kind: 'paragraph', text: '一、部门职责', place: { line: 4 } },
    ]);
  });

  it('reads a table: rows split at blank lines, tab lines are cells, other lines continue the cell', () => {
    const text = ['表一', '\t项目', '\t金额', '', '\t部门', '产出', '\t12.50', '', '说明文字'].join('\n');
    expect(readDocxText(text)).toEqual([
      { kind: 'paragraph', text: '表一', place: { line: 1 } },
      {
        kind: 'table',
        rows: [[{ text: '项目' }, { text: '金额' }], [{ text: '部门\n产出' }, { text: '12.50' }]],
        place: { line: 2 },
      },
      { kind: 'paragraph', text: '说明文字', place: { line: 9 } },
    ]);
  });

  it('keeps empty merged cells, trims full-width spaces and treats spaces before a tab as a cell line', () => {
    const text = [' \t符号', '\t值', '\t', '', '\t≥', '\t　95　', '\t%　'].join('\n');
    expect(readDocxText(text)).toEqual([
      {
        kind: 'table',
        rows: [
          [{ text: '符号' }, { text: '值' }, { text: '' }],
          [{ text: '≥' }, { text: '95' }, { text: '%' }],
        ],
        place: { line: 1 },
      },
    ]);
  });

  it('keeps one table across several blank lines between rows', () => {
    const text = ['\t绩效目标', '\t完成任务', '', '', '', '\t一级指标', '\t二级指标'].join('\n');
    const blocks = readDocxText(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'table', rows: [[{ text: '绩效目标' }, { text: '完成任务' }], [{ text: '一级指标' }, { text: '二级指标' }]] });
  });

  it('ends a table without a blank line when the next line opens a section or follows a number', () => {
    const text = ['\t合计', '\t129.00', ' 七、国有资产信息', '\t名称', '\t100', '其后说明'].join('\n');
    expect(readDocxText(text)).toEqual([
      { kind: 'table', rows: [[{ text: '合计' }, { text: '129.00' }]], place: { line: 1 } },
      { kind: 'paragraph', text: '七、国有资产信息', place: { line: 3 } },
      { kind: 'table', rows: [[{ text: '名称' }, { text: '100' }]], place: { line: 4 } },
      { kind: 'paragraph', text: '其后说明', place: { line: 6 } },
    ]);
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    expect(readDocxText('\uFEFF标题\r\n正文')).toEqual([
      { kind: 'paragraph', text: '标题', place: { line: 1 } },
      { kind: 'paragraph', text: '正文', place: { line: 2 } },
    ]);
  });

  it('throws an empty ReaderError for a file with only blank lines and bookmarks', () => {
    expect(() => readDocxText('\n  \n[bookmark: x]\n', 'blank.txt')).toThrow(
      expect.objectContaining({ name: 'ReaderError', code: 'empty', fileName: 'blank.txt' }),
    );
  });

  it('throws an unreadable ReaderError naming the line of a NUL byte', () => {
    expect(() => readDocxText('标题\n正文\nPK\u0003\u0004\u0000\u0000', 'x.txt')).toThrow(
      expect.objectContaining({ code: 'unreadable', line: 3, fileName: 'x.txt' }),
    );
  });

  it('throws a malformed ReaderError for control characters', () => {
    expect(() => readDocxText('标题\n\u0007响铃')).toThrow(expect.objectContaining({ code: 'malformed', line: 2 }));
  });
});

describe('docxTextReader', () => {
  it('accepts .txt and decodes UTF-8 bytes', async () => {
    expect(docxTextReader.extensions).toEqual(['.txt']);
    await expect(docxTextReader.read({ fileName: 'a.txt', bytes: encode('一、概况\n正文') })).resolves.toEqual([
      { kind: 'paragraph', text: '一、概况', place: { line: 1 } },
      { kind: 'paragraph', text: '正文', place: { line: 2 } },
    ]);
  });

  it('rejects an empty file', async () => {
    const error = await docxTextReader.read({ fileName: 'empty.txt', bytes: new Uint8Array() }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ReaderError);
    expect(error).toMatchObject({ code: 'empty', fileName: 'empty.txt' });
  });

  it('rejects bytes that are not UTF-8, naming the line', async () => {
    const bytes = new Uint8Array([...encode('第一行\n第二行\n'), 0xff, 0xfe, 0x00, 0x81]);
    const error = await docxTextReader.read({ fileName: 'binary.txt', bytes }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ReaderError);
    expect(error).toMatchObject({ code: 'unreadable', fileName: 'binary.txt', line: 3 });
  });
});
