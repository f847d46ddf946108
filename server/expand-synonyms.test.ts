import { describe, expect, it } from 'vitest';
import { createSynonymExpander } from './expand-synonyms.ts';

const expand = createSynonymExpander([
  { zh: '人员经费', zhAliases: ['人员类项目经费', '人员支出'], en: ['personnel costs'] },
  { zh: '公务用车购置及运维费', zhAliases: ['公车经费', '公车'], en: ['official vehicles'] },
]);

describe('createSynonymExpander', () => {
  it('adds the wording the document uses for a term the question names differently', () => {
    expect(expand('人员经费占基本支出的比重', new Set(['人员类项目经费']))).toBe('人员经费占基本支出的比重 人员类项目经费');
    expect(expand('公车一年花多少钱', new Set(['公务用车购置及运维费']))).toBe('公车一年花多少钱 公务用车购置及运维费');
  });
  it('adds nothing the document does not use, or when the question already uses it', () => {
    expect(expand('人员经费是多少', new Set(['工资福利支出', '人员经费占比']))).toBe('人员经费是多少');
    expect(expand('公务用车购置及运维费是多少', new Set(['公务用车购置及运维费']))).toBe('公务用车购置及运维费是多少');
  });
});
