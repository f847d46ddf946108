import { describe, expect, it } from 'vitest';
import { asksSomething, reportsNotKnowing, sentencesOf, tellsOfAskerEn, topicSentences, withoutAskerAsides, withoutAskerStory, withoutClosingToldYearsZh, withoutEarlierToldYears, withoutEnglishStory, withoutGreeting, withoutPoliteLeadZh, withoutReadingLead, withSelfCorrections } from './asker-asides.ts';

describe('withoutAskerAsides', () => {
  it('drops a Chinese sentence about the asker that asks nothing', () => {
    expect(withoutAskerAsides('廊坊市信访局2022年的政府采购预算总共安排了多少钱？我稿子里要引用准确数字。', 'zh')).toBe('廊坊市信访局2022年的政府采购预算总共安排了多少钱？');
    expect(withoutAskerAsides('请提供三公经费预算。我们要写新闻稿。', 'zh')).toBe('请提供三公经费预算。');
  });
  it('replaces what the asker corrects by the correction: a year anywhere, an English phrase opening a sentence', () => {
    expect(withSelfCorrections('万里镇那边2024年，哦不对，是2025年，买新公车的预算花多少钱？')).toBe('万里镇那边2025年，买新公车的预算花多少钱？');
    expect(withSelfCorrections("Putuo's mayor's office, sorry, the District Government General Office: what was its 2024 budget?")).toBe('the District Government General Office: what was its 2024 budget?');
    expect(withSelfCorrections('How much in 2024 - sorry, 2025 - for cars?')).toBe('How much in 2025 - for cars?');
    expect(withSelfCorrections("Hi there, quick one: putuo's mayor's office, sorry, the District Government General Office: what was its 2024 budget?")).toBe('Hi there, quick one: the District Government General Office: what was its 2024 budget?');
    // Nothing corrected, nothing changed.
    expect(withSelfCorrections('What did the office budget in 2025, and in 2024?')).toBe('What did the office budget in 2025, and in 2024?');
  });
  it('drops a closing guess the asker puts up after a sentence that asks, and keeps a guess asked alone', () => {
    expect(withoutAskerAsides('“机关运行费”这个到底包括哪些开销？是不是就是领导吃吃喝喝？', 'zh')).toBe('“机关运行费”这个到底包括哪些开销？');
    expect(withoutAskerAsides('是不是就是领导吃吃喝喝？', 'zh')).toBe('是不是就是领导吃吃喝喝？');
  });
  it('drops a dashed gloss closing an English question, not a dashed question', () => {
    expect(withoutAskerAsides('How much is paid out of government-managed funds — the separate pot fed by land-sale revenue?', 'en')).toBe('How much is paid out of government-managed funds?');
    expect(withoutAskerAsides('For the commission — what is the total budget?', 'en')).toBe('For the commission — what is the total budget?');
    expect(withoutAskerAsides('How much was spent on legal services — the executed amount, not the budget?', 'en')).toBe('How much was spent on legal services — the executed amount, not the budget?');
    expect(withoutAskerAsides('How much goes on pensions altogether — the basic pension plus the annuity?', 'en')).toBe('How much goes on pensions altogether — the basic pension plus the annuity?');
  });
  it('drops the asker introducing themselves in a clause, and an explainer lead-in', () => {
    expect(withoutAskerAsides('我是来市里反映问题的老百姓，想问一下信访局三公经费预算多少？', 'zh')).toBe('信访局三公经费预算多少？');
    // "作为…": who the asker is, without the pronoun, up to a comma or a colon.
    expect(withoutAskerAsides('作为市人大代表，我想了解信访局的机关运行经费主要用在哪些方面？', 'zh')).not.toContain('人大代表');
    expect(withoutAskerAsides('作为社区志愿者想问：万里街道2024年环境卫生的预算是多少？', 'zh')).toContain('万里街道2024年环境卫生的预算');
    expect(withoutAskerAsides('For an explainer box: how does the bureau define the three public expenses?', 'en')).toBe('how does the bureau define the three public expenses?');
  });
    it('drops a closing sentence that says what the answer will be used for', () => {
    expect(withoutAskerAsides('“机关运行经费”具体指什么？回复网友时要用准确口径。', 'zh')).toBe('“机关运行经费”具体指什么？');
  });
    it('keeps a sentence about the asker that is itself the question', () => {
    expect(withoutAskerAsides('我想知道三公经费是多少。', 'zh')).toBe('我想知道三公经费是多少。');
    expect(withoutAskerAsides('我们街道今年三公经费多少？谢谢。', 'zh')).toBe('我们街道今年三公经费多少？谢谢。');
  });
  it('drops the asker’s purpose before a colon and keeps the claim after it, and a closing sentence about the asker’s notes', () => {
    expect(withoutAskerAsides("I'm drafting a reply for the Langfang Petitions Bureau: a reporter wrote that its 2022 budget was 22.78万元. Is that right?", 'en')).toBe(
      'a reporter wrote that its 2022 budget was 22.78万元. Is that right?',
    );
    expect(withoutAskerAsides('What exactly is the 2024 office running budget? Our notes only say roughly 440万元.', 'en')).toBe('What exactly is the 2024 office running budget?');
    // A colon that does not follow the asker's purpose is part of the question.
    expect(withoutAskerAsides('Three public expenses: what is the 2022 total?', 'en')).toBe('Three public expenses: what is the 2022 total?');
  });
  it('drops a closing clause saying what the figure will be used for (拟用于…) and a request for its place (在公开文件中的位置)', () => {
    expect(withoutAskerAsides('烦请提供万里街道2024年机关运行经费的预算数，拟用于新闻通稿口径，并请说明该数在公开文件中的位置。', 'zh')).toBe('烦请提供万里街道2024年机关运行经费的预算数。');
  });
  it('drops the piece a figure is for before the asker says what they need (For our release I need…)', () => {
    expect(withoutAskerAsides('For our release I need the 2024 机关运行经费 figure for Wanli Street.', 'en')).toBe('I need the 2024 机关运行经费 figure for Wanli Street.');
    expect(withoutAskerAsides('For our release the figure matters.', 'en')).toBe('For our release the figure matters.');
  });
  it('drops a label naming the kind of note (Press office draft:), and a story that points at the unit only (那街道)', () => {
    expect(withoutAskerAsides("Press office draft: the office says its 2025 budget is lower. What was its 2024 budget?", 'en')).toBe('the office says its 2025 budget is lower. What was its 2024 budget?');
    const topics = (text: string) => /水费|水钱/.test(text);
    expect(withoutAskerStory('我在万里街道办事大厅排队的时候，看到墙上的标语。那街道2024年的水钱是多少？', topics)).toBe('那街道2024年的水钱是多少？');
  });
  it('keeps a story sentence that says how something looks (干净多了) out, but one stating a change (少了十来万) in', () => {
    const topics = (text: string) => /菜场|车/.test(text);
    expect(withoutAskerStory('我家楼下的菜场去年改成标准化菜场了，干净多了。商务委花在菜场这块的钱有多少？', topics)).toBe('商务委花在菜场这块的钱有多少？');
    expect(withoutAskerStory('我听说车的钱比上年少了十来万。那上年车的钱是多少？', topics)).toContain('少了十来万');
    // A bare ask keeps the story only when the story names a topic: reading the documents names none.
    expect(withoutAskerStory('最近在翻预算材料，有点看不懂。信访局2022年一年的预算有多少钱？', () => false)).toBe('信访局2022年一年的预算有多少钱？');
    expect(withoutAskerStory('最近老看到公车。信访局2022年一年有多少？', (text) => text.includes('公车'))).toBe('最近老看到公车。信访局2022年一年有多少？');
    // A habit adverb before money names what the money goes on, no story of the asker.
    expect(withoutAskerStory('信访局的那几辆公车，平时运行维护的钱，预算安排了多少？', () => true)).toContain('平时运行维护的钱');
  });
  it('reads 前几天 as no question word, so a story clause with it goes', () => {
    expect(asksSomething('前几天去廊坊市信访局反映问题，', 'zh')).toBe(false);
    expect(asksSomething('有几辆车', 'zh')).toBe(true);
  });
  it('drops a lead-in that says what the answer is for', () => {
    expect(withoutAskerAsides("For a press note: what is the office's 2025 budget for running costs?", 'en')).toBe("what is the office's 2025 budget for running costs?");
    expect(withoutAskerAsides('写稿用：万里街道三公经费多少？', 'zh')).toBe('万里街道三公经费多少？');
    expect(withoutAskerAsides('我们在做同类单位三公对比：信访局公车运维预算多少？', 'zh')).toBe('信访局公车运维预算多少？');
    expect(withoutAskerAsides('审计对账用：三公经费多少？', 'zh')).toBe('三公经费多少？');
    // A topic before the colon is no lead-in: it frames the question.
    expect(withoutAskerAsides('万里街道2025年政府采购：工程和服务哪个多？', 'zh')).toBe('万里街道2025年政府采购：工程和服务哪个多？');
    expect(withoutAskerAsides('For a story on official travel: how much goes to trips abroad?', 'en')).toBe('how much goes to trips abroad?');
    // The asker's own comparison or project is what the answer is for, not a comparison asked.
    expect(withoutAskerAsides("For a comparison I'm doing: what does Wanli Street budget for property management fees?", 'en')).toBe('what does Wanli Street budget for property management fees?');
    expect(withoutAskerAsides('For a school project: what percentage goes to urban and community affairs?', 'en')).toBe('what percentage goes to urban and community affairs?');
  });
  it('drops an English sentence about the asker and keeps decimals and abbreviations whole', () => {
    expect(withoutAskerAsides('How much is the 11.80 figure made of? I need it for my article.', 'en')).toBe('How much is the 11.80 figure made of?');
    // A sentence about the asker that says no purpose carries the question's content.
    expect(withoutAskerAsides('I heard they spent 2.5 million on cars. Is that right?', 'en')).toBe('I heard they spent 2.5 million on cars. Is that right?');
    expect(withoutAskerAsides('三公经费是多少？我听说是12万。', 'zh')).toBe('三公经费是多少？我听说是12万。');
  });
  it('drops a closing Chinese bracket that tells how to answer or restates the question', () => {
    expect(withoutAskerAsides('政府采购预算都花在了哪些项目上？（只要项目名称，金额不用列）', 'zh')).toBe('政府采购预算都花在了哪些项目上？');
    expect(withoutAskerAsides('政府采购预算总共多少？（就是货物、工程、服务合起来的那个总数）', 'zh')).toBe('政府采购预算总共多少？');
    // A bracket that names the thing asked about stays.
    expect(withoutAskerAsides('公车平时用的钱（油费、修车这些）要多少？', 'zh')).toBe('公车平时用的钱（油费、修车这些）要多少？');
  });
  it('keeps a question of one sentence as it is', () => {
    expect(withoutAskerAsides('What does the Dept. spend on cars?', 'en')).toBe('What does the Dept. spend on cars?');
    expect(withoutAskerAsides('  三公经费  ', 'zh')).toBe('三公经费');
  });
});

describe('withoutReadingLead', () => {
  it('drops a lead that names only the document being read, and keeps one that frames the question', () => {
    expect(withoutReadingLead("Auditing Wanli Street's 2025 departmental budget: how many vehicles did it hold?")).toBe('how many vehicles did it hold?');
    expect(withoutReadingLead("Checking the Langfang Petitions Bureau's 2022 budget disclosure: what is the rent?")).toBe('what is the rent?');
    expect(withoutReadingLead("Looking at Wanli Street's 2025 procurement plan: what do goods and services add up to?")).toBe("Looking at Wanli Street's 2025 procurement plan: what do goods and services add up to?");
    expect(withoutReadingLead("Auditing Wanli Street's procurement budget: goods?")).toBe("Auditing Wanli Street's procurement budget: goods?");
    expect(withoutReadingLead("Per the state-assets paragraph of Wanli Street Office's 2024 department budget, how many vehicles did it hold?")).toBe('Per the state-assets paragraph, how many vehicles did it hold?');
    expect(withoutReadingLead("What is Wanli Street Office's 2024 department budget?")).toBe("What is Wanli Street Office's 2024 department budget?");
  });
});

describe('withoutAskerAsides, parts laid out before the one asked', () => {
  it('drops the parts a told sentence splits a line into, when a later sentence asks for one', () => {
    expect(withoutAskerAsides('In the summary table, the general public services line is split into personnel, public-use and project columns. What is in the public-use column?', 'en')).toBe('In the summary table, the general public services line. What is in the public-use column?');
    expect(withoutAskerAsides('How is the general public services line split into columns?', 'en')).toBe('How is the general public services line split into columns?');
  });
});

describe('withoutAskerAsides, what the asker already checked', () => {
  it('drops a closing sentence naming what the asker has checked already', () => {
    expect(withoutAskerAsides('项目支出一栏填的是多少元？基本支出那栏我已经核过了。', 'zh')).toBe('项目支出一栏填的是多少元？');
    expect(withoutAskerAsides('基本支出我已经核过了。项目支出是多少？', 'zh')).toBe('基本支出我已经核过了。项目支出是多少？');
  });
});

describe('withoutAskerAsides, formal requests', () => {
  it('drops clauses after the question that say what the asker will do with the answer', () => {
    expect(withoutAskerAsides('请告知该笔经费主要用于哪些事项，我处拟在新闻通稿中逐项列明，并请与预算公开文本表述保持一致。', 'zh')).toBe('请告知该笔经费主要用于哪些事项。');
    expect(withoutAskerAsides('三公经费是多少，比上年增加了多少？', 'zh')).toBe('三公经费是多少，比上年增加了多少？');
  });
  it('drops a note after a request, then a closing bracket that restates the term', () => {
    expect(withoutAskerAsides('请提供信访局基本支出的金额（即人员类与运转类公用项目经费合并计算的数额），以便我处统一对外口径。', 'zh')).toBe('请提供信访局基本支出的金额。');
  });
  it('drops where the asker wrote a figure they want checked', () => {
    expect(withoutAskerAsides('我办拟发布的材料中写明“机关运行经费预算为446.64万元”，烦请核实。', 'zh')).toBe('“机关运行经费预算为446.64万元”，烦请核实。');
  });
});

describe('withoutAskerStory', () => {
  // A stand-in for the engine's check: the text names a budget topic.
  const namesTopic = (text: string) => /三公|运行|中小企业|公车/.test(text);

  it('drops story sentences and opening story clauses while a topic remains', () => {
    expect(withoutAskerStory('我住万里街道这边，听邻居说街道办要添一辆新公车。想问问那年的“三公”加起来一共预算了多少？', namesTopic)).toBe('想问问那年的“三公”加起来一共预算了多少？');
    expect(withoutAskerStory('信访局2023年的三公经费预算安排了多少？我找了半天只看到22年的那份。', namesTopic)).toBe('信访局2023年的三公经费预算安排了多少？');
  });
  it('keeps a hearsay clause that names the topic, without who said it', () => {
    expect(withoutAskerStory('我在普陀开了家小公司，听朋友说区商务委有一大笔钱用来扶持中小企业，具体安排了多少？', namesTopic)).toBe('区商务委有一大笔钱用来扶持中小企业，具体安排了多少？');
  });
  it('drops the notice the asker read a claim on, keeping the claim', () => {
    expect(withoutAskerStory('前两天小区宣传栏贴了万里街道的预算公开，说2025年“三公”经费比上一年少了。我年纪大了算不清楚，万里街道2024年的“三公”经费预算是多少？', () => true)).toBe('2025年“三公”经费比上一年少了。万里街道2024年的“三公”经费预算是多少？');
  });
  it('keeps a hearsay clause that opens the question, without who said it', () => {
    expect(withoutAskerStory('听说信访局机关运行经费有九十多万，这钱具体都用在哪些地方啊？', () => true)).toBe('信访局机关运行经费有九十多万，这钱具体都用在哪些地方啊？');
  });
  it('keeps the story when what is left names no topic', () => {
    // Only who said it goes: what was said is the topic.
    expect(withoutAskerStory('听说信访局买公车花了不少钱。真的吗？', namesTopic)).toBe('信访局买公车花了不少钱。真的吗？');
    expect(withoutAskerStory('三公经费2022年是12.30万元。2021年是多少？', namesTopic)).toBe('三公经费2022年是12.30万元。2021年是多少？');
  });
  it('reads 这几辆 as no question, keeps a story that states a change, and knows more openings', () => {
    expect(withoutAskerStory('我们小区门口老停着街道的公车，邻居阿姨说养这几辆车一年得花老多钱了。万里街道2025年公车运行费预算是多少？', namesTopic)).toBe('万里街道2025年公车运行费预算是多少？');
    expect(withoutAskerStory('我家住廊坊，前两天去信访局反映小区的事，看那办公楼挺大的，就好奇要花多少钱。信访局机关运行经费一共多少？', namesTopic)).toBe('信访局机关运行经费一共多少？');
    // 比上一年砍了两千多万 is the premise of the question, not the asker's story.
    expect(withoutAskerStory('之前看新闻说三公经费比上一年砍了两千多万。2024年的是多少？', namesTopic)).toBe('之前看三公经费比上一年砍了两千多万。2024年的是多少？');
  });
  it('leaves a question without a story as it is', () => {
    expect(withoutAskerStory('万里街道2025年三公经费多少？', namesTopic)).toBe('万里街道2025年三公经费多少？');
  });
  it('keeps a story sentence that names what the question points to (这个中心)', () => {
    const namesCentre = (text: string) => /中心|三公/.test(text);
    expect(withoutAskerStory('我家就住在附近，一直看到社区公共服务中心在施工。想问问这个中心建好以后做什么用的？', namesCentre)).toBe('我家就住在附近，一直看到社区公共服务中心在施工。想问问这个中心建好以后做什么用的？');
  });
  it('drops who said it also when neither text names a topic (the whole budget asked)', () => {
    expect(withoutAskerStory('之前看新闻说区府办预算比上一年砍了两千多万。2024年的预算总数是多少？', () => false)).toBe('之前看区府办预算比上一年砍了两千多万。2024年的预算总数是多少？');
  });
});

describe('withoutAskerAsides, a lead-in opening a later sentence', () => {
  it('drops the asker’s lead-in after a premise sentence', () => {
    expect(withoutAskerAsides('区府办2025年预算比上一年砍了两千多万。我这边写回复口径要用上一年的数：2024年的预算总数是多少万元？', 'zh')).toBe('区府办2025年预算比上一年砍了两千多万。2024年的预算总数是多少万元？');
  });
});

describe('withoutAskerAsides, a closing sentence that only asks for the figure', () => {
  it('drops "What exactly is the target?" after the sentence that names it', () => {
    expect(withoutAskerAsides('Did the bureau commit to at least 19,000 cases in 2022? What exactly is the target?', 'en')).toBe('Did the bureau commit to at least 19,000 cases in 2022?');
    expect(withoutAskerAsides('What is the target?', 'en')).toBe('What is the target?');
  });
});

describe('withoutAskerAsides, English context and where-stated requests', () => {
  it('drops a context sentence about the asker that merely contains "how", and a bracket describing a named body', () => {
    expect(withoutAskerAsides("I'm a student comparing how Chinese cities fund their complaint offices. What is the 2022 budget of the Langfang petitions bureau (the office that handles citizens' letters and visits)?", 'en')).toBe('What is the 2022 budget of the Langfang petitions bureau?');
  });
  it('drops a request to say where the figure stands, which every answer cites', () => {
    expect(withoutAskerAsides('请给出准确的预算总额，并说明出自预算公开的哪一部分。', 'zh')).toBe('请给出准确的预算总额。');
    expect(withoutAskerAsides('For a written reply to a reporter: what exactly is the 2025 procurement budget, and in which part of its disclosure is it stated?', 'en')).toBe('what exactly is the 2025 procurement budget?');
  });
  it('drops a first clause in which the asker says what they are writing', () => {
    expect(withoutAskerAsides('我们在写一篇社区稿子，区府办2025年的预算是多少？', 'zh')).toBe('区府办2025年的预算是多少？');
  });
});

describe('withoutReadingLead on when the press publishes', () => {
  it('drops "Before we print:" and keeps what is asked', () => {
    expect(withoutReadingLead('My notes say 839万. Before we print: is that the total?')).toBe('My notes say 839万. is that the total?');
    expect(withoutReadingLead('How much is spent on printing?')).toBe('How much is spent on printing?');
  });
});

describe('withoutEarlierToldYears', () => {
  it('drops an earlier year a telling sentence names when the asking sentence names a later one', () => {
    expect(withoutEarlierToldYears('Wanli Street had 50 projects with performance targets in 2024. For 2025, how much money do they cover?')).toBe('Wanli Street had 50 projects with performance targets. For 2025, how much money do they cover?');
  });
  it('keeps the years of a change, and an earlier year asked', () => {
    const change = 'Its budget was 100 in 2024. For 2025, how much more is it?';
    expect(withoutEarlierToldYears(change)).toBe(change);
    const earlier = 'The 2022 budget says the figure went down. What was the 2021 figure?';
    expect(withoutEarlierToldYears(earlier)).toBe(earlier);
  });
  it('keeps a later year told before an earlier one asked', () => {
    const told = 'Wanli had 7 cars in 2025. What did it spend in 2024?';
    expect(withoutEarlierToldYears(told)).toBe(told);
  });
});

describe('withoutEnglishStory', () => {
  it('leaves out a sentence about the asker before the question', () => {
    expect(withoutEnglishStory('I run a fleet maintenance garage. What was the 2021 figure?')).toBe('What was the 2021 figure?');
  });
  it('reads a request (Please state…) as asking, and search-box words closing the question as what is asked', () => {
    expect(withoutEnglishStory("I'm a local resident and I'm a bit lost. Please state the total revenue budget of Wanli Street for 2025.")).toBe('Please state the total revenue budget of Wanli Street for 2025.');
    expect(withoutEnglishStory("I'm a local resident and I'm a bit lost. wanli street 2025 water and electricity bills total")).toBe('wanli street 2025 water and electricity bills total');
    // A closing sentence about the asker is no search-box query, and "I need the figure for my story." asks nothing.
    expect(withoutEnglishStory("I'm a reporter. I need the exact figure for my story.")).toBe("I'm a reporter. I need the exact figure for my story.");
  });
  it('keeps what the asker heard, a named body, and a sentence the question points back to', () => {
    expect(withoutEnglishStory('I heard they spent 2.5 million on cars. Is that right?')).toBe('I heard they spent 2.5 million on cars. Is that right?');
    expect(withoutEnglishStory('I retired from the Putuo Commerce Commission. What is its pension money for?')).toBe('I retired from the Putuo Commerce Commission. What is its pension money for?');
    expect(withoutEnglishStory("I keep seeing 'san gong' in the news. What does that term cover?")).toBe("I keep seeing 'san gong' in the news. What does that term cover?");
  });
});

describe('tellsOfAskerEn', () => {
  it('reads a sentence opening on the asker that asks nothing as telling, and one that asks or requests as no story', () => {
    expect(tellsOfAskerEn('My cousin used to work there, and over dinner we argued about how much the guards cost.')).toBe(true);
    expect(tellsOfAskerEn('My cousin asks: how much do the guards cost?')).toBe(false);
    expect(tellsOfAskerEn('The guards cost a lot.')).toBe(false);
  });
});

describe('topicSentences', () => {
  it('reads an English sentence that only tells of a question (argued about how much…) as asking nothing', () => {
    expect(topicSentences('We argued about how much the guards cost the government. What is the cost ceiling per person?', 'en')).toBe('What is the cost ceiling per person?');
  });
  it('keeps the sentences that ask or state a change, and the whole text when the asking points back', () => {
    expect(topicSentences('正在给领导准备2024年部门预算人员经费的简要分析。请比较“基本工资”和“绩效工资”两项，哪一项金额更大？', 'zh')).toBe('请比较“基本工资”和“绩效工资”两项，哪一项金额更大？');
    expect(topicSentences('经查，专项普查活动2024年预算安排数低于2023年执行数。请确认两者之间相差多少万元。', 'zh')).toContain('经查');
    expect(topicSentences("It says the funds are 443.18. I don't know. How does the budget define the term?", 'en')).toBe('How does the budget define the term?');
    expect(topicSentences("They're building a new centre. What will it be used for?", 'en')).toContain('building');
    expect(topicSentences('三公经费多少', 'zh')).toBe('三公经费多少');
  });
});

describe('withoutAskerStory, what the asker is preparing', () => {
  it('drops a sentence telling what the asker prepares before a request in the imperative', () => {
    expect(withoutAskerStory('万里街道在准备一篇关于支持中小企业的新闻通稿，想引用2025年的数据。请计算面向中小企业预留的政府采购项目预算金额占政府采购预算总额的比例。', () => true)).toBe(
      '请计算面向中小企业预留的政府采购项目预算金额占政府采购预算总额的比例。',
    );
  });
  it("reads \"For tomorrow's business page:\" as a lead-in", () => {
    expect(withoutAskerAsides("For tomorrow's business page: in its 2025 budget, how much is set aside for small firms?", 'en')).not.toContain('page');
  });
});

describe('r49 asides: how to give the figure, what the asker saw, what 这栋楼 points at', () => {
  it('drops a closing sentence that only says how to give the figure, and keeps one that asks more', () => {
    expect(withoutAskerAsides('里面有多大比例是项目支出？麻烦给个百分比，保留两位小数。', 'zh')).toBe('里面有多大比例是项目支出？');
    expect(withoutAskerAsides('项目支出是多少？请精确到万元。', 'zh')).toBe('项目支出是多少？');
    expect(withoutAskerAsides('项目支出是多少？基本支出呢？', 'zh')).toBe('项目支出是多少？基本支出呢？');
  });
  const namesTopic = (text: string) => /公积金|补贴|三公|联合接访中心|办公楼/.test(text);
  it('keeps what the asker saw there is (我看有…), without 我看', () => {
    expect(withoutAskerStory('给工作人员住房方面的钱，我看有交住房公积金的，也有发购房补贴的，这两块哪块更多？', namesTopic)).toBe('给工作人员住房方面的钱，有交住房公积金的，也有发购房补贴的，这两块哪块更多？');
  });
  it('keeps a story sentence naming the building 这栋楼 points at', () => {
    const question = '听邻居说信访局那个市联合接访中心的办公楼是租来的。想问一下，光是租这栋楼的房租安排了多少钱？';
    expect(withoutAskerStory(question, namesTopic)).toContain('办公楼是租来的');
  });
  it('drops who saw it in the news, keeping the term they saw', () => {
    expect(withoutAskerStory('老在新闻里看到“三公经费”这个说法。这个三公到底指的是哪三样开销？', namesTopic)).not.toContain('新闻');
  });
});

describe('r50 asides: where the asker has a figure from, a term the asker quotes', () => {
  it('drops "My notes say" before a claim to check', () => {
    expect(withoutAskerAsides('My notes say Wanli Street budgeted 412.23 wan yuan in 2024 for public-welfare jobs. Can you confirm or correct that?', 'en')).toBe('Wanli Street budgeted 412.23 wan yuan in 2024 for public-welfare jobs. Can you confirm or correct that?');
  });
  it('keeps an asker’s sentence quoting the term "it" points back to, and not one whose apostrophes quote nothing', () => {
    expect(withoutAskerAsides("My readers won't know the term 'agency operating costs' (机关运行经费). How does the budget define it?", 'en')).toContain('机关运行经费');
    expect(withoutAskerAsides("I'm writing about the bureau's budget for my article. How much is it?", 'en')).toBe('How much is it?');
  });
});

describe('withoutAskerAsides, who the asker is by what they do', () => {
  it('drops 开小店的看不大懂： before the question', () => {
    expect(withoutAskerAsides('开小店的看不大懂：普陀区商务委2025年预算里老讲“三公”经费，这三公到底是哪三样？', 'zh')).toBe('普陀区商务委2025年预算里老讲“三公”经费，这三公到底是哪三样？');
  });
});

describe('r55-r57 asides: reported doubts, leads about a topic, callers, counted lines', () => {
  it('reads 大家都搞不懂这是什么钱。 as a reported doubt that asks nothing', () => {
    expect(reportsNotKnowing('大家都搞不懂这是什么钱。')).toBe(true);
    expect(reportsNotKnowing('这是什么钱？')).toBe(false);
    expect(topicSentences('小区开居民议事会，大家都搞不懂这是什么钱。商务委预算里“机关运行经费”是怎么解释的？', 'zh')).not.toContain('小区');
  });
  it('drops "For a feature on how …:" although a question word opens what the piece is about', () => {
    expect(withoutAskerAsides('For a feature on how Hebei handles public petitions: how many call-centre operators does the bureau plan to have?', 'en')).toBe('how many call-centre operators does the bureau plan to have?');
  });
  it('drops a lead that says what the question is for ("Quick terminology question for a briefing note to our members:")', () => {
    expect(withoutAskerAsides("Quick terminology question for a briefing note to our members: in the commission's 2025 budget, what counts as the 'three public expenses'?", 'en')).toBe(
      "in the commission's 2025 budget, what counts as the 'three public expenses'?",
    );
  });
  it('reads a caller’s greeting before their story as story, and a Chinese ellipsis as a sentence end', () => {
    expect(sentencesOf('花钱肯定也不少吧……我不是来投诉的啊，就是好奇问问：三公经费多少？', 'zh')).toHaveLength(2);
    expect(withoutAskerStory('喂，你好，我是廊坊本地的，住广阳区那边。廊坊市信访局2022年的“三公”经费一共安排了多少钱？', () => true)).toBe('廊坊市信访局2022年的“三公”经费一共安排了多少钱？');
  });
  it('keeps a dashed list after a count of lines, which names the lines, and drops one that glosses a quoted term', () => {
    expect(withoutAskerAsides("what do the two running-cost lines under 'government offices and related agencies' — administrative operation and public-institution operation — add up to?", 'en')).toContain('administrative operation');
    expect(withoutAskerAsides("how much went on the 'three public expenses' - overseas trips, official cars and hospitality?", 'en')).not.toContain('hospitality');
  });
});

describe('withoutAskerAsides: a clause that identifies the unit', () => {
  it('drops a leading clause that points at a unit by what it builds or does', () => {
    expect(withoutAskerAsides('社区公共服务中心建在真金路和交通路路口的那个街道办，2024年预算里城管执法安排了多少？', 'zh')).toBe('2024年预算里城管执法安排了多少？');
    expect(withoutAskerAsides('负责信访工作的那个局，三公经费是多少？', 'zh')).toBe('三公经费是多少？');
  });
  it('keeps a clause that asks', () => {
    expect(withoutAskerAsides('城管执法安排了多少的那个街道办，', 'zh')).toBe('城管执法安排了多少的那个街道办，');
  });
});

describe('withoutGreeting', () => {
  it('drops a greeting and a quick-question lead before the question', () => {
    expect(withoutGreeting('你好，2024年万里街道采购里，工程比服务多花多少？')).toBe('2024年万里街道采购里，工程比服务多花多少？');
    expect(withoutGreeting('喂，您好！商务委三公多少')).toBe('商务委三公多少');
    expect(withoutGreeting("Hi there, quick one: wanli street's 2024 budget")).toBe("Wanli street's 2024 budget");
    expect(withoutGreeting('Hello, how many cars does Wanli have?')).toBe('How many cars does Wanli have?');
    expect(withoutGreeting('麻烦问下，区政府办公室25年买电脑的预算放了多少？')).toBe('区政府办公室25年买电脑的预算放了多少？');
    expect(withoutGreeting('想了解一下：区政府办公室25年买电脑的预算放了多少？')).toBe('区政府办公室25年买电脑的预算放了多少？');
    // Left at the front once a story is dropped, the lead goes too; alone it stays.
    expect(withoutPoliteLeadZh('想了解一下，2025年给行政单位的离退休人员一共安排了多少钱？')).toBe('2025年给行政单位的离退休人员一共安排了多少钱？');
    expect(withoutPoliteLeadZh('想了解一下：')).toBe('想了解一下：');
    expect(withoutGreeting("Could you tell me: of the office's 2025 money, what share is travel?")).toBe("Of the office's 2025 money, what share is travel?");
    expect(withoutGreeting('Could you tell me what the 2025 budget is?')).toBe('Could you tell me what the 2025 budget is?');
    expect(withoutGreeting('万里街道2025年水费电费加一块儿，预算一共多少钱？谢谢！')).toBe('万里街道2025年水费电费加一块儿，预算一共多少钱？');
    expect(withoutGreeting('信访局联合接访中心聘用保安保洁多少人谢谢！')).toBe('信访局联合接访中心聘用保安保洁多少人');
    expect(withoutGreeting('How many cars does Wanli have? Thanks!')).toBe('How many cars does Wanli have?');
  });
  it('drops how to word the answer (in simple words, in plain English)', () => {
    expect(withoutAskerAsides('What does that term actually cover, in simple words?', 'en')).toBe('What does that term actually cover?');
    expect(withoutAskerAsides('In plain English, what is 机关运行经费?', 'en')).toBe('what is 机关运行经费?');
  });
  it('drops a follow-up asking the reason or whether it changed, after the figure asked', () => {
    expect(withoutAskerAsides('区政府办公室2025年财政拨款收入比2024年预算减少了多少万元？文件里说是什么原因？', 'zh')).toBe('区政府办公室2025年财政拨款收入比2024年预算减少了多少万元？');
    expect(withoutAskerAsides('因公出国（境）的预算安排了多少？跟上一年比有变化吗？', 'zh')).toBe('因公出国（境）的预算安排了多少？');
    expect(withoutAskerAsides('How much is budgeted for official cars in 2025? Why?', 'en')).toBe('How much is budgeted for official cars in 2025?');
    // A reason asked alone is what is asked.
    expect(withoutAskerAsides('三公经费为什么减少了？', 'zh')).toBe('三公经费为什么减少了？');
  });
  it('drops a closing request for the source, which every answer gives', () => {
    expect(withoutGreeting('区政府办公室25年买电脑的预算放了多少？请注明出处。')).toBe('区政府办公室25年买电脑的预算放了多少？');
    expect(withoutGreeting('请提供区政府办公室2025年三公经费的预算总数，并说明出处。')).toBe('请提供区政府办公室2025年三公经费的预算总数。');
    expect(withoutGreeting('信访局2022年要修几个办公设备啊请注明出处。')).toBe('信访局2022年要修几个办公设备啊。');
    expect(withoutGreeting('How many cars does Wanli have? Please say where in the document this is stated.')).toBe('How many cars does Wanli have?');
    expect(withoutGreeting('How many cars does Wanli have? Cite the source please.')).toBe('How many cars does Wanli have?');
    // A question that asks where something stands is no closing request.
    expect(withoutGreeting('Where in the document is the number of cars stated?')).toBe('Where in the document is the number of cars stated?');
  });
  it('leaves a question without a greeting, and a greeting alone, as they are', () => {
    expect(withoutGreeting('How much is spent on official vehicles?')).toBe('How much is spent on official vehicles?');
    expect(withoutGreeting('Highways spending in 2025?')).toBe('Highways spending in 2025?');
    expect(withoutGreeting('你好')).toBe('你好');
  });
});

describe('withoutClosingToldYearsZh', () => {
  it('drops a closing sentence that asks nothing and names years', () => {
    expect(withoutClosingToldYearsZh('万里街道2023年办公费安排了多少？想和2024、2025年放在一起比。')).toBe('万里街道2023年办公费安排了多少？');
  });
  it('keeps a closing sentence without years, one that asks, and a question with none', () => {
    expect(withoutClosingToldYearsZh('万里街道2023年办公费安排了多少？我们写稿要用。')).toBe('万里街道2023年办公费安排了多少？我们写稿要用。');
    expect(withoutClosingToldYearsZh('2024年办公费多少？2025年呢？')).toBe('2024年办公费多少？2025年呢？');
    expect(withoutClosingToldYearsZh('万里街道2024年办公费')).toBe('万里街道2024年办公费');
  });
});
