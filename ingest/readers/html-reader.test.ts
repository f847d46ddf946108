import { describe, expect, it } from 'vitest';
import { rawBlockSchema } from '../model.ts';
import { htmlReader, readHtml } from './html-reader.ts';
import { ReaderError } from './reader-error.ts';

const governmentPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2022年单位预算信息公开</title>
<script>var menu = "<p>不是正文</p>";</script><style>p { color: red }</style></head>
<body>
<div class="header"><img src="logo.png" alt="logo"><span>某市人民政府</span></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="article-content">
<h1>某市信访局<br>2022年单位预算信息公开</h1>
<p>一、部门职责</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;（一）主要职能</p>
<p>负责受理群众来信来访，<br>协调处理信访事项。</p>
<p>第一条说明。<br/>第二条说明。</p>
<p>正文提到 &lt;script&gt; 标签也是正文 &amp; 符号，
  换行处不加空格</p>
<table border="1">
<caption>收支预算总表</caption>
<tr><th rowspan="2">项目</th><th colspan="2">预算数</th></tr>
<tr><th>本年</th><th>上年</th></tr>
<tr><td>部门<br>产出</td><td>11.80</td><td>12.30</td></tr>
</table>
<ul><li>附件1</li><li>附件2</li></ul>
</div>
<div class="footer">版权所有 某市信访局</div>
</body></html>`;

describe('readHtml', () => {
  it('reads a government page: headings, paragraphs, br-split lines, a rowspan/colspan table; skips site chrome', () => {
    const blocks = readHtml(governmentPage);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '某市信访局2022年单位预算信息公开', headingLevel: 1, place: { line: 8 } },
      { kind: 'paragraph', text: '一、部门职责', place: { line: 9 } },
      { kind: 'paragraph', text: '（一）主要职能', place: { line: 10 } },
      { kind: 'paragraph', text: '负责受理群众来信来访，协调处理信访事项。', place: { line: 11 } },
      { kind: 'paragraph', text: '第一条说明。', place: { line: 12 } },
      { kind: 'paragraph', text: '第二条说明。', place: { line: 12 } },
      { kind: 'paragraph', text: '正文提到 <script> 标签也是正文 & 符号，换行处不加空格', place: { line: 13 } },
      { kind: 'paragraph', text: '收支预算总表', place: { line: 16 } },
      {
        kind: 'table',
        place: { line: 15 },
        rows: [
          [{ text: '项目', rowSpan: 2 }, { text: '预算数', colSpan: 2 }],
          [{ text: '本年' }, { text: '上年' }],
          [{ text: '部门\n产出' }, { text: '11.80' }, { text: '12.30' }],
        ],
      },
      { kind: 'paragraph', text: '附件1', place: { line: 21 } },
      { kind: 'paragraph', text: '附件2', place: { line: 21 } },
    ]);
    for (const block of blocks) expect(rawBlockSchema.safeParse(block).success).toBe(true);
  });

  it('keeps an article header, drops the page header, nav and hidden elements', () => {
    const html = `<header><a href="/">门户网站</a></header><nav>菜单</nav>
<article><header><h2>二、收入预算</h2></header><p style="display: none">隐藏</p><p hidden>也隐藏</p><p>收入合计100万元。</p><footer>来源：财政局</footer></article>
<footer>网站地图</footer><div role="navigation">快捷导航</div>`;
    expect(readHtml(html)).toEqual([
      { kind: 'paragraph', text: '二、收入预算', headingLevel: 2, place: { line: 2 } },
      { kind: 'paragraph', text: '收入合计100万元。', place: { line: 2 } },
      { kind: 'paragraph', text: '来源：财政局', place: { line: 2 } },
    ]);
  });

  it('reads a layout table as page regions and the data table inside it as a grid', () => {
    const html = `<table width="100%"><tr><td><p>（二）支出预算</p><table><tr><td>合计</td><td>96.50</td></tr></table></td></tr></table>`;
    expect(readHtml(html)).toEqual([
      { kind: 'paragraph', text: '（二）支出预算', place: { line: 1 } },
      { kind: 'table', rows: [[{ text: '合计' }, { text: '96.50' }]], place: { line: 1 } },
    ]);
  });

  it('reads Word-exported HTML: list numbers in downlevel conditionals, paragraphs inside a cell, rowspan="0"', () => {
    const html = `<p class=MsoListParagraph><![if !supportLists]><span>1.</span><![endif]>项目支出<o:p></o:p></p>
<table class=MsoTableGrid>
<tr><td rowspan="0"><p class=MsoNormal>绩效指标</p></td><td><p class=MsoNormal>数量 ≥3</p><p class=MsoNormal>质量</p></td></tr>
<tr><td>时效</td></tr>
</table>`;
    expect(readHtml(html)).toEqual([
      { kind: 'paragraph', text: '1.项目支出', place: { line: 1 } },
      {
        kind: 'table',
        place: { line: 2 },
        rows: [[{ text: '绩效指标', rowSpan: 2 }, { text: '数量 ≥3\n质量' }], [{ text: '时效' }]],
      },
    ]);
  });

  it('keeps preformatted lines as they stand', () => {
    expect(readHtml('<pre>\n单位：万元\n  合计   100.00\n</pre>')).toEqual([
      { kind: 'paragraph', text: '单位：万元', place: { line: 2 } },
      { kind: 'paragraph', text: '合计   100.00', place: { line: 3 } },
    ]);
  });

  it('refuses a page with no text', () => {
    const html = '<html><head><title>空</title><script>document.write("x")</script></head><body>  <img src="a.png"> </body></html>';
    expect(() => readHtml(html, { fileName: 'blank.html' })).toThrow(ReaderError);
    expect(() => readHtml(html, { fileName: 'blank.html' })).toThrow(
      expect.objectContaining({ code: 'empty', fileName: 'blank.html', message: 'the page has no text' }),
    );
    expect(() => readHtml('')).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});

describe('htmlReader', () => {
  const gbkPrefix = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><h2>';
  // 一、收入预算 and 合计 in GBK.
  const gbkHeading = [0xd2, 0xbb, 0xa1, 0xa2, 0xca, 0xd5, 0xc8, 0xeb, 0xd4, 0xa4, 0xcb, 0xe3];
  const gbkTotal = [0xba, 0xcf, 0xbc, 0xc6];

  function bytesOf(...parts: Array<string | number[]>): Uint8Array {
    return new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
  }

  it('decodes a page that declares gb2312', async () => {
    const bytes = bytesOf(gbkPrefix, gbkHeading, '</h2><p>', gbkTotal, ' 100</p></body></html>');
    expect(await htmlReader.read({ fileName: 'gbk.html', bytes })).toEqual([
      { kind: 'paragraph', text: '一、收入预算', headingLevel: 2, place: { line: 1 } },
      { kind: 'paragraph', text: '合计 100', place: { line: 1 } },
    ]);
  });

  it('reads undeclared bytes that are not UTF-8 as GB18030', async () => {
    const bytes = bytesOf('<p>', gbkTotal, '</p>');
    expect(await htmlReader.read({ fileName: 'plain.htm', bytes })).toEqual([{ kind: 'paragraph', text: '合计', place: { line: 1 } }]);
  });

  it('reads UTF-8 with a byte order mark', async () => {
    const bytes = bytesOf([0xef, 0xbb, 0xbf], '<p>预算</p>');
    expect(await htmlReader.read({ fileName: 'bom.html', bytes })).toEqual([{ kind: 'paragraph', text: '预算', place: { line: 1 } }]);
  });

  it('refuses binary data and empty pages', async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(htmlReader.read({ fileName: 'image.html', bytes: binary })).rejects.toMatchObject({ code: 'unreadable', fileName: 'image.html' });
    await expect(htmlReader.read({ fileName: 'empty.html', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'empty', fileName: 'empty.html' });
  });
});
