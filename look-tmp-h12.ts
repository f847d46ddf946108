import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3123';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const out = process.argv[2] ?? '/tmp/explore';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
  await page.goto(base + '/');
  await page.waitForSelector('#ask-document option:nth-child(2)', { state: 'attached' });
  await page.screenshot({ path: `${out}/${width}-home.png`, fullPage: true });
  const questions = ['公务用车购置及运维费是多少？', 'How much is spent on official vehicles?', '万里街道2025年的三公经费比2024年多还是少？', '基本支出占支出预算的比例', '什么是三公经费'];
  for (const [index, question] of questions.entries()) {
    await page.fill('#question', question);
    await page.press('#question', 'Enter');
    await page.waitForSelector('#answer:not([hidden]):not([aria-busy]) .citations-section', { timeout: 20000 });
    await page.screenshot({ path: `${out}/${width}-q${index}.png`, fullPage: true });
    const citations = await page.locator('.citations > li .citation').count();
    for (let c = 0; c < Math.min(citations, 2); c++) {
      await page.locator('.citations > li .citation').nth(c).click();
      await page.waitForSelector('#ask-source:not([hidden])');
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${width}-q${index}-c${c}.png`, fullPage: true });
    }
  }
  await page.click('#tab-search');
  await page.fill('#search-query', '公务接待费');
  await page.selectOption('#search-unit', { index: 1 });
  await page.press('#search-query', 'Enter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/${width}-search.png`, fullPage: true });
  await page.click('#tab-documents');
  await page.screenshot({ path: `${out}/${width}-documents.png`, fullPage: true });
  await context.close();
}
await browser.close();
