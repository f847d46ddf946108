import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { createApp } from '../server/create-app.ts';
import { FakeEngine } from '../server/testing/fake-engine.ts';

/** Real headless Chromium against the real app and a fake engine. Screenshots go to /tmp/shots for a human look. */

const shotsDirectory = '/tmp/shots';
const chromiumArguments = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: Server;
let base: string;
let engine: FakeEngine;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
  mkdirSync(shotsDirectory, { recursive: true });
  engine = new FakeEngine();
  const app = createApp({ engine, config: loadConfig({ RATE_LIMIT_PER_MINUTE: '100000' }) });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArguments });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function openPage(options: { width?: number; height?: number; path?: string } = {}): Promise<void> {
  context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  dialogs = [];
  pageErrors = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${base}${options.path ?? '/'}`);
  await page.waitForSelector('#ask-document option:nth-child(2)', { state: 'attached' });
}

beforeEach(() => {
  engine.askRequests.length = 0;
});

afterEach(async () => {
  await context?.close();
});

async function ask(question: string): Promise<void> {
  await page.fill('#question', question);
  await page.press('#question', 'Enter');
  await page.waitForSelector('#answer:not([hidden]):not([aria-busy]) .citations-section');
}

describe('the web page', () => {
  it('asks a typed question and shows the figure, sentence, calculation, warnings and citations', async () => {
    await openPage();
    await ask('公务用车购置及运维费是多少？');
    expect(await page.textContent('.figure-value')).toBe('11.80万元');
    expect(await page.textContent('.answer-text')).toBe('公务用车购置及运维费预算为11.80万元。');
    expect(await page.textContent('.calculation code')).toBe('11.80');
    expect(await page.textContent('.operands li')).toContain('11.80 万元');
    expect(await page.textContent('.warnings')).toContain('12.30 ≠ 12.80');
    expect(await page.textContent('.passed-checks summary')).toBe('核对通过（1 项）');
    expect(await page.locator('.citations > li').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    expect(new URL(page.url()).hash).toBe(`#q=${encodeURIComponent('公务用车购置及运维费是多少？').replace(/%20/g, '+')}`);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: `${shotsDirectory}/ask-answer.png`, fullPage: true });
  });

  it('opens a cited table row in the source panel with the row and cell highlighted', async () => {
    await openPage();
    await ask('公务用车购置及运维费是多少？');
    await page.click('.citations > li:nth-child(2) .citation');
    await page.waitForSelector('#ask-source:not([hidden]) .source-table');
    expect(await page.locator('#ask-source .breadcrumb li').allTextContents()).toEqual(['二、单位预算公开表', '7.财政拨款“三公”经费支出表']);
    expect(await page.textContent('#ask-source tr.highlight-row th')).toBe('公务用车购置及运维费');
    expect(await page.textContent('#ask-source tr.highlight-row mark')).toBe('11.80');
    expect(await page.locator('#ask-source tbody tr').count()).toBe(4);
    await page.screenshot({ path: `${shotsDirectory}/source-table.png`, fullPage: true });

    await page.click('.citations > li:nth-child(1) .citation');
    await page.waitForSelector('#ask-source .passage mark');
    expect(await page.textContent('#ask-source .passage mark')).toBe('公务用车购置及运维费11.80万元');
    await page.screenshot({ path: `${shotsDirectory}/source-passage.png`, fullPage: true });
  });

  it('shows the figure in yuan too for an English answer and switches the interface language', async () => {
    await openPage();
    await page.click('#language-toggle');
    expect(await page.textContent('#tab-ask')).toBe('Ask');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('.example:has-text("How much is spent on official vehicles?")');
    await page.waitForSelector('#answer:not([aria-busy]) .figure-yuan');
    expect(await page.textContent('.figure-yuan')).toBe('= 118,000 yuan');
    expect(await page.textContent('#citations-heading')).toBe('Sources');
    await page.screenshot({ path: `${shotsDirectory}/english.png`, fullPage: true });
    await page.reload();
    await page.waitForSelector('#ask-document option:nth-child(2)', { state: 'attached' });
    expect(await page.textContent('#tab-search')).toBe('Search');
  });

  it('drafts a reply in an editable box and copies it', async () => {
    await openPage();
    await ask('公务用车购置及运维费是多少？');
    await page.click('#draft-button');
    await page.waitForSelector('#draft-text');
    expect(engine.askRequests.at(-1)).toEqual({ question: '公务用车购置及运维费是多少？', mode: 'draft' });
    expect(await page.inputValue('#draft-text')).toMatch(/^您好！经查询/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-text');
    expect(await page.locator('#draft .citations > li').count()).toBe(2);
    await page.fill('#draft-text', '修改后的回复：11.80万元。');
    await page.click('#copy-button');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent === '已复制到剪贴板。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('修改后的回复：11.80万元。');
    await page.screenshot({ path: `${shotsDirectory}/draft.png`, fullPage: true });
  });

  it('falls back to select and execCommand when the async clipboard is missing', async () => {
    await openPage();
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await ask('公务用车购置及运维费是多少？');
    await page.click('#draft-button');
    await page.waitForSelector('#draft-text');
    await page.click('#copy-button');
    await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '');
    expect(await page.textContent('#copy-status')).toMatch(/已复制到剪贴板。|无法自动复制/);
    const selected = await page.evaluate(() => {
      const box = document.getElementById('draft-text') as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(selected).toMatch(/^您好！经查询/);
  });

  it('searches with a unit filter, groups by document, highlights the terms and opens the source', async () => {
    await openPage();
    await page.click('#tab-search');
    await page.fill('#search-query', '公务用车');
    await page.press('#search-query', 'Enter');
    await page.waitForSelector('.result-group');
    expect(await page.locator('.result-group h3').allTextContents()).toEqual(['示例市信访局2022年单位预算', '示例区街道办事处2024年部门预算']);

    await page.selectOption('#search-unit', '示例区街道办事处');
    await page.selectOption('#search-year', '2024');
    await page.click('#search-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('.result-group').length === 1);
    expect(await page.locator('.result-group h3').allTextContents()).toEqual(['示例区街道办事处2024年部门预算']);
    expect(await page.locator('.result-text mark').allTextContents()).toEqual(['公务用车']);
    await page.click('.result-group button');
    await page.waitForSelector('#search-source:not([hidden]) .passage');
    expect(await page.textContent('#search-source .passage')).toBe('街道办事处负责辖区公共服务、公务用车管理和社区治理。');
    expect(await page.locator('#search-source .passage mark').allTextContents()).toEqual(['公务用车']);
    await page.screenshot({ path: `${shotsDirectory}/search.png`, fullPage: true });
  });

  it('lists the ingested documents in a table', async () => {
    await openPage();
    await page.click('#tab-documents');
    const firstRow = await page.locator('#documents-table tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toEqual(['示例市信访局2022年单位预算', '示例市信访局', '2022', '12', '9', '140', '88']);
    expect(await page.textContent('#documents-status')).toBe('共 3 份文件。');
    await page.screenshot({ path: `${shotsDirectory}/documents.png`, fullPage: true });
  });

  it('renders markup inside documents as text: no script runs, no image loads, the text is visible', async () => {
    await openPage();
    await ask('恶意文档测试');
    await page.click('.citations > li:nth-child(1) .citation');
    await page.waitForSelector('#ask-source .source-table');
    expect(await page.textContent('#ask-source tr.highlight-row mark')).toBe('单元格<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(await page.isVisible('#ask-source mark:has-text("单元格<img src=x onerror=alert(1)>")')).toBe(true);
    expect(await page.isVisible('.answer-text:has-text("<script>alert(2)</script>")')).toBe(true);
    await page.screenshot({ path: `${shotsDirectory}/hostile-table.png`, fullPage: true });
    await page.click('.citations > li:nth-child(2) .citation');
    await page.waitForSelector('#ask-source .passage mark');
    expect(await page.textContent('#ask-source .passage')).toBe('正文包含<img src=x onerror=alert(1)><script>alert(2)</script>的恶意文字。');
    await page.click('#tab-documents');
    await page.click('#tab-search');
    await page.fill('#search-query', '恶意');
    await page.press('#search-query', 'Enter');
    await page.waitForSelector('.result-group');
    await page.waitForTimeout(200);

    expect(await page.textContent('.answer-text')).toBe('恶意文档的回答<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(await page.textContent('.warnings li')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.click('#tab-documents');
    expect(await page.locator('#documents-table tbody tr').nth(2).locator('td').first().textContent()).toBe(
      '恶意样本单位2023年单位预算<img src=x onerror=alert(1)><script>alert(2)</script>',
    );
    expect(dialogs).toEqual([]);
  });

  it('fits a 375 px phone: no sideways scroll, the source panel below the answer', async () => {
    await openPage({ width: 375, height: 812 });
    await ask('三公经费比上年减少了多少？');
    await page.click('.citations > li:nth-child(2) .citation');
    await page.waitForSelector('#ask-source:not([hidden]) .source-table');
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      answer: document.getElementById('answer')!.getBoundingClientRect().toJSON() as DOMRect,
      source: document.getElementById('ask-source')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(375);
    expect(layout.source.top).toBeGreaterThanOrEqual(layout.answer.bottom);
    expect(layout.answer.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${shotsDirectory}/phone.png`, fullPage: true });
  });

  it('works from the keyboard alone: tab to the question, Enter to ask, focus moves to the answer, focus is visible', async () => {
    await openPage();
    const visited: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
      visited.push(id);
      if (id === 'question') break;
    }
    expect(visited.at(-1)).toBe('question');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.type('三公经费比上年减少了多少？');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#answer:not([aria-busy]) .figure-value');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    expect(await page.textContent('.figure-value')).toBe('0.50万元');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('citation-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#ask-source:not([hidden]) .source-table');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('source-heading');
    expect(await page.getAttribute('#answer', 'aria-live')).toBe('polite');
    await page.screenshot({ path: `${shotsDirectory}/keyboard.png`, fullPage: true });
  });

  it('re-asks a deep link with its document filter', async () => {
    await openPage({ path: `/#q=${encodeURIComponent('三公经费比上年减少了多少？')}&docId=bureau-2022` });
    await page.waitForSelector('#answer:not([hidden]):not([aria-busy]) .figure-value');
    expect(await page.textContent('.figure-value')).toBe('0.50万元');
    expect(await page.inputValue('#question')).toBe('三公经费比上年减少了多少？');
    expect(await page.inputValue('#ask-document')).toBe('bureau-2022');
    expect(engine.askRequests).toEqual([{ question: '三公经费比上年减少了多少？', docId: 'bureau-2022' }]);
  });

  it('names the answering document and re-asks from another one it offers, limited to that document', async () => {
    await openPage();
    await ask('公务用车购置及运维费是多少？');
    expect(await page.textContent('.answer-document-title')).toBe('示例市信访局2022年单位预算');
    expect(await page.locator('.alternative').allTextContents()).toEqual(['示例区街道办事处2024年部门预算']);
    await page.click('.alternative');
    await page.waitForFunction(() => document.querySelector('.figure-value')?.textContent === '21.56万元');
    expect(engine.askRequests.at(-1)).toEqual({ question: '公务用车购置及运维费是多少？', docId: 'street-2024' });
    expect(await page.inputValue('#ask-document')).toBe('street-2024');
    expect(await page.textContent('.answer-document-title')).toBe('示例区街道办事处2024年部门预算');
    expect(await page.locator('.alternative').count()).toBe(0);
    expect(new URL(page.url()).hash).toContain('docId=street-2024');
  });

  it('reads the event stream into the answer; offers three other documents and the rest on request', async () => {
    await openPage();
    const alternatives = ['甲', '乙', '丙', '丁', '戊'].map((name, index) => ({ id: `other-${index}`, title: `${name}单位2024年部门预算` }));
    const answer = {
      kind: 'text',
      answer: '第一句。第二句。',
      lang: 'zh',
      citations: [],
      checks: [{ ok: false, message: '正文与表格不一致' }],
      document: { id: 'bureau-2022', title: '示例市信访局2022年单位预算' },
      alternatives,
    };
    const events = [
      ['answer-delta', { text: '第一句。' }],
      ['answer-delta', { text: '第二句。' }],
      ['answer', answer],
      ['done', {}],
    ];
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream; charset=utf-8',
        body: events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join(''),
      }),
    );
    await ask('任意问题');
    expect(await page.textContent('.answer-text')).toBe('第一句。第二句。');
    expect(await page.locator('.alternative:visible').allTextContents()).toEqual(['甲单位2024年部门预算', '乙单位2024年部门预算', '丙单位2024年部门预算']);
    expect(await page.textContent('.warnings li')).toBe('正文与表格不一致');
    await page.click('.more-alternatives');
    expect(await page.locator('.alternative:visible').count()).toBe(5);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('丁单位2024年部门预算');
    expect(await page.locator('.more-alternatives').count()).toBe(0);
  });

  it('shows a long many-column table around the cited row, with merged headers and all rows on request', async () => {
    await openPage();
    await ask('基本支出是多少？');
    await page.click('.citations > li:nth-child(1) .citation');
    await page.waitForSelector('#ask-source:not([hidden]) .source-table');
    const header = await page.locator('#ask-source thead tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => `${cell.textContent}|${cell.getAttribute('colspan') ?? 1}x${cell.getAttribute('rowspan') ?? 1}`)),
    );
    expect(header).toEqual([
      ['项目|3x1', '一般公共预算基本支出|3x1'],
      ['部门预算经济分类科目|3x1', '合计|1x2', '人员经费|1x2', '公用经费|1x2'],
      ['类|1x1', '款|1x1', '科目名称|1x1'],
    ]);
    const visibleRows = () => page.locator('#ask-source tbody tr:visible th').allTextContents();
    expect(await visibleRows()).toEqual(['302', '302', '302', '302', '302', '302', '302', '302', '302', '302', '302']);
    expect(await page.textContent('#ask-source tr.highlight-row mark')).toBe('180,000');
    expect(await page.textContent('#ask-source .rows-note')).toBe('（另有 19 行未显示）');
    expect(await page.getAttribute('#ask-source td.highlight-cell', 'class')).toContain('number');
    expect(await page.getAttribute('#ask-source tr.highlight-row td:nth-child(3)', 'class')).toContain('label');
    await page.click('#ask-source .rows-toggle');
    expect(await page.locator('#ask-source tbody tr:visible').count()).toBe(30);
    expect(await page.getAttribute('#ask-source .rows-toggle', 'aria-expanded')).toBe('true');
    expect(await page.isHidden('#ask-source .rows-note')).toBe(true);
    expect(await page.getAttribute('.citation-section', 'title')).toBe(
      '二、部门预算公开表 > （八）一般公共预算基本支出情况 > 8.2024年部门一般公共预算基本支出部门预算经济分类预算表',
    );
    await page.screenshot({ path: `${shotsDirectory}/long-table.png`, fullPage: true });
  });

  it('falls back to POST /api/ask when the answer stream is unavailable or breaks off', async () => {
    await openPage();
    await page.route('**/api/ask/stream', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"not_found","message":"No route"}}' }));
    await ask('公务用车购置及运维费是多少？');
    expect(await page.textContent('.figure-value')).toBe('11.80万元');
    expect(engine.askRequests).toEqual([{ question: '公务用车购置及运维费是多少？' }]);

    await page.unroute('**/api/ask/stream');
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream; charset=utf-8', body: 'event: answer-delta\ndata: {"text":"半句"}\n\n' }),
    );
    await page.fill('#question', '三公经费比上年减少了多少？');
    await page.press('#question', 'Enter');
    await page.waitForFunction(() => document.querySelector('.figure-value')?.textContent === '0.50万元');
    expect(await page.textContent('.answer-text')).toBe('“三公”经费比上年减少0.50万元。');
    expect(engine.askRequests).toHaveLength(2);
    // The browser itself logs the stubbed 404; nothing else may fail.
    expect(pageErrors.filter((message) => !message.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('does not ask a second time when the server rejects the question', async () => {
    await openPage();
    await page.fill('#question', 'x'.repeat(2001));
    await page.evaluate(() => {
      // The textarea caps its length; a request built by hand gets past it, as a script could.
      (document.getElementById('question') as HTMLTextAreaElement).removeAttribute('maxlength');
      (document.getElementById('question') as HTMLTextAreaElement).value = 'x'.repeat(2001);
    });
    let plainAsks = 0;
    await page.route('**/api/ask', async (route) => {
      plainAsks += 1;
      await route.continue();
    });
    await page.press('#question', 'Enter');
    await page.waitForFunction(() => document.getElementById('ask-status')?.classList.contains('error'));
    expect(await page.textContent('#ask-status')).toBe('请求失败：Invalid request: question must be at most 2000 characters');
    expect(plainAsks).toBe(0);
  });

  it('shows each document as a card on a phone', async () => {
    await openPage({ width: 375, height: 812 });
    await page.click('#tab-documents');
    const card = await page.locator('#documents-table tbody tr').first().boundingBox();
    expect(card!.width).toBeGreaterThan(300);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#documents-table td[data-label="单位"]')!, '::before').content)).toBe('"单位"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${shotsDirectory}/documents-phone.png`, fullPage: true });
  });

  it('shows a failed request as an error, not a broken page', async () => {
    await openPage();
    await page.fill('#question', 'boom');
    await page.press('#question', 'Enter');
    await page.waitForFunction(() => document.getElementById('ask-status')?.classList.contains('error'));
    expect(await page.textContent('#ask-status')).toBe('请求失败：Internal error');
    expect(await page.isHidden('#answer')).toBe(true);
    await page.fill('#question', '   ');
    await page.press('#question', 'Enter');
    expect(await page.textContent('#ask-status')).toBe('请输入问题。');
  });
});
