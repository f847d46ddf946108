import { describe, expect, it } from 'vitest';
import { englishItemList, runningPairNamed, spendingPhrasing } from './create-engine.ts';

describe('spendingPhrasing', () => {
  it('reads money spent on X (花在X上的钱, 用在X上面) as X的支出 line', () => {
    expect(spendingPhrasing('2022年花在项目上的钱比基本开支多多少')).toBe('2022年项目支出比基本开支多多少');
    // 三公里 is 三公 + 里 (within the three public expenses), not three kilometres.
    expect(spendingPhrasing('三公里公车运维那一块预算多少')).toBe('三公经费中公车运维那一块预算多少');
    expect(spendingPhrasing('用在培训上面的经费有多少')).toBe('培训支出有多少');
    expect(spendingPhrasing('花在人身上的钱大概占百分之多少')).toBe('人员经费大概占百分之多少');
  });
  it('drops what a note leaves out after 不算 (不算买新车), and keeps a note that names it before (工程那块先不算)', () => {
    expect(spendingPhrasing('养车的钱——就是油费维修那些运行费，不算买新车——预算是多少')).toBe('养车的钱——就是油费维修那些运行费——预算是多少');
    expect(spendingPhrasing('货物和服务两块加起来是多少？工程那块先不算。')).toBe('货物和服务两块加起来是多少？工程那块先不算。');
  });
  it('leaves other questions as they are', () => {
    expect(spendingPhrasing('三公经费是多少')).toBe('三公经费是多少');
    expect(spendingPhrasing('花了多少钱')).toBe('花了多少钱');
  });
});

describe('englishItemList', () => {
  it('reads a heading before its two parts, and an apposition (i.e.), as no list of three', () => {
    expect(englishItemList('How much for staff pension contributions, basic pension insurance plus occupational annuity together?')).toBeUndefined();
    expect(englishItemList('What is paid into staff pensions, i.e. the basic pension contribution plus the occupational annuity?')).toBeUndefined();
    expect(englishItemList('Procurement: goods, works plus services, total?')).toMatchObject({ items: ['goods', 'works', 'services'] });
  });
  it('lists the items of an English sum with the words that frame them', () => {
    expect(englishItemList('Wanli 2024 procurement budget: goods + works + services, total?')).toEqual({ items: ['goods', 'works', 'services'], context: 'Wanli 2024 procurement budget' });
    // A topic before a dash frames the items after it; asking words around the list are no part of an item.
    expect(englishItemList('Commerce 2025, basic spending — office costs, travel, and commissioned work together come to how much?')?.items).toEqual(['office costs', 'travel', 'commissioned work']);
    expect(englishItemList('Wanli 2024: if you add up basic pay, allowances and performance pay, what is the total?')?.items).toEqual(['basic pay', 'allowances', 'performance pay']);
    // "allowances and subsidies" is one line (津贴补贴), not two items.
    const pay = englishItemList('Add up the basic salaries, allowances and subsidies, and performance pay in the basic budget. What is the total?');
    expect(pay?.items.length).toBe(3);
    expect(pay?.items[1]).toBe('allowances');
    // A closing clause that only says to add is no item.
    expect(englishItemList("In the office's 2024 budget, how much went to sports, science activities and family planning, all added together?")?.items).toEqual(['how much went to sports', 'science activities', 'family planning']);
    // What is left out is no item.
    expect(englishItemList('Wanli 2025 procurement: goods, services and travel, leaving out construction works?')?.items).toEqual(['goods', 'services', 'travel']);
    expect(englishItemList('What is the combined budget for its two systems, the video platform and the call-centre platform?')).toBeUndefined();
    // Money words before the first item's "for" frame every item.
    expect(englishItemList('What is the combined budget for cars, hospitality and trips abroad?')).toEqual({ items: ['cars', 'hospitality', 'trips abroad?'], context: 'What is the combined budget' });
    // A first item that is an item (rent) stays one.
    expect(englishItemList('What is the total for rent, water, power and printing?')?.items).toEqual(['What is the total for rent', 'water', 'power', 'printing?']);
    expect(englishItemList('The combined cost of its three platforms, video, hotline and web?')).toEqual({ items: ['video', 'hotline', 'web?'], context: 'The combined cost of its three platforms' });
    // A closing clause that asks is no item.
    expect(englishItemList('Adding water and electricity together, what do the utility bills come to?')).toBeUndefined();
    // A lead-in clause (For the office's budget, …) says where the items stand and is no item.
    expect(englishItemList("For the office's 2025 budget, what do rent and water add up to?")).toBeUndefined();
    expect(englishItemList("For the office's 2025 budget, rent, water and power together?")).toEqual({ items: ['rent', 'water', 'power together?'], context: "For the office's 2025 budget" });
  });
});

describe('runningPairNamed', () => {
  it('reads the office’s and its institutions’ running named together as 行政运行 and 事业运行', () => {
    expect(runningPairNamed('机关自己日常运转的钱和下属事业单位运转的钱，哪个多？')).toBe('行政运行的钱和事业运行的钱，哪个多？');
    expect(runningPairNamed('维持机关本身和下属事业单位运转的钱一共多少？')).toBe('维持行政运行和事业运行的钱一共多少？');
    expect(runningPairNamed('机关日常运转的钱是多少？')).toBe('机关日常运转的钱是多少？');
  });
});

describe('englishItemList and a closing frame', () => {
  it('reads a closing ", in its basic expenditure" as the frame, not an item', () => {
    expect(englishItemList('What are the office costs, water charges and electricity charges combined, in its basic expenditure?')).toEqual({
      items: ['What are the office costs', 'water charges', 'electricity charges combined'],
      context: 'in its basic expenditure?',
    });
  });
});

describe('englishItemList, items after ", counting"', () => {
  it('takes the items counted after the comma, framed by what stands before it', () => {
    // Two items counted are no list of three: the sum is read as two sides; the framing whole is no third item.
    expect(englishItemList('How much does the office budget for staff housing support, counting the housing provident fund and home-purchase subsidies together?')).toBeUndefined();
    const three = englishItemList('What does the office spend on staff pay, counting basic salary, allowances and performance pay?');
    expect(three?.items).toEqual(['basic salary', 'allowances', 'performance pay?']);
    expect(three?.context).toContain('staff pay');
  });
});
