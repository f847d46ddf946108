import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../ingest/decimal.ts';
import type { Block, Fact, ParsedDocument } from '../ingest/model.ts';
import type { ExecutionResult, NumericResult } from './answer-types.ts';
import { detectIntent } from './detect-intent.ts';
import { acrossUnits, executePlan, listedBeforeSum, quartersNamed } from './execute-plan.ts';

const section = ['四、财政拨款“三公”经费预算情况及增减变化原因'];
let counter = 0;
function fact(partial: Partial<Fact> & Pick<Fact, 'label' | 'text' | 'unit'>, docId = 'unit-2022'): Fact {
  counter += 1;
  return {
    id: partial.id ?? `${docId}:f${counter}`,
    docId,
    context: [],
    amount: Number(partial.text),
    comparator: '=',
    kind: 'value',
    section,
    source: { blockId: 'b2', quote: `${partial.label}${partial.text}${partial.unit}` },
    origin: 'prose',
    ...partial,
  };
}

function documentOf(facts: Fact[], year = 2022, id = 'unit-2022', blocks: Block[] = []): ParsedDocument {
  return {
    meta: { id, title: `某某局${year}年单位预算信息公开情况说明`, unit: '某某局', year, kind: '预算', fileName: `${id}.txt` },
    blocks,
    facts,
    chunks: [],
  };
}

const total = fact({ id: 'd:f1', label: '“三公”经费', text: '12.30', unit: '万元' });
const abroad = fact({ label: '因公出国（境）费', text: '0', unit: '万元', partOf: 'd:f1' });
const vehicles = fact({ label: '公务用车购置及运维费', text: '11.80', unit: '万元', partOf: 'd:f1' });
const reception = fact({ label: '公务接待费', text: '0.5', unit: '万元', partOf: 'd:f1' });
const decrease = fact({ label: '“三公”经费', text: '10.48', unit: '万元', kind: 'change', direction: 'decrease', basePeriod: 2021 });
const income = fact({ id: 'd:f9', label: '支出预算', text: '2115.46', unit: '万元', section: ['二、单位预算安排的总体情况'] });
const basic = fact({ label: '基本支出', text: '881.31', unit: '万元', partOf: 'd:f9' });
const project = fact({ label: '项目支出', text: '1234.15', unit: '万元', partOf: 'd:f9' });
const carCount = fact({ label: '车辆', text: '5', unit: '辆', origin: 'table', source: { blockId: 'b9', row: 3, column: '数量', quote: '2、车辆（台、辆） | 5 | 96.83' } });
const carValue = fact({ label: '车辆', text: '96.83', unit: '万元', origin: 'table', source: { blockId: 'b9', row: 3, column: '价值', quote: '2、车辆（台、辆） | 5 | 96.83' } });
const cases = fact({ label: '信访事项受理数量', text: '19000', unit: '件', comparator: '≥', origin: 'table' });
const seed = documentOf([total, abroad, vehicles, reception, decrease, income, basic, project, carCount, carValue, cases]);

function run(question: string, document = seed, others: ParsedDocument[] = []): ExecutionResult {
  const lang = /[\u4e00-\u9fa5]/.test(question) ? 'zh' : 'en';
  return executePlan({ question, reading: detectIntent(question, lang, document.meta.year), document, sameUnitDocuments: others });
}

function numeric(result: ExecutionResult): NumericResult {
  if (result.kind !== 'numeric') throw new Error(`expected a numeric result, got ${JSON.stringify(result)}`);
  return result;
}

describe('executePlan', () => {
  it('takes a share’s part from the whole’s own section when two matches are close', () => {
    const procurement = ['六、政府采购预算情况'];
    const targets = ['五、预算绩效信息'];
    const whole = fact({ label: '政府采购预算', text: '789.83', unit: '万元', section: procurement });
    const target = fact({ label: '三级视频接访平台设备维保成本', text: '133.55', unit: '万元', section: targets, origin: 'table' });
    const bought = fact({ label: '三级视频接访平台运行维护经费', text: '135.00', unit: '万元', section: procurement, origin: 'table' });
    const result = numeric(run('采购预算里，三级视频接访平台那块占百分之多少', documentOf([whole, target, bought])));
    expect(formatDecimal(result.value)).toBe('17.09');
  });
  it('quotes the sentence that states a table cell by its classification path, rounded as the sentence rounds it', () => {
    const cell = fact({ label: '住房公积金', text: '3846732', unit: '元', origin: 'table', source: { blockId: 'b78', row: 9, column: '合计', quote: '住房公积金 | 3,846,732' } });
    const sentence = fact({ label: '住房保障支出（类）住房改革支出（款）住房公积金（项）科目', text: '384.67', unit: '万元', source: { blockId: 'b68', quote: '“住房保障支出（类）住房改革支出（款）住房公积金（项）”科目384.67万元。' } });
    const result = numeric(run('住房公积金是多少？', documentOf([cell, sentence], 2025)));
    expect(result.facts[0]).toBe(sentence);
    expect(formatDecimal(result.value)).toBe('384.67');
  });
  it('averages over the vehicles held, not the ones to be bought, unless buying is asked', () => {
    const held = fact({ label: '共有车辆', text: '7', unit: '辆', source: { blockId: 'b127', quote: '截至2023年8月31日，共有车辆7辆。' } });
    const bought = fact({ id: 'v:f2', label: '部门预算安排购置车辆', text: '1', unit: '辆', period: 2024, source: { blockId: 'b128', quote: '2024年部门预算安排购置车辆1辆，其中：其他用车1辆。' } });
    const other = fact({ label: '其他用车', text: '1', unit: '辆', period: 2024, partOf: 'v:f2', source: { blockId: 'b128', quote: '2024年部门预算安排购置车辆1辆，其中：其他用车1辆。' } });
    const running = fact({ label: '公务用车运行费', text: '21.56', unit: '万元' });
    const result = numeric(run('每辆公务用车平均运行费多少？', documentOf([held, bought, other, running], 2024)));
    expect(formatDecimal(result.value)).toBe('3.08');
  });
  it('reads the amount of an average without a clause that asks the count, and without what a note leaves out', () => {
    const held = fact({ label: '共有车辆', text: '7', unit: '辆', source: { blockId: 'b127', quote: '截至2023年8月31日，共有车辆7辆。' } });
    const whole = fact({ id: 'w:f1', label: '公务用车购置及运行费', text: '46.56', unit: '万元' });
    const buying = fact({ label: '公务用车购置费', text: '25', unit: '万元', partOf: 'w:f1' });
    const running = fact({ label: '公务用车运行费', text: '21.56', unit: '万元', partOf: 'w:f1' });
    const result = numeric(run('2023年8月底手上有几辆车，公务用车运行费（不算购置费）平摊下来每辆车多少？', documentOf([held, whole, buying, running], 2024)));
    expect(result.formula).toBe('21.56 / 7 = 3.08');
  });
  it('reads an English average whose count is named as the number of vehicles, with money asked per vehicle', () => {
    const held = fact({ label: '共有车辆', text: '7', unit: '辆', source: { blockId: 'b127', quote: '截至2023年8月31日，共有车辆7辆。' } });
    const running = fact({ label: '公务用车运行费', text: '21.56', unit: '万元' });
    const reading = detectIntent('Using the number of vehicles it reported, how much official-car running cost is budgeted per vehicle?', 'en', 2024);
    const result = executePlan({ question: '公务用车运行维护费 车辆', hintText: 'Using the number of vehicles it reported, how much official-car running cost is budgeted per vehicle?', reading, document: documentOf([held, running], 2024) });
    expect(result.kind === 'numeric' ? result.formula : result.kind).toBe('21.56 / 7 = 3.08');
  });
  it('reads 一辆车 as per vehicle, and keeps a sibling row of the count’s table out of the amount', () => {
    const held = fact({ label: '共有车辆', text: '7', unit: '辆', source: { blockId: 'b127', quote: '截至2023年8月31日，共有车辆7辆。' } });
    const running = fact({ label: '公务用车运行费', text: '21.56', unit: '万元' });
    expect(formatDecimal(numeric(run('公车运行费按车辆数平均，一辆车多少？', documentOf([held, running], 2024))).value)).toBe('3.08');
    // An asset table: 车辆 | 5 | 96.83 and 其他固定资产 | 3300 | 2743.46. "Average value per vehicle, among fixed assets."
    const vehicleCount = fact({ label: '车辆', text: '5', unit: '辆', origin: 'table', source: { blockId: 'b40', row: 2, column: '数量', quote: '车辆 | 5 | 96.83' } });
    const vehicleValue = fact({ label: '车辆', text: '96.83', unit: '万元', origin: 'table', source: { blockId: 'b40', row: 2, column: '价值', quote: '车辆 | 5 | 96.83' } });
    const otherAssets = fact({ label: '其他固定资产', text: '2743.46', unit: '万元', origin: 'table', source: { blockId: 'b40', row: 4, column: '价值', quote: '其他固定资产 | 3300 | 2743.46' } });
    const assets = documentOf([vehicleCount, vehicleValue, otherAssets]);
    expect(formatDecimal(numeric(run('其他固定资产里的车辆平均每辆价值多少？', assets)).value)).toBe('19.37');
  });
  it('derives last year’s spending from the spending sentence, in that sentence’s unit', () => {
    const incomeQuote = '收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元';
    const spendingQuote = '支出预算37,151.47万元，其中：财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元';
    const facts = [
      fact({ label: '财政拨款收入', text: '37151.47', unit: '万元', source: { blockId: 'b1', quote: incomeQuote } }),
      fact({ label: '财政拨款收入', text: '24558.18', unit: '万元', kind: 'change', direction: 'increase', basePeriod: 2024, source: { blockId: 'b1', quote: incomeQuote } }),
      fact({ label: '财政拨款支出预算', text: '37151.47', unit: '万元', source: { blockId: 'b2', quote: spendingQuote } }),
      fact({ label: '财政拨款支出预算', text: '24491.71', unit: '万元', kind: 'change', direction: 'increase', basePeriod: 2024, source: { blockId: 'b2', quote: spendingQuote } }),
      fact({ label: '合计', text: '371514655', unit: '元', origin: 'table', source: { blockId: 'b9', row: 1, column: '合计', quote: '合计 | 371,514,655.00' } }),
    ];
    const document = documentOf(facts, 2025);
    expect(formatDecimal(numeric(run('2024年的支出预算是多少？', document)).value)).toBe('12659.76');
    const income = numeric(run('去年的财政拨款收入预算是多少？', document));
    expect([formatDecimal(income.value), income.unit]).toEqual(['12593.29', '万元']);
  });
  it('answers "A是B的多少倍" with the ratio of the two figures, in 倍', () => {
    const abroad = fact({ label: '因公出国（境）费', text: '839', unit: '万元' });
    const hosting = fact({ label: '公务接待费', text: '28.5', unit: '万元' });
    const result = numeric(run('因公出国（境）费是公务接待费的多少倍？', documentOf([abroad, hosting])));
    expect(result.unit).toBe('倍');
    expect(formatDecimal(result.value)).toBe('29.44');
  });
  it('reads 高多少 as asking a difference', () => {
    const result = numeric(run('公务用车购置及运维费比公务接待费高多少', seed));
    expect(formatDecimal(result.value)).toBe('11.30');
  });
  it('takes the named part out of its whole when the question asks what is left (没有预留给…的部分)', () => {
    const quote = '面向中小企业预留政府采购项目预算金额465.49万元，其中，预留给小型和微型企业的政府采购项目预算为266.00万元。';
    const procurement = fact({ id: 'r:f1', label: '政府采购预算', text: '1662.44', unit: '万元' });
    const reserved = fact({ id: 'r:f2', label: '面向中小企业预留政府采购项目预算金额', text: '465.49', unit: '万元', partOf: 'r:f1', source: { blockId: 'b1', quote } });
    const small = fact({ label: '预留给小型和微型企业的政府采购项目预算', text: '266.00', unit: '万元', partOf: 'r:f2', source: { blockId: 'b1', quote } });
    const document = documentOf([procurement, reserved, small]);
    const left = numeric(run('面向中小企业预留的政府采购预算中，没有预留给小型和微型企业的部分有多少？', document));
    expect(formatDecimal(left.value)).toBe('199.49');
    expect(formatDecimal(numeric(run('预留给小型和微型企业的政府采购项目预算有多少？', document)).value)).toBe('266.00');
  });
  it('takes the difference with the earlier year’s figure the measure’s own paragraph states', () => {
    const quote = '“专项普查活动（项）”25.77万元。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。';
    const census = fact({ label: '专项普查活动（项）', text: '25.77', unit: '万元', source: { blockId: 'b38', quote } });
    const executed = fact({ label: '预算执行数', text: '60.13', unit: '万元', period: 2023, source: { blockId: 'b38', quote } });
    const rate = fact({ label: '预算执行数', text: '57.14', unit: '%', kind: 'change', direction: 'decrease', basePeriod: 2023, source: { blockId: 'b38', quote } });
    const document = documentOf([census, executed, rate], 2024);
    const result = numeric(run('2024年专项普查活动比2023年实际花的少了多少钱？', document));
    expect(formatDecimal(result.value)).toBe('34.36');
    // A rate asked is the stated rate.
    expect(formatDecimal(numeric(run('2024年专项普查活动比2023年执行数减少了百分之几？', document)).value)).toBe('57.14');
  });
  it('answers the part when a question names a whole and one of its parts (基本支出 and 人员经费)', () => {
    const spendingTotal = fact({ id: 'n:f1', label: '基本支出', text: '881.31', unit: '万元' });
    const staff = fact({ label: '人员经费', text: '786.14', unit: '万元', partOf: 'n:f1' });
    const running = fact({ label: '公用经费', text: '95.17', unit: '万元', partOf: 'n:f1' });
    const document = documentOf([spendingTotal, staff, running]);
    expect(formatDecimal(numeric(run('基本支出里的人员经费多少', document)).value)).toBe('786.14');
    expect(formatDecimal(numeric(run('基本支出多少', document)).value)).toBe('881.31');
  });
  it('answers the whole when every word of a part is a word of the whole (公务用车购置费 of 公务用车购置及运行费)', () => {
    const cars = fact({ id: 'c:f1', label: '公务用车购置及运行费', text: '20', unit: '万元' });
    const buying = fact({ label: '公务用车购置费', text: '8', unit: '万元', partOf: 'c:f1' });
    const running = fact({ label: '公务用车运行费', text: '12', unit: '万元', partOf: 'c:f1' });
    const document = documentOf([cars, buying, running]);
    expect(formatDecimal(numeric(run('公务用车购置及运行费多少', document)).value)).toBe('20');
    expect(formatDecimal(numeric(run('公务用车购置费多少', document)).value)).toBe('8');
  });
  it('sums a schedule’s figures period by period when the total asks for the series (四个季度用款计划合计)', () => {
    const quote = '第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划158.05万元，第四季度用款计划158.05万元。';
    const quarters = ['第一', '第二', '第三', '第四'].map((ordinal) => fact({ label: `${ordinal}季度用款计划`, text: '158.05', unit: '万元', source: { blockId: 'b142', quote } }));
    const result = numeric(run('社区公共服务中心新建工程，四个季度用款计划合计多少？', documentOf([...quarters, fact({ label: '项目支出', text: '700', unit: '万元' })])));
    expect(formatDecimal(result.value)).toBe('632.20');
    expect(result.operands).toHaveLength(4);
  });
  it('reads 中 of 中小企业 as part of the whole, not as "among"', () => {
    const quote = '面向中小企业预留政府采购项目预算金额1928.48万元，其中，预留给小型和微型企业的政府采购项目预算为1349.94万元。';
    const procurement = fact({ id: 'c:f1', label: '政府采购预算', text: '4821.20', unit: '万元' });
    const reserved = fact({ id: 'c:f2', label: '面向中小企业预留政府采购项目预算金额', text: '1928.48', unit: '万元', source: { blockId: 'b119', quote } });
    const small = fact({ label: '预留给小型和微型企业的政府采购项目预算', text: '1349.94', unit: '万元', partOf: 'c:f2', source: { blockId: 'b119', quote } });
    const result = numeric(run('面向中小企业预留的采购金额中，给小型和微型企业的部分占多大比例？', documentOf([procurement, reserved, small])));
    expect(formatDecimal(result.value)).toBe('70.00');
  });
  it('shares out the amount the question names over a count, not a threshold that stands in the count’s sentence', () => {
    const quote = '共有车辆7辆，其中：其他用车7辆；单价100万元（含）以上设备（不含车辆）0台（套）。';
    const cars = fact({ label: '共有车辆', text: '7', unit: '辆', source: { blockId: 'b127', quote } });
    const threshold = fact({ label: '单价', text: '100', unit: '万元', source: { blockId: 'b127', quote } });
    const running = fact({ label: '公务用车运行费', text: '21.56', unit: '万元', source: { blockId: 'b126', quote: '公务用车运行费21.56万元' } });
    const result = numeric(run('公务用车运行费按现有车辆数平均，每辆车摊多少？', documentOf([cars, threshold, running])));
    expect(formatDecimal(result.value)).toBe('3.08');
  });
  it('averages per person for an English "per person", and over the quantity an asset row gives without a counter', () => {
    const guards = fact({ label: '市联合接访中心保洁、保安等专项经费', text: '150.83', unit: '万元' });
    const hires = fact({ label: '安保和保洁人员', text: '39', unit: '名' });
    const hired = documentOf([guards, hires]);
    const question = 'On average, how much is budgeted per person for security and cleaning?';
    const perPerson = numeric(executePlan({ question: '保洁 保安 专项经费', hintText: question, reading: detectIntent(question, 'en', 2022), document: hired }));
    expect(formatDecimal(perPerson.value)).toBe('3.87');
    const row = { blockId: 'b84', row: 2, quote: '其他固定资产 | 3300 | 2743.46' };
    const assets = documentOf([
      fact({ label: '其他固定资产', text: '3300', unit: '', origin: 'table', source: { ...row, column: '数量' } }),
      fact({ label: '其他固定资产', text: '2743.46', unit: '万元', origin: 'table', source: { ...row, column: '价值' } }),
    ]);
    expect(formatDecimal(numeric(run('其他固定资产平均每件值多少', assets)).value)).toBe('0.83');
  });
  it('divides by the overall total when an English share names the whole only as the unit’s spending', () => {
    const spending = fact({ id: 's:f1', label: '支出预算', text: '9101.68', unit: '万元' });
    const projects = fact({ label: '项目支出', text: '6640.50', unit: '万元', partOf: 's:f1' });
    const office = fact({ label: '办公费', text: '25.94', unit: '万元' });
    const question = "What percentage of the office's spending is project spending?";
    const result = numeric(
      executePlan({
        question: '项目支出 支出 办公用房',
        hintText: question,
        // The whole's rendering carries stray words (办公用房 from "office"); that it is the unit's spending decides.
        shareSides: { part: '项目支出', whole: '支出 办公用房', overall: true },
        reading: detectIntent(question, 'en', 2025),
        document: documentOf([spending, projects, office], 2025),
      }),
    );
    expect(formatDecimal(result.value)).toBe('72.96');
  });
  it('sums three English items rendered one by one, each named by its own words within the framing topic', () => {
    const procurement = fact({ id: 'q:f1', label: '政府采购预算', text: '1662.44', unit: '万元' });
    const goods = fact({ label: '政府采购货物预算', text: '93.98', unit: '万元', partOf: 'q:f1' });
    const works = fact({ label: '政府采购工程预算', text: '815.87', unit: '万元', partOf: 'q:f1' });
    const services = fact({ label: '政府采购服务预算', text: '752.59', unit: '万元', partOf: 'q:f1' });
    const question = 'procurement budget: goods + works + services, total?';
    const result = numeric(
      executePlan({
        question: '政府采购 货物 工程 服务',
        hintText: question,
        englishItems: { items: ['货物', '工程', '服务'], context: '政府采购 预算' },
        reading: detectIntent(question, 'en', 2022),
        document: documentOf([procurement, goods, works, services]),
      }),
    );
    expect(formatDecimal(result.value)).toBe('1662.44');
    expect(result.operands).toHaveLength(3);
  });
  it('compares the parts of the whole when the best match for a "which is largest" question is one of the parts', () => {
    const procurement = fact({ id: 'p:f1', label: '政府采购预算', text: '38.20', unit: '万元' });
    const goods = fact({ label: '政府采购货物预算', text: '7.80', unit: '万元', partOf: 'p:f1' });
    const works = fact({ label: '政府采购工程预算', text: '0', unit: '万元', partOf: 'p:f1' });
    const services = fact({ label: '政府采购服务预算', text: '30.40', unit: '万元', partOf: 'p:f1' });
    const result = numeric(run('政府采购货物、工程、服务里哪一类最多？', documentOf([procurement, goods, works, services])));
    expect(result.subject).toBe('政府采购服务预算');
    expect(formatDecimal(result.value)).toBe('30.40');
  });
  it('gives the larger item’s own figure when a comparison asks for it (多的那个是多少)', () => {
    const office = fact({ label: '办公费', text: '4755518', unit: '元' });
    const property = fact({ label: '物业管理费', text: '1090020', unit: '元' });
    const both = documentOf([office, property]);
    const winner = numeric(run('办公费跟物业管理费哪个多？多的那个是多少？', both));
    expect(formatDecimal(winner.value)).toBe('4755518');
    expect(winner).toMatchObject({ intent: 'max', winner: '办公费' });
    expect(formatDecimal(numeric(run('办公费跟物业管理费哪个多？', both)).value)).toBe('3665498');
  });
  it('sums items named after a clause that says where they stand, keeping a label whose name holds a joint (购置及运行费)', () => {
    const parts = [
      fact({ label: '因公出国（境）费', text: '0', unit: '万元' }),
      fact({ label: '公务接待费', text: '2.91', unit: '万元' }),
      fact({ label: '公务用车购置及运行费', text: '35', unit: '万元' }),
      fact({ label: '公务用车购置费', text: '25', unit: '万元' }),
      fact({ label: '公务用车运行费', text: '10', unit: '万元' }),
    ];
    const result = numeric(run('“三公”经费中，因公出国（境）费、公务接待费与公务用车购置及运行费三项合计是多少', documentOf(parts)));
    expect(formatDecimal(result.value)).toBe('37.91');
    expect(result.operands).toHaveLength(3);
  });
  it('answers from the one money sentence whose stated use names the question word, when no label does', () => {
    const market = fact({ label: '其他商业服务业等支出（项）', text: '3136.40', unit: '万元', source: { blockId: 'b7', quote: '“其他商业服务业等支出（项）”3136.40万元，主要用于标准化菜场及副食品行业管理。' } });
    const staff = fact({ label: '行政运行（项）', text: '1200.00', unit: '万元', source: { blockId: 'b8', quote: '“行政运行（项）”1200.00万元，主要用于人员工资及日常运行管理。' } });
    const uses = documentOf([market, staff]);
    expect(formatDecimal(numeric(run('管菜场那块一年给多少万', uses)).value)).toBe('3136.40');
    // 菜市场 (as an English question's rendering gives it) is named by its short form 菜场; 管理, which both uses
    // share, picks neither.
    expect(formatDecimal(numeric(run('菜市场 多少', uses)).value)).toBe('3136.40');
    expect(run('菜场有多少平方米', uses).kind).toBe('not_found');
    expect(run('行业管理花多少', documentOf([market, fact({ ...staff, id: 'x', source: { blockId: 'b9', quote: '主要用于行业管理。' } })])).kind).toBe('not_found');
  });
  it('looks up one figure by its label and checks the parts against the total', () => {
    const result = numeric(run('三公经费是多少？'));
    expect(formatDecimal(result.value)).toBe('12.30');
    expect(result.unit).toBe('万元');
    expect(result.checks).toEqual([{ ok: true, message: '“三公”经费: 12.30 = 0 + 11.80 + 0.5' }]);
  });

  it('prefers the label the question names exactly over a longer one that contains it', () => {
    expect(formatDecimal(numeric(run('公务接待费安排了多少')).value)).toBe('0.5');
    expect(formatDecimal(numeric(run('公务用车购置及运维费是多少')).value)).toBe('11.80');
  });

  it('answers a disclosed zero as 0, not as missing', () => {
    const result = numeric(run('因公出国（境）费是多少？'));
    expect(formatDecimal(result.value)).toBe('0');
  });

  it('keeps the comparator of a target', () => {
    const result = numeric(run('信访事项受理数量目标是多少件'));
    expect(result.comparator).toBe('≥');
    expect(formatDecimal(result.value)).toBe('19000');
  });

  it('derives the previous year from a stated decrease', () => {
    const result = numeric(run('去年的三公经费是多少？'));
    expect(formatDecimal(result.value)).toBe('22.78');
    expect(result.formula).toBe('12.30 + 10.48 = 22.78');
    expect(result.period).toBe(2021);
  });

  it('reads a named earlier year as a previous-year question', () => {
    expect(formatDecimal(numeric(run('2021年三公经费是多少')).value)).toBe('22.78');
  });

  it('returns the stated change', () => {
    const result = numeric(run('三公经费比上年减少了多少？'));
    expect(result.direction).toBe('decrease');
    expect(formatDecimal(result.value)).toBe('10.48');
  });

  it('computes a share of the whole the part belongs to, rounded to two decimals', () => {
    const result = numeric(run('基本支出占支出预算的比例是多少？'));
    expect(result.unit).toBe('%');
    expect(formatDecimal(result.value)).toBe('41.66');
    expect(result.formula).toBe('881.31 / 2115.46 × 100 = 41.66');
  });

  it('computes an average from the amount and the count of the same row', () => {
    const result = numeric(run('平均每辆车价值多少？'));
    expect(formatDecimal(result.value)).toBe('19.37');
    expect(result.unit).toBe('万元');
    expect(result.operands.map((operand) => operand.unit)).toEqual(['万元', '辆']);
  });

  it('derives last year’s whole budget from its stated change, not from one line’s figure stated for that year', () => {
    const quote = '收入预算15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元';
    const facts = [
      fact({ label: '财政拨款收入', text: '15621.11', unit: '万元', source: { blockId: 'b40', quote } }),
      fact({ label: '财政拨款收入', text: '876.75', unit: '万元', kind: 'change', direction: 'decrease', basePeriod: 2023, source: { blockId: 'b40', quote } }),
      fact({ label: '预算执行数', text: '60.13', unit: '万元', period: 2023, source: { blockId: 'b44', quote: '2023年当年预算执行数为60.13万元' } }),
    ];
    expect(numeric(run('2023年的预算一共是多少钱？', documentOf(facts, 2024))).formula).toBe('15621.11 + 876.75 = 16497.86');
  });
  it('reads the whole budget named by its size (总共两千多万的预算) as the overall total', () => {
    const result = numeric(run('总共两千多万的预算，人员类项目经费大概占百分之多少？', documentOf([income, fact({ label: '人员类项目经费', text: '786.14', unit: '万元', partOf: 'd:basic' }), fact({ id: 'd:basic', label: '基本支出', text: '881.31', unit: '万元' })])));
    expect(result.formula).toBe('786.14 / 2115.46 × 100 = 37.16');
  });
  it('reads a whole named by listing parts of one stated total as that total', () => {
    const column = (name: string) => `“三公”经费预算数 > ${name}`;
    const cell = (label: string, text: string, name: string) => fact({ label, text, unit: '万元', origin: 'table', source: { blockId: 'b88', row: 0, column: column(name), quote: '867.50 | 839.00 | 28.50' } });
    const facts = [cell('合计', '867.50', '合计'), cell('因公出国(境)费', '839.00', '因公出国(境)费'), cell('公务接待费', '28.50', '公务接待费')];
    const result = numeric(run('因公出国（境）费和公务接待费两项里，因公出国（境）费占多少？', documentOf(facts, 2025)));
    expect(result.formula).toBe('839.00 / 867.50 × 100 = 96.71');
  });
  it('reads a clause that says where (部门预算里，…) as a frame, not as a side to add', () => {
    const quote = '本部门3个预算单位开展了项目预算绩效目标编报工作，编报绩效目标的项目49个。';
    const units = fact({ label: '部门预算单位', text: '3', unit: '个', source: { blockId: 'b5', quote } });
    const projects = fact({ label: '编报绩效目标的项目', text: '49', unit: '个', source: { blockId: 'b5', quote } });
    const result = numeric(run('部门预算里，编报了绩效目标的项目一共有几个？', documentOf([units, projects], 2025)));
    expect(formatDecimal(result.value)).toBe('49');
  });
  it('sums items listed under a heading (项下), without the clause that asks for the sum', () => {
    const line = (item: string, text: string) => fact({ label: `一般公共服务支出（类）商贸事务（款）${item}（项）`, text, unit: '万元' });
    const facts = [line('行政运行', '938.99'), line('一般行政管理事务', '454.50'), line('事业运行', '290.18'), line('其他商贸事务支出', '476.50')];
    const result = numeric(run('“商贸事务（款）”项下行政运行、一般行政管理事务、事业运行、其他商贸事务支出四个科目，合计为多少万元？', documentOf(facts, 2025)));
    expect(result.formula).toBe('938.99 + 454.50 + 290.18 + 476.50 = 2160.17');
  });
  it('answers a question about a table row (那行) with the table’s own cells, not the sentences that round them', () => {
    const cell = (label: string, text: string, row: number, sentence: string) => {
      const prose = fact({ label: `城乡社区管理事务（款）${label}（项）`, text: sentence, unit: '万元', source: { blockId: 'p9', quote: `${label}${sentence}万元` } });
      const table = fact({ label, text, unit: '元', origin: 'table', sameAs: [prose.id], source: { blockId: 't4', row, column: '合计', quote: `${label} | ${text}` } });
      return [table, prose];
    };
    const facts = [...cell('行政运行', '17887739', 1, '1788.77'), ...cell('一般行政管理事务', '17464243', 2, '1746.42')];
    const result = numeric(run('城乡社区管理事务下面，“行政运行”那行比“一般行政管理事务”那行多多少?', documentOf(facts, 2025)));
    expect(result.formula).toBe('17887739 − 17464243 = 423496');
  });
  it('adds the two items a question announces, not the clause that announces them', () => {
    const pension = fact({ label: '机关事业单位基本养老保险缴费支出', text: '1763159.52', unit: '元' });
    const annuity = fact({ label: '机关事业单位职业年金缴费支出', text: '881579.76', unit: '元' });
    const grandTotal = fact({ label: '预算合计', text: '91016775.35', unit: '元' });
    const result = numeric(run('机关事业单位基本养老保险缴费支出和职业年金缴费支出，两项合计预算多少元？', documentOf([pension, annuity, grandTotal], 2025)));
    expect(result.formula).toBe('1763159.52 + 881579.76 = 2644739.28');
  });
  it('adds two named items without floating-point residue', () => {
    const result = numeric(run('公务接待费和公务用车购置及运维费一共多少？'));
    expect(formatDecimal(result.value)).toBe('12.30');
    expect(result.formula).toBe('0.5 + 11.80 = 12.30');
  });

  it('compares two items and names the larger', () => {
    const result = numeric(run('基本支出和项目支出哪个多？'));
    expect(result.winner).toBe('项目支出');
    expect(formatDecimal(result.value)).toBe('352.84');
  });

  it('lists the parts of a whole', () => {
    const result = run('三公经费包括哪些？');
    expect(result.kind).toBe('text');
    if (result.kind === 'text') expect(result.facts.map((item) => item.label)).toEqual(['“三公”经费', '因公出国（境）费', '公务用车购置及运维费', '公务接待费']);
  });

  it('does not invent a number for a measure the document lacks', () => {
    expect(run('广告宣传费是多少？').kind).toBe('not_found');
  });

  it('works in English once the question is rendered in Chinese terms', () => {
    const result = numeric(executePlan({ question: '公务用车购置及运维费', reading: detectIntent('How much is spent on official vehicles?', 'en', 2022), document: seed }));
    expect(formatDecimal(result.value)).toBe('11.80');
  });

  it('computes a cross-year change from two documents of the same unit and checks it against the stated change', () => {
    const later = documentOf([fact({ label: '“三公”经费', text: '37.91', unit: '万元' }, 'unit-2025'), fact({ label: '“三公”经费', text: '2.3', unit: '万元', kind: 'change', direction: 'decrease', basePeriod: 2024 }, 'unit-2025')], 2025, 'unit-2025');
    const earlier = documentOf([fact({ label: '“三公”经费', text: '40.21', unit: '万元' }, 'unit-2024')], 2024, 'unit-2024');
    const result = numeric(run('2025年的三公经费比2024年多还是少？', later, [earlier]));
    expect(result.direction).toBe('decrease');
    expect(formatDecimal(result.value)).toBe('2.30');
    expect(result.checks[0].ok).toBe(true);
  });
});

describe('executePlan with two measures', () => {
  const rent = fact({ label: '市联合接访中心办公用房租赁经费', text: '375.00', unit: '万元', section: ['六、政府采购预算情况'] });
  const cleaning = fact({ label: '市联合接访中心保洁、保安等专项经费', text: '150.83', unit: '万元', section: ['六、政府采购预算情况'] });
  const guards = fact({ label: '保安人数', text: '39', unit: '人', section: ['六、政府采购预算情况'] });
  const purchase = fact({ label: '政府采购预算', text: '789.83', unit: '万元', section: ['六、政府采购预算情况'] });
  const procurement = documentOf([rent, cleaning, guards, purchase]);

  it('matches each side of the joint on its own, also when the question shortens both labels', () => {
    const result = numeric(run('租房经费比保洁保安经费多多少', procurement));
    expect(formatDecimal(result.value)).toBe('224.17');
    expect(result.facts.map((item) => item.label)).toEqual([rent.label, cleaning.label]);
  });
  it('leaves out the clause that asks which is larger', () => {
    const result = numeric(run('办公用房租赁经费和保洁保安经费，哪个采购金额更高', procurement));
    expect(result.intent).toBe('comparison');
    expect(result.winner).toBe(rent.label);
  });
  it('reads a total with one named measure as that measure, not as a sum with a guessed second figure', () => {
    const result = numeric(run('三公经费一共多少'));
    expect(result.intent).toBe('lookup');
    expect(formatDecimal(result.value)).toBe('12.30');
  });
  it('does not add a figure to its own restatement', () => {
    const twin = fact({ label: '支出预算', text: '2115.46', unit: '万元', origin: 'table', sameAs: [income.id] });
    const result = run('支出预算和支出预算合计一共多少', documentOf([income, twin, basic, project]));
    expect(result.kind === 'numeric' ? result.intent : result.kind).not.toBe('total');
  });
});

describe('executePlan with people counters', () => {
  it('answers 39名 in the counter the asker uses', () => {
    const guards = fact({ label: '安保和保洁人员', text: '39', unit: '名' });
    const document = documentOf([guards]);
    expect(numeric(run('安保和保洁人员有多少人', document)).unit).toBe('人');
    expect(numeric(run('安保和保洁人员有几名', document)).unit).toBe('名');
    expect(numeric(run('安保和保洁人员的数量', document)).unit).toBe('名');
  });
});

describe('executePlan on the budget as a whole', () => {
  const income = fact({ label: '预算收入', text: '2115.46', unit: '万元', section: ['二、单位预算安排的总体情况'] });
  const public_ = fact({ label: '一般公共预算收入', text: '2115.46', unit: '万元', partOf: income.id, section: ['二、单位预算安排的总体情况'] });
  const spending = fact({ label: '支出预算', text: '2115.46', unit: '万元', section: ['二、单位预算安排的总体情况'] });
  const basicSpending = fact({ label: '基本支出', text: '881.31', unit: '万元', partOf: spending.id });
  const document = documentOf([income, public_, spending, basicSpending, total]);

  it('answers a question that names nothing but the budget with the overall total', () => {
    expect(numeric(run('今年预算是多少', document)).facts[0].label).toBe('预算收入');
    expect(numeric(run('一共有多少钱可以花', document)).facts[0].label).toBe('支出预算');
    // An English question arrives as its Chinese rendering (What is the total budget? -> 总 预算).
    expect(formatDecimal(numeric(run('总 预算', document)).value)).toBe('2115.46');
  });
  it('still answers a named measure, and does not read 工资支出 as the spending budget', () => {
    expect(numeric(run('基本支出是多少', document)).facts[0].label).toBe('基本支出');
    expect(run('工资支出有多少', document).kind).toBe('not_found');
  });
});

describe('executePlan with two measures from tables', () => {
  const basicTotal = fact({ label: '合计', text: '99706020', unit: '元', origin: 'table', source: { blockId: 't1', row: 9, column: '支出预算 > 基本支出', quote: '合计 | 99706020 | 56505103' } });
  const projectTotal = fact({ label: '合计', text: '56505103', unit: '元', origin: 'table', source: { blockId: 't1', row: 9, column: '支出预算 > 项目支出', quote: '合计 | 99706020 | 56505103' } });
  const procurement = fact({ label: '政府采购预算', text: '1662.44', unit: '万元' });
  const goods = fact({ label: '政府采购货物预算', text: '93.98', unit: '万元', partOf: procurement.id });
  const services = fact({ label: '政府采购服务预算', text: '752.59', unit: '万元', partOf: procurement.id });

  it('tells 合计 rows apart by their columns', () => {
    const result = numeric(run('基本支出比项目支出多多少元', documentOf([basicTotal, projectTotal])));
    expect(formatDecimal(result.value)).toBe('43200917');
  });
  it('applies a qualifying clause to both sides and matches each side by its own words', () => {
    const result = numeric(run('政府采购里，买货物和买服务加起来多少钱', documentOf([procurement, goods, services])));
    expect(result.facts.map((item) => item.label)).toEqual(['政府采购货物预算', '政府采购服务预算']);
    expect(formatDecimal(result.value)).toBe('846.57');
  });
});

describe('executePlan on an English question with words the glossary lacks', () => {
  it('does not read "the travel budget" (预算 plus a dictionary word) as the whole budget', () => {
    const income = fact({ label: '收入合计', text: '2115.46', unit: '万元' });
    const document = documentOf([income]);
    const reading = detectIntent('How much is the travel budget?', 'en', 2022);
    expect(executePlan({ question: '预算', hintText: 'How much is the travel budget?', reading, document, looseTerms: ['旅行'] }).kind).toBe('not_found');
    // A one-character rendering of a function word ("that" -> 那) names nothing: the whole budget is still asked.
    const that = executePlan({ question: '预算', hintText: 'What was that budget total?', reading: detectIntent('What was that budget total?', 'en', 2022), document, looseTerms: ['那'] });
    expect(numeric(that).facts[0]).toBe(income);
    // The unit's own name rendered by the dictionary is no measure.
    const named = executePlan({ question: '预算', hintText: 'What is the Mou budget?', reading: detectIntent('What is the Mou budget?', 'en', 2022), document, looseTerms: ['某某'] });
    expect(numeric(named).facts[0]).toBe(income);
  });
});

describe('executePlan on the largest row of a table', () => {
  const row = (label: string, text: string, rowIndex: number, column: string) =>
    fact({ label, text, unit: '元', origin: 'table', tableTitle: '2025年部门支出预算总表', section: ['2025年部门支出预算总表'], source: { blockId: 't5', row: rowIndex, column, quote: label } });
  const rows = [
    row('一般公共服务支出', '3296600', 0, '支出预算 > 合计'),
    row('一般公共服务支出', '0', 0, '支出预算 > 基本支出'),
    row('城乡社区支出', '154369326', 1, '支出预算 > 合计'),
    row('城乡社区支出', '77381546', 1, '支出预算 > 基本支出'),
    row('支出总计', '189767551', 2, '支出预算 > 合计'),
    row('支出总计', '99706020', 2, '支出预算 > 基本支出'),
  ];
  it('compares the rows in their total column and never counts the total row', () => {
    const result = numeric(run('哪类支出最多', documentOf(rows, 2025)));
    expect(result.winner).toBe('城乡社区支出');
    expect(formatDecimal(result.value)).toBe('154369326');
  });
});

describe('executePlan with an English question rendered side by side', () => {
  const procurement = fact({ label: '政府采购预算', text: '4821.20', unit: '万元' });
  const goods = fact({ label: '政府采购货物预算', text: '57.43', unit: '万元', partOf: procurement.id });
  const services = fact({ label: '政府采购服务预算', text: '983.05', unit: '万元', partOf: procurement.id });
  const economic = fact({ label: '商品和服务支出', text: '10827702', unit: '元', origin: 'table' });
  it('matches each side, with the left side’s other terms qualifying the right side', () => {
    const question = 'How much does the office spend on procuring goods and services combined?';
    const result = numeric(
      executePlan({
        question: '支出预算 商品和服务支出 政府采购 货物 服务',
        hintText: question,
        reading: detectIntent(question, 'en', 2025),
        document: documentOf([procurement, goods, services, economic], 2025),
        englishSides: [{ left: '支出预算 政府采购 货物', right: '服务 合计' }],
      }),
    );
    expect(result.facts.map((item) => item.label)).toEqual(['政府采购货物预算', '政府采购服务预算']);
    expect(formatDecimal(result.value)).toBe('1040.48');
  });
});

describe('executePlan on the standard parts of 三公经费', () => {
  const place = ['其他相关情况说明', '一、“三公”经费预算情况说明'];
  const whole = fact({ label: '三公经费预算数', text: '867.50', unit: '万元', section: place });
  const abroad = fact({ label: '因公出国（境）费', text: '839', unit: '万元', section: place });
  const cars = fact({ label: '公务用车购置及运行费', text: '0', unit: '万元', section: place });
  const reception = fact({ label: '公务接待费', text: '28.50', unit: '万元', section: place });
  it('finds the parts stated in sentences of their own, picks the largest and checks the sum', () => {
    const document = documentOf([whole, abroad, cars, reception], 2025);
    const largest = numeric(run('三公经费里哪一项最多', document));
    expect(largest.winner).toBe('因公出国（境）费');
    const lookup = numeric(run('三公经费是多少', document));
    expect(lookup.checks.some((check) => check.ok && check.message.includes('839'))).toBe(true);
  });
  it('links nothing when a standard part is missing', () => {
    const document = documentOf([whole, abroad, reception], 2025);
    expect(numeric(run('三公经费是多少', document)).checks.filter((check) => check.message.includes('839'))).toEqual([]);
  });
});

describe('executePlan comparing two measures when other years are loaded', () => {
  const place = ['其他相关情况说明'];
  const carsTotal = (year: number, text: string) => fact({ label: '公务用车购置及运行费', text, unit: '万元', section: place }, `street-${year}`);
  const purchase = (year: number, text: string) => fact({ label: '公务用车购置费', text, unit: '万元', section: place }, `street-${year}`);
  const running = (year: number, text: string) => fact({ label: '公务用车运行维护费', text, unit: '万元', section: place }, `street-${year}`);
  const later = documentOf([carsTotal(2025, '36.56'), purchase(2025, '15'), running(2025, '21.56')], 2025, 'street-2025');
  const earlier = documentOf([carsTotal(2024, '46.56'), purchase(2024, '25'), running(2024, '21.56')], 2024, 'street-2024');
  it('compares the two measures a question names, not one measure across years', () => {
    const result = numeric(run('2025年的公车，购置费和运行维护费哪个多', later, [earlier]));
    expect(result.winner).toBe('公务用车运行维护费');
    expect(formatDecimal(result.value)).toBe('6.56');
  });
  it('compares across years when the question names two years', () => {
    const result = numeric(run('2025年公务用车购置费比2024年少多少', later, [earlier]));
    expect(formatDecimal(result.value)).toBe('10');
  });
});

describe('executePlan share of the overall total', () => {
  it('divides by the overall spending total when the question names only spending as the whole', () => {
    const spending = fact({ label: '支出预算', text: '2115.46', unit: '万元' });
    const basicOnly = fact({ label: '基本支出', text: '881.31', unit: '万元' });
    const question = 'What percentage of the spending is basic expenditure?';
    const result = numeric(executePlan({ question: '基本支出 支出', hintText: question, reading: detectIntent(question, 'en', 2022), document: documentOf([spending, basicOnly]) }));
    expect(formatDecimal(result.value)).toBe('41.66');
  });
});

describe('executePlan on the budget as a whole against an earlier year', () => {
  const level = fact({ id: 'w:f1', label: '预算收支', text: '2115.46', unit: '万元', source: { blockId: 'b24', quote: '2022年预算收支安排2115.46万元，较2020年预算减少595.70万元' } });
  const drop = fact({ id: 'w:f2', label: '预算收支', text: '595.70', unit: '万元', kind: 'change', direction: 'decrease', basePeriod: 2020, source: { blockId: 'b24', quote: '2022年预算收支安排2115.46万元，较2020年预算减少595.70万元' } });
  const document = documentOf([level, drop]);
  it('finds the stated change of the whole budget, as an amount and as a rate', () => {
    expect(formatDecimal(numeric(run('2022年预算比2020年少了多少', document)).value)).toBe('595.70');
    const rate = numeric(run('2022年预算比2020年少了百分之几', document));
    expect(rate.unit).toBe('%');
    expect(formatDecimal(rate.value)).toBe('21.97');
  });
  it('derives the earlier whole budget from the change stated for 财政拨款收入 when the whole has none of its own', () => {
    const quote = '2025年，收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元';
    const income = fact({ label: '财政拨款收入', text: '9101.68', unit: '万元', source: { blockId: 'b35', quote } });
    const fall = fact({ label: '财政拨款收入', text: '2389.52', unit: '万元', kind: 'change', direction: 'decrease', basePeriod: 2024, source: { blockId: 'b35', quote } });
    const office = documentOf([income, fall], 2025, 'office-2025');
    expect(formatDecimal(numeric(run('今年的预算说比去年少了两千多万，那2024年原来是多少钱', office)).value)).toBe('11491.20');
  });
  it('reads "what was X in the 2020 budget it is compared with" as the earlier level', () => {
    expect(detectIntent('What was the budget in the 2020 budget that its 2022 budget is compared with?', 'en', 2022).intent).toBe('previous_year');
  });
});

describe('executePlan with two labels side by side', () => {
  const water = fact({ label: '水费', text: '277500', unit: '元', origin: 'table' });
  const power = fact({ label: '电费', text: '280000', unit: '元', origin: 'table' });
  const income = fact({ label: '收入预算', text: '15621.11', unit: '万元' });
  const document = documentOf([water, power, income], 2024);
  it('adds two labels written with no joint between them', () => {
    expect(formatDecimal(numeric(run('水费电费加一块多少钱', document)).value)).toBe('557500');
  });
  it('does not cut a single measure into a bogus pair', () => {
    const result = numeric(run('一共收入多少钱', document));
    expect(result.intent).toBe('lookup');
    expect(result.facts[0]).toBe(income);
  });
  it('reads what a figure is used for from an English question’s own words', () => {
    const running = fact({ label: '机关运行经费', text: '95.17', unit: '万元', source: { blockId: 'p47', quote: '机关运行经费共计安排95.17万元' } });
    const block = { id: 'p47', kind: 'paragraph' as const, text: '2022年，我局机关运行经费共计安排95.17万元，主要用于日常维修、水电费。', path: ['三、机关运行经费安排情况'], place: { page: 1 } };
    const question = 'What is the budget for running its offices mainly used for?';
    const result = executePlan({ question: '机关运行经费 预算', hintText: question, reading: detectIntent(question, 'en', 2022), document: documentOf([running], 2022, 'unit-2022', [block]) });
    expect(result.kind === 'text' ? result.passages[0]?.quote : '').toContain('主要用于日常维修');
  });
});

describe('executePlan on what a measure covers', () => {
  const glossaryText = '7、“三公”经费：是指因公出国（境）费、公务用车购置及运维费和公务接待费。其中，公务用车购置及运维费反映单位公务用车购置费、燃料费、维修费等支出；公务接待费反映各类公务接待支出。';
  const glossary = { id: 'p90', kind: 'paragraph' as const, text: glossaryText, path: ['八、名词解释'], place: { page: 1 } };
  const document = documentOf([total, abroad, vehicles, reception], 2022, 'unit-2022', [glossary]);
  it('answers 包括哪些开支 with the glossary sentence about the measure, even inside another entry', () => {
    const result = run('公务用车购置及运维费包括哪些开支', document);
    expect(result).toMatchObject({ kind: 'text', intent: 'definition' });
    expect(result.kind === 'text' ? result.passages[0]?.quote : '').toBe('其中，公务用车购置及运维费反映单位公务用车购置费、燃料费、维修费等支出；');
  });
  it('keeps listing the parts when the question does not ask what kinds of spending', () => {
    const result = run('三公经费包括哪些', document);
    expect(result).toMatchObject({ kind: 'text', intent: 'list' });
    expect(result.kind === 'text' ? result.facts : []).toContain(vehicles);
  });
  it('falls back to the parts when no glossary sentence names the measure', () => {
    const result = run('三公经费包括哪些开支', documentOf([total, abroad, vehicles, reception]));
    expect(result).toMatchObject({ kind: 'text', intent: 'list' });
  });
});

describe('executePlan on shares naming the whole first', () => {
  const procurement = fact({ label: '政府采购预算', text: '789.83', unit: '万元', section: ['六、政府采购预算情况'] });
  const rent = fact({ label: '市联合接访中心办公用房租赁经费', text: '375.00', unit: '万元', section: ['六、政府采购预算情况'] });
  const services = fact({ label: '政府采购服务预算', text: '30.40', unit: '万元' });
  const publicServices = fact({ label: '一般公共服务支出（类）行政运行（项）', text: '938.99', unit: '万元' });
  const income = fact({ label: '预算收入', text: '2115.46', unit: '万元' });
  const document = documentOf([procurement, rent, services, publicServices, income]);
  it('reads "B中A占多少" with B as the whole, and finds A by its own words within B', () => {
    expect(formatDecimal(numeric(run('政府采购预算中办公用房租赁占多少比例', document)).value)).toBe('47.48');
    expect(numeric(run('政府采购里服务类占多大比例', document)).facts[0]).toBe(services);
  });
  it('takes the part and whole of an English question rendered side by side', () => {
    const question = 'What percentage of the procurement budget is office rent?';
    const result = numeric(executePlan({ question: '政府采购预算 租赁费', hintText: question, reading: detectIntent(question, 'en', 2022), document, shareSides: { whole: '政府采购预算', part: '租赁费 办公用房' } }));
    expect(formatDecimal(result.value)).toBe('47.48');
  });
});

describe('executePlan on a total of three or more items', () => {
  const office = fact({ label: '办公费', text: '273900.00', unit: '元', origin: 'table' });
  const printing = fact({ label: '印刷费', text: '5000.00', unit: '元', origin: 'table' });
  const travel = fact({ label: '差旅费', text: '80000.00', unit: '元', origin: 'table' });
  const document = documentOf([office, printing, travel], 2025);
  it('adds every item the question lists', () => {
    const result = numeric(run('办公费、印刷费和差旅费一共多少元', document));
    expect(result.facts).toEqual([office, printing, travel]);
    expect(formatDecimal(result.value)).toBe('358900.00');
    expect(result.subject).toBe('办公费、印刷费与差旅费');
  });
  it('leaves an item naming no figure to the engine (which refuses words the documents lack) and sums a pair', () => {
    const result = numeric(run('办公费、广告费和差旅费一共多少元', document));
    expect(result.facts.length).toBe(2);
  });
});

describe('executePlan on a figure stated per unit', () => {
  const area = fact({ label: '租赁面积', text: '13016.84', unit: '平方米', tableTitle: '3.市联合接访中心办公用房租赁经费绩效目标表' });
  const perArea = fact({ label: '单位面积成本', text: '0.79', unit: '元/平米/天', comparator: '≤', tableTitle: '3.市联合接访中心办公用房租赁经费绩效目标表' });
  const training = fact({ label: '培训标准', text: '350', unit: '元/天', comparator: '≤', tableTitle: '1.机关工作经费绩效目标表' });
  const document = documentOf([area, perArea, training]);
  it('answers a per-square-metre question with the rate the document states', () => {
    const result = numeric(run('联合接访中心每平方米租金多少', document));
    expect(result.facts[0]).toBe(perArea);
    expect(result.comparator).toBe('≤');
  });
  it('picks, among rates per day, the one the question names', () => {
    expect(numeric(run('机关工作经费培训每天多少钱', document)).facts[0]).toBe(training);
  });
});

describe('executePlan never pairs a line with the line that contains it', () => {
  it('compares 事业单位医疗 with 行政单位医疗, not with 行政事业单位医疗 that holds both, though retrieval favours that row', () => {
    const table = (row: number, label: string, text: string, partOf?: string, id?: string) =>
      fact({ ...(id ? { id } : {}), label, text, unit: '元', origin: 'table', tableTitle: '支出预算总表', ...(partOf ? { partOf } : {}), source: { blockId: 't7', row, column: '合计', quote: `${label} | ${text}` } });
    const medical = table(1, '行政事业单位医疗', '3016973', undefined, 'm:f1');
    const administrative = table(2, '行政单位医疗', '1468940', 'm:f1');
    const institutions = table(3, '事业单位医疗', '1548033', 'm:f1');
    const document = documentOf([medical, administrative, institutions]);
    const question = '事业单位医疗跟行政单位医疗差多少';
    const result = numeric(
      executePlan({ question, reading: detectIntent(question, 'zh', 2022), document, relevance: new Map([['t7:1', 1]]) }),
    );
    expect(result.operands.map((item) => item.label).sort()).toEqual(['事业单位医疗', '行政单位医疗']);
    expect(formatDecimal(result.value)).toBe('79093');
  });
});

describe('acrossUnits', () => {
  const otherVehicles = fact({ label: '公务用车购置及运行费', text: '36.56', unit: '万元' }, 'street-2025');
  const otherCars = fact({ label: '车辆', text: '8', unit: '辆' }, 'street-2025');
  const input = (question: string) => ({ question, reading: detectIntent(question, 'zh', 2022), document: seed });
  it('compares one measure of two units, naming each figure by its unit and citing its own disclosure, the larger first', () => {
    const compared = numeric(acrossUnits(input('某某局和万里街道的公车费用哪个多'), [{ name: '某某局', fact: vehicles }, { name: '万里街道', fact: otherVehicles }])!);
    expect(formatDecimal(compared.value)).toBe('24.76');
    expect(compared.winner).toBe('万里街道公务用车购置及运行费');
    expect(compared.facts.map((item) => item.docId)).toEqual(['street-2025', 'unit-2022']);
    // A difference keeps the order the question names them in.
    const difference = numeric(acrossUnits({ ...input('某某局比万里街道的公车费用少多少'), reading: { ...input('x').reading, intent: 'difference' } }, [{ name: '某某局', fact: vehicles }, { name: '万里街道', fact: otherVehicles }])!);
    expect(difference.facts.map((item) => item.docId)).toEqual(['unit-2022', 'street-2025']);
  });
  it('adds the units’ figures for a total, exactly', () => {
    const summed = numeric(acrossUnits(input('某某局和万里街道的公车费用加起来多少'), [{ name: '某某局', fact: vehicles }, { name: '万里街道', fact: otherVehicles }])!);
    expect(formatDecimal(summed.value)).toBe('48.36');
    expect(summed.formula).toBe('11.80 + 36.56 = 48.36');
  });
  it('declines figures that are not alike, and a single unit', () => {
    expect(acrossUnits(input('某某局和万里街道哪个多'), [{ name: '某某局', fact: vehicles }, { name: '万里街道', fact: otherCars }])).toBeUndefined();
    expect(acrossUnits(input('某某局的公车费用比多少'), [{ name: '某某局', fact: vehicles }])).toBeUndefined();
  });
});

describe('executePlan averaging one measure over years', () => {
  it('averages the figure of each named year’s disclosure, exactly', () => {
    const later = documentOf([fact({ label: '“三公”经费', text: '37.91', unit: '万元' }, 'street-2025')], 2025, 'street-2025');
    const earlier = documentOf([fact({ label: '“三公”经费', text: '47.91', unit: '万元' }, 'street-2024')], 2024, 'street-2024');
    const result = numeric(run('24、25两年三公经费平均一年多少', later, [earlier]));
    expect(formatDecimal(result.value)).toBe('42.91');
    expect(result.perYear).toBe(true);
    expect(result.facts.map((item) => item.docId)).toEqual(['street-2025', 'street-2024']);
  });
  it('does not average over a year no disclosure covers', () => {
    const later = documentOf([fact({ label: '“三公”经费', text: '37.91', unit: '万元' }, 'street-2025')], 2025, 'street-2025');
    const result = run('2023和2025年三公经费平均一年多少', later);
    expect(result.kind === 'numeric' ? result.perYear : undefined).toBeUndefined();
  });
});

describe('executePlan on a project named by its description', () => {
  const top = '项目经费情况说明';
  const blocks: Block[] = [
    { id: 'p1', kind: 'paragraph', text: '由本单位建设的社区公共服务中心新建工程，位于某路口。', path: [top, '一、项目概述'], place: { page: 9 } },
    { id: 'p2', kind: 'paragraph', text: '第一季度用款计划15万元，第二季度用款计划15万元，第三季度用款计划15万元，第四季度用款计划15万元。', path: [top, '六、年度预算安排'], place: { page: 9 } },
  ];
  const quarters = ['第一', '第二', '第三', '第四'].map((ordinal) =>
    fact({ label: `${ordinal}季度用款计划`, text: '15', unit: '万元', section: [top, '六、年度预算安排'], source: { blockId: 'p2', quote: blocks[1].kind === 'paragraph' ? blocks[1].text : '' } }),
  );
  const document = documentOf([...quarters, fact({ label: '收入预算', text: '18976.76', unit: '万元' })], 2025, 'street-2025', blocks);
  it('answers the project’s year of money with its schedule, summed', () => {
    const result = numeric(run('社区公共服务中心新建工程今年预算多少钱？', document));
    expect(formatDecimal(result.value)).toBe('60');
    expect(result.operands).toHaveLength(4);
  });
  it('leaves a question that names a figure of its own to that figure', () => {
    expect(formatDecimal(numeric(run('收入预算多少钱？', document)).value)).toBe('18976.76');
  });
});

describe('executePlan summing two named parts with a note of what is left out', () => {
  it('reads （不算工程） as a note, not as a side of the sum', () => {
    const whole = fact({ id: 'g:f1', label: '政府采购预算', text: '4821.20', unit: '万元' });
    const goods = fact({ label: '政府采购货物预算', text: '57.43', unit: '万元', partOf: 'g:f1' });
    const works = fact({ label: '政府采购工程预算', text: '3780.72', unit: '万元', partOf: 'g:f1' });
    const services = fact({ label: '政府采购服务预算', text: '983.05', unit: '万元', partOf: 'g:f1' });
    const result = numeric(run('政府采购预算里，货物和服务两块加起来是多少（不算工程）？', documentOf([whole, goods, works, services])));
    expect(formatDecimal(result.value)).toBe('1040.48');
  });
});

describe('executePlan with a second clause set against the first', () => {
  it('reads "A，比B多多少" as A against B, not B within A', () => {
    const rent = fact({ label: '办公用房租赁经费', text: '375', unit: '万元' });
    const cleaning = fact({ label: '保洁保安专项经费', text: '150.83', unit: '万元' });
    const result = numeric(run('办公用房租赁经费，比保洁保安专项经费多多少？', documentOf([rent, cleaning])));
    expect(formatDecimal(result.value)).toBe('224.17');
  });
});

describe('executePlan averaging a year over its months', () => {
  it('shares a year’s figure over 12 months, citing the figure alone', () => {
    const running = fact({ label: '机关运行经费', text: '443.18', unit: '万元' });
    const result = numeric(run('机关运行经费平均每月多少', documentOf([running])));
    expect(formatDecimal(result.value)).toBe('36.93');
    expect(result.perPeriod).toBe('月');
    expect(result.operands).toHaveLength(1);
    expect(result.formula).toBe('443.18 / 12 = 36.93');
  });
  it('averages over counted items when the question names a counter, not over months', () => {
    expect(numeric(run('车辆平均每辆多少钱', seed)).perPeriod).toBeUndefined();
  });
});

describe('executePlan reading 加起来', () => {
  it('takes 加 of 加起来 as asking for the sum, not as joining a third item', () => {
    const water = fact({ label: '水费', text: '106000', unit: '元' });
    const power = fact({ label: '电费', text: '325000', unit: '元' });
    const income = fact({ label: '收入预算', text: '189767600', unit: '元' });
    expect(formatDecimal(numeric(run('水费和电费加起来预算是多少？', documentOf([water, power, income]))).value)).toBe('431000');
  });
});

describe('executePlan on a table row whose sentence states the earlier year', () => {
  it('takes the earlier figure from the paragraph of the row’s sentence', () => {
    const row = fact({ label: '公益性岗位补贴', text: '4212300', unit: '元', origin: 'table', source: { blockId: 't3', row: 4, column: '合计', quote: '公益性岗位补贴 | 4,212,300' }, sameAs: ['w:f2'] });
    const sentence = fact({ id: 'w:f2', label: '公益性岗位补贴（项）', text: '421.23', unit: '万元', source: { blockId: 'p55', quote: '公益性岗位补贴（项）421.23万元。' }, sameAs: [] });
    const earlier = fact({ label: '预算执行数', text: '389.59', unit: '万元', period: 2023, source: { blockId: 'p55', quote: '2023年当年预算执行数为389.59万元。' } });
    const document = documentOf([row, sentence, earlier], 2024, 'street-2024');
    const result = numeric(run('2024年公益性岗位补贴比2023年执行数多多少', document));
    expect(formatDecimal(result.value)).toBe('31.64');
  });
});

describe('executePlan on a measure disclosures seldom state', () => {
  it('does not answer a total investment with another figure', () => {
    const plan = fact({ label: '第一季度用款计划', text: '15', unit: '万元' });
    const income = fact({ label: '收入预算', text: '18976.76', unit: '万元' });
    expect(run('社区公共服务中心新建工程总投资多少？', documentOf([plan, income])).kind).toBe('not_found');
    const stated = fact({ label: '项目总投资', text: '9000', unit: '万元' });
    expect(formatDecimal(numeric(run('项目总投资多少？', documentOf([stated, income]))).value)).toBe('9000');
  });
});

describe('executePlan summing with + and in yuan', () => {
  it('reads + as a joint and sums each part as its table states it in 元 when yuan are asked', () => {
    const travel = fact({ label: '差旅费', text: '40000', unit: '元' });
    const training = fact({ label: '培训费', text: '5000', unit: '元' });
    const reception = fact({ label: '公务接待费', text: '50000', unit: '元' });
    expect(formatDecimal(numeric(run('差旅费+培训费+公务接待费三项合计？', documentOf([travel, training, reception]))).value)).toBe('95000');
    const rowA = fact({ id: 'y:f1', label: '行政运行', text: '12029501.84', unit: '元', origin: 'table', source: { blockId: 't1', row: 1, quote: '行政运行 | 12,029,501.84' } });
    const rowB = fact({ id: 'y:f2', label: '事业运行', text: '3807295.58', unit: '元', origin: 'table', source: { blockId: 't1', row: 2, quote: '事业运行 | 3,807,295.58' } });
    const proseA = fact({ label: '行政运行科目', text: '1202.95', unit: '万元', sameAs: ['y:f1'] });
    const proseB = fact({ label: '事业运行科目', text: '380.73', unit: '万元', sameAs: ['y:f2'] });
    rowA.sameAs = [proseA.id];
    rowB.sameAs = [proseB.id];
    const result = numeric(run('行政运行和事业运行加起来多少元？', documentOf([rowA, rowB, proseA, proseB])));
    expect(formatDecimal(result.value)).toBe('15836797.42');
  });
});

describe('executePlan on a share the document states', () => {
  it('answers a stated rate as it stands rather than dividing two amounts', () => {
    const rate = fact({ label: '群众问题答复率', text: '100', unit: '%' });
    const project = fact({ label: '呼叫中心服务平台运行维护经费', text: '129', unit: '万元' });
    const income = fact({ label: '预算收入', text: '2115.46', unit: '万元' });
    const result = numeric(run('群众问题答复率占多少？', documentOf([rate, project, income])));
    expect(formatDecimal(result.value)).toBe('100');
    expect(result.unit).toBe('%');
  });
});

describe('quartersNamed', () => {
  it('reads the quarters a question names, in Chinese and English', () => {
    expect([...quartersNamed('how much is scheduled for Q1 and Q2 combined')]).toEqual([1, 2]);
    expect([...quartersNamed('第一季度和第三季度加起来')]).toEqual([1, 3]);
    expect([...quartersNamed('上半年用款计划')]).toEqual([1, 2]);
    expect([...quartersNamed('前三季度一共')]).toEqual([1, 2, 3]);
    expect([...quartersNamed('一到四季度的用款计划加起来')]).toEqual([1, 2, 3, 4]);
    expect([...quartersNamed('二至三季度的用款计划')]).toEqual([2, 3]);
    expect([...quartersNamed('Q2 to Q4 combined')]).toEqual([2, 3, 4]);
  });
  it('names none for the whole schedule', () => {
    expect(quartersNamed('四个季度合计').size).toBe(0);
    expect(quartersNamed('the quarterly payment plan in total').size).toBe(0);
  });
});

describe('listedBeforeSum', () => {
  it('reads the items a sentence lists before a sentence that sums them by count', () => {
    expect(listedBeforeSum('预算分别列示了政府采购货物、工程、服务三类预算。请将三项相加，复核其合计数。')).toEqual({ items: ['货物', '工程', '服务'], context: '政府采购' });
    expect(listedBeforeSum('有水费、电费和物业费三项。这三项加起来多少？')).toEqual({ items: ['水费', '电费', '物业费'], context: '' });
  });
  it('leaves a sum that names its items itself, or a list of two', () => {
    expect(listedBeforeSum('水费、电费和物业费加起来多少？')).toBeUndefined();
    expect(listedBeforeSum('有水费和电费两项。这两项加起来多少？')).toBeUndefined();
  });
});
