import { describe, expect, it } from 'vitest';
import { describedUnitPhrase, unitByDescription } from './unit-described.ts';

describe('describedUnitPhrase', () => {
  it('reads what an English question says the unit does', () => {
    expect(describedUnitPhrase("In the 2025 budget of Putuo's district-level body in charge of industry, trade and grain reserves, how much…?", 'en')).toBe(
      'industry, trade and grain reserves',
    );
    expect(describedUnitPhrase('For the office that handles letters and visits, what is spent on cars?', 'en')).toBe('letters and visits');
    expect(describedUnitPhrase('How much does the Wanli street office spend on cars?', 'en')).toBeUndefined();
  });
  it('reads a Chinese clause that points at a unit by its duty or by what it builds', () => {
    expect(describedUnitPhrase('负责信访工作的那个局，2022年三公经费是多少？', 'zh')).toBe('信访');
    expect(describedUnitPhrase('社区公共服务中心建在真金路和交通路路口的那个街道办，2024年城管执法安排了多少？', 'zh')).toBe('社区公共服务中心建在真金路和交通路路口');
    expect(describedUnitPhrase('万里街道2024年城管执法安排了多少？', 'zh')).toBeUndefined();
  });
});

describe('unitByDescription', () => {
  const units = [
    { unit: '商务委员会', text: '负责本区粮食流通行业管理，贯彻执行有关工商业、内外贸的方针' },
    { unit: '人民政府办公室', text: '负责区政府的文电、会务、督查和信息工作' },
  ];
  it('picks the unit whose disclosure holds clearly more of the description', () => {
    expect(unitByDescription({ terms: ['工业', '贸易', '粮食', '储备'] }, units)).toBeUndefined();
    expect(unitByDescription({ terms: ['工商业', '粮食', '储备'] }, units)).toBe('商务委员会');
    expect(unitByDescription({ text: '督查和信息' }, units)).toBe('人民政府办公室');
  });
  it('picks none when units hold the description about equally, or none holds half of it', () => {
    expect(unitByDescription({ text: '负责' }, units)).toBeUndefined();
    expect(unitByDescription({ terms: ['广告', '赛事'] }, units)).toBeUndefined();
  });
});
