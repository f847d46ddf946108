import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rawBlockSchema } from '../model.ts';
import { docxReader, readDocxXml } from './docx-reader.ts';
import { ReaderError } from './reader-error.ts';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${wordNamespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

// Chinese-locale Word gives the built-in heading styles numeric ids; only styles.xml says they are headings.
const stylesXml = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="${wordNamespace}">
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Budget section"/><w:basedOn w:val="2"/></w:style>
  <w:style w:type="character" w:styleId="1Char"><w:name w:val="标题 1 Char"/></w:style>
</w:styles>`;

const packageRelationships = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const documentRelationships = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

function docxBytes(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const tableBody = `
<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>一、部门职责</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
<w:p><w:r><w:t xml:space="preserve">　　本单位共有预算单位</w:t></w:r><w:r><w:t>1个。</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>（一）收支预算</w:t></w:r></w:p>
<w:tbl>
  <w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>
  <w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
  <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>
        <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>预算数</w:t></w:r></w:p></w:tc></w:tr>
  <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
        <w:tc><w:p><w:r><w:t>本年</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>上年</w:t></w:r></w:p></w:tc></w:tr>
  <w:tr><w:tc><w:p><w:r><w:t>部门</w:t></w:r><w:r><w:br/><w:t>产出</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>11.80</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>12.30</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>`;

describe('docxReader', () => {
  it('reads headings from styles.xml, paragraphs, and a table with gridSpan and vMerge', async () => {
    const bytes = docxBytes({
      '_rels/.rels': packageRelationships,
      'word/document.xml': documentXml(tableBody),
      'word/styles.xml': stylesXml,
      'word/_rels/document.xml.rels': documentRelationships,
    });
    const blocks = await docxReader.read({ fileName: 'budget.docx', bytes });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、部门职责', headingLevel: 1, place: {} },
      { kind: 'paragraph', text: '本单位共有预算单位1个。', place: {} },
      { kind: 'paragraph', text: '（一）收支预算', headingLevel: 2, place: {} },
      {
        kind: 'table',
        place: {},
        rows: [
          [{ text: '项目', rowSpan: 2 }, { text: '预算数', colSpan: 2 }],
          [{ text: '', mergedFromAbove: true }, { text: '本年' }, { text: '上年' }],
          [{ text: '部门\n产出' }, { text: '11.80' }, { text: '12.30' }],
        ],
      },
    ]);
    for (const block of blocks) expect(rawBlockSchema.safeParse(block).success).toBe(true);
  });

  it('finds the main part through the package relationships when it is not word/document.xml', async () => {
    const bytes = docxBytes({
      '_rels/.rels': packageRelationships.replace('word/document.xml', '/word/document2.xml'),
      'word/document2.xml': documentXml('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'),
    });
    expect(await docxReader.read({ fileName: 'renamed.docx', bytes })).toEqual([{ kind: 'paragraph', text: '正文', place: {} }]);
  });

  it('refuses bytes that are not a zip', async () => {
    const bytes = strToU8('一、部门职责');
    await expect(docxReader.read({ fileName: 'plain.docx', bytes })).rejects.toMatchObject({ code: 'unreadable', fileName: 'plain.docx' });
  });

  it('refuses a legacy .doc or encrypted file, saying what it is', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(docxReader.read({ fileName: 'old.docx', bytes })).rejects.toThrow(/legacy \.doc or a password-protected/);
  });

  it('refuses a damaged zip', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await expect(docxReader.read({ fileName: 'cut.docx', bytes })).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('refuses a zip without word/document.xml', async () => {
    const bytes = docxBytes({ 'xl/workbook.xml': '<workbook/>' });
    const failure = docxReader.read({ fileName: 'book.docx', bytes });
    await expect(failure).rejects.toBeInstanceOf(ReaderError);
    await expect(failure).rejects.toMatchObject({ code: 'malformed', message: 'a zip file without word/document.xml, so not a Word document' });
  });

  it('refuses a document with no text', async () => {
    const bytes = docxBytes({ 'word/document.xml': documentXml('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>') });
    await expect(docxReader.read({ fileName: 'blank.docx', bytes })).rejects.toMatchObject({ code: 'empty', fileName: 'blank.docx' });
  });
});

describe('readDocxXml', () => {
  it('knows English heading style ids and outline levels without styles.xml', () => {
    const blocks = readDocxXml(documentXml(`
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>第一部分 单位概况</w:t></w:r></w:p>
      <w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>1.主要职能</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文级别</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>普通段落</w:t></w:r></w:p>`));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '第一部分 单位概况', headingLevel: 1, place: {} },
      { kind: 'paragraph', text: '1.主要职能', headingLevel: 3, place: {} },
      { kind: 'paragraph', text: '正文级别', place: {} },
      { kind: 'paragraph', text: '普通段落', place: {} },
    ]);
  });

  it('follows basedOn to a heading style', () => {
    const blocks = readDocxXml(documentXml('<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>（二）支出</w:t></w:r></w:p>'), { stylesXml });
    expect(blocks).toEqual([{ kind: 'paragraph', text: '（二）支出', headingLevel: 2, place: {} }]);
  });

  it('keeps tabs, breaks, inserted text and field results; drops deleted text, field codes and bookmarks', () => {
    const blocks = readDocxXml(documentXml(`
      <w:p>
        <w:bookmarkStart w:id="1" w:name="_GoBack"/>
        <w:r><w:t>合计</w:t></w:r><w:r><w:tab/><w:t>96.5</w:t></w:r>
        <w:del w:id="2" w:author="x"><w:r><w:delText>旧文字</w:delText></w:r></w:del>
        <w:ins w:id="3" w:author="x"><w:r><w:t>万元</w:t></w:r></w:ins>
        <w:r><w:br/><w:t>见第</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:t>页 &amp; 附表&#x4E00;</w:t></w:r>
        <w:bookmarkEnd w:id="1"/>
      </w:p>`));
    expect(blocks).toEqual([{ kind: 'paragraph', text: '合计\t96.5万元\n见第3页 & 附表一', place: {} }]);
  });

  it('does not let a field left open hide the paragraphs after it', () => {
    const blocks = readDocxXml(documentXml(`
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>MERGEFIELD 名称</w:t></w:r></w:p>
      <w:p><w:r><w:t>二、收入预算</w:t></w:r></w:p>`));
    expect(blocks).toEqual([{ kind: 'paragraph', text: '二、收入预算', place: {} }]);
  });

  it('reads a Word namespace written with another prefix', () => {
    const xml = `<ns0:document xmlns:ns0="${wordNamespace}"><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading2"/></ns0:pPr><ns0:r><ns0:t>二、收入</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    expect(readDocxXml(xml)).toEqual([{ kind: 'paragraph', text: '二、收入', headingLevel: 2, place: {} }]);
  });

  it('flattens a nested table into its cell, and handles gridBefore, hMerge and a continuation with nothing above', () => {
    const blocks = readDocxXml(documentXml(`
      <w:tbl>
        <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>
              <w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>目标值</w:t></w:r></w:p></w:tc>
              <w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc></w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>
              <w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>
                       <w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>
              <w:tc><w:p><w:r><w:t>≥95%</w:t></w:r></w:p></w:tc></w:tr>
      </w:tbl>`));
    expect(blocks).toEqual([
      {
        kind: 'table',
        place: {},
        rows: [
          [{ text: '指标' }, { text: '目标值', colSpan: 2 }],
          [{ text: '' }, { text: '数量\na b\nc' }, { text: '≥95%' }],
        ],
      },
    ]);
  });

  it('puts text-box text after its paragraph and ignores the VML fallback copy', () => {
    const blocks = readDocxXml(documentXml(`
      <w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>
        <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>注：单位为万元</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>注：单位为万元</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
      </mc:AlternateContent></w:r></w:p>`));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '正文', place: {} },
      { kind: 'paragraph', text: '注：单位为万元', place: {} },
    ]);
  });

  it('says where the XML breaks', () => {
    const broken = `<w:document xmlns:w="${wordNamespace}">\n<w:body>\n<w:p><w:r><w:t>x</w:r></w:p>\n</w:body></w:document>`;
    expect(() => readDocxXml(broken, { fileName: 'bad.docx' })).toThrow(
      'malformed XML in word/document.xml at line 3, column 17: expected </w:t> but found </w:r>',
    );
    expect(() => readDocxXml(broken, { fileName: 'bad.docx' })).toThrow(
      expect.objectContaining({ code: 'malformed', line: 3, fileName: 'bad.docx' }),
    );
  });

  it('refuses a truncated part, a bare ampersand and a missing body', () => {
    expect(() => readDocxXml(`<w:document xmlns:w="${wordNamespace}"><w:body><w:p>`)).toThrow(/<w:p> is never closed/);
    expect(() => readDocxXml(documentXml('<w:p><w:r><w:t>A & B</w:t></w:r></w:p>'))).toThrow(/bare "&"/);
    expect(() => readDocxXml(`<w:document xmlns:w="${wordNamespace}"/>`)).toThrow(/has no <w:body>/);
    expect(() => readDocxXml('')).toThrow(/no root element/);
  });
});
