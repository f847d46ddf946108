import { describe, expect, it } from 'vitest';
import { withEnglishRendered } from './english-in-chinese.ts';

const glossary: Record<string, string> = { 'government procurement': '政府采购', construction: '施工', 'office rent': '租赁费', project: '项目支出' };
const render = (english: string) => glossary[english.toLowerCase()];

describe('withEnglishRendered', () => {
  it('writes English words inside a Chinese question in Chinese', () => {
    expect(withEnglishRendered('万里街道2025年的government procurement预算里有多少？', render)).toBe('万里街道2025年的政府采购预算里有多少？');
    expect(withEnglishRendered('三公经费占支出预算的percentage是多少？', render)).toBe('三公经费占支出预算的百分比是多少？');
    expect(withEnglishRendered('万里街道2024年的三公经费比2023年increase了25万元，officially给出的reason是什么？', render)).toBe('万里街道2024年的三公经费比2023年增加了25万元，给出的原因是什么？');
  });
  it('leaves the English beside the Chinese that says the same, unknown words, codes and English questions', () => {
    expect(withEnglishRendered('采购里construction工程那一块安排了多少？', render)).toBe('采购里工程那一块安排了多少？');
    expect(withEnglishRendered('联合接访中心的 office rent（办公用房租赁）是多少？', render)).toBe('联合接访中心的 （办公用房租赁）是多少？');
    expect(withEnglishRendered('万里街道的Zhangsan是谁？', render)).toBe('万里街道的Zhangsan是谁？');
    expect(withEnglishRendered('2025年Q1用款计划多少？', render)).toBe('2025年Q1用款计划多少？');
    expect(withEnglishRendered('What share of the budget is procurement?', render)).toBe('What share of the budget is procurement?');
    expect(withEnglishRendered('What is the 2025 budget for 公务用车购置及运行费 at Wanli Street?', render)).toBe('What is the 2025 budget for 公务用车购置及运行费 at Wanli Street?');
    expect(withEnglishRendered('万里街道2024年的office rent和物业费一共多少？', render)).toBe('万里街道2024年的租赁费和物业费一共多少？');
    expect(withEnglishRendered('万里街道2024年Wanli Street的物业费一共多少？', render)).toBe('万里街道2024年Wanli Street的物业费一共多少？');
    // One word alone keeps its own sense: project is no 项目支出.
    expect(withEnglishRendered('万里街道2024年这个project的钱一共多少？', render)).toBe('万里街道2024年这个project的钱一共多少？');
  });
});
