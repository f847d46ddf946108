import { describe, expect, it } from 'vitest';
import { exampleItems, withoutBracketExamples, withoutExamples } from './without-examples.ts';

describe('withoutExamples', () => {
  it('drops the examples listed before 这些/这类 and keeps what they exemplify', () => {
    expect(withoutExamples('花在社区管理、环境卫生、社区设施这些城乡社区事务上的钱占多少')).toBe('花在城乡社区事务上的钱占多少');
    expect(withoutExamples('电脑、打印机这类办公设备花了多少')).toBe('办公设备花了多少');
  });
  it('starts a list joined by 、 after the comma that closes the clause before it', () => {
    expect(withoutExamples('那几辆公车，平时加油、修车这些运行维护的钱，预算安排了多少？')).toBe('那几辆公车，平时运行维护的钱，预算安排了多少？');
  });
  it('keeps items listed before a word that names nothing (督办、建议提案这些事), and a bracket of parts with 、', () => {
    expect(withoutExamples('有一笔钱专门管督办、建议提案这些事？')).toBe('有一笔钱专门管督办、建议提案这些事？');
    expect(withoutExamples('花在公家车子上（买车、养车）的钱')).toBe('花在公家车子上的钱');
  });
  it('drops English examples closing a clause after like / such as, and after meaning only when the list trails off', () => {
    expect(withoutExamples('What percentage goes to urban and community affairs, like neighbourhood management, public facilities and sanitation?')).toBe('What percentage goes to urban and community affairs?');
    expect(withoutExamples('How much is spent on the neighbourhood itself, meaning community management, facilities, sanitation and the like?')).toBe('How much is spent on the neighbourhood itself?');
    const parts = 'How much for staff pension contributions, i.e. basic pension insurance and occupational annuity combined?';
    expect(withoutExamples(parts)).toBe(parts);
    expect(withoutExamples('I would like to know the rent, please')).toBe('I would like to know the rent, please');
  });

  it('drops Chinese examples set off by dashes with 这些, and a closing clause of examples (…那些)', () => {
    expect(withoutExamples('真正花在社区里的——社区管理、环境卫生、公共设施这些——占了百分之多少？')).toBe('真正花在社区里的占了百分之多少？');
    expect(withoutExamples('政府采购一共打算花多少啊，买东西买服务那些')).toBe('政府采购一共打算花多少啊');
  });

  it('drops examples set off by dashes or brackets and opened by 像/比如', () => {
    expect(withoutExamples('光是维持机关日常运转——像办公楼水电、冬天供暖、物业这些——一共安排了多少钱？')).toBe('光是维持机关日常运转一共安排了多少钱？');
    expect(withoutExamples('办公经费（比如纸张、水电）花了多少')).toBe('办公经费花了多少');
    expect(withoutExamples('三公经费——也就是出国、公车和接待——一共多少')).toBe('三公经费——也就是出国、公车和接待——一共多少');
  });
  it('drops an English aside that lists the parts of the term before it', () => {
    expect(withoutExamples('Its budget for the three public expenses — overseas trips, official cars and hospitality — went down.')).toBe('Its budget for the three public expenses went down.');
    expect(withoutExamples('How much goes to the three public expenses (trips abroad, cars, hospitality)?')).toBe('How much goes to the three public expenses ?');
    expect(withoutExamples('What did the bureau (廊坊信访局) spend on cars — purchase only?')).toBe('What did the bureau (廊坊信访局) spend on cars — purchase only?');
    // Items before a word that only says spending (这些日常开销) are the thing asked.
    expect(withoutExamples('给那几辆公车加油、保养、修车这些日常开销留了多少钱')).toBe('给那几辆公车加油、保养、修车这些日常开销留了多少钱');
    // After which, the aside names the choices asked.
    expect(withoutExamples('Which was budgeted higher — water or electricity — and by how much?')).toBe('Which was budgeted higher — water or electricity — and by how much?');
  });
  it('drops a bracket that lists the parts of the term before it', () => {
    expect(withoutExamples('万里街道2025年在公车上（买车加日常用车）一共打算花多少钱？')).toBe('万里街道2025年在公车上一共打算花多少钱？');
    expect(withoutExamples('因公出国（境）费是多少')).toBe('因公出国（境）费是多少');
    expect(withoutExamples('公车平时用的钱（油费、修车这些）要多少？')).toBe('公车平时用的钱（油费、修车这些）要多少？');
  });
    it('leaves lists that are the question, and labels with 等, alone', () => {
    expect(withoutExamples('办公费、印刷费和差旅费一共多少')).toBe('办公费、印刷费和差旅费一共多少');
    expect(withoutExamples('保洁、保安等专项经费是多少')).toBe('保洁、保安等专项经费是多少');
  });
});

describe('withoutBracketExamples', () => {
  it('drops a bracket of examples closed by 这些, and keeps a bracket that is part of a name', () => {
    expect(withoutBracketExamples('机关日常运转（办公、水电这些）一共要花多少钱')).toBe('机关日常运转一共要花多少钱');
    expect(withoutBracketExamples('因公出国（境）费是多少')).toBe('因公出国（境）费是多少');
  });
});

describe('withoutExamples with the class its examples name', () => {
  const classOf = (items: string[]) => (items.join('|') === '社区管理|环境卫生|公共设施' || items.join('|') === 'community management|facilities|sanitation' ? '城乡社区支出' : undefined);
  it('puts the class in place of examples that name its parts', () => {
    expect(withoutExamples('真正花在社区里的——社区管理、环境卫生、公共设施这些——占了百分之多少？', classOf)).toBe('真正花在社区里的 城乡社区支出 占了百分之多少？');
    expect(withoutExamples('What share is spent on the neighbourhood itself, meaning community management, facilities, sanitation and the like?', classOf)).toBe(
      'What share is spent on the neighbourhood itself 城乡社区支出 ?',
    );
    expect(withoutExamples('花在社区管理、环境卫生、公共设施这些事务上的钱', classOf)).toBe('花在城乡社区支出事务上的钱');
    expect(withoutExamples('花在社区管理、环境卫生、公共设施这些城乡社区事务上的钱', classOf)).toBe('花在城乡社区支出城乡社区事务上的钱');
  });
  it('drops a bracket that glosses the term before it (就是俗称…, 也叫…), not a bracket of examples', () => {
    expect(withoutExamples('机关运转的钱（就是俗称机关运行费那块）安排了多少啊')).toBe('机关运转的钱安排了多少啊');
    expect(withoutExamples('公车的钱（也叫公务用车运行费）是多少')).toBe('公车的钱是多少');
  });
  it('keeps the thing named after examples when the class they fit shares no word with it (公车的油费、维修这些运行费用)', () => {
    expect(withoutExamples('公车的社区管理、环境卫生这些运行费用是多少', classOf)).toBe('公车的运行费用是多少');
  });
  it('drops examples that name no class, as without a reader of classes', () => {
    expect(withoutExamples('机关日常运转——像办公楼水电、冬天供暖、物业这些——一共多少', classOf)).toBe('机关日常运转一共多少');
  });
});

describe('exampleItems', () => {
  it('splits a list of examples without its marks and opening and closing words', () => {
    expect(exampleItems('——社区管理、环境卫生、公共设施这些——')).toEqual(['社区管理', '环境卫生', '公共设施']);
    expect(exampleItems(', meaning community management, facilities, sanitation and the like')).toEqual(['community management', 'facilities', 'sanitation']);
    expect(exampleItems(' (like fuel and repairs)')).toEqual(['fuel', 'repairs']);
  });
});

describe('withoutExamples and lists that are the thing asked', () => {
  it('keeps items before 这几块/这些 when the asking follows them (加起来, 一共, 钱)', () => {
    expect(withoutExamples('公车、公务接待和出国这几块加起来，一共打算花多少钱？')).toBe('公车、公务接待和出国这几块加起来，一共打算花多少钱？');
    expect(withoutExamples('水费、电费这些钱一共多少')).toBe('水费、电费这些钱一共多少');
    expect(withoutExamples('花在社区管理、环境卫生、社区设施这些城乡社区事务上的钱')).toBe('花在城乡社区事务上的钱');
  });
  it('keeps a bracket of parts as the asking when the words before it already join two things', () => {
    expect(withoutExamples('维持机关本身和下属事业单位运转的钱（行政运行加事业运行）一共多少？').replace(/\s+/g, ' ')).toBe('维持机关本身和下属事业单位运转的钱 行政运行加事业运行 一共多少？');
    expect(withoutExamples('在公车上（买车加日常用车）一共花多少')).toBe('在公车上一共花多少');
  });
});

describe('withoutExamples and a bracket of examples ending in 等', () => {
  it('puts the class its items name in place of the bracket, and leaves it otherwise', () => {
    const classOf = (items: string[]) => (items.join('|') === '社区管理|环卫|公共设施' ? '城乡社区支出' : undefined);
    expect(withoutExamples('花在城乡社区这一大块（社区管理、环卫、公共设施等）的钱', classOf).replace(/\s+/g, ' ')).toBe('花在城乡社区这一大块 城乡社区支出 的钱');
    expect(withoutExamples('市联合接访中心（保洁、保安等）的经费', classOf)).toBe('市联合接访中心（保洁、保安等）的经费');
  });

  it('reads examples in a bracket closed by 这些 as the class they name, as it does with 等', () => {
    const classOf = (items: string[]) => (items.length === 3 && items[0] === '社区管理' ? '城乡社区支出' : undefined);
    expect(withoutExamples('花在城乡社区方面（社区管理、环境卫生、公共设施这些）的钱占多大比例？', classOf)).toBe('花在城乡社区方面 城乡社区支出 的钱占多大比例？');
    // Without a class they name, the bracket stays.
    expect(withoutExamples('一年养车（油费、修车这些）的钱', () => undefined)).toBe('一年养车（油费、修车这些）的钱');
  });
});

describe('withoutExamples, examples opened by 就是', () => {
  it('drops examples that gloss the term before them when they name no class, and keeps others', () => {
    expect(withoutExamples('“三公”经费（就是公费出国、公车、接待这些）预算是多少？', () => undefined)).toBe('“三公”经费预算是多少？');
    expect(withoutExamples('城乡社区这一大块（社区管理、环卫、公共设施等）花了多少？', () => undefined)).toBe('城乡社区这一大块（社区管理、环卫、公共设施等）花了多少？');
  });
});

describe('withoutExamples, classification codes', () => {
  it('keeps a bracket that gives a line its code', () => {
    expect(withoutExamples('what do personnel emoluments (wages and benefits, 301) plus goods and services (302) add up to?')).toContain('(wages and benefits, 301)');
  });
});
