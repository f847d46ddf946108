import { describe, expect, it } from 'vitest';
import { createSynonymCoverage, createSynonymExpander } from './expand-synonyms.ts';
import { englishParaphrases } from './glossary-paraphrases.ts';
import { curatedGlossary, glossary, glossaryEntrySchema } from './glossary.ts';

describe('glossary', () => {
  it('has at least 150 well-formed entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(150);
    for (const entry of glossary) expect(glossaryEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('appends the generated paraphrases to their entries, each key naming an entry', () => {
    const curatedZh = new Set(curatedGlossary.map((entry) => entry.zh));
    for (const zh of Object.keys(englishParaphrases)) expect(curatedZh.has(zh), zh).toBe(true);
    const hospitality = glossary.find((entry) => entry.zh === '公务接待费');
    const curated = curatedGlossary.find((entry) => entry.zh === '公务接待费');
    expect(hospitality?.en.length).toBeGreaterThan(curated?.en.length ?? 0);
    expect(hospitality?.en.slice(0, curated?.en.length)).toEqual(curated?.en);
  });

  it('reads buying a new official car as the purchase line, not purchase and running together', () => {
    const expand = createSynonymExpander(glossary);
    const labels = new Set(['公务用车购置及运行费', '公务用车购置费']);
    expect(expand('打算花多少钱买新公车', labels)).toContain('公务用车购置费');
    expect(expand('打算花多少钱买新公车', labels)).not.toContain('公务用车购置及运行费');
  });

  it('names each Chinese term once', () => {
    const canonical = glossary.map((entry) => entry.zh);
    expect(new Set(canonical).size).toBe(canonical.length);
  });

  it('gives each Chinese wording (term or alias) to one entry only: the first entry would always win', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of glossary) {
      for (const wording of new Set([entry.zh, ...(entry.zhAliases ?? [])])) {
        const owner = owners.get(wording);
        if (owner !== undefined && owner !== entry.zh) clashes.push(`${wording}: ${owner} / ${entry.zh}`);
        owners.set(wording, entry.zh);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives each English phrase to one entry only, so a match is never ambiguous', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of glossary) {
      for (const phrase of entry.en) {
        const key = phrase.toLowerCase().trim();
        const owner = owners.get(key);
        if (owner !== undefined && owner !== entry.zh) clashes.push(`${phrase}: ${owner} / ${entry.zh}`);
        owners.set(key, entry.zh);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers the three public expenses and how the public names them', () => {
    const byChinese = new Map(glossary.map((entry) => [entry.zh, entry]));
    expect(byChinese.get('三公经费')?.en).toContain('three public consumptions');
    expect(byChinese.get('公务用车购置及运维费')?.en).toContain('official cars');
    expect(byChinese.get('公务用车运行维护费')?.zhAliases).toContain('公务用车运维费');
    expect(byChinese.get('公务接待费')?.en).toContain('hospitality');
    expect(byChinese.get('因公出国（境）费')?.en).toContain('trips abroad');
    expect(byChinese.get('机关运行经费')?.en).toContain('office running costs');
  });

  it('covers everyday words for economic-classification lines (电话费 for 邮电费, 出国考察, 接待客人), but not 打印机 as printing', () => {
    const covers = createSynonymCoverage(glossary);
    expect(covers('电话费', '邮电费357000元')).toBe(true);
    expect(covers('出国考察', '因公出国（境）费839万元')).toBe(true);
    expect(covers('接待客人', '公务接待费1.00万元')).toBe(true);
    expect(covers('打印机', '印刷费20000元')).toBe(false);
  });

  it('rejects an entry without English', () => {
    expect(glossaryEntrySchema.safeParse({ zh: '预算', en: [] }).success).toBe(false);
    expect(glossaryEntrySchema.safeParse({ zh: '', en: ['budget'] }).success).toBe(false);
  });
});
