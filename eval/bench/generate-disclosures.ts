/**
 * Synthetic unit-budget disclosures in the .docx text-export format of the seed (tab-led cells, blank line between
 * table rows, Chinese section numbering), for benchmarks at scale. Pure and deterministic for a given seed. Every
 * figure is drawn in integer hundredths of 万元 and the totals are built from their parts, so they always add up.
 */

export interface GeneratedFigures {
  unit: string;
  year: number;
  /** All amounts in hundredths of 万元. */
  income: number;
  basic: number;
  personnel: number;
  publicRunning: number;
  project: number;
  previousTotal: number;
  threePublic: number;
  abroad: number;
  vehicles: number;
  vehiclePurchase: number;
  vehicleRunning: number;
  reception: number;
  procurement: number[];
  vehicleCount: number;
  vehicleValue: number;
  otherAssetValue: number;
}

export interface GeneratedDisclosure {
  fileName: string;
  text: string;
  figures: GeneratedFigures;
}

const cities = ['廊坊市', '保定市', '唐山市', '邯郸市', '沧州市', '承德市', '张家口市', '衡水市', '邢台市', '秦皇岛市', '石家庄市', '定州市'];
const bureaus = [
  { name: '信访局', pinyin: 'petitions-bureau', duty: '办理人民群众来信，接待群众来访' },
  { name: '统计局', pinyin: 'statistics-bureau', duty: '组织实施全市统计调查，发布统计数据' },
  { name: '档案馆', pinyin: 'archives', duty: '收集、整理和保管全市重要档案' },
  { name: '民政局', pinyin: 'civil-affairs-bureau', duty: '拟定社会救助、社区建设政策并组织实施' },
  { name: '司法局', pinyin: 'justice-bureau', duty: '推进法治政府建设，管理公共法律服务' },
  { name: '审计局', pinyin: 'audit-bureau', duty: '对本级预算执行情况进行审计监督' },
  { name: '商务局', pinyin: 'commerce-bureau', duty: '拟定内外贸易和招商引资政策' },
  { name: '林业局', pinyin: 'forestry-bureau', duty: '负责林业和草原资源保护与监督管理' },
  { name: '科学技术局', pinyin: 'science-bureau', duty: '拟定科技发展规划并组织实施' },
  { name: '地方志办公室', pinyin: 'gazetteer-office', duty: '组织编纂地方志和年鉴' },
];
const procurementItems = [
  { name: '办公用房租赁经费', item: '其他服务', code: 'C99' },
  { name: '物业管理服务经费', item: '物业管理服务', code: 'C1204' },
  { name: '信息系统运行维护经费', item: '运行维护服务', code: 'C0208' },
  { name: '办公设备购置经费', item: '办公设备', code: 'A0201' },
  { name: '印刷服务经费', item: '印刷服务', code: 'C0801' },
  { name: '保洁、保安等专项经费', item: '其他服务', code: 'C99' },
];
const cityPinyin = ['langfang', 'baoding', 'tangshan', 'handan', 'cangzhou', 'chengde', 'zhangjiakou', 'hengshui', 'xingtai', 'qinhuangdao', 'shijiazhuang', 'dingzhou'];

/** mulberry32: small, fast, and identical on every platform, which Math.random is not. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Hundredths of 万元 as the documents write them: "881.31". */
export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function tableRows(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `\t${cell}`).join('\n')).join('\n\n');
}

function drawFigures(random: () => number, index: number): GeneratedFigures {
  const city = cities[index % cities.length];
  const bureau = bureaus[Math.floor(index / cities.length) % bureaus.length];
  const year = 2019 + between(random, 0, 6);
  const personnel = between(random, 20_000, 400_000);
  const publicRunning = between(random, 3_000, 40_000);
  const basic = personnel + publicRunning;
  const abroad = random() < 0.8 ? 0 : between(random, 100, 3_000);
  const vehiclePurchase = random() < 0.7 ? 0 : between(random, 1_000, 3_500);
  const vehicleRunning = between(random, 0, 3_000);
  const reception = between(random, 0, 500);
  const procurementCount = between(random, 1, 4);
  const procurement = Array.from({ length: procurementCount }, () => between(random, 1_000, 60_000));
  const project = procurement.reduce((sum, amount) => sum + amount, 0) + between(random, 0, 100_000);
  const income = basic + project;
  const vehicleCount = between(random, 0, 12);
  return {
    unit: `${city}${bureau.name}`,
    year,
    income,
    basic,
    personnel,
    publicRunning,
    project,
    previousTotal: income + between(random, -50_000, 50_000),
    threePublic: abroad + vehiclePurchase + vehicleRunning + reception,
    abroad,
    vehicles: vehiclePurchase + vehicleRunning,
    vehiclePurchase,
    vehicleRunning,
    reception,
    procurement,
    vehicleCount,
    vehicleValue: vehicleCount * between(random, 800, 3_000),
    otherAssetValue: between(random, 5_000, 500_000),
  };
}

function renderDisclosure(figures: GeneratedFigures, index: number): string {
  const bureau = bureaus[Math.floor(index / cities.length) % bureaus.length];
  const money = formatHundredths;
  const change = figures.income - figures.previousTotal;
  const changeWords = change === 0 ? '持平' : `${change > 0 ? '增加' : '减少'}${money(Math.abs(change))}万元`;
  const procurementTotal = figures.procurement.reduce((sum, amount) => sum + amount, 0);
  const items = figures.procurement.map((amount, position) => ({ ...procurementItems[(index + position) % procurementItems.length], amount }));
  const assetTotal = figures.vehicleValue + figures.otherAssetValue;
  const sections = [
    '',
    `${figures.unit}${figures.year}年单位预算信息公开情况说明`,
    '',
    `按照《中华人民共和国预算法》规定，现将${figures.unit}${figures.year}年单位预算公开如下：`,
    '一、单位职责及机构设置情况',
    '单位职责：',
    `（一）${bureau.duty}。`,
    '（二）完成市委、市政府交办的其他任务。',
    '机构设置：',
    '单位机构设置情况',
    tableRows([['单位名称', '单位性质', '单位级别', '经费保障形式'], [figures.unit, '行政', '正处级', '财政拨款（行政）']]),
    '',
    '二、单位预算安排的总体情况',
    '1、收入说明',
    `反映本单位当年全部收入。${figures.year}年预算收入${money(figures.income)}万元，其中：一般公共预算收入${money(figures.income)}万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元，上年结转0万元。`,
    '2、支出说明',
    `${figures.year}年支出预算${money(figures.income)}万元，其中基本支出${money(figures.basic)}万元，包括人员类项目经费${money(figures.personnel)}万元和运转类公用项目经费${money(figures.publicRunning)}万元；运转类其他及特定目标类项目支出${money(figures.project)}万元。`,
    '3、比上年增减情况',
    `${figures.year}年预算收支安排${money(figures.income)}万元，较${figures.year - 1}年预算${changeWords}。`,
    '三、机关运行经费安排情况',
    `${figures.year}年，我单位机关运行经费共计安排${money(figures.publicRunning)}万元，主要用于办公区的日常维修、办公用房水电费等日常运行支出。`,
    '四、财政拨款“三公”经费预算情况及增减变化原因',
    `${figures.year}年，我单位财政拨款“三公”经费预算安排${money(figures.threePublic)}万元。其中，因公出国（境）费${money(figures.abroad)}万元；公务用车购置及运维费${money(figures.vehicles)}万元（其中：公务用车购置费为${money(figures.vehiclePurchase)}万元，公务用车运维费${money(figures.vehicleRunning)}万元)；公务接待费${money(figures.reception)}万元。`,
    '五、预算绩效信息',
    '第一部分 单位整体绩效目标',
    '（一）单位整体支出绩效指标',
    tableRows([
      ['一级指标', '二级指标', '三级指标', '符号', '值', '单位'],
      ['部门\n产出', '数量', '业务保障数量', '≥', String(between(seededRandom(index), 3, 30)), '项'],
      ['', '成本', '公用经费控制率', '≤', '100', '%'],
    ]),
    '',
    '第二部分 资金绩效目标',
    ...items.flatMap((item, position) => [
      `${position + 1}.${item.name}绩效目标表`,
      tableRows([['绩效目标', `保障${item.name}项目顺利实施。`]]),
      '',
      tableRows([
        ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
        ['产出指标', '成本指标', '总成本', '考察成本控制情况', `≤${money(item.amount)}万元`, '预算'],
      ]),
      '',
    ]),
    '六、政府采购预算情况',
    `${figures.year}年，我单位安排政府采购预算${money(procurementTotal)}万元。具体内容见下表。`,
    '部门政府采购预算',
    tableRows([
      [figures.unit, '单位：万元'],
      ['政府采购项目来源', '采购物品名称', '政府采购目录序号', '计量单位', '数量', '单价', '政府采购金额'],
      ['合  计', '', '', '', '', '', money(procurementTotal)],
      ...items.map((item) => [item.name, item.item, item.code, '项', '1', money(item.amount), money(item.amount)]),
    ]),
    ' 七、国有资产信息',
    `${figures.unit}上年末固定资产金额为${money(assetTotal)}万元（详见下表）。`,
    tableRows([
      ['市直单位固定资产占用情况表'],
      [`编制单位：${figures.unit}`, `截止时间：${figures.year - 1}年12月31日`],
      ['项   目', '数量', '价值（金额单位：万元）'],
      ['资产总额', '——', money(assetTotal)],
      ['2、车辆（台、辆）', String(figures.vehicleCount), money(figures.vehicleValue)],
      ['4、其他固定资产', '', money(figures.otherAssetValue)],
    ]),
    '八、名词解释',
    '1、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
    '2、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
    '九、其他需要说明的事项',
    '我单位无其他需要说明的事项。',
  ];
  return `${sections.join('\n')}\n`;
}

/** `count` disclosures from `seed`; the same arguments always give the same files. */
export function generateDisclosures(options: { count: number; seed: number }): GeneratedDisclosure[] {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a non-negative integer, got ${options.count}`);
  const random = seededRandom(options.seed);
  return Array.from({ length: options.count }, (_, index) => {
    const figures = drawFigures(random, index);
    const city = cityPinyin[index % cities.length];
    const bureau = bureaus[Math.floor(index / cities.length) % bureaus.length];
    return {
      fileName: `${city}-${bureau.pinyin}-${figures.year}-unit-budget-${String(index).padStart(5, '0')}.txt`,
      text: renderDisclosure(figures, index),
      figures,
    };
  });
}
