import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResponse } from './ask-contract.ts';
import { loadConfig } from './config.ts';
import type { QaEngine } from './create-engine.ts';
import { createCedictIndex } from './cedict-index.ts';
import { createTranslator, openEngine } from './open-engine.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './testing/fake-openai-server.ts';

const seedsDir = new URL('../seeds/', import.meta.url).pathname;
let dataDir: string;
let engine: QaEngine;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'budget-qa-engine-'));
  ({ engine } = await openEngine({ config: loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: dataDir }), log: () => {} }));
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function ask(question: string, extra: Partial<Parameters<QaEngine['ask']>[0]> = {}): Promise<AskResponse> {
  return engine.ask({ question, ...extra });
}

function noFloatResidue(response: AskResponse): void {
  const texts = [response.answer, response.value?.display ?? '', response.calculation?.formula ?? ''];
  for (const text of texts) expect(text).not.toMatch(/\d\.\d*0000\d|\d\.\d*9999\d/);
}

describe('the engine over the seed disclosure', () => {
  it('answers a lookup in Chinese with the figure, the row-level citation and its full section path', async () => {
    const response = await ask('公务用车购置及运维费是多少？');
    expect(response).toMatchObject({ kind: 'numeric', lang: 'zh', value: { amount: 11.8, unit: '万元', comparator: '=', display: '11.80万元' } });
    expect(response.citations[0].section).toBe('四、财政拨款“三公”经费预算情况及增减变化原因');
    expect(response.citations[0].quote).toContain('公务用车购置及运维费11.80万元');
    expect(response.checks.some((check) => check.ok && check.message.includes('12.30 = 0 + 11.80 + 0.5'))).toBe(true);
  });

  it('answers the same question asked in English, giving yuan too', async () => {
    const response = await ask('How much is spent on official vehicles?');
    expect(response).toMatchObject({ kind: 'numeric', lang: 'en', value: { amount: 11.8, unit: '万元' } });
    expect(response.answer).toContain('118,000 yuan');
  });

  it('derives the previous year from the stated decrease and shows the calculation with cited operands', async () => {
    const response = await ask('去年三公经费是多少？');
    expect(response.value).toMatchObject({ amount: 22.78, unit: '万元' });
    expect(response.calculation?.formula).toBe('12.30 + 10.48 = 22.78');
    const citationIds = new Set(response.citations.map((citation) => citation.id));
    expect(response.calculation?.operands).toHaveLength(2);
    for (const operand of response.calculation?.operands ?? []) expect(citationIds.has(operand.citationId)).toBe(true);
  });

  it('computes a share and an average exactly, without floating-point residue', async () => {
    const share = await ask('基本支出占支出预算的比例是多少？');
    expect(share.value).toMatchObject({ amount: 41.66, unit: '%' });
    noFloatResidue(share);
    const average = await ask('平均每辆车价值多少？');
    expect(average.value).toMatchObject({ amount: 19.37, unit: '万元' });
    expect(average.calculation?.formula).toBe('96.83 / 5 = 19.37');
    noFloatResidue(average);
  });

  it('keeps a target comparator and cites the table row with its column', async () => {
    const response = await ask('单位面积成本控制在多少？');
    expect(response.value).toMatchObject({ amount: 0.79, unit: '元/平米/天', comparator: '≤' });
    expect(response.citations[0].table).toMatchObject({ title: '3.市联合接访中心办公用房租赁经费绩效目标表' });
    expect(response.citations[0].section).toBe('五、预算绩效信息 > 第二部分 资金绩效目标 > 3.市联合接访中心办公用房租赁经费绩效目标表');
  });

  it('answers a disclosed zero as 0, not as missing', async () => {
    const response = await ask('因公出国（境）费是多少？');
    expect(response).toMatchObject({ kind: 'numeric', value: { amount: 0, unit: '万元' } });
  });

  it('shows a failed check where the document compares with the wrong year', async () => {
    const response = await ask('项目支出比上年减少了多少？');
    expect(response.value).toMatchObject({ amount: 700.32, unit: '万元' });
    expect(response.checks.some((check) => !check.ok && check.message.includes('2020'))).toBe(true);
  });

  it.each([
    ['广告宣传费是多少？'],
    ["What is the mayor's salary?"],
    ['北京市信访局的三公经费是多少？'],
    ['2019年的三公经费是多少？'],
    ['明天天气怎么样？'],
  ])('abstains without a number on %s', async (question) => {
    const response = await ask(question);
    expect(response.kind).toBe('not_found');
    expect(response.value).toBeUndefined();
    expect(response.citations).toEqual([]);
  });

  it('answers despite a word the document lacks when the rest of the question names a figure well, and refuses another unit', async () => {
    // 确切 and 实打实 are not in the seed; the 三公 figure the rest names is.
    const answered = await ask('信访局实打实的三公经费确切是多少？');
    expect(answered.kind).toBe('numeric');
    expect(answered.value?.amount).toBe(12.3);
    // 公安局 is another unit: its 三公经费 is not the petitions bureau's.
    expect((await ask('廊坊市公安局的三公经费是多少？')).kind).toBe('not_found');
    // A sum whose other side is the missing word is not answered with the one side found.
    expect((await ask('信访局的公务接待费和广告费一共多少？')).kind).toBe('not_found');
    // Nothing but the missing word: refused, naming it.
    const refused = await ask('信访局的广告费是多少？');
    expect(refused.kind).toBe('not_found');
    expect(refused.answer).toContain('广告');
  });

  it('answers definitions and uses from the passages that hold them', async () => {
    const definition = await ask('什么是三公经费？');
    expect(definition.kind).toBe('text');
    expect(definition.citations[0].section).toBe('八、名词解释');
    const uses = await ask('机关运行经费主要用于什么？');
    expect(uses.kind).toBe('text');
    expect(uses.answer).toContain('日常维修');
  });

  it('writes a press draft that states the figure, quotes the disclosure and names the section', async () => {
    const response = await ask('三公经费是多少？', { mode: 'draft' });
    expect(response.kind).toBe('numeric');
    expect(response.answer).toContain('12.30万元');
    expect(response.answer).toContain('《廊坊市信访局2022年单位预算信息公开情况说明》');
    expect(response.answer).toContain('四、财政拨款“三公”经费预算情况及增减变化原因');
    expect(response.answer).toContain('原文表述为');
  });

  it('opens a cited table row as a table with the row highlighted', async () => {
    const response = await ask('聘请话务员数量是多少？');
    const source = engine.source(response.citations[0].id);
    expect(source?.kind).toBe('table');
    expect(source?.table?.rows[source.table.highlightRow ?? -1].join('')).toContain('聘请话务员数量');
    expect(engine.source('nope#b1')).toBeUndefined();
  });

  it('streams the deterministic answer in pieces when no model is configured', async () => {
    const pieces: string[] = [];
    const response = await engine.askStream({ question: '公务接待费是多少？' }, (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(response.answer);
    expect(response.value?.amount).toBe(0.5);
  });

  it('searches with hybrid retrieval and reports every document', async () => {
    const results = await engine.search({ q: '公务接待费', k: 5 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((result) => result.text.includes('公务接待费'))).toBe(true);
    expect(engine.documents()).toEqual([
      expect.objectContaining({ title: '廊坊市信访局2022年单位预算信息公开情况说明', unit: '廊坊市信访局', year: 2022, kind: '预算' }),
    ]);
  });
});

describe('the model path against a local fake server', () => {
  let fake: FakeOpenAiServer;
  let modelEngine: QaEngine;
  let modelDataDir: string;

  beforeAll(async () => {
    fake = await startFakeOpenAiServer();
    modelDataDir = mkdtempSync(join(tmpdir(), 'budget-qa-model-'));
    const config = loadConfig({ SEEDS_DIR: seedsDir, DATA_DIR: modelDataDir, OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test', OPENAI_TIMEOUT_MS: '1500' });
    ({ engine: modelEngine } = await openEngine({ config, log: () => {} }));
  }, 120_000);

  afterAll(async () => {
    await fake.close();
    rmSync(modelDataDir, { recursive: true, force: true });
  });

  it('uses model phrasing whose numbers are in the evidence, and keeps the computed value', async () => {
    fake.setChat(() => ({ content: '据公开文件，2022年机关运行经费安排95.17万元，主要用于日常运行支出。' }));
    const response = await modelEngine.ask({ question: '机关运行经费主要用于什么？' });
    expect(response.answer).toBe('据公开文件，2022年机关运行经费安排95.17万元，主要用于日常运行支出。');
  });

  it('streams model tokens as they arrive and returns the checked answer with its citations', async () => {
    fake.setChat(() => ({ content: '据公开文件，2022年机关运行经费安排95.17万元，主要用于日常运行支出。' }));
    const pieces: string[] = [];
    const response = await modelEngine.askStream({ question: '机关运行经费主要用于什么？' }, (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe('据公开文件，2022年机关运行经费安排95.17万元，主要用于日常运行支出。');
    expect(response.answer).toBe(pieces.join(''));
    expect(response.citations.length).toBeGreaterThan(0);
  });

  it('falls back to the deterministic answer when the model writes a number not in the evidence', async () => {
    fake.setChat(() => ({ content: '公务用车购置及运维费为99.99万元。' }));
    const response = await modelEngine.ask({ question: '公务用车购置及运维费是多少？' });
    expect(response.value?.amount).toBe(11.8);
    expect(response.answer).toBe('2022年，公务用车购置及运维费为11.80万元。');
  });

  it('falls back when the model times out or answers malformed output', async () => {
    fake.setChat(() => ({ raw: '{not json' }));
    const malformed = await modelEngine.ask({ question: '公务接待费是多少？' });
    expect(malformed.value?.amount).toBe(0.5);
    fake.setChat(() => ({ content: 'late', delayMs: 4000 }));
    const late = await modelEngine.ask({ question: '公务接待费是多少？' });
    expect(late.value?.amount).toBe(0.5);
  });

  it('executes a plan the model makes for a question the planner cannot read, with the same arithmetic', async () => {
    fake.setChat((body) =>
      body.response_format || body.tools
        ? { content: JSON.stringify({ intent: 'lookup', measures: ['公务接待费'], years: [], previousPeriod: false }) }
        : { content: '' },
    );
    const response = await modelEngine.ask({ question: '招待客人那块儿今年给了多少？' });
    expect(response).toMatchObject({ kind: 'numeric', value: { amount: 0.5, unit: '万元' } });
  });
});

describe('createTranslator', () => {
  const translate = createTranslator(undefined);
  it('drops words that only say money is involved when a specific measure is named', () => {
    expect(translate('How much does the bureau spend on rent?').text).not.toContain('支出');
    expect(translate('What are the car costs?').text).toContain('公务用车购置及运维费');
  });
  it('keeps them when they are all the question names, or a superlative or "expenditure" makes them the measure', () => {
    expect(translate('How much does the petitions bureau spend?').text).toContain('支出');
    expect(translate('Where does the bureau spend the most money?').text).toContain('支出');
    expect(translate('What is the general public budget expenditure?').text).toContain('支出');
  });
  it('reads "the X maintenance project" as one project, not as project spending in general', () => {
    expect(translate('What is the cost cap of the video petition platform maintenance project?').text).not.toContain('项目支出');
    expect(translate('How much is project spending?').text).toContain('项目支出');
  });
  it('matches on the dictionary renderings when the glossary names only a unit', () => {
    const withDictionary = createTranslator(createCedictIndex({ 'waste sorting': ['垃圾分类'] }));
    expect(withDictionary('How much for neighbourhood waste sorting?').text).toContain('垃圾分类');
  });
});

describe('the answer cache', () => {
  it('gives a repeated question the same answer, and a caller changing its copy changes nothing kept', async () => {
    const first = await ask('公务接待费是多少？');
    first.answer = 'changed by the caller';
    first.citations.length = 0;
    const second = await ask('公务接待费是多少？');
    expect(second.answer).not.toBe('changed by the caller');
    expect(second.citations.length).toBeGreaterThan(0);
    expect(second.value).toMatchObject({ amount: 0.5, unit: '万元' });
  });
  it('keys answers by the whole request: the same words in draft mode are a different answer', async () => {
    const answer = await ask('公务接待费是多少？');
    const draft = await ask('公务接待费是多少？', { mode: 'draft' });
    expect(draft.answer).not.toBe(answer.answer);
  });
});
