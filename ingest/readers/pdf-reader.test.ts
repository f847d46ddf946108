import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../model.ts';
import { pdfReader } from './pdf-reader.ts';
import { ReaderError } from './reader-error.ts';
import { standardTableKind, standardTableKinds, type StandardTableKind } from '../testing/standard-table-kind.ts';
import { readCorpusFile } from '../testing/read-corpus-file.ts';


async function read(name: string): Promise<RawBlock[]> {
  return pdfReader.read({ fileName: name, bytes: readCorpusFile(name) });
}

type TableBlock = Extract<RawBlock, { kind: 'table' }>;

/** Every table with the standard kind named by the closest title paragraph among the (at most three) before it. */
function standardTables(blocks: RawBlock[]): Map<StandardTableKind, { table: TableBlock; precedingText: string[] }> {
  const found = new Map<StandardTableKind, { table: TableBlock; precedingText: string[] }>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const preceding = blocks.slice(Math.max(0, index - 3), index);
    if (!preceding.every((candidate) => candidate.kind === 'paragraph')) return;
    const precedingText = preceding.map((candidate) => (candidate.kind === 'paragraph' ? candidate.text : ''));
    const kind = precedingText.map(standardTableKind).find((candidate) => candidate !== null);
    if (kind) found.set(kind, { table: block, precedingText });
  });
  return found;
}

const texts = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.text));

describe('pdfReader on the corpus', () => {
  const files = [
    { name: 'putuo-wanli-street-2024-dept-budget.pdf', title: '上海市普陀区2024年区级部门预算', unit: '上海市普陀区人民政府万里街道办事处', rows: [12, 70, 70, 12, 70, 4, 4, 36, 4] },
    { name: 'putuo-wanli-street-2025-dept-budget.pdf', title: '上海市普陀区2025年区级部门预算', unit: '上海市普陀区人民政府万里街道办事处', rows: [12, 70, 70, 12, 70, 4, 4, 36, 4] },
    { name: 'putuo-district-office-2025-dept-budget.pdf', title: '上海市普陀区2025年区级部门预算', unit: '上海市普陀区人民政府办公室', rows: [10, 24, 24, 7, 24, 4, 4, 34, 4] },
    { name: 'putuo-commerce-2025-unit-budget.pdf', title: '上海市普陀区2025年区级单位预算', unit: '上海市普陀区商务委员会', rows: [12, 34, 34, 10, 34, 4, 4, 34, 4] },
  ];

  for (const file of files) {
    it(`${file.name}: the nine standard tables, each after its title and unit line`, async () => {
      const blocks = await read(file.name);
      const tables = standardTables(blocks);
      expect([...tables.keys()].sort()).toEqual([...standardTableKinds].sort());
      standardTableKinds.forEach((kind, index) => {
        const entry = tables.get(kind)!;
        expect(entry.table.rows.length, kind).toBe(file.rows[index]);
        expect(entry.precedingText.some((text) => /^单位\s*[:：]\s*(元|万元)$/.test(text)), kind).toBe(true);
        // Every row is as wide as the grid, counting spans: empty cells are kept, not closed up.
        const widths = entry.table.rows.map((row) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0));
        expect(new Set(widths).size, kind).toBe(1);
      });
      expect(blocks.filter((block) => block.kind === 'table')).toHaveLength(9);
    });

    it(`${file.name}: the cover title and unit, and no page-number or contents paragraphs`, async () => {
      const blocks = await read(file.name);
      const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
      expect(paragraphs[0]).toEqual({ kind: 'paragraph', text: file.title, place: { page: 1 } });
      expect(paragraphs[1].text).toContain(file.unit);
      expect(paragraphs.filter((paragraph) => /^[-\s]*\d+[-\s]*$|^第\d+页$/.test(paragraph.text))).toEqual([]);
      expect(paragraphs.filter((paragraph) => /…{2,}|\.{4,}|^目\s*录$/.test(paragraph.text))).toEqual([]);
      expect(paragraphs.some((paragraph) => paragraph.place.page === 2)).toBe(false);
    });
  }

  it('putuo-wanli-street-2025: the 三公 table holds the figures the prose quotes (三公经费 37.91万元)', async () => {
    const blocks = await read('putuo-wanli-street-2025-dept-budget.pdf');
    const { table, precedingText } = standardTables(blocks).get('three-public-and-running-costs')!;
    expect(precedingText).toEqual(['2025年部门“三公”经费和机关运行经费预算表', '编制部门：上海市普陀区人民政府万里街道办事处', '单位:万元']);
    expect(texts(table)).toEqual([
      ['', '', '“三公”经费预算数', '', '', '', ''],
      ['合计', '因公出国(境)费', '公务接待费', '', '公务用车购置及运行费', '', '机关运行经费预算数'],
      ['', '', '', '小计', '购置费', '运行费', ''],
      ['37.91', '0', '1.35', '36.56', '15', '21.56', '464.64'],
    ]);
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text.startsWith('2025年“三公”经费预算数为37.91万元'))).toBe(true);
  });

  it('putuo-wanli-street-2025: a table over five pages is one block, its repeated headers dropped', async () => {
    const blocks = await read('putuo-wanli-street-2025-dept-budget.pdf');
    const { table } = standardTables(blocks).get('general-budget-by-function')!;
    expect(table.place.page).toBe(20);
    const rows = texts(table);
    expect(rows[0]).toEqual(['项目', '一般公共预算支出']);
    expect(table.rows[0].map((cell) => cell.colSpan)).toEqual([4, 3]);
    expect(rows[1]).toEqual(['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出']);
    expect(rows[2]).toEqual(['类', '款', '项', '', '', '', '']);
    expect(rows.filter((row) => row.includes('功能分类科目名称'))).toHaveLength(1);
    expect(rows[3]).toEqual(['201', '', '', '一般公共服务支出', '3,296,600', '0', '3,296,600']);
    expect(rows).toContainEqual(['208', '05', '01', '行政单位离退休', '259,320', '259,320', '0']);
    expect(rows[rows.length - 1]).toEqual(['', '', '', '合计', '189,767,551', '101,341,746', '88,425,805']);
  });

  it('putuo-wanli-street-2025: the income table continues over pages without repeating its header', async () => {
    const { table } = standardTables(await read('putuo-wanli-street-2025-dept-budget.pdf')).get('income-summary')!;
    const rows = texts(table);
    expect(rows[1]).toEqual(['功能分类科目编码', '功能分类科目名称', '合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入']);
    expect(rows).toContainEqual(['201', '05', '07', '专项普查活动', '438,300', '438,300', '0', '0', '0']);
    expect(rows[rows.length - 1]).toEqual(['', '', '', '合计', '189,767,551', '189,767,551', '0', '0', '0']);
  });

  it('putuo-wanli-street-2025: an empty table keeps its title, header, totals row and the 本表为空表 note', async () => {
    const blocks = await read('putuo-wanli-street-2025-dept-budget.pdf');
    const { table } = standardTables(blocks).get('government-fund-by-function')!;
    expect(texts(table)[3]).toEqual(['', '', '', '合计', '', '', '']);
    const next = blocks[blocks.indexOf(table) + 1];
    expect(next).toEqual({ kind: 'paragraph', text: '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。', place: { page: 25 } });
  });

  it('putuo-commerce-2025: cells drawn in one run are split, decimals and separators kept verbatim', async () => {
    const tables = standardTables(await read('putuo-commerce-2025-unit-budget.pdf'));
    const summary = texts(tables.get('financial-summary')!.table);
    expect(summary).toContainEqual(['一、财政拨款收入', '371,514,655.00', '一、一般公共服务支出', '21,601,733.00', '10,823,891.00', '1,467,842.00', '9,310,000.00']);
    expect(summary[summary.length - 1]).toEqual(['收入总计', '371,514,655.00', '支出总计', '371,514,655.00', '18,120,593.00', '1,710,062.00', '351,684,000.00']);
    const appropriation = texts(tables.get('fiscal-appropriation-summary')!.table);
    expect(appropriation[1]).toEqual(['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
    expect(appropriation).toContainEqual(['', '', '五、资源勘探工业信息等支出', '293,810,000.00', '293,810,000.00', '', '']);
    // Only three of the seven 三公 cells are filled: the blanks stay in place.
    expect(texts(tables.get('three-public-and-running-costs')!.table)[3]).toEqual(['1.00', '', '1.00', '', '', '', '171.01']);
  });

  it('putuo-district-office-2025: prose lines are joined into paragraphs across line wraps', async () => {
    const blocks = await read('putuo-district-office-2025-dept-budget.pdf');
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      text: '（二）公务用车购置及运行费0万元，与2024年预算持平。其中：公务用车购置费0万元，与2024年预算持平；公务用车运行费0万元，与2024年预算持平。',
      place: { page: 21 },
    });
  });
});

describe('pdfReader failures', () => {
  const expectReaderError = async (bytes: Uint8Array, code: ReaderError['code']) => {
    const failure = await pdfReader.read({ fileName: 'broken.pdf', bytes }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReaderError);
    expect((failure as ReaderError).code).toBe(code);
    expect((failure as ReaderError).fileName).toBe('broken.pdf');
    // The file name is a field: callers print it once, so the message must not repeat it.
    expect((failure as ReaderError).message).not.toContain('broken.pdf');
    return failure as ReaderError;
  };

  it('a zero-length file is empty', async () => {
    await expectReaderError(new Uint8Array(0), 'empty');
  });

  it('random bytes are not a PDF', async () => {
    const bytes = new Uint8Array(4096);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919 + 13) % 251;
    await expectReaderError(bytes, 'unreadable');
  });

  it('a truncated corpus PDF is refused', async () => {
    const whole = readCorpusFile('putuo-wanli-street-2025-dept-budget.pdf');
    const failure = await pdfReader.read({ fileName: 'broken.pdf', bytes: whole.slice(0, Math.floor(whole.length / 3)) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReaderError);
    expect(['unreadable', 'malformed']).toContain((failure as ReaderError).code);
  });

  it('a PDF without a text layer says so', async () => {
    const failure = await expectReaderError(minimalPdfWithoutText(), 'empty');
    expect(failure.message).toContain('no text layer');
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = readCorpusFile('putuo-commerce-2025-unit-budget.pdf');
    await pdfReader.read({ fileName: 'commerce.pdf', bytes });
    expect(bytes.length).toBeGreaterThan(100_000);
  });
});

/** A valid one-page PDF that draws a rectangle and no text, as a scanner's output has no text either. */
function minimalPdfWithoutText(): Uint8Array {
  const stream = '0 0 m 100 100 l S';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
