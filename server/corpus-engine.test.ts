import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpusSeeds } from '../eval/corpus-seeds.ts';
import type { AskResponse } from './ask-contract.ts';
import { loadConfig } from './config.ts';
import type { QaEngine } from './create-engine.ts';
import { openEngine } from './open-engine.ts';

/**
 * The engine over the seed and four Shanghai disclosures of the shared corpus, loaded together as a user would: the
 * questions must find their unit and year among five documents. Figures were read off the documents.
 */
let root: string;
let engine: QaEngine;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'budget-qa-corpus-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  copyCorpusSeeds(seeds);
  ({ engine } = await openEngine({ config: loadConfig({ SEEDS_DIR: seeds, DATA_DIR: join(root, 'data') }), log: () => {} }));
}, 180_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// (A docId is the page's document filter, as the asker picked it.)
const ask = (question: string, docId?: string): Promise<AskResponse> => engine.ask({ question, ...(docId ? { docId } : {}) });
const citedDocument = (response: AskResponse) => response.citations[0]?.docId;

describe('the engine over five disclosures', () => {
  it('finds a unit by its short name through the glossary (区府办) and by its place name in English (Wanli, Langfang)', async () => {
    const office = await ask('区府办的项目支出占总支出多少');
    expect(citedDocument(office)).toBe('putuo-district-office-2025-dept-budget');
    expect(office.value).toMatchObject({ amount: 72.96, unit: '%' });
    const wanli = await ask('How much does Wanli spend on official cars in 2025?');
    expect(citedDocument(wanli)).toBe('putuo-wanli-street-2025-dept-budget');
    expect(wanli.value).toMatchObject({ amount: 36.56, unit: '万元' });
    const langfang = await ask('How much does Langfang spend on official cars?');
    expect(langfang.value).toMatchObject({ amount: 11.8, unit: '万元' });
    // A shortened unit name (普陀区商务委) in a question about the whole budget.
    const commerce = await ask('普陀区商务委2025年一共有多少预算收入？');
    expect(commerce.value).toMatchObject({ amount: 37151.47, unit: '万元' });
  });

  it('refuses another unit, and one person’s pay', async () => {
    expect((await ask('普陀区教育局2025年三公经费多少？')).kind).toBe('not_found');
    expect((await ask('What salary does Langfang party secretary Yang Xiaohe receive?')).kind).toBe('not_found');
    // A breakdown by country is not disclosed, though trips abroad are.
    expect((await ask('Of the Wanli Street office’s money for trips abroad, how much goes to trips to the United Kingdom?')).kind).toBe('not_found');
    // What was finally spent (决算) is another disclosure than these budgets; the budget's own figure is no answer.
    const finalAccounts = await ask('审计对账用：廊坊市信访局2022年决算里三公经费实际支出了多少？');
    expect(finalAccounts.kind).toBe('not_found');
    expect(finalAccounts.answer).toContain('决算');
    expect((await ask('廊坊市信访局2022年三公经费预算多少？')).value).toMatchObject({ amount: 12.3, unit: '万元' });
    // An outcome set against the plan is not in a budget either; the plan's own target still answers a plan question.
    expect((await ask('廊坊市信访局2022年实际一共受理了多少件来信来访？我要的是实际办了多少，不是计划目标。')).kind).toBe('not_found');
    expect((await ask('廊坊市信访局2022年计划受理多少件信访事项？')).value).toMatchObject({ amount: 19000, comparator: '≥' });
  });

  it('compares two colloquially named measures and finds the 三公 parts stated in sentences of their own', async () => {
    const cars = await ask('万里街道2025年的公车，买车的钱和养车的钱哪个多？');
    // The sentence (公务用车运行费21.56万元) or the table (公务用车运行维护费) names the running costs.
    expect(cars.answer).toMatch(/公务用车运行(维护)?费（21.56万元）较多，比公务用车购置费（15万元）多6.56万元/);
    expect(cars.value).toMatchObject({ amount: 6.56, unit: '万元' });
    const largest = await ask('普陀区政府办公室的三公经费里哪一项最多');
    expect(largest.answer).toContain('因公出国');
  });

  it('compares two sides an English question sets apart with a comma and or, and a share of a whole named by its parts', async () => {
    const markets = await ask('Which gets more money from the Putuo commerce commission in 2025: the science and technology support fund, or looking after the standardised food markets?');
    expect(markets.value).toMatchObject({ amount: 1416.4, unit: '万元' });
    expect(markets.answer).toContain('3136.40');
    const abroad = await ask('Of the money the Putuo district government office sets aside in 2025 for overseas trips, hosting visitors and official cars, what percentage is for trips abroad?');
    expect(abroad.value).toMatchObject({ amount: 96.71, unit: '%' });
    const cars = await ask('What does the Wanli street office spend keeping its cars on the road in 2025?');
    expect(cars.value).toMatchObject({ amount: 21.56, unit: '万元' });
    // A share's part that names a label exactly (商品和服务支出) is that label, not 一般公共服务支出 built from the whole's
    // words (一般公共预算) and its own (服务支出).
    const goods = await ask("What percentage of Wanli Subdistrict's 2025 general-budget basic expenditure goes to goods and services (商品和服务支出)?");
    expect(goods.value).toMatchObject({ amount: 10.68, unit: '%' });
  });

  it('derives an earlier figure from the stated change when asked to, and the rate of the whole budget’s change', async () => {
    const earlier = await ask("What was Wanli Street's 2024 income budget, going by the stated increase?");
    expect(earlier.value).toMatchObject({ amount: 15621.11, unit: '万元' });
    expect(citedDocument(earlier)).toBe('putuo-wanli-street-2025-dept-budget');
    const rate = await ask('信访局2022年预算比2020年少了百分之几？');
    expect(rate.value).toMatchObject({ amount: 21.97, unit: '%' });
    // 普陀政府办 names the unit (区人民政府 said as 政府), so the question is about the budget as a whole.
    const whole = await ask('普陀政府办今年的预算说比去年少了两千多万，那2024年原来是多少钱？');
    expect(whole.value).toMatchObject({ amount: 11491.2, unit: '万元' });
  });

  it('reads past what frames a question: the asker’s asides, a lead-in, where the figure was read, money words before for', async () => {
    const aside = await ask('万里街道2025年公车花多少钱？我要写稿引用。');
    expect(aside.value).toMatchObject({ amount: 36.56, unit: '万元' });
    const leadIn = await ask('For a press note: how much does Wanli Street spend on official cars in 2025?');
    expect(leadIn.value).toMatchObject({ amount: 36.56, unit: '万元' });
    const pot = await ask('万里街道2025年预算总盘子多大');
    expect(pot.value).toMatchObject({ amount: 18976.76, unit: '万元' });
    const planned = await ask('信访局越级上访量计划下降多少');
    expect(planned.value).toMatchObject({ amount: 10, unit: '%' });
    const framed = await ask('Combined, what procurement money has the Langfang petitions bureau set aside in 2022 for maintaining the three-level video platform and the call-centre platform?');
    expect(framed.value).toMatchObject({ amount: 264, unit: '万元' });
  });

  it('compares and adds one measure across two units the question names, citing each unit’s disclosure', async () => {
    const compared = await ask('区商务委和区政府办公室2025年的机关运行经费，哪家更高？');
    expect(compared.value).toMatchObject({ amount: 42.27, unit: '万元' });
    expect(compared.citations.map((citation) => citation.docId)).toEqual(expect.arrayContaining(['putuo-commerce-2025-unit-budget', 'putuo-district-office-2025-dept-budget']));
    const english = await ask('How much more does Wanli Street spend on official cars than the Langfang petitions bureau?');
    expect(english.value).toMatchObject({ amount: 24.76, unit: '万元' });
  });

  it('adds one measure of two units though each unit’s words stand in one disclosure only, and averages over two years', async () => {
    const both = await ask('区府办和商务委2025年三公经费加起来多少？');
    expect(both.value).toMatchObject({ amount: 868.5, unit: '万元' });
    expect((await ask('区府办和商务委2025年广告费合计？')).kind).toBe('not_found');
    const yearly = await ask('万里街道24、25两年三公经费 平均一年多少');
    expect(yearly.value).toMatchObject({ amount: 42.91, unit: '万元' });
  });

  it('finds a side no label names by the use its line’s sentence states', async () => {
    const markets = await ask('普陀商务委2025年，科技条件专项那笔钱和管标准化菜场的那笔钱，哪个更多？');
    expect(markets.value).toMatchObject({ amount: 1416.4, unit: '万元' });
    expect(markets.answer).toContain('3136.40');
  });

    it('sets a budget line against a budget line, not against a performance target’s cost cap', async () => {
    const platforms = await ask('信访局那两个系统，视频接访的平台跟信访热线呼叫中心平台，哪个维护费更贵？');
    expect(platforms.value).toMatchObject({ amount: 6, unit: '万元' });
    expect(platforms.answer).toContain('135.00');
  });

    it('compares two items of one classification line, not an item with the line', async () => {
    const medical = await ask('万里街道2025年事业单位医疗跟行政单位医疗差多少');
    expect(medical.value).toMatchObject({ amount: 7.91, unit: '万元' });
    // One side unread (管标准化菜场的那笔钱) must not leave the other compared with its own line (gap 0.00).
    const market = await ask('普陀商务委2025年，科技条件专项那笔钱和管标准化菜场的那笔钱，哪个更多？');
    expect(market.answer).not.toContain('比科技条件与服务多');
    expect(market.calculation?.operands.map((operand) => operand.label).filter((label) => /科技条件/.test(label)).length ?? 0).toBeLessThan(2);
  });

  it('reads an English topic clause as framing both sides of a comparison, past a lead-in such as "looking at"', async () => {
    const procurement = await ask("In Wanli Street's 2025 procurement plan, which gets more, goods or services?");
    expect(procurement.value).toMatchObject({ amount: 925.62, unit: '万元' });
    expect(procurement.answer).toMatch(/^政府采购服务预算 \(983\.05万元/);
    const looking = await ask("Looking at Wanli Street's 2025 procurement plan, which got more money, goods or services?");
    expect(looking.kind).toBe('numeric');
    expect(looking.value).toMatchObject({ amount: 925.62, unit: '万元' });
  });
  it('answers a count as of a date from the disclosure that states that date', async () => {
    const cars = await ask('万里街道截至2024年8月31日共有几辆车');
    expect(cars.value).toMatchObject({ amount: 8, unit: '辆' });
    expect(citedDocument(cars)).toBe('putuo-wanli-street-2025-dept-budget');
    expect(cars.answer).toContain('截至2024年8月31日');
  });

  it('answers questions about the unit itself from its standard sections', async () => {
    const offices = await ask('普陀区商务委下面有哪些科室');
    expect(offices.kind).toBe('text');
    expect(offices.citations.map((citation) => citation.quote).join('')).toContain('综合调研科');
    const count = await ask('商务委有几个科室？');
    expect(count.value).toMatchObject({ amount: 9, unit: '个' });
  });
});

describe('questions whose parts stand apart (premise sentences, shared tails, parts of a whole)', () => {
  it('reads a premise sentence told as news, and a method clause before the ask, as no topic', async () => {
    const earlier = await ask('前阵子新闻说普陀区政府办公室2025年预算比上一年砍了两千多万。我这边写材料要用：按2025年预算说明倒推，2024年的预算总数是多少？');
    expect(earlier.value).toMatchObject({ amount: 11491.2, unit: '万元' });
    const casual = await ask('看了万里街道24年的部门预算 说财政拨款比23年减少了 那23年是多少钱，，帮我倒推一下');
    expect(casual.value).toMatchObject({ amount: 16497.86, unit: '万元' });
  });

  it('shares what follows 的 between two sides (行政单位和事业单位的医疗), and reads 哪个钱多 as a comparison', async () => {
    const both = await ask('万里街道2025年行政单位和事业单位的医疗加起来多少？');
    expect(both.value).toMatchObject({ amount: 301.69, unit: '万元' });
    const which = await ask('区府办2025年行政单位医疗和事业单位医疗哪个钱多');
    expect(which.answer).toMatch(/行政单位医疗[^，。]*78\.29/);
  });

  it('reads items named in a first clause and pointed back to (这两项), and a heading before its two parts in English', async () => {
    const pointed = await ask('我们在做各区单位三公经费和机关运行经费的汇总表，普陀区政府办公室2025年这两项合计多少？');
    expect(pointed.value).toMatchObject({ amount: 1080.78, unit: '万元' });
    const heading = await ask('What does the Putuo district office budget in 2025 for staff pension contributions, basic pension insurance plus occupational annuity together?');
    expect(heading.value).toMatchObject({ amount: 264.48, unit: '万元' });
  });

  it('joins a side with its frame’s head (离退休的钱，机关本身和下属事业单位), in Chinese and in English', async () => {
    const zh = await ask('商务委2025年离退休的钱，机关本身和下属事业单位加起来多少？');
    expect(zh.value).toMatchObject({ amount: 167.85, unit: '万元' });
    const en = await ask('How much does the Putuo commerce commission budget in 2025 for its retired staff — counting retirees from the commission itself and from its affiliated public institution together?');
    expect(en.value).toMatchObject({ amount: 167.85, unit: '万元' });
    // A frame whose head names nothing new with the sides leaves them as they are.
    const cars = await ask('万里街道2025年的公车，买车的钱和养车的钱哪个多？');
    expect(cars.answer).toMatch(/公务用车运行费[^，。]*21\.56/);
  });

  it('reads 那会儿 after a year, 有所减少 in a premise and a clause naming the basis (按…口径，) as no part of the measure', async () => {
    const then = await ask('万里街道2024年的预算说是比2023年少了876.75万，那2023年那会儿的预算盘子大概是多少？');
    expect(then.value).toMatchObject({ amount: 16497.86, unit: '万元' });
    const somewhat = await ask('我们拟就廊坊市信访局2022年“三公”经费预算情况答复媒体，公开文件称较2021年有所减少，请据此核算2021年“三公”经费预算数应表述为多少万元。');
    expect(somewhat.value).toMatchObject({ amount: 22.78, unit: '万元' });
    const basis = await ask('请核实：按万里街道办事处2025年部门预算披露的口径，该街道目前实有公务车辆多少辆？');
    expect(basis.value).toMatchObject({ amount: 8, unit: '辆' });
  });

  it('reads units named in a lead-in, and items framed by "planning to spend … on"', async () => {
    const office = await ask('For a press note on the Putuo District Office: how much is budgeted for official hospitality in 2025?');
    expect(office.value).toMatchObject({ amount: 28.5, unit: '万元' });
    expect(office.citations[0]?.docId).toContain('district-office');
    const claim = await ask("I'm drafting a reply for the Langfang Petitions Bureau: a reporter wrote that its 2022 'three public expenses' budget (overseas trips, official cars, hospitality) was 22.78万元. Is that right? If not, what is the exact 2022 figure?");
    expect(claim.value).toMatchObject({ amount: 12.3, unit: '万元' });
    const items = await ask('How much in total is the Putuo district government office planning to spend in 2025 on business travel, meetings and staff training combined?');
    expect(items.value).toMatchObject({ amount: 90000, unit: '元' });
  });

  it('reads the words after a count as both sides’ (两项医疗支出合计), and 比…多安排了多少 as a gap', async () => {
    const medical = await ask('万里街道2025年行政单位和事业单位两项医疗支出合计多少？');
    expect(medical.value).toMatchObject({ amount: 301.69, unit: '万元' });
    const housing = await ask('请核算普陀区政府办公室2025年住房公积金与购房补贴两项财政拨款支出合计多少万元，拟写入答复口径。');
    expect(housing.value).toMatchObject({ amount: 360.91, unit: '万元' });
    const gap = await ask('普陀区政府办公室2025年预算里，“一般行政管理事务”比“其他政府办公厅（室）及相关机构事务支出”多安排了多少？');
    expect(gap.value).toMatchObject({ amount: 2602, unit: '万元' });
  });

  it('reads a sum’s second side that names the line holding the first as that line’s other part', async () => {
    const housing = await ask('For the Putuo Commerce Commission in 2025, what is the combined amount for staff housing provident fund and housing subsidies?');
    expect(housing.value).toMatchObject({ amount: 284.9, unit: '万元' });
    expect(housing.calculation?.operands.map((operand) => operand.label).join(' ')).toContain('购房补贴');
    // Compared, the whole and its part stay apart: no other part stands in for a side.
    const compared = await ask('普陀区商务委2025年住房公积金和购房补贴哪个多？');
    expect(compared.answer).toContain('148.80');
  });

  it('sums three lines of one name told apart by their codes, in Chinese and in English', async () => {
    const zh = await ask('万里街道2025年2013202、2013302、2013402三个科目加起来多少？');
    expect(zh.value).toMatchObject({ amount: 230.01, unit: '万元' });
    const en = await ask('For Wanli Street in 2025, what do the general administrative affairs lines under organisation affairs, publicity affairs and united-front affairs (2013202, 2013302, 2013402) add up to?');
    expect(en.value).toMatchObject({ amount: 230.01, unit: '万元' });
    expect(en.calculation?.operands).toHaveLength(3);
  });

  it('sets two columns of a row the question names against each other (基本支出比项目支出), each cell named by row and column', async () => {
    const zh = await ask('万里街道2024年社会保障和就业支出当中，基本支出比项目支出多出多少元？');
    expect(zh.value).toMatchObject({ amount: 7132264, unit: '元' });
    expect(zh.answer).toContain('社会保障和就业支出（基本支出）');
    const en = await ask("In the Putuo District Government Office's 2025 budget, by how much does project spending exceed basic spending under general public services (一般公共服务支出)?");
    expect(en.value).toMatchObject({ amount: 50723202.58, unit: '元' });
  });

  it('reads civil-service staff set against public institutions as the administrative units’ line', async () => {
    const medical = await ask("For a piece on the Putuo District Government Office's 2025 budget: what does it spend in total on medical insurance contributions for its staff, counting both the civil-service staff and the staff of its affiliated public institution?");
    expect(medical.value).toMatchObject({ amount: 109.71, unit: '万元' });
  });

  it('names an item by the stated use that holds all its words when its best label lacks one (retirees’ activity costs)', async () => {
    const retirees = await ask("In 2025, how much does the Putuo commerce commission budget in total for its retirees — allowances and benefits for retired agency staff, welfare for retirees of its affiliated public institution, and retirees' activity costs?");
    expect(retirees.value).toMatchObject({ amount: 169.18, unit: '万元' });
  });

  it('reads 日常运转 under a function’s line as its 行政运行, and an English note of what a sum leaves out as no side', async () => {
    const running = await ask('万里街道2025年社区管理这块，日常运转的钱和一般行政管理事务的钱，哪个多？多的那项是多少？');
    expect(running.value).toMatchObject({ amount: 1788.77, unit: '万元' });
    const procurement = await ask("Looking at Wanli Street's 2025 procurement plan: what do goods and services add up to if you leave out construction works?");
    expect(procurement.value).toMatchObject({ amount: 1040.48, unit: '万元' });
    const vehicles = await ask("Auditing Wanli Street's 2025 departmental budget: how many vehicles did the sub-district office hold as of 31 August 2024?");
    expect(vehicles.value).toMatchObject({ amount: 8, unit: '辆' });
  });

  it('refuses a commission no disclosure is of, though a loaded unit is named in another sentence', async () => {
    expect((await ask('普陀区发展和改革委员会2025年的“三公”经费预算是多少？想和商务委的放在一起比一比。')).kind).toBe('not_found');
    expect((await ask('区发改委2025年三公经费多少？')).kind).toBe('not_found');
    expect((await ask('普陀商务委员会2025年三公经费多少？')).kind).toBe('numeric');
  });

  it('reads a count of items after them as their frame, a table-reading clause as no item, and 在X里占 as the whole X', async () => {
    const procurement = await ask('廊坊市信访局2022年市联合接访中心的办公用房租赁和保洁、保安两项政府采购，一共多少钱？');
    expect(procurement.value).toMatchObject({ amount: 525.83, unit: '万元' });
    const again = await ask('廊坊市信访局2022年市联合接访中心的办公用房租赁费和保洁、保安专项经费，两项政府采购加起来是多少？');
    expect(again.value).toMatchObject({ amount: 525.83, unit: '万元' });
    const utilities = await ask('万里街道2024年基本支出按经济分类看，水费和电费加起来一共多少？');
    expect(utilities.value).toMatchObject({ amount: 557500, unit: '元' });
    const share = await ask('2024年万里街道的公益性岗位补贴，在社会保障和就业支出里占多大比重？');
    expect(share.value).toMatchObject({ amount: 21.49, unit: '%' });
  });

  it('asks an amount when a use only describes the money (用于…的…有多少), and money when 几个 is a story’s', async () => {
    const running = await ask('普陀区商务委2025年用于机关日常运转的机关运行经费预算有多少？');
    expect(running.value).toMatchObject({ amount: 171.01, unit: '万元' });
    const jobs = await ask('我在万里街道做公益性岗位，社区里几个老阿姨一直问我：街道2024年的预算里，公益性岗位补贴一共安排了多少钱？');
    expect(jobs.value).toMatchObject({ amount: 421.23, unit: '万元' });
    const operators = await ask('我前阵子给廊坊信访局的热线打电话，连着打了三四次都占线，好不容易才接通。想问一下，廊坊市信访局2022年预算里到底请了多少个话务员接电话啊？');
    expect(operators.value).toMatchObject({ amount: 25, unit: '人' });
    expect((await ask('普陀区商务委2025年办公费里，买打印纸和耗材具体安排了多少？')).kind).toBe('not_found');
  });

  it('sums rows named under their class (…下面，A、B、C这三款一共多少)', async () => {
    const three = await ask('万里街道2024年一般公共服务支出下面，组织事务、宣传事务、统战事务这三款一共多少？');
    expect(three.value).toMatchObject({ amount: 211.38, unit: '万元' });
  });

  it('averages the schedule of a project named by its passage per quarter', async () => {
    const quarter = await ask('万里街道2024年预算里，社区公共服务中心新建工程每个季度计划用款多少？');
    expect(quarter.value).toMatchObject({ amount: 158.05, unit: '万元' });
  });

  it('reads 那头 as only pointing at each side, and a retiree’s story around a line’s two years', async () => {
    const retirees = await ask('普陀区商务委2025年，机关那头和下属事业单位那头的离退休经费，两项加起来一共安排了多少？');
    expect(retirees.value).toMatchObject({ amount: 167.85, unit: '万元' });
    const gap = await ask('我是万里街道退下来的老同志，以前在街道里做过事情，现在每个月就盼着那点钱，我听说2024年的预算里“行政单位离退休”这一项跟2023年实际花掉的比起来是加了的，麻烦你帮我算算，万里街道2024年安排的比2023年预算执行数多了多少万元？');
    expect(gap.value).toMatchObject({ amount: 4.01, unit: '万元' });
  });

  it('reads staff pay plus office costs as basic spending, receptions beside cars as hospitality, a sum’s frame line as no item, and a catalogue code as its row', async () => {
    const basic = await ask("For a class project on public spending: what percentage of the Langfang Petitions Bureau's total 2022 spending goes on simply keeping the bureau running day to day (staff pay plus routine office costs) rather than on special projects?");
    expect(basic.value).toMatchObject({ amount: 41.66, unit: '%' });
    const sanGong = await ask("Langfang Petitions Bureau's 2022 budget for overseas trips, official cars and receptions went down compared with 2021. What was the 2021 amount?");
    expect(sanGong.value).toMatchObject({ amount: 22.78, unit: '万元' });
    const goods = await ask('万里街道2024年政府采购，不算工程的话，货物加服务一共多少钱？');
    expect(goods.value).toMatchObject({ amount: 846.57, unit: '万元' });
    const code = await ask('廊坊市信访局2022年政府采购预算表中，采购目录序号为C0209的那一项，采购金额是多少？');
    expect(code.value).toMatchObject({ amount: 129, unit: '万元' });
  });

  it('reads formal requests: a table named with 据, 载有/函告, 如何界定, 哪一项预算安排较多, and the running of two kinds of unit', async () => {
    const utilities = await ask('请据万里街道2025年一般公共预算基本支出经济分类预算表，汇总水费、电费、物业管理费三项的合计金额。');
    expect(utilities.value).toMatchObject({ amount: 1574816, unit: '元' });
    const earlier = await ask('廊坊市信访局2022年单位预算说明载有预算收支较“2020年预算”的增减情况。请据此推算并函告该局2020年预算收支安排总额（万元）。');
    expect(earlier.value).toMatchObject({ amount: 2711.16, unit: '万元' });
    const defined = await ask('普陀区商务委员会2025年单位预算公开材料中，“项目支出预算”是如何界定的？请引用名词解释原文。');
    expect(defined.answer).toContain('在基本支出之外编制的年度支出计划');
    const larger = await ask('万里街道2024年部门预算中，“城管执法”与“城乡社区环境卫生”两个科目，哪一项预算安排较多？请列明各自金额。');
    expect(larger.answer).toContain('城管执法');
    expect(larger.answer).toContain('604.34');
    const running = await ask('In its 2025 budget, how much more does the Putuo district government office give to the basic running of its administrative office than to the basic running of its affiliated public institution?');
    expect(running.value).toMatchObject({ amount: 822.22, unit: '万元' });
    const deputy = await ask('作为市人大代表，我想了解廊坊市信访局2022年安排的机关运行经费主要用在哪些方面？');
    expect(deputy.answer).toContain('办公用房水电费');
  });

  it('refuses a project quoted by its section’s name when that section states no figure', async () => {
    const project = await ask('作为区人大代表，我关注建议提案办理保障：区政府办公室2025年“区政府督查及建议提案工作业务经费”项目具体安排了多少资金？');
    expect(project.kind).toBe('not_found');
    // A quoted project whose section states a schedule is answered from it.
    const built = await ask('万里街道2024年“社区公共服务中心新建工程”第一季度用款计划是多少？');
    expect(built.value).toMatchObject({ amount: 158.05, unit: '万元' });
  });

  it('reads 部 as counting cars, 退下来的 as retired, a graduate’s story as no topic, and "that earlier (2020) budget total"', async () => {
    const perCar = await ask('阿拉是万里的老居民，想问问：万里街道2024年公务用车运行费预算是多少？按截至2023年8月底街道一共7部车子来算，平均每部车一年运行费要多少钞票？');
    expect(perCar.value).toMatchObject({ amount: 3.08, unit: '万元' });
    const retired = await ask('我退休好多年了，一直挂念老同志们的待遇。想打听一下，万里街道2024年预算里，给行政单位退下来的和事业单位退下来的离退休人员的钱，两样加起来一共是多少？');
    expect(retired.value).toMatchObject({ amount: 31.97, unit: '万元' });
    const term = await ask('刚毕业在看普陀区商务委2025年的预算公开，里面老提“三公”经费，这三公到底指的是哪三项开支呀？');
    expect(term.answer).toContain('公务接待费');
    const earlier = await ask("For a comparative study: the Langfang Petitions Bureau's 2022 budget disclosure compares its total with an earlier year's budget and reports a drop. What was that earlier (2020) budget total?");
    expect(earlier.value).toMatchObject({ amount: 2711.16, unit: '万元' });
    expect((await ask("For a press reply: which company was contracted in 2022 to maintain the Langfang Petitions Bureau's three-level video petition reception platform?")).kind).toBe('not_found');
  });

  it('reads a gloss in brackets as no second thing, and 养那几辆公车 as the cars’ running money', async () => {
    const running = await ask('万里街道24年机关运转的钱（就是俗称机关运行费那块）安排了多少啊');
    expect(running.value).toMatchObject({ amount: 443.18, unit: '万元' });
    const cars = await ask('俺是廊坊的退休老工人，天天瞅见机关的车进进出出。想问问廊坊市信访局2022年光养那几辆公车（加油、修车、保险这些）预算安排了多少钱？');
    expect(cars.value).toMatchObject({ amount: 11.8, unit: '万元' });
  });

  it('reads quick notes: A minus B, "went down vs last yr", a two-digit year in a date, headline words', async () => {
    const gap = await ask('wanli st dept 2025 - basic spend minus project spend, in yuan?');
    expect(gap.value).toMatchObject({ amount: 12915941, unit: '元' });
    const earlier = await ask('putuo dist govt office 2025 budget went down vs last yr - so what was the 2024 budget figure?');
    expect(earlier.value).toMatchObject({ amount: 11491.2, unit: '万元' });
    const cars = await ask('万里街道截至24年8月底一共几辆车？');
    expect(cars.value).toMatchObject({ amount: 8, unit: '辆' });
    const support = await ask('普陀区商务委2025年真金白银砸向企业的扶持资金有多少？把“科技条件专项”和“其他支持中小企业发展和管理支出”两项加起来，合计多少万元？');
    expect(support.value).toMatchObject({ amount: 31101, unit: '万元' });
    expect((await ask('putuo district sci & tech commission (区科委) 2025 total budget?')).kind).toBe('not_found');
  });

  it('reads a share whose part names two lines joined as their sum over the whole', async () => {
    const joined = await ask('普陀区商务委2025年科技条件专项和其他商业服务业等支出两项加起来，占全部支出预算的百分之几？');
    expect(joined.value).toMatchObject({ amount: 13.07, unit: '%' });
    expect(joined.calculation?.operands).toHaveLength(3);
    // One line over its whole is unchanged.
    const one = await ask('万里街道2025年公务用车运行费占三公经费的比例是多少？');
    expect(one.value).toMatchObject({ amount: 56.87, unit: '%' });
  });

  it('sets two years’ figures from the same kind of place, in the unit asked (多少元: both tables)', async () => {
    const yuan = await ask('万里街道城管执法科目（2120104），2025年预算比2024年增加了多少元？按支出预算总表口径。');
    expect(yuan.value).toMatchObject({ amount: 479291, unit: '元' });
    const wan = await ask('万里街道城管执法2025年预算比2024年增加了多少万元？');
    expect(wan.value).toMatchObject({ amount: 47.93, unit: '万元' });
  });

  it('reads English running costs said of cars as the cars’ line, a year’s budget as a trailing note, and a project’s use', async () => {
    const perCar = await ask('Wanli Street in Putuo budgeted money for running its official cars in 2024. Spread over the number of cars it reported owning (as of 31 August 2023), how much running cost is that per vehicle?');
    expect(perCar.value).toMatchObject({ amount: 3.08, unit: '万元' });
    const cars = await ask('how many cars does wanli street have, 2024 budget');
    expect(cars.value).toMatchObject({ amount: 7, unit: '辆' });
    const use = await ask('What does the Putuo District Government Office use its government-inspection and NPC/CPPCC proposal work funding for in 2025?');
    expect(use.kind).toBe('text');
    expect(use.answer).toMatch(/人大代表建议政协提案办理/);
    const perPerson = await ask('廊坊信访局2022年保洁和保安每人多少钱？');
    expect(perPerson.value).toMatchObject({ amount: 3.87, unit: '万元' });
  });

  it('shares out an amount named by words only its label holds over the people counted, but not as one person’s monthly pay', async () => {
    const english = await ask('How much does Langfang petitions bureau spend per security guard and cleaner in 2022?');
    expect(english.value).toMatchObject({ amount: 3.87, unit: '万元' });
    const short = await ask('langfang petitions 2022 cleaners and security guards cost per person');
    expect(short.value).toMatchObject({ amount: 3.87, unit: '万元' });
    const pay = await ask('廊坊市信访局2022年信访呼叫中心聘请的话务员，每人每月工资是多少？');
    expect(pay.kind).toBe('not_found');
  });

  it('reads a resident’s everyday words for budget lines (接待吃个饭, 车子的开销, 退休老同志, 考核指标, 在…上安排)', async () => {
    const meals = await ask('廊坊市信访局2022年，上头来人、兄弟单位来人，接待吃个饭啥的，一年给安排了多少钱啊？');
    expect(meals.value).toMatchObject({ amount: 0.5, unit: '万元' });
    const car = await ask('我们在写廊坊信访局的稿子哈：他们2022年车子的开销，就是加油修车跑车那些，说比上一年压下来十来万，那2021年车子这块是多少钱？');
    expect(car.value).toMatchObject({ amount: 22.28, unit: '万元' });
    const retirees = await ask('万里街道2024年光是“退休费”这一项，给退休老同志发的，有多少钱呢？');
    expect(retirees.value).toMatchObject({ amount: 254940, unit: '元' });
    const assessed = await ask('万里街道2025年那些定了考核效果指标的项目，平均下来每个项目摊多少钱？');
    expect(assessed.value).toMatchObject({ amount: 180.12, unit: '万元' });
    const spentOn = await ask('普陀区商务委今年（2025年）在标准化菜场和副食品行业管理上安排了多少钱？');
    expect(spentOn.value).toMatchObject({ amount: 3136.4, unit: '万元' });
  });

  it('reads what a short name or 口径 asks as a definition, and an English comparison with a shared head in 10k yuan', async () => {
    const sanGong = await ask('万里街道的预算里老是提“三公”，这个三公到底指的是哪三样开销啊？');
    expect(sanGong.kind).toBe('text');
    expect(sanGong.citations[0]?.section).toContain('名词解释');
    const scope = await ask('万里街道2025年部门预算里说的“机关运行经费”，统计口径是什么？');
    expect(scope.citations[0]?.section).toContain('名词解释');
    const medical = await ask("In Wanli Street's 2025 budget, which gets more: medical insurance for administrative units (行政单位医疗) or for public institutions (事业单位医疗)? Please give both amounts in 10k yuan.");
    expect(medical.answer).toMatch(/事业单位医疗[^)]*\(154\.80万元/);
    const appropriation = await ask("What's the 2025 appropriation for institutional operating expenses (机关运行经费) at the Putuo District Commerce Commission?");
    expect(appropriation.value).toMatchObject({ amount: 171.01, unit: '万元' });
    const companies = await ask("Which companies will receive the Putuo Commerce Commission's 2025 SME-support funds of 293.81 million yuan?");
    expect(companies.kind).toBe('not_found');
  });

  it('reads a resident’s story that only points at the unit as no topic, and a town the documents do not disclose as another unit', async () => {
    const bills = await ask('我在万里街道办事大厅排队的时候，看到墙上贴着节约用水用电的标语。那街道2024年自己办公用的水钱和电钱，哪个预算排得多？是多少？');
    expect(bills.answer).toMatch(/电费[^。]*280000/);
    const town = await ask('真如镇2025年三公经费一共多少？');
    expect(town.kind).toBe('not_found');
    const hosting = await ask('廊坊信访局2022年公车、招待、出国这几样加一块，说是比2021年少了一截，那2021年这几样一共是多少钱？');
    expect(hosting.value).toMatchObject({ amount: 22.78, unit: '万元' });
    const retired = await ask('My dad retired from the Putuo District commerce commission years ago. In its 2025 budget, how much is set aside for the retired office staff - their allowances, perks and activities?');
    expect(retired.value).toMatchObject({ amount: 166.12, unit: '万元' });
    const draft = await ask("Press office draft: the Putuo District Government Office says its 2025 budget is lower than the previous year's. Going by the stated decrease, what was its 2024 budget?");
    expect(draft.value).toMatchObject({ amount: 11491.2, unit: '万元' });
  });

  it('reads a bracket listing a term’s parts (公家车子上（买车、养车）), "是什么口径" and "add A to B"', async () => {
    const cars = await ask('万里街道2025年花在公家车子上（买车、养车）再加上接待来客的钱，一共安排了多少？');
    expect(cars.value).toMatchObject({ amount: 37.91, unit: '万元' });
    const scope = await ask('普陀区商务委2025年预算公开里的“事业单位经营收入”是什么口径？');
    expect(scope.citations[0]?.section).toContain('名词解释');
    const added = await ask("For the Langfang Petitions Bureau in 2022: if you add the rent for the joint petition reception centre's building to the money for that centre's cleaners and security guards, what is the total?");
    expect(added.value).toMatchObject({ amount: 525.83, unit: '万元' });
  });

  it('keeps what an asker’s sentence names when the question points back to it, and reads 干啥, 督办 and 干净多了', async () => {
    const them = await ask("I'm writing about the Langfang Petitions Bureau's 2022 'three public expenses' (official cars, hospitality, trips abroad). What had the bureau budgeted for them in 2021?");
    expect(them.value).toMatchObject({ amount: 22.78, unit: '万元' });
    const use = await ask('区政府办公室2025年是不是有一笔钱专门管督办、建议提案这些事？这钱具体拿来干啥？');
    expect(use.kind).toBe('text');
    expect(use.answer).toMatch(/人大代表建议政协提案办理/);
    const markets = await ask('我家楼下的菜场去年改成标准化菜场了，干净多了。普陀区商务委2025年花在菜场、副食品管理这块的钱有多少？');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
  });

  it('reads the r32 wordings: a story clause with 前几天, 离休费多出多少, 反复出现, sending officials abroad', async () => {
    const meals = await ask('前几天去廊坊市信访局反映问题，顺便好奇一下：他们2022年公家招待客人吃饭的钱预算了多少？');
    expect(meals.value).toMatchObject({ amount: 0.5, unit: '万元' });
    const pensions = await ask('我爸是从普陀区商务委退休的。商务委2025年发给退休人员的退休费，比发给离休老干部的离休费多出多少？');
    expect(pensions.value).toMatchObject({ amount: 945664, unit: '元' });
    const term = await ask('万里街道2024年预算里反复出现“机关运行经费”这个词，它到底是指哪部分钱？');
    expect(term.citations[0]?.section).toContain('名词解释');
    const fair = await ask('普陀区商务委2025年专门用于服务保障进博会的经费是多少？');
    expect(fair.kind).toBe('not_found');
    const stated = await ask('普陀区商务委2025年用于标准化菜场及副食品行业管理的那笔钱是多少？');
    expect(stated.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const abroad = await ask('For the Putuo District Government Office in 2025, which costs more: sending officials abroad or hosting visitors? Please give both figures.');
    expect(abroad.answer).toMatch(/因公出国（境）费\) \(839万元/);
  });

  it('counts the cars asked about in English, not the money line named after them', async () => {
    const cars = await ask('How many official cars does Wanli Street have in 2025?');
    expect(cars.value).toMatchObject({ amount: 8, unit: '辆' });
    const money = await ask('How much is Wanli Street budgeting for official cars in 2025?');
    expect(money.value).toMatchObject({ amount: 36.56, unit: '万元' });
  });

  it('reads the three parts of 三公经费 as the whole where only the whole states the previous year', async () => {
    const parts = await ask('廊坊信访局2022年公车、接待、出国这三块比上年少了，2021年这三块一共多少');
    expect(parts.value).toMatchObject({ amount: 22.78, unit: '万元' });
  });

  it('answers a share whose part is named by a word only one figure’s labels hold', async () => {
    const share = await ask('普陀区商务委2025年中小企业这块占支出预算的比例是多少');
    expect(share.value).toMatchObject({ amount: 79.08, unit: '%' });
  });

  it('reads a table cell asked by its row and column, and names both', async () => {
    const cell = await ask('区府办2025年支出总表里，“事业运行”那一行基本支出那一栏是多少？');
    expect(cell.value).toMatchObject({ amount: 3767295.58, unit: '元' });
    expect(cell.answer).toContain('事业运行（基本支出）');
  });

  it('reads a 款 row by its own label when the column named (基本支出) would add words to a sub-line', async () => {
    const row = await ask('万里街道2025年支出总表里城乡社区管理事务那一行的基本支出是多少？');
    expect(row.value).toMatchObject({ amount: 77381546, unit: '元' });
  });

  it('reads a share within procurement by the part’s own word (工程), and 采购预算总额 as procurement’s total', async () => {
    const works = await ask('万里街道2024年政府采购预算中，工程类采购占采购预算总额的比例是多少？');
    expect(works.value).toMatchObject({ amount: 49.08, unit: '%' });
  });

  it('refuses an attribute asked of a covered thing (什么品牌, which brand)', async () => {
    expect((await ask('万里街道2024年新买的公务车是什么品牌的？')).kind).toBe('not_found');
    expect((await ask('Which brand of official car did Wanli Street buy in 2024?')).kind).toBe('not_found');
  });

  it('reads 是个什么概念 as a definition and 是干嘛用的 of a project as its use', async () => {
    const concept = await ask('区府办2025年预算里的“机关运行经费”是个什么概念？');
    expect(concept.kind).toBe('text');
    expect(concept.answer).toContain('日常公用经费');
    const use = await ask('万里街道2025年社区公共服务中心新建工程建好了是干嘛用的？');
    expect(use.answer).toContain('社区文化艺术活动场所');
  });

  it('reads a word of the unit’s own name left by the English rendering (Street -> 街道) as naming no measure', async () => {
    const whole = await ask('How much money does Wanli Street get in 2024?');
    expect(whole.value).toMatchObject({ amount: 15621.11, unit: '万元' });
  });

  it('reads two items set off by a dash after a named total (— A plus B)', async () => {
    const housing = await ask("What's the Putuo District Government Office's total 2025 housing money for staff — housing provident fund plus home-purchase subsidies?");
    expect(housing.value).toMatchObject({ amount: 360.91, unit: '万元' });
  });

  it('reads an item asked within a frame (政府采购预算里，给房租…) from the frame’s table, not the frame’s total', async () => {
    const rent = await ask('廊坊信访局2022年政府采购预算里给房租安排了多少钱？');
    expect(rent.value).toMatchObject({ amount: 375, unit: '万元' });
  });

  it('reads a share’s part by a word only one figure’s labels hold (这笔房租), and 全年预算 as the overall total', async () => {
    const rent = await ask('廊坊信访局不是在北边租了一栋楼当联合接访中心嘛，2022年这笔房租占他们全年预算的百分之多少？');
    expect(rent.value).toMatchObject({ amount: 17.73, unit: '%' });
    const sme = await ask('都说商务委的钱大头是扶持企业，2025年扶持中小企业的那笔钱占他们全年预算的百分之几？');
    expect(sme.value).toMatchObject({ amount: 79.08, unit: '%' });
  });

  it('refuses a budget line joined to another when the unit’s disclosure lacks it (水费和电费)', async () => {
    const bills = await ask('普陀区商务委2025年办公楼的水费和电费各花多少？');
    expect(bills.kind).toBe('not_found');
    expect(bills.answer).toContain('水费');
  });

  it('reads 老干部 as 离退休干部, and an English budget explanation as a part of the document, not a reason asked', async () => {
    const veterans = await ask('听说商务委2025年给机关退休老干部安排了166万多，这笔钱具体花在哪些方面？');
    expect(veterans.answer).toContain('机关离退休人员补贴费');
    const earlier = await ask("Langfang Petitions Bureau's 2022 budget explanation compares the 2022 total with the 2020 budget. Based on the stated decrease, what was the 2020 budget total?");
    expect(earlier.value).toMatchObject({ amount: 2711.16, unit: '万元' });
  });

  it('reads each side of a difference by a word only one figure’s labels hold (租办公楼, 保安保洁)', async () => {
    const gap = await ask('信访局2022年租办公楼的钱比请保安保洁的钱多多少？');
    expect(gap.value).toMatchObject({ amount: 224.17, unit: '万元' });
  });

  it('shares an amount over a stated floor area per square metre for the year, not the stated daily cap', async () => {
    const zh = await ask('廊坊信访局联合接访中心租的楼，平均每平方米一年租金多少元？');
    expect(zh.value).toMatchObject({ amount: 288.09, unit: '元' });
    const en = await ask('Using the Langfang petitions bureau’s 2022 rent budget and the leased floor area, what does the rent come to per square metre for the year?');
    expect(en.value).toMatchObject({ amount: 288.09, unit: '元' });
  });

  it('keeps an "and" inside an item of an Oxford-comma list, and reads the money words before the first item as the frame', async () => {
    const three = await ask("For the Langfang Petitions Bureau in 2022, add up the procurement budgets for the joint reception centre's office rent, the centre's cleaning and security services, and the three-level video petition platform maintenance. What is the combined amount?");
    expect(three.value).toMatchObject({ amount: 660.83, unit: '万元' });
  });

  it('reads 这一行合计 as the row’s 合计 column, and 包括啥 of a line without parts as its glossary definition', async () => {
    const row = await ask('万里街道2025年一般公共预算支出功能分类预算表，城管执法这一行合计是多少元？');
    expect(row.value).toMatchObject({ amount: 6522681, unit: '元' });
    const includes = await ask('廊坊信访局2022年预算公开里老提“机关运行费”，这玩意儿到底包括啥？');
    expect(includes.answer).toContain('办公及印刷费');
  });

  it('reads English hearsay openings (A local paper reported…, I hear…) as no topic, and floors above ground as a count', async () => {
    const paper = await ask("A local paper reported that the Langfang Petitions Bureau's budget for 2022 came to roughly 21 million yuan. Is that right, and what is the exact total?");
    expect(paper.value).toMatchObject({ amount: 2115.46, unit: '万元' });
    const floors = await ask("According to Wanli Street's 2025 budget, how many floors does the community service centre's main building have above ground?");
    expect(floors.value).toMatchObject({ amount: 7, unit: '层' });
  });

  it('finds a line’s figures stated after its name in the paragraph (2023年当年预算执行数) when the question names the line', async () => {
    const gap = await ask('万里街道2024年其他城乡社区支出的预算，比2023年当年预算执行数少了多少万元？');
    expect(gap.value).toMatchObject({ amount: 900.44, unit: '万元' });
  });

  it('reads money named by the use its sentence states (用于…的那笔钱) and a month-end date (截至2023年8月底)', async () => {
    const markets = await ask('普陀区商务委员会2025年预算里，用于标准化菜场及副食品行业管理的那笔钱有多少？');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const cars = await ask('万里街道2024年的预算公开里说，截至2023年8月底他们一共有几辆车？');
    expect(cars.value).toMatchObject({ amount: 7, unit: '辆' });
  });

  it('leaves out the asker’s business (我们物业公司在对接…) and a story that asks before the real question', async () => {
    const pair = await ask('我们物业公司在对接廊坊市信访局市联合接访中心那栋楼的服务。2022年这个中心的办公用房租赁经费，加上保洁、保安等专项经费，两项合计是多少？');
    expect(pair.value).toMatchObject({ amount: 525.83, unit: '万元' });
    const uses = await ask('我们物业公司在接洽廊坊市信访局办公楼的物业项目，想了解他们日常运转的钱花在哪。廊坊信访局2022年的机关运行经费主要用于哪些方面？');
    expect(uses.answer).toContain('办公用房物业管理费');
  });

  it('sums one measure over two years of a unit, and sets two units’ whole budgets against each other', async () => {
    const years = await ask('万里街道2024年和2025年的三公经费加起来是多少？');
    expect(years.value).toMatchObject({ amount: 85.82, unit: '万元' });
    expect(years.answer).toContain('2024年');
    const units = await ask('2025年普陀区商务委的预算总额比区政府办公室多出多少？');
    expect(units.value).toMatchObject({ amount: 28049.79, unit: '万元' });
  });

  it('reads English askers’ stories and trades: a definition inside another glossary entry, one car’s running cost', async () => {
    const covered = await ask("I sell and service vehicles. In the Putuo District Government Office's 2025 budget, what exactly is covered by 'official vehicle purchase and running costs'?");
    expect(covered.answer).toContain('编制内公务车辆的报废更新');
    const perCar = await ask("I'm a car dealer. Taking the number of official cars Wanli Street reported as of 31 August 2023 and its 2024 budget for car running costs, what does running one car cost on average?");
    expect(perCar.value).toMatchObject({ amount: 3.08, unit: '万元' });
    const pensions = await ask("Checking a retired cadre's query: in the Putuo Commerce Commission's 2025 basic spending, what do lixiu pay (离休费) and retirement pay (退休费) come to in total?");
    expect(pensions.value).toMatchObject({ amount: 1449536, unit: '元' });
  });

  it('reads one English measure asked "in total" as one measure, and a gloss of a quoted term as no list', async () => {
    const sanGong = await ask('How much is the Langfang Petitions Bureau’s 2022 budget for the "three public expenses" (overseas trips, official cars and official hospitality) in total?');
    expect(sanGong.value).toMatchObject({ amount: 12.3, unit: '万元' });
  });

  it('leaves out a clause that only asks for the sum of the budget (，预算加起来一共多少), and reads 用来做什么 as a use', async () => {
    const pensions = await ask('区政府办公室2025年单位给职工缴的基本养老保险和职业年金，预算加起来一共多少？');
    expect(pensions.value).toMatchObject({ amount: 264.48, unit: '万元' });
    const centre = await ask('万里街道在真金路建的社区公共服务中心，建好以后是用来做什么的？');
    expect(centre.answer).toContain('社区文化艺术活动场所');
  });

  it('reads 它的预算总额 and an English blogger’s claim as the whole budget of an earlier year', async () => {
    const zh = await ask('廊坊市信访局2022年的预算说明里说总预算比2020年减少了，那2020年它的预算总额是多少？');
    expect(zh.value).toMatchObject({ amount: 2711.16, unit: '万元' });
    const en = await ask("A local blogger says the Langfang petitions bureau's budget for 2022 is almost 6 million yuan lower than its 2020 budget. If that's right, what was the 2020 budget?");
    expect(en.value).toMatchObject({ amount: 2711.16, unit: '万元' });
  });

  it('reads 机关 as the administrative-unit side of paired lines (机关退休 / 事业单位退休)', async () => {
    const retirees = await ask('万里街道2025年给退休人员的钱里，机关退休的那块比事业单位退休的那块多出多少？');
    expect(retirees.value).toMatchObject({ amount: 17.4, unit: '万元' });
  });

  it('reads a line named only by its classification code (2120104)', async () => {
    const coded = await ask('万里街道2025年一般公共预算支出功能分类预算表里2120104这一行合计是多少元？');
    expect(coded.value).toMatchObject({ amount: 6522681, unit: '元' });
  });

  it('reads a second clause opening with 跟 as the other side, and an amount between two years as their change', async () => {
    const cut = await ask('万里街道2024年的其他城乡社区支出，跟2023年实际花掉的相比砍掉了多少万元？');
    expect(cut.value).toMatchObject({ amount: 900.44, unit: '万元' });
    const uses = await ask('廊坊信访局2022年的机关运行经费主要花在了哪些地方？');
    expect(uses.answer).toContain('办公用房水电费');
  });

  it('reads a dash after a quoted English term as its gloss, not a list of items', async () => {
    const sanGong = await ask("What is the Putuo District Government Office's 2025 budget for the 'three public expenses' - overseas trips, official cars and hospitality?");
    expect(sanGong.value).toMatchObject({ amount: 867.5, unit: '万元' });
  });

  it('refuses a year later than every disclosure of the unit, even beside a covered one', async () => {
    expect((await ask('廊坊市信访局2024年公务接待费是多少？和2022年比变了吗？')).kind).toBe('not_found');
  });

  it('reads everyday English: spending on staff, what project money is mainly for, what a term covers, lixiu pay', async () => {
    const staff = await ask('In its 2025 basic budget, does the Putuo District Government Office spend more on staff or on running the office?');
    expect(staff.answer).toMatch(/^personnel costs/);
    const project = await ask('Apart from pay and office running costs, what is the Langfang petitions bureau’s 2022 project spending mainly for?');
    expect(project.kind).toBe('text');
    expect(project.answer).toContain('三级视频接访平台');
    const term = await ask('How does the Wanli Street 2025 budget explain what the term "three public expenses" covers?');
    expect(term.kind).toBe('text');
    expect(term.answer).toContain('因公出国（境）费');
    const retired = await ask('Putuo District government office 2025: how much more goes to pay of ordinary retirees than to lixiu pay?');
    expect(retired.value).toMatchObject({ amount: 1073780, unit: '元' });
  });

  it('reads "does A exceed B" as a difference of two named lines, and public operating costs as 公用经费', async () => {
    const exceeds = await ask("In the Putuo District Government Office's 2025 budget, by how much does the 'general administrative affairs' line exceed the 'other government office affairs' line?");
    expect(exceeds.value).toMatchObject({ amount: 2602, unit: '万元' });
    const staff = await ask("In the Putuo Commerce Commission's 2025 basic expenditure, how much more goes to personnel costs than to public operating costs, in yuan?");
    expect(staff.value).toMatchObject({ amount: 16410531, unit: '元' });
  });

  it('sums two sides that leave their noun to the clause before them (机关的加上下属事业单位的)', async () => {
    const insurance = await ask('普陀区商务委2025年给自己工作人员交医保的钱，机关的加上下属事业单位的，一共多少？');
    expect(insurance.value).toMatchObject({ amount: 88.18, unit: '万元' });
  });

  it('compares two lines in everyday English and quotes the sentences that state them', async () => {
    const streets = await ask('In its 2024 plan, was Wanli Street going to spend more on city inspectors enforcing the rules on the streets, or on keeping the neighbourhood clean?');
    expect(streets.value).toMatchObject({ amount: 5.01, unit: '万元' });
    expect(streets.answer).toContain('604.34万元');
  });

  it('reads the words after a count before 加一起 as said of both items (两个运维项目的采购预算加一起)', async () => {
    const platforms = await ask('廊坊信访局22年 视频接访平台和呼叫中心平台两个运维项目的采购预算加一起多少');
    expect(platforms.value).toMatchObject({ amount: 264, unit: '万元' });
  });

  it('reads a share whose whole points back (that combined amount) as the whole the sentence before named', async () => {
    const trips = await ask("The Putuo District Government Office's 2025 budget has money for overseas trips, hosting visitors and official cars. What percentage of that combined amount is for the overseas trips?");
    expect(trips.value).toMatchObject({ amount: 96.71, unit: '%' });
  });

  it('sums two lines written side by side when the clause after a space names only the sum (水费电费 加一块儿)', async () => {
    const bills = await ask('万里街道2025年办公用的水费电费 加一块儿预算多少钱？');
    expect(bills.value).toMatchObject({ amount: 431000, unit: '元' });
  });

  it('reads how to round (算到小数点后两位) as no topic, and 扫马路/环卫 as the sanitation line', async () => {
    expect((await ask('区府办2025年三公经费里头，出国那块占了多少比例，算到小数点后两位')).value).toMatchObject({ amount: 96.71, unit: '%' });
    expect((await ask('万里街道2025年 城管执法跟扫马路搞环卫，哪个花的钱多？')).answer).toContain('652.27');
  });

  it('answers more or less than an earlier year from the stated change, not from a second measure guessed', async () => {
    const hosting = await ask('Is the district office spending more or less on hospitality in 2025 than in 2024?');
    expect(hosting.value).toMatchObject({ amount: 0, unit: '万元' });
    expect(hosting.answer).toContain('unchanged');
  });

  it('reads examples in a bracket (办公、水电这些) as no topic the documents must cover, and 机关日常运转 as the running-cost line', async () => {
    const running = await ask('万里街道2025年机关日常运转（办公、水电这些）一共要花多少钱？');
    expect(running.value).toMatchObject({ amount: 464.64, unit: '万元' });
  });

  it('works the earlier year out from the comparison a disclosure states', async () => {
    const earlier = await ask('What was the Putuo Commerce Commission’s 2024 spending budget, going by the comparison stated in its 2025 budget?');
    expect(earlier.value).toMatchObject({ amount: 12659.76, unit: '万元' });
  });

  it('reads a count stood on a date as one figure, not a sum over years', async () => {
    const cars = await ask('How many vehicles did Wanli Street (Putuo) have in total as of 31 August 2024, according to its 2025 budget?');
    expect(cars.value).toMatchObject({ amount: 8, unit: '辆' });
    // Two budget years named for one line are still added.
    expect((await ask('万里街道2024年和2025年的公务接待费加起来一共多少？')).value).toMatchObject({ amount: 2.7, unit: '万元' });
  });

  it('reads everyday names of lines: 公务车的运行费, 让机关正常转起来, 项目钱', async () => {
    const perCar = await ask('万里街道2024年公务车的运行费，按截至2023年8月底手上的车辆数摊下来，平均一辆车一年多少钱？');
    expect(perCar.value).toMatchObject({ amount: 3.08, unit: '万元' });
    const running = await ask('廊坊信访局2022年光是让机关正常转起来——办公区修修补补、水电、暖气、物业这些——一年安排了多少钱？');
    expect(running.value).toMatchObject({ amount: 95.17, unit: '万元' });
    const projects = await ask('廊坊信访局2022年除了发工资和日常开销，剩下那一千多万的项目钱主要花在哪几块？');
    expect(projects.kind).toBe('text');
    expect(projects.citations[0]?.quote).toContain('三级视频接访平台运行维护经费');
  });

  it('answers a choice said with 还是, and plain-word definitions in both languages', async () => {
    const choice = await ask('普陀商务委2025年，是给科技政策扶持的钱多，还是管标准化菜场和副食品行业的钱多？');
    expect(choice.answer).toContain('3136.40万元');
    const meaning = await ask("万里街道2024年预算里的'机关运行经费'，通俗讲到底是指哪部分钱？");
    expect(meaning.kind).toBe('text');
    expect(meaning.answer).toContain('日常公用经费');
    const phrase = await ask("The Putuo District Government Office's 2025 budget talks about the 'three public expenses'. What does that phrase actually cover?");
    expect(phrase.answer).toContain('公务接待费');
  });

  it('reads examples naming a class’s parts as the class, and 其他 before a line as its rest', async () => {
    const share = await ask('万里街道2025年一年一万八千多万的盘子，真正花在社区里的——社区管理、环境卫生、公共设施这些——占了百分之多少？');
    expect(share.value).toMatchObject({ amount: 81.35, unit: '%' });
    const rest = await ask('万里街道2025年的预算里，其他城乡社区管理事务那一块和其他城乡社区支出那一块，哪个安排的钱更多？');
    expect(rest.answer).toContain('5312.11万元');
  });

  it('reads the three parts of 三公经费 summed as the whole, whatever closes the list', async () => {
    for (const question of [
      '我们在起草一篇关于市直部门公务开支的稿子，想核实一下：廊坊市信访局2022年出国、公车、接待这几项加起来一共预算了多少钱？',
      '廊坊市信访局2022年出国、公车、接待一共预算了多少钱？',
    ]) {
      expect((await ask(question)).value).toMatchObject({ amount: 12.3, unit: '万元' });
    }
  });

  it('sets one line stated in two places against itself: the 三公 statement and the basic-spending table', async () => {
    const gap = await ask('区府办25年三公里的公务接待费，跟基本支出经济分类30217公务接待费对不上，差多少万？');
    expect(gap.value).toMatchObject({ amount: 10, unit: '万元' });
    expect(gap.answer).toContain('18.50万元');
  });

  it('reads a resident’s story opened with 俺, 倒回去看, a use its sentence states, and a headcount no table gives', async () => {
    const stalls = await ask('俺在普陀开菜摊的，想问问普陀区商务委2025年管标准化菜场、副食品这块儿一共安排了多少钱？');
    expect(stalls.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const earlier = await ask('万里街道2025年的预算比上一年涨了不少，倒回去看2024年的预算收入是多少？');
    expect(earlier.value).toMatchObject({ amount: 15621.11, unit: '万元' });
    expect((await ask("What is the Wanli Street Office's total staff headcount in 2025?")).kind).toBe('not_found');
    const exceed = await ask('Putuo Commerce Commission, 2025 budget: by how many yuan does project spending exceed basic (running) spending?');
    expect(exceed.value).toMatchObject({ amount: 331853345, unit: '元' });
  });

  it('quotes what a project mainly completes (主要完成…) among its uses', async () => {
    const use = await ask('普陀区政府办公室2025年那个督查和建议提案的业务经费，到底拿去干啥用了？');
    expect(use.citations.map((citation) => citation.quote).join('')).toContain('任务书印制');
  });

  it('reads long requests from press and finance staff: what they prepare is no topic, and a named project’s parts are quoted', async () => {
    const wages = await ask('我是万里街道的财务人员，正在给领导准备2024年部门预算人员经费的简要分析。请比较2024年一般公共预算基本支出中“基本工资”和“绩效工资”两项，哪一项金额更大，是多少元？');
    expect(wages.value).toMatchObject({ amount: 11447100, unit: '元' });
    const share = await ask('万里街道在准备一篇关于支持中小企业的新闻通稿，想引用2025年部门预算里政府采购向中小企业倾斜的数据。请计算2025年面向中小企业预留的政府采购项目预算金额占本部门政府采购预算总额的比例（百分比，保留两位小数）。');
    expect(share.value).toMatchObject({ amount: 40, unit: '%' });
    const parts = await ask('区政府办公室要答复一位政协委员关于“区政府督查及建议提案工作业务经费”项目的询问。委员看了普陀区政府办公室2025年部门预算里这个项目的经费情况说明，关心项目什么时候做、怎么推进。请问该项目的实施周期是怎样规定的，实施方案又是如何安排的？');
    expect(parts.citations.map((citation) => citation.quote).join('')).toContain('2025全年度');
    const cars = await ask('普陀区政府办公室到底有几辆公车？按2025年预算公开的数字说。');
    expect(cars.value).toMatchObject({ amount: 0, unit: '辆' });
  });

  it('answers which year is larger with that year’s figure, and an English earlier level after a stated cut', async () => {
    const larger = await ask("Which year has the bigger budget for Wanli Street's day-to-day office operating costs (机关运行经费), 2024 or 2025, and what is that figure?");
    expect(larger.value).toMatchObject({ amount: 464.64, unit: '万元' });
    const earlier = await ask('The Langfang petitions bureau says it cut what it spends running its cars in 2022 compared with 2021. So how much was the money for running the cars back in 2021 then?');
    expect(earlier.value).toMatchObject({ amount: 22.28, unit: '万元' });
    const smes = await ask("For tomorrow's business page: in its 2025 budget, how much has the Putuo commerce commission set aside to support small and medium sized companies? just that one line please");
    expect(smes.value).toMatchObject({ amount: 29381, unit: '万元' });
  });

  it('adds one count stated in two projects’ tables, each found by the words before its naming', async () => {
    const hires = await ask('我在廊坊市信访局财务科，正在整理2022年外聘人员相关经费的汇报材料。按照2022年单位预算里各项资金的绩效目标表，劳务派遣那块的外聘人员，加上市联合接访中心做保洁、保安的外聘人员，一共是多少人？');
    expect(hires.value).toMatchObject({ amount: 41, unit: '人' });
    expect(hires.answer).toContain('劳务派遣');
  });

  it('reads the r39 wordings: a body in the asker’s story, buying and running cars in a share, a per-car average', async () => {
    const housing = await ask("I help a residents' committee with its accounts and I'm trying to understand the housing money at Wanli Street. In the 2025 budget, what do the housing provident fund and the home-purchase subsidy add up to?");
    expect(housing.value).toMatchObject({ amount: 718.75, unit: '万元' });
    const cars = await ask('万里街道2025年三公经费里，买车加养车的钱占了百分之多少？');
    expect(cars.value).toMatchObject({ amount: 96.44, unit: '%' });
    const perCar = await ask('万里街道2024年养公车的运行费，按现有的车摊下来一辆多少钱？');
    expect(perCar.value).toMatchObject({ amount: 3.08, unit: '万元' });
    const value = await ask('有读者来信问信访局的公车到底值多少钱，我想在回复里给一个平均数。按廊坊市信访局2022年预算公开中的固定资产占用情况表，车辆平均每辆价值多少万元？（保留两位小数）');
    expect(value.value).toMatchObject({ amount: 19.37, unit: '万元' });
    const earlier = await ask("I'm drafting a short news item on the Putuo District Government Office's 2025 budget, which I understand went down. Based on the stated decrease, what was the office's 2024 budget?");
    expect(earlier.value).toMatchObject({ amount: 11491.2, unit: '万元' });
    const gap = await ask("In Wanli Street's 2025 basic expenditure broken down by economic classification, by how many yuan do personnel costs exceed public (operating) costs?");
    expect(gap.value).toMatchObject({ amount: 79686342, unit: '元' });
    // Another unit asked about is still refused.
    expect((await ask('How much does the Putuo public security bureau spend on cars in 2025?')).kind).toBe('not_found');
  });

  it('reads the r40 wordings: 修修补补, another bureau, a place’s area, operating public funding, a closing frame', async () => {
    expect((await ask('万里街道2024年办公场所、设备修修补补的维修费，预算是多少？')).value).toMatchObject({ amount: 430000, unit: '元' });
    expect((await ask('普陀区民政局2025年给退休人员安排了多少退休费？')).kind).toBe('not_found');
    // Our own bureau (我局) is no other unit.
    expect((await ask('我局2022年单位整体支出绩效指标里，廊坊市信访局计划聘请的话务员是多少人？')).value).toMatchObject({ amount: 25, unit: '人' });
    const total = await ask("I live in the Wanli Street area of Putuo. What is the street office's total budget for 2025?");
    expect(total.value).toMatchObject({ amount: 18976.76, unit: '万元' });
    const gap = await ask("In the Langfang Petitions Bureau's 2022 basic expenditure, how much more is budgeted for personnel-type funding than for operating public funding?");
    expect(gap.value).toMatchObject({ amount: 690.97, unit: '万元' });
    const bills = await ask("What are Wanli Street's 2025 budgeted water and electricity charges combined, in its basic expenditure?");
    expect(bills.value).toMatchObject({ amount: 431000, unit: '元' });
  });

  it('reads a row named by its code among rows of the same name, and "I saw … in the news" as no topic', async () => {
    const cell = await ask('万里街道2025年支出预算中，城乡社区管理事务下的行政运行（2120101）这一项，项目支出是多少？');
    expect(cell.value).toMatchObject({ amount: 150000, unit: '元' });
    const total = await ask('I saw the Langfang petitions bureau (the Letters and Calls office) in the news. How much money does it have in total for 2022?');
    expect(total.value).toMatchObject({ amount: 2115.46, unit: '万元' });
  });

  it('reads the office’s and its institutions’ running side by side as 行政运行 and 事业运行, and examples ending in 等 as a class', async () => {
    const pair = await ask('普陀区商务委2025年，机关自己日常运转的钱和下属事业单位运转的钱，哪个多？多的那个是多少？');
    expect(pair.value).toMatchObject({ amount: 938.99, unit: '万元' });
    // Said alone, the office's day-to-day running is still 机关运行经费.
    expect((await ask('廊坊信访局2022年机关日常运转的钱是多少？')).value).toMatchObject({ amount: 95.17, unit: '万元' });
    const share = await ask('万里街道2025年的预算里，花在城乡社区这一大块（社区管理、环卫、公共设施等）的钱占总数的百分之多少？');
    expect(share.value).toMatchObject({ amount: 81.35, unit: '%' });
  });

  it('reads the r42 wordings: 哪头花钱多, 用在哪些地方, 除去…还剩, examples before a quoted whole, institutional operating funds', async () => {
    expect((await ask('万里街道2025年给机关干部交医保跟给事业单位职工交医保，哪头花钱多？')).answer).toContain('154.80万元');
    const use = await ask('普陀商务委2025年给机关离退休老同志的那笔钱，都用在哪些地方？');
    expect(use.kind).toBe('text');
    expect(use.citations[0]?.quote).toContain('机关离退休人员补贴费');
    expect((await ask('万里街道2025年面向中小企业预留的政府采购预算中，除去预留给小型和微型企业的部分，还剩多少万元？')).value).toMatchObject({ amount: 578.54, unit: '万元' });
    expect((await ask('廊坊信访局2022年公车、招待这些“三公”的钱比2021年少了，那2021年原来是多少来着？')).value).toMatchObject({ amount: 22.78, unit: '万元' });
    const meaning = await ask("The Putuo district government office's 2025 budget mentions 'institutional operating funds'. In plain words, what does that term mean?");
    expect(meaning.answer).toContain('日常公用经费');
  });
  it('reads the r43 wordings: two lines’ earlier figures summed, a frame written with 里, a story before the ask, routine costs explained', async () => {
    const both = await ask('The Langfang petitions bureau says its 2022 money for official cars and hosting visitors went down compared with the year before. What was the 2021 figure?');
    expect(both.value).toMatchObject({ amount: 22.78, unit: '万元' });
    // 十万出头 is an amount told roughly, no topic the documents lack.
    const roughly = await ask('廊坊信访局2022年公家车子的油钱、修车钱，再加上招待客人的钱，说是比2021年少了十万出头。那2021年这块原来安排了多少？');
    expect(roughly.value).toMatchObject({ amount: 22.78, unit: '万元' });
    // One line asked, its words joined by "and", is still one line.
    const cars = await ask("Langfang Petitions Bureau's 2022 budget says its spending on running and maintaining official cars was cut compared with 2021. What was the 2021 figure?");
    expect(cars.value).toMatchObject({ amount: 22.28, unit: '万元' });
    expect((await ask('万里街道2025年基本支出里水费和电费一共安排了多少钱？')).value).toMatchObject({ amount: 431000, unit: '元' });
    const rent = await ask('我家亲戚去过廊坊市里那个联合接访中心，听说那栋楼是租来的。廊坊市信访局2022年光租这个接访中心的办公楼要花多少钱？');
    expect(rent.value).toMatchObject({ amount: 375, unit: '万元' });
    const routine = await ask("In the Putuo commerce commission's 2025 budget, how much more goes on specific projects than on the day-to-day running of the commission itself (its staff and office costs)?");
    expect(routine.value).toMatchObject({ amount: 331853345, unit: '元' });
    const retirees = await ask('The Putuo Commerce Commission has about 1.66 million yuan in 2025 for its retired government staff. What does that money pay for?');
    expect(retirees.citations[0]?.quote).toContain('机关离退休人员补贴费');
    // A share whose whole is a sentence quotes the part's sentence too: one section, one unit.
    const share = await ask('普陀区商务委2025年的预算里，扶持中小企业发展的那笔钱占全部预算的百分之多少？');
    expect(share.value).toMatchObject({ amount: 79.08, unit: '%' });
    expect(share.citations[0]?.section).toContain('2025年单位预算编制说明');
  });
  it('reads the r44 wordings: non-staple food, 俺是…的 and 阿拉, "meant to cover", a comparison lead-in, "which item is larger", "how far below"', async () => {
    const markets = await ask('How much is the Putuo District Commerce Commission putting into managing standardized wet markets and the non-staple food trade in 2025?');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    expect((await ask('俺是廊坊的，想问问咱廊坊信访局2022年一共预算了多少钱？给个准数儿呗')).value).toMatchObject({ amount: 2115.46, unit: '万元' });
    const use = await ask('阿拉万里街道真金路交通路口造的那幢社区公共服务中心，2024年预算里讲造好了到底派啥用场？');
    expect(use.kind).toBe('text');
    expect(use.answer).toContain('社区文化艺术活动场所');
    const cover = await ask('For a research paper on administrative overheads: the Langfang petitions bureau lists roughly 951,700 yuan of institutional operating money in its 2022 budget. What is that money meant to cover?');
    expect(cover.kind).toBe('text');
    expect(cover.citations[0]?.quote).toContain('办公用房水电费');
    const housing = await ask("For a comparison of staff housing benefits: in the Putuo district government office's 2025 budget, what do the housing provident fund and the home-purchase subsidy add up to?");
    expect(housing.value).toMatchObject({ amount: 360.91, unit: '万元' });
    const larger = await ask("In Langfang Petitions Bureau's 2022 procurement budget, which item is larger: upkeep of the three-level video petition platform or operation of the petition call-centre service platform? Give the amount.");
    expect(larger.answer).toContain('三级视频接访平台运行维护经费');
    expect(larger.answer).toContain('135.00');
    const below = await ask("In Wanli Street's 2024 budget, how far below the 2023 actual execution is the 'other social security and employment' line?");
    expect(below.value).toMatchObject({ amount: 628.98, unit: '万元' });
  });
  it('reads the r45 wordings: "vs 2021", ", not …" in a share, table names and bracketed terms in English sides, quoted items side by side, staff against offices', async () => {
    const before = await ask('langfang petitions office — the official car running cost for 2022 dropped vs 2021. what was the 2021 amount?');
    expect(before.value).toMatchObject({ amount: 22.28, unit: '万元' });
    const projects = await ask('putuo district govt office 2025 — what % of its budget is for specific projects, not the everyday running and salaries?');
    expect(projects.value).toMatchObject({ amount: 72.96, unit: '%' });
    const columns = await ask("Press office query: in the Putuo Commerce Commission's 2025 financial revenue and expenditure summary table (财务收支预算总表), by how many yuan does the personnel-funding column (人员经费) exceed the public-funding column (公用经费) in the grand-total row?");
    expect(columns.value).toMatchObject({ amount: 16410531, unit: '元' });
    const quoted = await ask('万里街道2025年一般公共预算基本支出经济分类预算表中，301类下“基本工资”“津贴补贴”“绩效工资”三项合计是多少元？');
    expect(quoted.value).toMatchObject({ amount: 35844121, unit: '元' });
    const staff = await ask('wanli street 2025 day-to-day money: how much more goes to staff pay & benefits than to running the offices?');
    expect(staff.value).toMatchObject({ amount: 79686342, unit: '元' });
    const book = await ask("For a feature on official vehicles: according to the Langfang Petitions Bureau's 2022 budget disclosure (fixed-asset table), what is the average book value per vehicle it held at the end of 2021?");
    expect(book.calculation?.operands[0]?.amount).toBe(96.83);
    expect((await ask('万里街道社区事务受理服务中心（就是办社保、办各种证明的那个大厅）2024年单独的预算是多少？')).kind).toBe('not_found');
  });
  it('reads a share of a class named without 其他 as the class, not the line of its rest', async () => {
    const share = await ask('万里街道2024年的钱里，花在城乡社区这一块的占了百分之多少？');
    expect(share.value).toMatchObject({ amount: 76.43, unit: '%' });
  });
  it('reads the r46 wordings: residents’ asides, a quoted term’s items as its definition, money named by its use with 多少, caps, staff of government offices', async () => {
    const sanGong = await ask('廊坊信访局预算里动不动就提“三公”经费，这“三公”到底是指哪三样钱？');
    expect(sanGong.citations[0]?.section).toContain('名词解释');
    const items = await ask('普陀区政府办公室的预算公开里说的“三公”经费，具体包括哪几项？');
    expect(items.citations[0]?.section).toContain('名词解释');
    const community = await ask('都说街道的钱大头都砸在社区上，万里街道2025年城乡社区这块支出占全部支出的百分之多少？');
    expect(community.value).toMatchObject({ amount: 81.35, unit: '%' });
    const jobs = await ask('小区门口帮忙看路口、做保洁的那些公益岗阿姨爷叔，补贴是街道出的吧？万里街道2024年给这块安排了多少钱？');
    expect(jobs.value).toMatchObject({ amount: 421.23, unit: '万元' });
    const markets = await ask('我在普陀菜场摆摊的，老听人讲区里管菜场的钱一年有三千多万，商务委2025年预算里用在标准化菜场和副食品行业管理上的到底是多少？');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const cap = await ask('廊坊市信访局2022年整体绩效指标中，三级视频接访平台设备维保成本最多不能超过多少？');
    expect(cap.value).toMatchObject({ amount: 133.55, unit: '万元', comparator: '≤' });
    const pay = await ask('How much does the Putuo district government office plan to spend on staff pay in 2025 if you count only base salary, allowances and performance bonuses (not pensions, insurance or housing fund)?');
    expect(pay.value).toMatchObject({ amount: 14448557, unit: '元' });
    const insurance = await ask("In Wanli Street's 2024 budget there are two health-insurance lines for staff, one for the government office staff and one for staff of the public service units (事业单位). Which of the two is bigger, and by how much is it budgeted?");
    expect(insurance.answer).toContain('160.14');
    const meaning = await ask("I'm an exchange student reading Wanli Street's 2025 budget. What exactly do they mean by 'institutional operating funds' (机关运行经费)? Which units does it cover and what kind of spending is it?");
    expect(meaning.citations[0]?.section).toContain('名词解释');
    expect((await ask("How is the Putuo District Government Office's 2025 budget for official overseas trips split by destination country?")).kind).toBe('not_found');
    expect((await ask('How much is each of the 25 call-centre operators hired by the Langfang Petitions Bureau paid per month in 2022?')).kind).toBe('not_found');
  });
  it('reads the r47 wordings: money asked before its use, 钞票 and a weak generic match, a colleague’s question about a term', async () => {
    const sme = await ask('普陀区商务委2025年安排了多少钱用来支持中小企业发展？');
    expect(sme.value).toMatchObject({ amount: 29381, unit: '万元' });
    const markets = await ask('阿拉小区门口额菜场老早翻新过了，邻居讲是区商务委出额钞票。普陀区商务委2025年弄菜市场、管副食品行业这块，预算有多少钞票啊？');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const term = await ask('新来的同事问我，普陀区商务委2025年预算里老提“机关运行经费”，这到底指的是哪一块钱？预算文件里是怎么解释这个词的？');
    expect(term.citations[0]?.section).toContain('名词解释');
    // A count asked (话务员) keeps dropping what the counted people are for.
    expect((await ask('廊坊信访局2022年打算请多少个话务员来接电话？')).value).toMatchObject({ amount: 25, unit: '人' });
    const works = await ask('有居民在留言板说万里街道2025年政府采购的大头都拿去搞工程了。帮忙核一下：万里街道2025年政府采购里，工程类比服务类多出多少？');
    expect(works.value).toMatchObject({ amount: 2797.67, unit: '万元' });
    const housing = await ask('我邻居在区府办上班，他说单位每个月发房贴，另外还给交公积金。普陀区政府办公室2025年给职工买房的补贴和住房公积金，哪一块预算更多？');
    expect(housing.answer).toContain('186.77');
    const rent = await ask("For the Langfang Petitions Bureau's 2022 government procurement budget, what percentage goes to renting office space for the municipal joint petition reception centre? Two decimals please.");
    expect(rent.value).toMatchObject({ amount: 47.48, unit: '%' });
    // The unit named in a method clause (根据…倒推) still chooses the disclosure.
    const derived = await ask('根据普陀区商务委2025年单位预算说明倒推，2024年财政拨款收入的预算执行数是多少万元？');
    expect(derived.value).toMatchObject({ amount: 12593.29, unit: '万元' });
  });
  it('reads the r48 wordings: 两亿多元 stated, keeping the office going, public service centres, a winner asked after a question mark, a frame before a colon', async () => {
    const before = await ask('普陀区商务委2025年的财政拨款支出预算一下子涨了两亿多元。倒推回去，它2024年的财政拨款支出预算是多少？');
    expect(before.value).toMatchObject({ amount: 12659.76, unit: '万元' });
    const basic = await ask("What percent of the Langfang petitions bureau's 2022 budget is just basic running costs (staff and keeping the office going) rather than projects?");
    expect(basic.value).toMatchObject({ amount: 41.66, unit: '%' });
    const medical = await ask('Wanli Street 2025: do they spend more on medical insurance for the government office staff or for staff at their public service centers?');
    expect(medical.answer).toContain('154.80');
    const winner = await ask('普陀区商务委2025年，花在科技上的钱和花在商业服务业上的钱，哪一块更多？是多少？');
    expect(winner.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const framed = await ask('我在核对普陀区政府办公室2025年替职工缴的基本医疗保险：机关（行政单位）和下属事业单位两块加起来一共多少？');
    expect(framed.value).toMatchObject({ amount: 109.71, unit: '万元' });
  });
  it('reads the r49 wordings: a building pointed at in the story, a story before a schedule, 合在一起, a part named apart from its sibling, what the asker saw, uncovered lifts, a project’s use', async () => {
    const rent = await ask('我就住那附近，听说廊坊市信访局那个市联合接访中心的办公楼是租的。2022年光是这栋楼的房租，信访局预算里安排了多少钱？');
    expect(rent.value).toMatchObject({ amount: 375, unit: '万元' });
    const schedule = await ask('真金路那个万里街道社区公共服务中心不是建好了吗？怎么2025年还有它的钱。麻烦算一下，2025年这个项目四个季度的用款计划一共多少？');
    expect(schedule.value).toMatchObject({ amount: 60, unit: '万元' });
    const medical = await ask('核对一下：普陀区商务委2025年给机关（行政单位）和下面事业单位职工交医保的钱，两块合在一起是多少万元？');
    expect(medical.value).toMatchObject({ amount: 88.18, unit: '万元' });
    const perCar = await ask('万里街道的公车，2025年那点运行费平摊到每辆车是多少钱？');
    expect(perCar.value).toMatchObject({ amount: 2.7, unit: '万元' });
    const housing = await ask('普陀区政府办公室2025年给职工住房的钱，我看有交住房公积金的，也有发购房补贴的，这两块哪块多？');
    expect(housing.answer).toContain('186.77');
    const lifts = await ask('Some blocks are getting lifts added. How much is the Putuo district government office spending on lifts in 2025?');
    expect(lifts.kind).toBe('not_found');
    const use = await ask("What kind of work is the Putuo district government office's supervision and proposal project money meant to support in 2025?");
    expect(use.citations[0]?.section).toContain('区政府督查及建议提案工作业务经费');
  });
  it('reads the r50 wordings: rough amounts in words, money asked over a count, a sum after ", counting", people against office running, a code in English, a claim from the asker’s notes', async () => {
    const markets = await ask('普陀区商务委2025年在标准化菜场和副食品行业管理上好像花了三千来万，准确数是多少？');
    expect(markets.value).toMatchObject({ amount: 3136.4, unit: '万元' });
    const pay = await ask('万里街道2024年的基本工资、津贴补贴再加上绩效工资，加起来大概三千多万吧？准确是多少元？');
    expect(pay.kind).toBe('numeric');
    expect(pay.calculation?.operands).toHaveLength(3);
    const housing = await ask('How much does Wanli Street budget in 2025 for staff housing, counting the housing provident fund and home-purchase subsidies together?');
    expect(housing.calculation?.operands).toHaveLength(2);
    const people = await ask("Within the Putuo Commerce Commission's 2025 basic budget, how much more is spent on its people (salaries, benefits) than on day-to-day office running costs?");
    expect(people.value).toMatchObject({ amount: 16410531, unit: '元' });
    const coded = await ask('Putuo Commerce Commission 2025: what is budgeted under code 2150899?');
    expect(coded.value).toMatchObject({ amount: 293810000, unit: '元' });
    const claim = await ask('My notes say the Langfang Petitions Bureau budgeted 96 wan yuan for institutional operating costs in 2022. Can you confirm or correct that?');
    expect(claim.value).toMatchObject({ amount: 95.17, unit: '万元' });
    const cars = await ask('Does the Putuo District Commerce Commission own any official cars at all? Give me the number from its 2025 budget.');
    expect(cars.value?.amount).toBe(0);
  });
  it('reads what the asker sees as told, not asked, sums a payment per quarter, and quotes a passage that answers a list itself', async () => {
    const schedule = await ask('真金路那边的社区公共服务中心，脚手架搭了好几年了。万里街道2024年给这个工程排的用款，四个季度加起来一共多少钱？');
    expect(schedule.value).toMatchObject({ amount: 632.2, unit: '万元' });
    const quarters = await ask('万里街道社区公共服务中心新建工程，2024年街道每个季度都要付一笔钱，四个季度一共要付多少？');
    expect(quarters.value).toMatchObject({ amount: 632.2, unit: '万元' });
    // (加挂 hangs a name board; it adds nothing up.)
    const names = await ask('普陀区政府办公室还加挂了哪几块牌子？');
    expect(names.citations[0]?.quote).toContain('研究室');
  });
  it('reads the r51 wordings: a gloss opened by 就是, a formal reply’s words, what is left beyond a part, the administrative side in English', async () => {
    const sanGong = await ask('普陀区商务委2025年的“三公”经费（就是出国、公车、接待这些）一共预算了多少？');
    expect(sanGong.citations[0]?.quote).toContain('三公');
    const uses = await ask('来函询问廊坊市信访局2022年机关运行经费主要用于哪些方面，烦请提供原文表述，以便拟答复。');
    expect(uses.citations[0]?.quote).toContain('办公用房水电费');
    const rest = await ask('请予核实：万里街道2025年面向中小企业预留的政府采购项目预算中，预留给小型和微型企业以外部分的金额是多少万元？');
    expect(rest.value).toMatchObject({ amount: 578.54, unit: '万元' });
    const medical = await ask("What is Wanli Street's combined 2025 budget for staff medical insurance, counting both the administrative side and its public institutions?");
    expect(medical.calculation?.operands).toHaveLength(2);
  });
  it('reads the r52 wordings: a closing "how many money" clause, a finance allocation, a year no line of that name states, a doubted figure', async () => {
    const pay = await ask('Wanli Street 2025: basic salary plus allowance plus performance pay, all together how many money?');
    expect(pay.calculation?.operands).toHaveLength(3);
    const earlier = await ask('Wanli Street 2024 budget is less than 2023. So what was the 2023 finance allocation budget?');
    expect(earlier.value).toMatchObject({ amount: 16497.86, unit: '万元' });
    // The 2024 disclosure states no 2023 figure for office expenses; a change stated of another line is no answer.
    expect((await ask('万里街道2023年的办公费预算是多少？')).kind).toBe('not_found');
    const rate = await ask("By what percentage did Wanli Street's 2024 budget for urban and rural community environmental sanitation drop compared with the 2023 actual execution?");
    expect(rate.value).toMatchObject({ amount: 27.81, unit: '%' });
    const doubted = await ask('区府办2025年三公经费才二十多万？不会吧');
    expect(doubted.kind).toBe('numeric');
  });
  it('reads the r53 wordings: what staff are paid in, a table read from before its items, a building used for a centre', async () => {
    const subsidy = await ask('How much will the Putuo District Government Office pay its staff in housing provident fund in 2025?');
    expect(subsidy.value).toMatchObject({ amount: 174.14, unit: '万元' });
    const pay = await ask('请按普陀区商务委2025年《一般公共预算基本支出部门预算经济分类预算表》，把基本工资、津贴补贴、绩效工资三项加总，一共多少元？');
    expect(pay.value).toMatchObject({ amount: 11338106, unit: '元' });
    const rent = await ask('How much is the Langfang Petitions Bureau paying in 2022 to rent the office building used for its joint visitor reception centre?');
    expect(rent.value).toMatchObject({ amount: 375, unit: '万元' });
  });
  it('reads the r54 wordings: a code written as table cells, a topic clause framing two English sides', async () => {
    const coded = await ask('万里街道2025年部门预算中，科目代码212 99 99这一项合计是多少元？');
    expect(coded.value).toMatchObject({ amount: 52348937, unit: '元' });
    const works = await ask("In Wanli Street's 2024 government procurement budget, did more money go to construction works or to services?");
    expect(works.answer).toContain('815.87');
  });
  it('reads the r55-r57 wordings: lines named by a dashed list, a range of quarters, two years compared, a share within a reserved part', async () => {
    const lines = await ask("For the Putuo District Government Office in 2025, what do the two running-cost lines under 'government offices and related agencies' — administrative operation and public-institution operation — add up to?");
    expect(lines.value).toMatchObject({ amount: 1583.68, unit: '万元' });
    const quarters = await ask('万里街道2024年预算里那个社区公共服务中心新建工程，一到四季度的用款计划加起来一共是多少？');
    expect(quarters.value).toMatchObject({ amount: 632.2, unit: '万元' });
    // The year whose figure is larger is cited first.
    const years = await ask('Wanli Street: was the budget for community environmental sanitation (城乡社区环境卫生) bigger in 2024 or in 2025?');
    expect(years.citations[0]?.docId).toBe('putuo-wanli-street-2024-dept-budget');
    const reserved = await ask("We advise member SMEs on tenders. In Wanli Street's 2024 budget, of the procurement money reserved for SMEs, what percentage was reserved for small and micro enterprises?");
    expect(reserved.value).toMatchObject({ amount: 70, unit: '%' });
  });
  it('reads the r57 wordings: a caller’s premise before the line asked, an or between two contracts, a chamber of commerce', async () => {
    const earlier = await ask('我看到信访局2022年的三公经费说是比上一年少了，说是压减公车运行经费……那我就想知道，照这么算，廊坊市信访局2021年的“三公”经费原来是多少？');
    expect(earlier.value).toMatchObject({ amount: 22.78, unit: '万元' });
    const contract = await ask("In the Langfang Petitions Bureau's 2022 procurement budget, which is bigger: the contract for running and maintaining the three-level video petition-reception platform, or the one for the petition call-centre service platform? And what is the bigger one budgeted at?");
    expect(contract.value).toMatchObject({ amount: 135, unit: '万元' });
    expect(contract.answer).toContain('the larger');
    const hosting = await ask("I'm with a European chamber of commerce in Shanghai. In its 2025 budget, how much did the Putuo District People's Government Office set aside for official hospitality (reception) expenses?");
    expect(hosting.value).toMatchObject({ amount: 28.5, unit: '万元' });
    expect((await ask('What make and model of car is Wanli Street buying with its 2025 vehicle purchase budget?')).kind).toBe('not_found');
  });
  it('reads the r58 wordings: two fees compared, a pronoun for the unit, what was spent in the year before, a claim checked', async () => {
    const fees = await ask('我们在起草一篇关于廊坊市信访局2022年预算的稿子：三级视频接访平台的维护费和信访呼叫中心平台的维护费，哪一个更高？');
    expect(fees.value).toMatchObject({ amount: 6, unit: '万元' });
    const cars = await ask('普陀区商务委2025年的预算里说，他们单位一共有几辆公车？');
    expect(cars.value).toMatchObject({ amount: 0, unit: '辆' });
    const spent = await ask('Looking back: how much did Wanli Street actually end up spending in 2023 on subsidising public-welfare jobs in the neighbourhood?');
    expect(spent.value).toMatchObject({ amount: 389.59, unit: '万元' });
    const claim = await ask('网上有说法称普陀区商务委2025年“三公”经费大幅增加、超过10万元。请帮我们核实：区商务委2025年“三公”经费预算到底是多少？');
    expect(claim.value).toMatchObject({ amount: 1, unit: '万元' });
    const earlier = await ask('区府办25年财政拨款说是比24年少了两千多万，那24年预算原本是多少？');
    expect(earlier.value).toMatchObject({ amount: 11491.2, unit: '万元' });
  });
  it('reads the r58 English wordings: each side with its own money words, a count the budget says, what a term covers', async () => {
    const sides = await ask("In the Putuo Commerce Commission's 2025 budget, which is larger: the science-and-technology special funds used for policy support, or the money for standardized wet markets and non-staple food trade management?");
    expect(sides.answer).toContain('3136.40');
    const count = await ask("We're checking a claim that Wanli Street had 10 vehicles as of August 2023. How many vehicles does the street office's 2024 budget say it actually had?");
    expect(count.value).toMatchObject({ amount: 7, unit: '辆' });
    const covered = await ask("The Putuo district government office's budget mentions money for 'keeping the government office running'. What does that actually cover?");
    expect(covered.citations[0]?.section).toBe('名词解释');
    // A budget that says the level went down is still the budget asked.
    const level = await ask("What was the Putuo District Government Office's budget in 2024? The 2025 budget says it went down, but I need the 2024 number.");
    expect(level.value).toMatchObject({ amount: 11491.2, unit: '万元' });
  });
  it('reads the r59 wordings: three items counted by 这三样, a rise in percent, a count read from the 2025 disclosure, two units compared', async () => {
    const three = await ask('万里街道2025年，给大家的公共法律服务、困难群众的城市生活救助、还有公益性岗位补贴，这三样加起来一共多少钱？');
    expect(three.value).toMatchObject({ amount: 118.28, unit: '万元' });
    // The change beside the line in its own paragraph, not another paragraph's change of the same kind (预算执行数).
    const rise = await ask('万里街道2024年给行政单位医疗安排的钱，和2023年实际执行数相比涨了百分之几？稿子里要写增幅。');
    expect(rise.value).toMatchObject({ amount: 49.45, unit: '%' });
    const cars = await ask('万里街道办事处现在手上一共有几辆车？看2025年预算公开里的说法。');
    expect(cars.value).toMatchObject({ amount: 8, unit: '辆' });
    const carsEn = await ask("According to Wanli Street's (万里街道) 2025 budget, how many vehicles did the street office have as of 31 August 2024?");
    expect(carsEn.value).toMatchObject({ amount: 8, unit: '辆' });
    const works = await ask('Wanli Street (Putuo District), 2024 budget: what percentage of the total government procurement budget is for construction works? Two decimal places, please.');
    expect(works.value).toMatchObject({ amount: 49.08, unit: '%' });
    const units = await ask('2025年“行政单位离退休”这一块，普陀区政府办公室和区商务委哪家安排得更多？');
    expect(units.citations[0]?.docId).toBe('putuo-commerce-2025-unit-budget');
  });
  it('reads a clause of one long asking sentence that asks nothing itself as told (为养老金的事情没少往信访局跑)', async () => {
    const earlier = await ask('我是廊坊的退休老工人，这些年为养老金的事情没少往信访局跑，总听人说政府机关要过紧日子，信访局2022年的“三公”经费说是比2021年少了一些，那你帮我倒推一下，廊坊市信访局2021年的“三公”经费是多少万元呀？');
    expect(earlier.value).toMatchObject({ amount: 22.78, unit: '万元' });
    // A clause that asks is still a topic: 养老金 asked outright is not in the documents.
    expect((await ask('廊坊市信访局2022年给养老金安排了多少钱？')).kind).toBe('not_found');
  });
  it('reads a row named under its parent row as that row, and an item named after 其中 of its whole as the item', async () => {
    const row = await ask('万里街道2024年预算中，城乡社区管理事务下的“行政运行”那一行，有多少钱是列在项目支出栏里的？');
    expect(row.value).toMatchObject({ amount: 250000, unit: '元' });
    const item = await ask('廊坊市信访局2022年三公经费中的公务用车购置及运维费是多少？');
    expect(item.value).toMatchObject({ amount: 11.8, unit: '万元' });
    // The parent row alone is still the parent's figure.
    const parent = await ask('万里街道2024年部门支出预算总表中，城乡社区管理事务这一行的项目支出是多少元？');
    expect(parent.value?.amount).not.toBe(250000);
  });
  it('averages a schedule already stated per quarter over its quarters, and shares a year’s figure over four', async () => {
    const schedule = await ask('万里街道2024年社区公共服务中心新建工程，每个季度的用款计划平均是多少？');
    expect(schedule.value).toMatchObject({ amount: 158.05, unit: '万元' });
    const yearly = await ask('廊坊市信访局2022年机关运行经费平均每个季度多少？');
    expect(yearly.value).toMatchObject({ amount: 23.79, unit: '万元' });
  });
  it('reads the 12-07 05:20 session wordings: lines named by their amount or column, counts in a story, refusals of what no figure states', async () => {
    // A line named by the amount the asker states, its use asked.
    const byAmount = await ask('商务委2025年预算里有一笔大约2.94亿元的钱，主要拿来干什么？');
    expect(byAmount.citations[0]?.quote).toContain('支持中小企业发展和管理');
    // The column the question names beside the row.
    const column = await ask('普陀区商务委员会2025年财务收支预算总表中，一般公共服务支出的公用经费一栏是多少？');
    expect(column.value).toMatchObject({ amount: 1467842, unit: '元' });
    // A story around a count; 每个人 counts people, not 个.
    const operators = await ask('我表妹想去应聘，听说廊坊信访局那个热线要招接电话的话务员，2022年打算请多少人？');
    expect(operators.value).toMatchObject({ amount: 25, unit: '人' });
    const perHead = await ask('廊坊市联合接访中心2022年保安保洁的那笔专项经费，摊到每个人头上是多少万元？');
    expect(perHead.value).toMatchObject({ amount: 3.87, unit: '万元' });
    // Refused: a reserved share a disclosure never states; a project section with no figure; staff numbers; a thing
    // the whole budget does not single out.
    expect((await ask('普陀区商务委员会2025年政府采购里给中小企业预留了多少？')).kind).toBe('not_found');
    expect((await ask('区政府办公室2025年督查及建议提案工作那个项目安排了多少钱？')).kind).toBe('not_found');
    expect((await ask('区政府办公室2025年有多少在编工作人员？')).kind).toBe('not_found');
    expect((await ask('万里街道2025年预算里给社区老年助餐补贴了多少钱？')).kind).toBe('not_found');
    // …while the whole budget asked in other words is still answered.
    expect((await ask('万里街道2025年部门收入预算总额是多少？')).value).toMatchObject({ amount: 18976.76, unit: '万元' });
    // A term the question quotes is the one explained, not another it names beside it.
    const defined = await engine.ask({ question: '“项目支出预算”和基本支出有什么区别？这份预算怎么解释的？', docId: 'putuo-wanli-street-2025-dept-budget' });
    expect(defined.citations[0]?.quote).toContain('项目支出预算');
    // …and in English, the quoted term rendered.
    const definedEn = await engine.ask({ question: "The income tables have a column next to the fiscal appropriation one. What exactly counts as 'other income' here?", docId: 'putuo-commerce-2025-unit-budget' });
    expect(definedEn.citations[0]?.quote).toContain('其他收入');
    // Phone-typed clauses parted by spaces; the budget named as the basis; a place in pinyin.
    const typed = await ask('区府办25年预算九千一百来万 说是比24年少了两千多万 那24年预算到底是多少');
    expect(typed.value).toMatchObject({ amount: 11491.2, unit: '万元' });
    const basis = await ask('按照万里街道2025年部门预算里讲的，街道办现在一共有几部车子？');
    expect(basis.value).toMatchObject({ amount: 8, unit: '辆' });
    const pinyin = await ask('In the Wanli Subdistrict 2025 basic-expenditure table, which is bigger: allowances (津贴补贴) or performance pay (绩效工资)?');
    expect(pinyin.kind).toBe('numeric');
  });

  it('reads the 12-07 08:05 session wordings: a cost shared over counted items, two codes set apart, a duty with no money', async () => {
    // The cost the question names (运维费) is shared over the vehicles, not the vehicles' own value on their row.
    const perCar = await ask('廊坊信访局2022年公车的运维费，按他们有的车辆数平均下来，一辆车多少钱？');
    expect(perCar.value).toMatchObject({ amount: 2.36, unit: '万元' });
    expect((await ask('廊坊信访局2022年平均每辆车价值多少？')).value).toMatchObject({ amount: 19.37, unit: '万元' });
    // Two lines written by code are the two sides of a difference.
    const codes = await ask("In the Putuo District Government Office's 2025 general public budget expenditure table by function, how much more is budgeted under 2010302 than under 2010399? Give the table figure in yuan.");
    expect(codes.value).toMatchObject({ amount: 26020000, unit: '元' });
    // A duty named only in the unit's functions has no money of its own.
    expect((await ask('普陀区商务委员会2025年预算中，用于服务保障中国国际进口博览会的专项经费是多少？')).kind).toBe('not_found');
    // Two years' sentences stated in the asked unit are cited, not their table cells; the year is written once.
    const acrossYears = await ask('普陀区万里街道办事处的机关运行经费，2025年预算和2024年预算相比是增加还是减少了？变化了多少万元？');
    expect(acrossYears.value).toMatchObject({ amount: 21.46, unit: '万元' });
    expect(acrossYears.citations.map((citation) => citation.section.split(' > ')[0])).toEqual(['其他相关情况说明', '其他相关情况说明']);
    expect(acrossYears.calculation?.operands.map((operand) => operand.label).join(' ')).not.toMatch(/(\d{4}年)\1/);
    // The cars' worth is their own value; cars "on its books" ask no worth.
    expect((await ask('I read that the Langfang petitions bureau keeps a few official cars on its books. Going by its 2022 budget disclosure, roughly what is each car worth on average?')).value).toMatchObject({ amount: 19.37 });
    expect((await ask('The Langfang Petitions Bureau had 5 cars on its books at the end of 2021. Going by its 2022 budget for keeping its official cars on the road, roughly how much is that per car?')).value).toMatchObject({ amount: 2.36 });
    // "wanli st govt office" is the street's office; the three parts beside 'three public' spell out the whole.
    const sanGong = await ask("hey so for wanli st (putuo) govt office, 2025 budget - whats the total for the 'three public' stuff i.e. overseas trips + official cars + hospitality all together, approx?");
    expect(sanGong.value).toMatchObject({ amount: 37.91, unit: '万元' });
    // Goods + services of procurement are its two kinds; an amount the asker states in RMB asks no unit.
    const procurement = await ask('wanli st office putuo 2025 procurement budget - construction is like RMB 37.8m which i dont care abt, if u just add goods + services together whats that come to approx');
    expect(procurement.value).toMatchObject({ amount: 1040.48, unit: '万元' });
    // The figure implied by a disclosure "which reports the year-on-year change" is the earlier level.
    const implied = await ask("A reader's letter asserts that the Langfang Municipal Petitions Bureau's 2021 budget for the 'three public expenses' (三公经费) exceeded 25万元. Please state the 2021 figure implied by the bureau's 2022 unit budget disclosure, which reports the year-on-year change.");
    expect(implied.value).toMatchObject({ amount: 22.78, unit: '万元' });
    // A definition may name the body its term comes from; a project's description is a passage to quote.
    const defined = await ask("In the glossary of Wanli Street Office's 2024 budget, how is 财政拨款收入 (fiscal appropriation income) defined — whose income from which finance department does it refer to?");
    expect(defined.citations[0]?.quote).toContain('本级财政部门');
    const described = await ask("For the briefing note on the 2025 supervision and deputies'-proposals project (区政府督查及建议提案工作业务经费): one draft says it only pays for printing. What work does the project description say the money supports?");
    expect(described.citations[0]?.quote).toContain('人大代表建议政协提案办理');
    const uses = await ask('Once the new Wanli Street community public service centre is finished, what will residents actually be able to use it for, according to the 2025 budget?');
    expect(uses.citations[0]?.quote).toContain('社区管理');
    // A year, or a number of years, is no floor count.
    expect((await ask('廊坊市信访局租的联合接访中心办公楼，租赁合同是哪一年签的、一共租几年？')).kind).toBe('not_found');
    // Round r77: a monthly share of a year's line; a contrast left aside; a joint inside a label; the whole named after
    // 占; one line in two tables, in English; two lines compared whatever unit words the question holds.
    const monthly = await ask("If the Wanli street office's 2025 electricity budget [电费] were spread evenly over the twelve months, roughly how much would that be per month?");
    expect(monthly.value).toMatchObject({ amount: 27083.33, unit: '元' });
    const project = await ask("For a briefing note on the Putuo District People's Government Office: how much of its 2025 budget is project expenditure, as opposed to basic expenditure? I need the exact figure from the expenditure table.");
    expect(project.value).toMatchObject({ amount: 66410000, unit: '元' });
    expect((await ask('万里街道办事处2024年部门预算中，社会保障和就业支出这一功能类一共安排了多少元？')).value).toMatchObject({ amount: 19604064, unit: '元' });
    const welfare = await engine.ask({ question: '2025年基本支出经济分类表里，福利费占商品和服务支出（302类）合计的百分之几？保留两位小数。', docId: 'putuo-district-office-2025-dept-budget' });
    expect(welfare.value).toMatchObject({ amount: 25.03, unit: '%' });
    const twoTables = await ask('Putuo District Government Office, 2025: compare the official-reception figure in the 三公 expenses table with the 公务接待费 line in the basic-expenditure economic classification table. How far apart are the two, in 万元?');
    expect(twoTables.value).toMatchObject({ amount: 10, unit: '万元' });
    const operation = await ask('Putuo Commerce Commission, 2025: which gets more money — administrative operation of the commission itself (行政运行) or the operation of its affiliated public institutions (事业运行)? Please quote the figure.');
    expect(operation.kind).toBe('numeric');
    expect(operation.answer).toContain('938.99');
    // A project named in brackets whose heading states no money has none; a like-named line with money is answered.
    expect((await ask('The Langfang Petitions Bureau has a special fund for dispatched labour [劳务派遣专项经费] in 2022. How much money is in it?')).kind).toBe('not_found');
    expect((await ask('廊坊信访局2022年“市联合接访中心办公用房租赁经费”是多少？')).value).toMatchObject({ amount: 375, unit: '万元' });
    // Round r78: a budget's name run into the first side; a name with 下的 framing both sides; a head word shared by
    // the sides; a class code of three digits in brackets; a count noun before the verb; last year's budget counted.
    expect((await ask('万里街道2025采购预算工程比服务多多少')).value).toMatchObject({ amount: 2797.67, unit: '万元' });
    const framedPair = await ask('万里街道2024年预算中，城乡社区管理事务下的“行政运行”和“一般行政管理事务”，是不是行政运行安排得更多？哪一项更多、是多少？');
    expect(framedPair.answer).toContain('1759.10');
    expect((await engine.ask({ question: '2025 water plus electricity fees, in yuan?', docId: 'putuo-wanli-street-2025-dept-budget' })).value).toMatchObject({ amount: 431000, unit: '元' });
    const coded = await ask("For Wanli Street's 2024 departmental budget, what do personnel emoluments (wages and benefits, 301) plus goods and services (302) add up to in the basic-expenditure economic classification table?");
    expect(coded.value).toMatchObject({ amount: 99451080, unit: '元' });
    expect((await ask('普陀区人民政府办公室2025年一般公共预算基本支出经济分类中，302类“商品和服务支出”合计是多少元？')).value).toMatchObject({ amount: 1932777.54, unit: '元' });
    expect((await ask('How many vehicles do the petitions people have on their books, going by their most recent budget disclosure?')).value).toMatchObject({ amount: 5, unit: '辆' });
    expect((await ask('How many staff training sessions does the petitions bureau plan in 2022?')).value).toMatchObject({ amount: 1, unit: '次' });
    const lastYear = await ask("In the street office's budget from last year, how many projects had performance targets filed for them?");
    expect(lastYear.value).toMatchObject({ amount: 50, unit: '个' });
    expect((await ask('做课程作业想算个结构比：万里街道办事处2025年的政府采购预算中，工程类采购占总额的百分之多少？')).value).toMatchObject({ amount: 78.42, unit: '%' });
    // Round r79: figures the asker already knows name no side; carry-over asked as money not spent; appropriation
    // spending; offices compared as units.
    const known = await ask("For the Putuo District Government Office's 2025 budget I already have the overall figure of 9,101.68万元 and the 'three public expenses' total of 867.50万元. What I still need is the amount set aside for official trips abroad (outbound travel) — how much is it?");
    expect(known.value).toMatchObject({ amount: 839, unit: '万元' });
    const recalled = await engine.ask({ question: 'In this budget’s breakdown of basic spending by economic category, property management comes to roughly 1.14 million yuan if I remember right. What do water and electricity add up to together?', docId: 'putuo-wanli-street-2025-dept-budget' });
    expect(recalled.value).toMatchObject({ amount: 431000, unit: '元' });
    const framedByYear = await ask("Wanli Street's 2025 procurement plan splits the money into goods, construction works and services. How much more goes to construction works than to services?");
    expect(framedByYear.value).toMatchObject({ amount: 2797.67, unit: '万元' });
    expect((await ask('我在看廊坊市信访局2022年的预算，想知道他们有没有从上一年结转过来、没花完的钱？如果有的话是多少？')).value).toMatchObject({ amount: 0, unit: '万元' });
    expect((await ask("What is the district government office's 2025 appropriation spending under the government fund budget (政府性基金)? Give the figure even if it is nil.")).value).toMatchObject({ amount: 0 });
    const offices = await ask("Which of the Putuo offices has the larger 2025 'three public' budget (overseas trips, official cars and hospitality) — the district government office or the district commerce commission — and what is that office's figure?");
    expect(offices.answer).toContain('867.50');
    // The change asked with its reason: the sentence stating the change, then the reason.
    const why = await ask('I live in Wanli, Putuo, and heard our street office got a lot more money in 2025 than in 2024. By how much did its fiscal allocation go up, and what reason does the budget give?');
    expect(why.citations.map((citation) => citation.quote).join(' ')).toContain('3,355.65');
    expect(why.citations.map((citation) => citation.quote).join(' ')).toContain('项目调整');
    // Round r80: a part taken out (除掉…以外, 除…外，其余…合计, 刨掉…，) leaves the rest of the whole, or the thing named.
    expect((await ask('我想问一下廊坊市信访局2022年的单位预算，总共两千一百多万，除掉保机构运转的基本支出以外，剩下用在项目上的有多少万元？')).value).toMatchObject({ amount: 1234.15, unit: '万元' });
    expect((await ask('普陀区人民政府办公室2025年部门预算中，除一般公共服务支出外，其余各类支出合计是多少元？')).value).toMatchObject({ amount: 8919977.93, unit: '元' });
    expect((await ask('普陀区政府办公室2025年一般公共预算基本支出里，刨掉人员经费，公用经费一共是多少元？')).value).toMatchObject({ amount: 2132777.54, unit: '元' });
    // Square metres of office space are no count of offices.
    expect((await ask('For a paper on petition-handling facilities I need one figure: how many square metres of office space does the Langfang Petitions Bureau rent for its joint visitor-reception centre, according to its 2022 budget?')).value).toMatchObject({ amount: 13016.84 });
  });

  it('reads the 12-07 10:37 session wordings: coded lines in their rows, a column named, worth as a stock, one part alone', async () => {
    // Lines written by economic code stand in the rows carrying the code, not in a like-named line of the 三公 table.
    expect((await ask('帮忙算一下：普陀区人民政府办公室2025年基本支出经济分类里，30211差旅费、30216培训费和30217公务接待费三行加起来一共多少元？')).value).toMatchObject({ amount: 265000, unit: '元' });
    // The column an English question names is the cell asked, though the question mentions the other column too.
    expect((await ask("For the Putuo District Government Office's 2025 budget, functional code 2010301 (administrative operation) isn't all basic expenditure — how much of that line sits in the project-expenditure column?")).value).toMatchObject({ amount: 110000, unit: '元' });
    // Worth is the asset table's value at the end of the year before the budget, not the year's car spending.
    expect((await ask('I read that the Langfang petitions bureau has a few official cars. What were those vehicles worth on its books at the end of 2021?')).value).toMatchObject({ amount: 96.83, unit: '万元' });
    // Money arranged for the cars is their running cost, not what they stand at; a comma closes the clause before a list.
    expect((await ask('廊坊市信访局2022年那几辆公车，平时加油、修车这些运行维护的钱，预算安排了多少？')).value).toMatchObject({ amount: 11.8, unit: '万元' });
    // One part of the running costs alone is finer than any line; the parts together are the line.
    expect((await ask('How much does the Langfang petitions bureau budget in 2022 just for fuel for its official cars, separate from maintenance and repairs?')).kind).toBe('not_found');
    expect((await ask('How much does the Langfang petitions bureau budget in 2022 for fuel and repairs of its official cars?')).value).toMatchObject({ amount: 11.8 });
    // A cap divided per person is an average; "mainly earmarked for" asks uses.
    expect((await ask("My cousin works security at Langfang's joint petition reception centre. The 2022 budget caps the total cost of hiring guards and cleaners and says how many there are — roughly how much does that work out to per person?")).value).toMatchObject({ amount: 3.87, unit: '万元' });
    const uses = await ask("What are the Langfang Municipal Petitions Bureau's 2022 administrative operating expenses mainly earmarked for?");
    expect(uses.citations[0]?.section).toBe('三、机关运行经费安排情况');
    // "each project" counts the projects with targets, not the budget units; an operating allowance of cars is money.
    expect((await ask('wanli street 2024: on average how much project money does each project with performance targets cover?')).value?.amount).toBeCloseTo(112.7, 1);
    expect((await ask('I live in Wanli. Their 2024 budget gives an official-vehicle operating allowance and, elsewhere, says how many vehicles the subdistrict held as of 31 August 2023. Roughly what does that work out to per vehicle?')).kind).toBe('numeric');
    // Round r82: another name a unit works under (加挂…经济委员会) said short; the table an English question reads.
    expect((await ask('普陀区经委2025年的三公经费预算一共是多少？')).value).toMatchObject({ amount: 1, unit: '万元' });
    expect((await ask("In the procurement table, what is the budget line for renting office space for the city's joint petition reception centre?", 'langfang-petitions-bureau-2022-unit-budget')).value).toMatchObject({ amount: 375, unit: '万元' });
    // A half-remembered amount points at the line shared out; 差了多少 is a difference.
    const remembered = await ask('我外甥在廊坊市联合接访中心那边当保安。他说中心里保安、保洁加起来有三十好几号人，一年请这些人的钱大概一百五十来万。我就想算算，照信访局二〇二二年预算里的数，平均摊到一个人头上，一年是多少万块钱？');
    expect(remembered.value).toMatchObject({ amount: 3.87, unit: '万元' });
    expect((await ask('我记得廊坊信访局那个三级视频接访平台，一年运行维护要一百三十几万，还有个信访呼叫中心服务平台也要一百二十几万，这两样二〇二二年的运维经费到底差了多少钱？')).value).toMatchObject({ amount: 6, unit: '万元' });
    // What is left of the SME reservation once the small and micro part is taken out.
    expect((await ask("Wanli Subdistrict's 2025 budget reserves part of its procurement for SMEs and, within that, a portion for small and micro firms. How much of the SME set-aside is left over that isn't earmarked for small and micro firms?")).value).toMatchObject({ amount: 578.54, unit: '万元' });
    // One of two things a line names together, and a headcount no disclosure states, are refused.
    expect((await ask('At the Langfang joint petition reception centre, how much of the 2022 cleaning-and-security money goes to the security guards alone, not counting the cleaners?')).kind).toBe('not_found');
    expect((await ask('wanli street 2024 staff headcount / 编制数?')).kind).toBe('not_found');
    expect((await ask("I'm a reporter: what headcount of call-centre telephone operators does the Langfang Petitions Bureau plan to hire under its 2022 budget?")).value).toMatchObject({ amount: 25 });
    // A project's money "through the year" is its schedule; buying things set against services is goods.
    const schedule = await ask("My neighbours say the new Wanli community public service centre is basically built. So what is Wanli Subdistrict's 2024 money for that project actually going to be spent on through the year?");
    expect(schedule.citations[0]?.quote).toContain('支付尾款');
    expect((await ask('普陀区商务委2025年的政府采购，是买东西（货物）花得多，还是买服务花得多？')).answer).toContain('政府采购服务预算');
    expect((await ask('万里街道办事处编2024年预算的时候，手上一共有几辆车？就是截至2023年8月底的那个数。')).value).toMatchObject({ amount: 7, unit: '辆' });
    // Round r83: a request for a total and where it stands asks the figure; a street office no disclosure covers is
    // refused; a line named under its class with 下面 is read there, not under another class.
    expect((await ask('请提供普陀区人民政府办公室2025年财政拨款“三公”经费的预算总数，并说明出处。')).value).toMatchObject({ amount: 867.5, unit: '万元' });
    expect((await ask("What is the 2025 three-public-expenses (三公) budget of Putuo's Changfeng Xincun street office?")).kind).toBe('not_found');
    expect((await ask('万里街道2025年预算里，社区管理事务下面管日常“行政运行”的钱，比“一般行政管理事务”那条多出多少？')).value).toMatchObject({ amount: 42.35, unit: '万元' });
    expect((await ask('对一下数：区政府办公室2025年给机关（行政单位）和下面事业单位职工交医保的钱，两块合在一起是多少万元？')).value).toMatchObject({ amount: 109.71, unit: '万元' });
    // Round r84: a cap shared out is a cap per person; how long a thing may take is a time limit; a column written
    // with a hyphen (project-expenditure) is still project expenditure; the asker's own staff asked is no figure.
    expect((await ask("For the Langfang petitions bureau's 2022 security and cleaning contract at the joint petition reception centre, what is the cost cap per contracted worker on average? Please give the per-person figure in 10,000 yuan.")).value).toMatchObject({ amount: 3.87, comparator: '≤' });
    expect((await ask('听说廊坊信访局的联合接访中心办公楼是租的，这个租房项目要求政府采购在多长时间内完成？')).value).toMatchObject({ amount: 100, unit: '天' });
    expect((await ask('In the 2025 expenditure budget summary table, row 212 (城乡社区支出): how much does the basic-expenditure column exceed the project-expenditure column by? Answer in yuan.', 'putuo-wanli-street-2025-dept-budget')).value).toMatchObject({ amount: 393766, unit: '元' });
    expect((await ask('请问万里街道办事处2024年的在编工作人员有多少人？部门预算里有没有写？')).kind).toBe('not_found');
    expect((await ask('预算里经常出现“机关运行经费”这个说法，我一直以为就是整个机关一年花的所有钱。它到底指的是什么？', 'putuo-wanli-street-2025-dept-budget')).citations[0]?.quote).toContain('日常公用经费');
    // The base a change is measured from is the earlier level; "Before we print:" asks nothing of printing.
    expect((await ask('廊坊市信访局2022年单位预算说明提到，当年预算收支安排比之前一年的预算少了大约600万元，我印象中是跟2021年比的。请问作为比较基数的那一年，预算收支安排是多少万元？')).value).toMatchObject({ amount: 2711.16, unit: '万元' });
    expect((await ask("For a piece on the Putuo District People's Government Office, my notes give its 2025 'three public expenses' (三公) budget as 8.39 million yuan (839万). Before we print: is that the total? If not, what is the total 三公 budget for 2025?")).value).toMatchObject({ amount: 867.5, unit: '万元' });
  });

  it('reads the 12-07 13:30 session wordings: a unit described, a document named before the sides, public funding beside personnel', async () => {
    // A unit described by what its disclosure says it does (or builds) is that unit; the description names no measure.
    expect((await ask("In the 2025 budget of Putuo's district-level body in charge of industry, trade and grain reserves, by how many yuan does personnel funding exceed public (office) funding within basic expenditure?")).value).toMatchObject({ amount: 16410531, unit: '元' });
    expect((await ask('社区公共服务中心建在真金路和交通路路口的那个街道办，2024年预算里城管执法这一项安排了多少？')).value).toMatchObject({ amount: 604.34, unit: '万元' });
    // A clause naming the document read is no frame of the sides; a sentence that only tells of two things names no sides.
    expect((await ask('有记者在采访中问及区商务委员会政府采购的结构，特别关心服务类采购与货物类采购之间的差距，我们希望在回复中给出一个确切的差额。请问按照普陀区商务委员会2025年单位预算，其政府采购预算中服务类比货物类多出多少万元？')).value).toMatchObject({ amount: 22.6, unit: '万元' });
    // Public funding alone is still the appropriation.
    expect((await ask('How much public funding does the Putuo commerce commission get in 2025?')).value).toMatchObject({ amount: 37151.47, unit: '万元' });
  });

  it('reads the r89 wordings: both parts of a whole named, a rough size in 亿, a note of what a sum leaves out, codes of classes, items listed one by one', async () => {
    // 购置和运行维护 names both parts of 公务用车购置及运维费: the whole is asked (运维 is 运行维护 written short).
    expect((await ask('听朋友说廊坊市信访局2022年光公车的购置和运行维护就要花50多万，真有这么多吗？预算里到底安排了多少？')).value).toMatchObject({ amount: 11.8, unit: '万元' });
    expect((await ask('普陀区商务委2025年拿来支持中小企业发展的那笔钱有多少？大概是几个亿？')).value).toMatchObject({ amount: 29381, unit: '万元' });
    expect((await ask("Wanli Street's 2025 procurement plan is mostly construction. If you leave the works out and just add up goods and services procurement, how much is that?")).value).toMatchObject({ amount: 1040.48, unit: '万元' });
    expect((await ask('商务委2025年一般公共预算功能分类表里，类级科目215和216加起来一共是多少？')).value).toMatchObject({ amount: 325174000, unit: '元' });
    expect((await ask('我们注意到区府办2025年的财政拨款支出里，有两块项目性质的科目金额比较大：一块是政府办公厅（室）及相关机构事务下的一般行政管理事务，另一块是其他政府办公厅（室）及相关机构事务支出。为了在图上标注清楚，想请您帮忙算一下，这两个科目2025年的预算相差多少万元？')).value).toMatchObject({ amount: 2602, unit: '万元' });
    expect((await ask('public institution business income definition', 'putuo-wanli-street-2024-dept-budget')).answer).toContain('非独立核算经营活动');
  });

  it('reads the r90 wordings: typed casually, pinyin initials, a homophone typo, a follow-up asking why, a count the asker states', async () => {
    expect((await ask('我记得万里街道2024年的预算是一亿五千多万，说是比2023年少了八百多万。那2023年的预算到底是多少')).value).toMatchObject({ amount: 16497.86, unit: '万元' });
    expect((await ask('my cousin works for wanli street. for 2025 what do they budget in total for staff basic salary, allowances and performance bonus put together?')).value).toMatchObject({ amount: 35844121, unit: '元' });
    expect((await ask('预算里写的jgyx经费到底指啥', 'putuo-commerce-2025-unit-budget')).answer).toContain('日常公用经费支出');
    expect((await ask('万里街道25年的三工经费预算一共多少钱啊')).value).toMatchObject({ amount: 37.91, unit: '万元' });
    expect((await ask('普陀区政府办公室2025年因公出国（境）的预算安排了多少？跟上一年比有变化吗？')).value).toMatchObject({ amount: 839, unit: '万元' });
    expect((await ask('看到廊坊市信访局2022年给联合接访中心请了39个保安保洁，总成本控制在150万出头，那平均下来每个人一年是多少钱？')).value).toMatchObject({ amount: 3.87, unit: '万元' });
    expect((await ask('廊坊市联合接访中心请了一批保安和保洁人员，2022年这块经费摊到每个人头上，一年大概多少万元？保留两位小数。')).value).toMatchObject({ amount: 3.87, unit: '万元' });
    // A contract's price is never disclosed; a term defined "in plain words" beside its figure is still defined.
    expect((await ask("Wanli Street's 2025 budget schedules 15万元 a quarter for the new community public service centre. What total contract price was the construction company awarded for building that centre?")).kind).toBe('not_found');
    expect((await ask("I keep seeing '上年结转' in the Langfang petitions bureau's 2022 budget (it says 0万元 there). In plain words, what kind of money is a 'carry-over from last year'?")).answer).toContain('按原规定用途继续使用');
     // A standard per occasion is never the year's sum; a stated rate still answers.
    expect((await ask('普陀区商务委员会2025年公务接待每次的标准是多少钱？')).kind).toBe('not_found');
    expect((await ask('信访局的人去北京值班，住宿一天最多能报多少钱？')).value).toMatchObject({ amount: 500, unit: '元/天' });
    // "How much does the bigger one get?" asks the winner's own figure, as 多的那个是多少 does.
    expect((await ask("At Putuo's Commerce Commission in 2025, which line under commerce affairs gets more money: general administrative management (一般行政管理事务) or 'other commerce affairs spending' (其他商贸事务支出)? How much does the bigger one get?")).value).toMatchObject({ amount: 476.5, unit: '万元' });
  });

  it('reads questions typed in traditional characters and written Cantonese', async () => {
    expect((await ask('萬里街道2025年三公經費預算是多少？')).value).toMatchObject({ amount: 37.91, unit: '万元' });
    expect((await ask('廊坊市信訪局2022年機關運行經費有幾多錢？')).value).toMatchObject({ amount: 95.17, unit: '万元' });
  });

  it('reads the r86 wordings: greetings, a generic English story, a Chinese term beside an English one, a table named in English', async () => {
    // A greeting asks nothing; its comma would otherwise frame the sides.
    expect((await ask('你好，2024年万里街道采购里，工程比服务多花多少？')).value).toMatchObject({ amount: 63.28, unit: '万元' });
    // A story that names only the budget itself is left out of the matching; one naming a place stays for "there".
    expect((await ask("I'm a local resident going through the budget papers and I'm a bit lost. How many vehicles does the Wanli Street Office have, according to its 2025 budget?")).value).toMatchObject({ amount: 8 });
    expect((await ask("My uncle works as a security guard at Langfang's joint petition reception centre. How much did the Langfang petitions bureau set aside in 2022 for the cleaning and security staff there?")).value).toMatchObject({ amount: 150.83, unit: '万元' });
    // The document's own term written beside the English one is the term defined.
    const defined = await ask("How does the budget's glossary define 'operating income of public institutions' (事业单位经营收入)? I want to be sure it is not the same as ordinary service income.", 'putuo-wanli-street-2024-dept-budget');
    expect(defined.answer).toContain('非独立核算经营活动');
    // A table's name is no thing the whole budget fails to name; cars counted by 台 are counted by 辆.
    expect((await ask('For the Wanli Street Office (Putuo) 2025 departmental budget, what is the grand total on the revenue side of the overall financial income-and-expenditure summary table, in yuan?')).value).toMatchObject({ amount: 189767551, unit: '元' });
    expect((await ask('廊坊市信访局那几台公车，按账面上登记的价值算，平均一台值多少钱？')).value).toMatchObject({ amount: 19.37, unit: '万元' });
    // A duty named by its short form (进博会) with no money of its own is refused.
    expect((await ask('商务委职能里写着牵头服务保障进博会，2025年单位预算里给进博会服务保障专门安排了多少钱？')).kind).toBe('not_found');
  });

  it('reads the r87 wordings: polite leads and thanks, a division by a count, a bare Chinese term defined, the executed amount', async () => {
    expect((await ask('麻烦问下，普陀区政府办2025年的钱，说是比2024年少了两千三百多万，那2024年他们是多少钱？')).value).toMatchObject({ amount: 11491.2, unit: '万元' });
    expect((await ask('万里街道2025年水费电费加一块儿，预算一共多少钱？谢谢！')).value).toMatchObject({ amount: 431000, unit: '元' });
    expect((await ask("Wanli street 2024 — if you divide the official car running cost (运行费) by the number of cars they had as of end of Aug 2023, what's the per-car figure? just curious 🚗")).value).toMatchObject({ amount: 3.08, unit: '万元' });
    const defined = await ask("I've just moved to the finance desk at the Langfang Petitions Bureau, and the 2022 budget's glossary has an entry for 机关运行费. My supervisor wants me to explain it at Monday's team meeting — how does the document define it, and what does it cover?");
    expect(defined.answer).toContain('为保障全部单位运行');
    expect((await ask('How much did Wanli Street actually spend on public legal services (公共法律服务) in 2024 — the executed amount, not the budget?')).kind).toBe('not_found');
  });

  it('reads the r88 wordings: an English date, a whole asked in total, a non-native definition', async () => {
    // "as of 31 August 2024" points at the sentence stating the count on that day, not the cars to be bought.
    expect((await ask("According to Wanli Street's 2025 budget, how many vehicles did the sub-district department have as of 31 August 2024?")).value).toMatchObject({ amount: 8, unit: '辆' });
    // Asked in total, a floor area is the whole the parts belong to, and no year's money.
    expect((await ask('请问请问，我们家门口真金路那边盖的那个社区公共服务中心，一共建筑面积是多少平方米？谢谢')).value).toMatchObject({ amount: 13459, unit: '平方米' });
    expect((await ask('万里街道2024年社区公共服务中心地上建筑面积是多少？')).value).toMatchObject({ amount: 8013, unit: '平方米' });
    const defined = await ask('Sorry, my Chinese not so good. In this budget, what means 机关运行经费? The office running money, what is it exactly? Thank you.', 'putuo-commerce-2025-unit-budget');
    expect(defined.kind).toBe('text');
    expect(defined.answer).toContain('日常公用经费');
    // Plain words for lines: keeping the lights on, buying stuff from companies (and cash is money).
    expect((await ask('In its 2022 budget, how much money does the Langfang petitions bureau set aside just for keeping the lights on? I mean the everyday stuff like water and power bills, heating and property management for the office.')).value).toMatchObject({ amount: 95.17, unit: '万元' });
    expect((await ask('I live in Wanli in Putuo. For 2024, how much cash did the Wanli street office plan to spend buying stuff from companies - goods, building work and services bought in from outside firms, all together?')).value).toMatchObject({ amount: 1662.44, unit: '万元' });
  });

  it('reads the r91 wordings: lines by code in their rows, a part of a figure asked alone, a reason for a fall', async () => {
    // Two lines written by code are summed from the spending table's rows that carry the codes (to the yuan).
    const rows = await ask('万里街道2025：2080505加2080506两行合计多少？');
    expect(rows.value).toMatchObject({ amount: 7240733, unit: '元' });
    expect(rows.citations[0]?.section).toBe('2025年部门支出预算总表');
    // A share of a line written by code: its row set against the same table's total.
    const coded = await ask('商务委2025年，2150899这一项占全部支出预算的比重是多少？');
    expect(coded.value).toMatchObject({ amount: 79.08, unit: '%' });
    expect(coded.citations[0]?.section).toBe('2025年预算单位支出预算总表');
    expect((await ask("In this 2025 budget, what percentage of Wanli Street's total expenditure falls under function class 212?", 'putuo-wanli-street-2025-dept-budget')).value).toMatchObject({ amount: 81.35, unit: '%' });
    // What the SME reservation leaves after its small-and-micro part.
    expect((await ask('Of the procurement budget reserved for small and medium-sized enterprises, how much is not specifically earmarked for small and micro enterprises?', 'putuo-wanli-street-2025-dept-budget')).value).toMatchObject({ amount: 578.54, unit: '万元' });
    // Plane tickets are no part of a trips-abroad figure the disclosure states.
    expect((await ask('The Putuo District Government Office has a big budget for trips abroad in 2025. How much of that is just for the plane tickets?')).kind).toBe('not_found');
    // The reason for the fall asked, from the year asked.
    const reason = await ask('Wanli Street is still buying a new official car in 2025, so why did its car purchase and running budget go down from last year? What reason do they give?');
    expect(reason.answer).toContain('车辆类型不同');
    expect(reason.citations.every((citation) => citation.docId === 'putuo-wanli-street-2025-dept-budget')).toBe(true);
    // A story naming only the documents themselves; a basis named as the whole budget explanation.
    expect((await ask('我是附近的居民，最近在翻预算公开的材料，有点看不懂。廊坊信访局2022年一年的预算到底有多少钱啊？')).value).toMatchObject({ amount: 2115.46, unit: '万元' });
    expect((await ask('我家就住万里街道，听说街道办2025年又要买新车了。按万里街道2025年的部门预算说明，街道办（连同下属单位）原来一共有几辆车？')).value).toMatchObject({ amount: 8, unit: '辆' });
    expect((await ask("I'm a local resident going through the budget papers and I'm a bit lost. Please state the total revenue budget of the Wanli Subdistrict Office, Putuo District, for 2025.")).value).toMatchObject({ amount: 18976.76, unit: '万元' });
    expect((await ask('For our release I need the 2024 机关运行经费 figure for Putuo\'s Wanli Subdistrict Office, as its budget states it.')).value).toMatchObject({ amount: 443.18, unit: '万元' });
    expect((await ask('万里街道办事处2024年部门预算称“三公”经费预算比上年有所增加。请据文中所述增加额，推算2023年“三公”经费预算数。')).value).toMatchObject({ amount: 22.91, unit: '万元' });
  });

  it('reads the r92 wordings: pinyin and English inside Chinese, a claim with separators, one quarter of a schedule', async () => {
    expect((await ask('请问廊坊市信访局2022年 jiguan yunxing 经费一共安排了多少？我们写稿要用，麻烦注明出处。')).value).toMatchObject({ amount: 95.17, unit: '万元' });
    expect((await ask('廊坊信访局2022 政府采购预算表里，联合接访中心的 office rent（办公用房租赁）加上 保洁保安 那个专项，两项 sum 是多少万元？')).value).toMatchObject({ amount: 525.83, unit: '万元' });
    expect((await ask('万里街道2025年的收入预算说是比2024年增加了三千多万，那倒推回去，2024年预算收入是多少？')).value).toMatchObject({ amount: 15621.11, unit: '万元' });
    expect((await ask('有媒体报道，普陀区人民政府办公室2024年的预算规模为11,941.20万元，请核实：按其2025年部门预算说明推算，2024年预算应为多少？')).value).toMatchObject({ amount: 11491.2, unit: '万元' });
    // "works procurement or services procurement": each side is a kind of procurement.
    const kinds = await ask("Which is larger in Wanli Street's 2024 budget, works procurement or services procurement?");
    expect(kinds.value).toMatchObject({ amount: 63.28, unit: '万元' });
    expect(kinds.answer).toContain('815.87万元');
    expect((await ask('Hi, Wanli Street 2025 budget please: the goods procurement and the services procurement, the two added together, not include the engineering (works) part. How much in 万元? Thanks.')).value).toMatchObject({ amount: 1040.48, unit: '万元' });
    // A reason asked after a stated change: the sentence giving the reason for a part whose change is the one stated.
    const why = await ask('万里街道2024年的“三公”经费比2023年多了25万元，预算里给出的原因是什么？');
    expect(why.kind).toBe('text');
    expect(why.answer).toContain('主要原因是购置公务用车');
    expect((await ask('Why does the Putuo Commerce Commission have nothing budgeted for overseas trips in 2025?')).answer).toContain('由区外办统一安排');
    // Spending by final accounts is stated nowhere when the disclosure compares with last year's budget only.
    expect((await ask('How much did the Putuo District Government Office actually spend on overseas business trips in 2024, according to its final accounts?')).kind).toBe('not_found');
    expect((await ask('三公经费到底指哪几样 咋整的 看不懂', 'putuo-wanli-street-2025-dept-budget')).citations[0]?.section).toBe('名词解释');
    // A project named by its quarterly amount: its section says what it is and what it is for.
    const project = await ask('万里街道2025年项目经费每个季度都安排了15万元，这笔钱是花在哪个工程上的？工程建好以后做什么用？');
    expect(project.answer).toContain('万里街道社区公共服务中心新建工程');
    expect(project.citations[0]?.section).toMatch(/^项目经费情况说明/);
    // Each quarter of a schedule stated quarter by quarter is one quarter's figure, not the year's.
    expect((await ask('For the Wanli community public service centre new-build project, how much money is scheduled to be paid out in each quarter of 2025?')).value).toMatchObject({ amount: 15, unit: '万元' });
    // A share of the 三公 figure reads the car line in the 三公 sentences, as the whole is read.
    const share = await ask("What percentage of Wanli Street's 2025 'three public expenses' budget goes on running its official cars?");
    expect(share.value).toMatchObject({ amount: 56.87, unit: '%' });
    expect(share.citations[0]?.section).toMatch(/^其他相关情况说明 > .*三公/);
  });
  it('reads the r94 wordings: targets covering project money, a polite lead after a story, a told change, a dashed gloss, items listed then counted, a use without a figure', async () => {
    expect((await ask('For its 2025 budget, how much project funding does the Putuo District Commerce Commission cover with performance targets?')).value).toMatchObject({ amount: 11381.6, unit: '万元' });
    expect((await ask('我父亲是从万里街道退下来的老干部，想了解一下：2025年万里街道的预算里，给行政单位的离退休人员一共安排了多少钱？')).value).toMatchObject({ amount: 25.93, unit: '万元' });
    expect((await ask('Still on the Langfang petitions bureau: its 2022 fleet budget (vehicle purchase plus running costs) went down compared with 2021. What was the vehicle figure the year before?')).value).toMatchObject({ amount: 22.28, unit: '万元' });
    expect((await ask('For the Putuo District Commerce Commission in 2025, how much spending is paid for out of government-managed funds — the separate pot fed by things like land-sale revenue?')).value).toMatchObject({ amount: 0, unit: '万元' });
    expect((await ask("When the Putuo commerce commission's 2025 budget talks about 'project' spending as opposed to basic spending, what does it actually mean?")).citations[0]?.section).toBe('名词解释');
    expect((await ask('万里街道2024年的政府采购预算里，工程类占了多少钱？')).value).toMatchObject({ amount: 815.87, unit: '万元' });
    expect((await ask('经核实，万里街道办事处2024年部门预算分别列示了政府采购货物、工程、服务三类预算。请将三项相加，复核其合计数。')).value).toMatchObject({ amount: 1662.44, unit: '万元' });
    expect((await ask('廊坊信访局市联合接访中心那边，2022年房租加上保洁保安，两项政府采购一共安排了多少钱？')).value).toMatchObject({ amount: 525.83, unit: '万元' });
    expect((await ask("The Langfang petitions bureau's joint reception centre hires 39 security guards and cleaners for 2022, and there's a cap on what they can cost in total. How much is that per person?")).value).toMatchObject({ amount: 3.87, unit: '万元' });
    // One of the uses a line's sentence lists has no figure of its own; the line asked whole still has its figure.
    expect((await ask('经核实，廊坊市信访局2022年机关运行经费安排95.17万元。请提供其中办公用房取暖费的具体预算金额。')).kind).toBe('not_found');
    expect((await ask('廊坊市信访局2022年机关运行经费是多少？')).value).toMatchObject({ amount: 95.17, unit: '万元' });
    // A works a story sees being built is what "this project" points at; a part of it the documents lack is refused.
    expect((await ask('我家就在真金路交通路口，眼看着万里街道社区公共服务中心一点点盖起来。万里街道2024年预算里，这个新建工程每个季度计划用款多少？')).value).toMatchObject({ amount: 158.05, unit: '万元' });
    expect((await ask('请问2024年万里街道预算里给社区公共服务中心的食堂装修安排了多少钱？')).kind).toBe('not_found');
    expect((await ask('我家住廊坊，听说市信访局2022年光租市联合接访中心那栋办公楼就要花三百多万，这个房租具体是多少？')).value).toMatchObject({ amount: 375, unit: '万元' });
  });
  it('reads the r95 wordings: one quarter of a schedule pointed at, a company asked by name, codes by level, a stock dated by a year-end, a use asked within the line in English', async () => {
    expect((await ask("My aunt lives near the new community public service centre going up on the corner of Zhenjin Road and Jiaotong Road. In Wanli Street's 2025 budget, how much money is planned to be paid out on that building in the first quarter?")).value).toMatchObject({ amount: 15, unit: '万元' });
    expect((await ask('我家就在真金路交通路口附近，一直在等万里街道那个社区公共服务中心。2025年的预算里，这个新建工程每个季度打算用多少钱？')).value).toMatchObject({ amount: 15, unit: '万元' });
    expect((await ask('I live near Zhenjin Road. Which construction company is building the new Wanli Street community public service centre there?')).kind).toBe('not_found');
    expect((await ask('今年基本支出里委托外部机构办理业务的费用（经济分类302款27项）预算是多少元？', 'putuo-commerce-2025-unit-budget')).value).toMatchObject({ amount: 180000, unit: '元' });
    expect((await ask('Roughly how much does the Langfang Petitions Bureau budget in 2022 to run and maintain each of its official vehicles, going by the number of vehicles on its books at the end of 2021?')).value).toMatchObject({ amount: 2.36, unit: '万元' });
    expect((await ask("In the commission's 2025 basic-spending breakdown by economic category, what is set aside for fixing and maintaining its equipment and premises?")).value).toMatchObject({ amount: 10000, unit: '元' });
    expect((await ask("For our records: of the Langfang Petitions Bureau's 2022 institutional operating funds (机关运行经费), exactly how much is earmarked for heating the office space?")).kind).toBe('not_found');
    expect((await ask("The Langfang petitions bureau's income section lists money 'carried over from last year' (上年结转). In plain terms, what kind of money is that?")).citations[0]?.section).toBe('八、名词解释');
    // A frame naming only the unit's budget of a year is the document itself; the building pointed at is the one a
    // story names.
    expect((await ask('廊坊市信访局2022年的预算里，租金安排了多少钱？')).value).toMatchObject({ amount: 375, unit: '万元' });
    expect((await ask('我表哥在廊坊市联合接访中心当保安，他说那栋楼是在市政府北边裕华路上租来的一整栋楼。廊坊市信访局2022年的预算里，这栋楼一年的租金安排了多少钱？')).value).toMatchObject({ amount: 375, unit: '万元' });
  });
  it('reads the r96 wordings: English words inside Chinese, goods bought said plainly, years a closing sentence tells', async () => {
    expect((await ask('万里街道2025年的government procurement预算里，construction工程那一块安排了多少？')).value).toMatchObject({ amount: 3780.72, unit: '万元' });
    expect((await ask('区政府办公室2025年的“三公”经费，占整个部门支出预算的percentage是多少？请保留两位小数。')).value).toMatchObject({ amount: 9.53, unit: '%' });
    expect((await ask('万里街道2024年的“三公”经费比2023年increase了25万元，officially给出的reason是什么？')).answer).toContain('购置公务用车');
    expect((await ask('万里街道办2025年政府采购里头，买货的和买服务的两块加起来，大概一千万出头吧？具体多少？')).value).toMatchObject({ amount: 1040.48, unit: '万元' });
    expect((await ask('万里街道2023年基本支出经济分类里30201办公费安排了多少？想和2024、2025年放在一起比。')).kind).toBe('not_found');
  });

  it('reads a line’s execution figure continued after its numbered sentence, sums two lines’ earlier-year figures, and names a line written whole', async () => {
    // The PDF breaks item 26 after its first line; its 2023 figure stands on the next line.
    expect((await ask('万里街道城管执法那块，2024年预算说明里讲上一年（2023年）实际执行了多少？')).value).toMatchObject({ amount: 676.66, unit: '万元' });
    const both = await ask("Wanli Street's 2024 budget also shows what was actually spent in 2023 on medical insurance for civil-service staff and for public-institution staff. What do those two 2023 figures come to together?");
    expect(both.value).toMatchObject({ amount: 227.72, unit: '万元' });
    expect(both.calculation?.formula).toBe('95.16 + 132.56 = 227.72');
    const cut = await ask("Putuo district government office: its 2025 budget was reduced from the 2024 level. In percentage terms, how large was the cut relative to the 2024 budget?");
    expect(cut.value).toMatchObject({ amount: 20.79, unit: '%' });
    expect(cut.answer).toContain('fell by 20.79%');
    expect((await ask('区政府办2025年员工福利、交通补贴和办公用品这三样，哪样预算最多？')).answer).toContain('福利费');
    expect((await ask('How much does the Putuo Commerce Commission set aside for property management fees in 2025?')).kind).toBe('not_found');
    const heating = await ask('廊坊信访局2022年机关运行经费中，办公用房取暖费是多少？');
    expect(heating.kind).toBe('not_found');
    expect(heating.answer).toContain('只在“机关运行经费”（95.17万元）的用途中列出了“办公用房取暖费”');
    expect((await ask('信访局公开材料里老提“机关运行费”，这个到底包括哪些开销？是不是就是领导吃吃喝喝？')).answer).toContain('办公及印刷费');
  });

  it('reads the r98 wordings: corrections, final accounts set against the budget, a group of indicators, search-box items, each reason', async () => {
    expect((await ask('万里镇那边2024年，哦不对，是2025年，买新公车的预算花多少钱？')).value).toMatchObject({ amount: 15, unit: '万元' });
    expect((await ask("Putuo's mayor's office, sorry, the District Government General Office: what was its 2024 budget? I know the 2025 figure fell by something over 20 million yuan.")).value).toMatchObject({ amount: 11491.2, unit: '万元' });
    expect((await ask('万里街道2024年的“三公”经费最后实际花了多少？我要的不是预算，是年底决算出来的实际数。')).kind).toBe('not_found');
    const caps = await ask('Langfang Petitions Bureau 2022, performance table for the office work funds (机关工作经费): which cost indicators are set and what are their caps?');
    expect(caps.answer).toContain('电梯维护维修费成本（≤4万元）');
    expect(caps.answer).not.toContain('培训次数');
    expect((await ask('廊坊信访局2022 政府采购 联合接访中心 房租+保洁保安 两项合计')).value).toMatchObject({ amount: 525.83, unit: '万元' });
    const each = await ask('The Putuo commerce commission kept its budgets for overseas trips, official cars and hospitality unchanged in 2025 from 2024. What reason did it give for each one?');
    expect(each.answer).toContain('区外办统一安排');
    expect(each.answer).toContain('根据本单位实际业务需求开展公务接待');
    expect((await ask('表里那1万块的公务接待费，一般是接待什么人、什么场合用的？')).answer).toContain('全国性专业会议');
    expect((await ask('Wanli Street 2025 project expenditure broken down by economic class – how much of project spending is 30227 commissioned services?')).kind).toBe('not_found');
    expect((await ask('万里街道 2024预算说明 行政单位医疗+事业单位医疗 2023年当年预算执行数 合计')).value).toMatchObject({ amount: 227.72, unit: '万元' });
    expect((await ask('廊坊信访局2022年的基本支出里，发给人的那块（工资之类）大概多少钱？')).value).toMatchObject({ amount: 786.14, unit: '万元' });
    expect((await ask('langfang petitions bureau 2022 gov procurement line items')).answer).toContain('三级视频接访平台运行维护经费');
    // A part named as such (其中) is set against its whole.
    expect((await ask('万里街道办事处2025年面向中小企业预留的政府采购金额，比其中专门留给小型和微型企业的部分多出多少万元？')).value).toMatchObject({ amount: 578.54, unit: '万元' });
  });

  it('reads the r99 wordings: the unit a closing sentence asks about beside another told, 原来, a typed 街到', async () => {
    expect((await ask('万里街道2024年机关运行经费是443.18万元。作为对照，廊坊市信访局2022年安排的机关运行经费是多少？')).value).toMatchObject({ amount: 95.17, unit: '万元' });
    expect((await ask('听说区政府办公室一年的三公经费要八百多万，那普陀区商务委2025年的三公经费一共才多少？')).value).toMatchObject({ amount: 1, unit: '万元' });
    // Both named in the sentence that asks: both are summed.
    expect((await ask('区府办和商务委2025年三公经费加起来多少？')).value).toMatchObject({ amount: 868.5, unit: '万元' });
    expect((await ask('区府办2024年的预算原来是多少？')).value).toMatchObject({ amount: 11491.2, unit: '万元' });
    expect((await ask('万里街到25年车辆购置几辆')).value).toMatchObject({ amount: 1, unit: '辆' });
    // Items a count's bracket lists, and procurement closing the last item, frame a sum of both.
    expect((await ask('廊坊市信访局2022年政府采购预算里，市联合接访中心的两项经费（办公楼租房和保洁保安）加起来一共多少万元？')).value).toMatchObject({ amount: 525.83, unit: '万元' });
    expect((await ask('廊坊信访局2022 联合接访中心房租和保洁保安政采合计')).value).toMatchObject({ amount: 525.83, unit: '万元' });
    // 有没有 asks whether there is any, and a disclosed zero is the answer.
    expect((await ask('该局是廊坊市信访局。2022年预算收入中有没有上一年结转过来的资金？如有，金额是多少？')).value).toMatchObject({ amount: 0, unit: '万元' });
  });
});
