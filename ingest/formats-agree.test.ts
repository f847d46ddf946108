import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact, RawBlock } from './model.ts';
import { parseDocument } from './parse-document.ts';
import { docxReader } from './readers/docx-reader.ts';
import { docxTextReader, readDocxText } from './readers/docx-text-reader.ts';
import { htmlReader } from './readers/html-reader.ts';

/**
 * One document model for every format: the seed rendered as a Word file and as a web page must give the same
 * figures as its text export. The renderings are made here from the export's own blocks, so the three inputs hold
 * the same words; only the format differs.
 */
const seedText = readFileSync(new URL('../seeds/langfang-petitions-bureau-2022-unit-budget.txt', import.meta.url), 'utf8');
const blocks = readDocxText(seedText);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(raw: RawBlock[]): string {
  const body = raw
    .map((block) =>
      block.kind === 'paragraph'
        ? `<p>${escape(block.text)}</p>`
        : `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell.text).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>预算公开</title></head><body><article>${body}</article></body></html>`;
}

function asDocx(raw: RawBlock[]): Uint8Array {
  const word = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paragraph = (text: string) =>
    `<w:p>${text
      .split('\n')
      .map((line, index) => `${index ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r>`)
      .join('')}</w:p>`;
  const body = raw
    .map((block) =>
      block.kind === 'paragraph'
        ? paragraph(block.text)
        : `<w:tbl>${block.rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell.text)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${word}"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml),
  });
}

function keyFigures(facts: Fact[]): string[] {
  const wanted = ['财政拨款三公经费', '公务用车购置及运维费', '政府采购预算', '聘请话务员数量', '租赁面积', '单位面积成本', '资产总额'];
  return wanted.map((label) => {
    const fact = facts.find((candidate) => candidate.label === label && candidate.kind === 'value');
    return fact ? `${label} ${fact.comparator}${fact.text}${fact.unit}` : `${label} missing`;
  });
}

describe('the text export, a Word file and a web page of the same disclosure', () => {
  it('give the same tables, metadata and key figures', async () => {
    const fromText = await parseDocument({ fileName: 'seed.txt', bytes: strToU8(seedText) }, docxTextReader);
    const fromHtml = await parseDocument({ fileName: 'seed.html', bytes: strToU8(asHtml(blocks)) }, htmlReader);
    const fromDocx = await parseDocument({ fileName: 'seed.docx', bytes: asDocx(blocks) }, docxReader);
    const expected = [
      '财政拨款三公经费 =12.30万元',
      '公务用车购置及运维费 =11.80万元',
      '政府采购预算 =789.83万元',
      '聘请话务员数量 =25人',
      '租赁面积 =13016.84平方米',
      '单位面积成本 ≤0.79元/平米/天',
      '资产总额 =2840.29万元',
    ];
    for (const parsed of [fromText, fromHtml, fromDocx]) {
      expect(keyFigures(parsed.facts)).toEqual(expected);
      expect(parsed.meta).toMatchObject({ unit: '廊坊市信访局', year: 2022, kind: '预算' });
      expect(parsed.blocks.filter((block) => block.kind === 'table').length).toBe(12);
    }
  });
});
