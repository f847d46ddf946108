import { describe, expect, it } from 'vitest';
import type { Fact } from './model.ts';
import { cleanLabel, extractProseFacts, maskProtected } from './prose-facts.ts';

function extract(text: string, documentUnit?: string): Fact[] {
  let counter = 0;
  return extractProseFacts(text, {
    docId: 'doc',
    blockId: 'b1',
    section: ['四、财政拨款“三公”经费预算情况'],
    ...(documentUnit ? { documentUnit } : {}),
    createId: () => `doc:f${++counter}`,
  });
}

/** The fields a test cares about, so failures read like the document. */
function brief(fact: Fact) {
  return {
    id: fact.id,
    label: fact.label,
    text: fact.text,
    unit: fact.unit,
    comparator: fact.comparator,
    kind: fact.kind,
    ...(fact.period !== undefined ? { period: fact.period } : {}),
    ...(fact.direction ? { direction: fact.direction } : {}),
    ...(fact.basePeriod !== undefined ? { basePeriod: fact.basePeriod } : {}),
    ...(fact.partOf ? { partOf: fact.partOf } : {}),
  };
}

describe('extractProseFacts', () => {
  it('reads a 三公 paragraph: total, nested parts, the change and the flat item', () => {
    const paragraph =
      '2022年，我局财政拨款“三公”经费预算安排12.30万元。其中，因公出国（境）费0万元；公务用车购置及运维费11.80万元（其中：公务用车购置费为0万元，公务用车运维费11.80万元)；公务接待费0.5万元。与2021年相比减少10.48万元，其中，公务用车购置及运维费减少10.48万元，主要原因是压减公车运行经费支出；公务接待费0.5万元与2021年相比持平，无增减变化。';
    const facts = extract(paragraph, '廊坊市信访局');
    expect(facts.map(brief)).toEqual([
      { id: 'doc:f1', label: '财政拨款三公经费', text: '12.30', unit: '万元', comparator: '=', kind: 'value', period: 2022 },
      { id: 'doc:f2', label: '因公出国（境）费', text: '0', unit: '万元', comparator: '=', kind: 'value', period: 2022, partOf: 'doc:f1' },
      { id: 'doc:f3', label: '公务用车购置及运维费', text: '11.80', unit: '万元', comparator: '=', kind: 'value', period: 2022, partOf: 'doc:f1' },
      { id: 'doc:f4', label: '公务用车购置费', text: '0', unit: '万元', comparator: '=', kind: 'value', period: 2022, partOf: 'doc:f3' },
      { id: 'doc:f5', label: '公务用车运维费', text: '11.80', unit: '万元', comparator: '=', kind: 'value', period: 2022, partOf: 'doc:f3' },
      { id: 'doc:f6', label: '公务接待费', text: '0.5', unit: '万元', comparator: '=', kind: 'value', period: 2022, partOf: 'doc:f1' },
      { id: 'doc:f7', label: '财政拨款三公经费', text: '10.48', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'decrease', basePeriod: 2021 },
      { id: 'doc:f8', label: '公务用车购置及运维费', text: '10.48', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'decrease', basePeriod: 2021, partOf: 'doc:f7' },
      { id: 'doc:f9', label: '公务接待费', text: '0.5', unit: '万元', comparator: '=', kind: 'value', period: 2022 },
      { id: 'doc:f10', label: '公务接待费', text: '0', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'flat', basePeriod: 2021, partOf: 'doc:f7' },
    ]);
    for (const fact of facts) {
      expect(paragraph).toContain(fact.source.quote);
      expect(fact.origin).toBe('prose');
      expect(fact.source.blockId).toBe('b1');
    }
    expect(facts[1].source.quote).toBe(
      '其中，因公出国（境）费0万元；公务用车购置及运维费11.80万元（其中：公务用车购置费为0万元，公务用车运维费11.80万元)；公务接待费0.5万元。',
    );
  });

  it('reads another unit and year: 预算为, 比2024年预算减少', () => {
    const facts = extract('2025年“三公”经费财政拨款预算为37.91万元，比2024年预算减少2.3万元，主要原因是严格控制公务接待。');
    expect(facts.map(brief)).toEqual([
      { id: 'doc:f1', label: '三公经费财政拨款预算', text: '37.91', unit: '万元', comparator: '=', kind: 'value', period: 2025 },
      { id: 'doc:f2', label: '三公经费财政拨款预算', text: '2.3', unit: '万元', comparator: '=', kind: 'change', period: 2025, direction: 'decrease', basePeriod: 2024 },
    ]);
  });

  it('reads 比上年增加 with the subject in the same clause and amounts in 元 with separators', () => {
    const facts = extract('公务接待费比上年增加5.2万元。本单位2024年一般公共预算支出96,282,213.44元，其中：基本支出60,000,000元。');
    expect(facts.map(brief)).toEqual([
      { id: 'doc:f1', label: '公务接待费', text: '5.2', unit: '万元', comparator: '=', kind: 'change', direction: 'increase', basePeriod: '上年' },
      { id: 'doc:f2', label: '一般公共预算支出', text: '96282213.44', unit: '元', comparator: '=', kind: 'value', period: 2024 },
      { id: 'doc:f3', label: '基本支出', text: '60000000', unit: '元', comparator: '=', kind: 'value', period: 2024, partOf: 'doc:f2' },
    ]);
    expect(facts[1].amount).toBe(96282213.44);
  });

  it('carries the subject of the previous clause to a change that names none', () => {
    const facts = extract('2022年预算收支安排2115.46万元，较2020年预算减少595.70万元，其中：基本支出增加104.62万元；项目支出减少700.32万元。');
    expect(facts.map(brief)).toEqual([
      { id: 'doc:f1', label: '预算收支', text: '2115.46', unit: '万元', comparator: '=', kind: 'value', period: 2022 },
      { id: 'doc:f2', label: '预算收支', text: '595.70', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'decrease', basePeriod: 2020 },
      { id: 'doc:f3', label: '基本支出', text: '104.62', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'increase', basePeriod: 2020, partOf: 'doc:f2' },
      { id: 'doc:f4', label: '项目支出', text: '700.32', unit: '万元', comparator: '=', kind: 'change', period: 2022, direction: 'decrease', basePeriod: 2020, partOf: 'doc:f2' },
    ]);
  });

  it('links the parts’ levels to the whole stated before its change, and the parts’ changes to the change', () => {
    const facts = extract('（二）公务用车购置及运行费20万元，比上年预算减少5万元，主要原因是新增1辆车。其中：公务用车购置费8万元，比上年预算减少5万元；公务用车运行费12万元，比上年预算持平。');
    const byText = (label: string, kind: string) => facts.find((fact) => fact.label === label && fact.kind === kind);
    const whole = byText('公务用车购置及运行费', 'value');
    const wholeChange = byText('公务用车购置及运行费', 'change');
    expect(byText('公务用车购置费', 'value')?.partOf).toBe(whole?.id);
    expect(byText('公务用车运行费', 'value')?.partOf).toBe(whole?.id);
    expect(byText('公务用车购置费', 'change')?.partOf).toBe(wholeChange?.id);
  });

  it('keeps a threshold in the label of what it qualifies, and makes no figure of it', () => {
    const facts = extract('共有车辆8辆；单价100万元（含）以上设备（不含车辆）0台（套）。');
    expect(facts.map((fact) => [fact.label, fact.text, fact.unit])).toEqual([
      ['共有车辆', '8', '辆'],
      ['单价100万元（含）以上设备（不含车辆）', '0', '台'],
    ]);
  });

  it('nests 包括 under 其中 and returns to the outer list after a semicolon', () => {
    const facts = extract('2022年支出预算2115.46万元，其中基本支出881.31万元，包括人员类项目经费786.14万元和运转类公用项目经费95.17万元；项目支出1234.15万元。');
    expect(facts.map((fact) => [fact.label, fact.text, fact.partOf ?? null])).toEqual([
      ['支出预算', '2115.46', null],
      ['基本支出', '881.31', 'doc:f1'],
      ['人员类项目经费', '786.14', 'doc:f2'],
      ['运转类公用项目经费', '95.17', 'doc:f2'],
      ['项目支出', '1234.15', 'doc:f1'],
    ]);
  });

  it('reads comparators written as words or symbols', () => {
    const facts = extract('完成信访受理事件不少于19000件；信访群众满意度不低于85%，满意度达到或超过80%，成本不超过4万元，单价不高于350元/天，值班点数量≥12个。');
    expect(facts.map((fact) => [fact.label, fact.text, fact.unit, fact.comparator])).toEqual([
      ['信访受理事件', '19000', '件', '≥'],
      ['信访群众满意度', '85', '%', '≥'],
      ['满意度', '80', '%', '≥'],
      ['成本', '4', '万元', '≤'],
      ['单价', '350', '元/天', '≤'],
      ['值班点数量', '12', '个', '≥'],
    ]);
  });

  it('takes the counted noun after the number when nothing names it before', () => {
    const facts = extract('持续抓好《某某办法》（廊办字〔2020〕21号）等14个信访工作保障性制度，帮扶5个困难对象。');
    expect(facts.map((fact) => [fact.label, fact.text, fact.unit])).toEqual([
      ['信访工作保障性制度', '14', '个'],
      ['帮扶困难对象', '5', '个'],
    ]);
  });

  it('reads 上年末 as the previous period and drops the unit name from the label', () => {
    const facts = extract('廊坊市信访局（含所属单位）上年末固定资产金额为2840.29万元（详见下表）。', '廊坊市信访局');
    expect(facts.map(brief)).toEqual([
      { id: 'doc:f1', label: '固定资产金额', text: '2840.29', unit: '万元', comparator: '=', kind: 'value', period: '上年' },
    ]);
  });

  it('finds no facts in years, dates, document numbers, titles, addresses, ordinals and numbers without units', () => {
    const text =
      '按照《关于做好省级领导2021年第一批包联化解信访事项工作的通知》（冀信联〔2021〕4号）要求，截止2021年12月31日，1.租用裕华路226号办公楼，建设12343通信平台，为党的“二十大”献礼，（一）完善制度建设，实际运转天数/计划运转天数*100%。';
    expect(extract(text)).toEqual([]);
  });

  it('gives no facts for empty or number-free text', () => {
    expect(extract('')).toEqual([]);
    expect(extract('我部门无其他需要说明的事项。')).toEqual([]);
  });
});

describe('maskProtected', () => {
  it('keeps positions while hiding protected digits', () => {
    const text = '《通知》（冀信联〔2021〕4号）共3项';
    const masked = maskProtected(text);
    expect(masked.length).toBe(text.length);
    expect(masked.endsWith('共3项')).toBe(true);
    expect(masked).not.toMatch(/2021|4号/);
  });
});

describe('cleanLabel', () => {
  it('drops filler and keeps the measure', () => {
    expect(cleanLabel('我局机关运行经费共计安排')).toBe('机关运行经费');
    expect(cleanLabel('，其中：公务用车购置费为')).toBe('公务用车购置费');
    expect(cleanLabel('2022年，我单位安排政府采购预算')).toBe('政府采购预算');
    expect(cleanLabel('和运转类公用项目经费')).toBe('运转类公用项目经费');
  });

  it('names a count introduced by 下属 or joined by 和 with the noun after the number', () => {
    const facts = extract('某街道办事处部门预算是包括本部以及下属5家预算单位的综合收支计划。下属1家机关和1家参公事业单位。本部门3个预算单位开展了绩效目标编报工作。');
    expect(facts.map((fact) => `${fact.label} ${fact.text}${fact.unit}`)).toEqual(['预算单位 5家', '机关 1家', '参公事业单位 1家', '预算单位 3个']);
  });
  it('names a count introduced by 设 with the noun after the number', () => {
    const facts = extract('某某委员会机关设9个内设机构，包括：办公室、综合科。');
    expect(facts.map((fact) => `${fact.label} ${fact.text}${fact.unit}`)).toEqual(['内设机构 9个']);
  });
  it('gives figures labelled only by their kind (预算执行数) the line the paragraph named before them as context', () => {
    const facts = extract('30. “城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）”922.02万元，主要用于其他城乡社区支出。2023年当年预算执行数为1822.46万元，2024年预算安排922.02万元，比2023年预算执行数减少49.41%。');
    const executed = facts.find((fact) => fact.text === '1822.46');
    expect(executed?.label).toBe('预算执行数');
    expect(executed?.context).toEqual(['城乡社区支出（类）其他城乡社区支出（款）其他城乡社区支出（项）']);
  });
  it('leads a label opening with 涉及 by the label of the sentence’s figure before it', () => {
    const facts = extract('2025年度，本单位编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。');
    expect(facts.map((fact) => `${fact.label} ${fact.text}${fact.unit}`)).toEqual(['编报绩效目标的项目 25个', '编报绩效目标的项目涉及项目预算资金 11381.60万元']);
    expect(extract('项目预算资金11381.60万元。').map((fact) => fact.label)).toEqual(['项目预算资金']);
  });
});
