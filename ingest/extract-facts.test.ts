import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts.ts';
import { factSchema, type Block, type DocumentMeta } from './model.ts';

const meta: DocumentMeta = {
  id: 'demo-2024',
  title: '某某区财政局2024年部门预算',
  unit: '某某区财政局',
  year: 2024,
  kind: '预算',
  fileName: 'demo-2024.txt',
};

const blocks: Block[] = [
  { id: 'b1', kind: 'heading', text: '三、机关运行经费安排情况', level: 1, path: ['三、机关运行经费安排情况'], place: { line: 1 } },
  {
    id: 'b2',
    kind: 'paragraph',
    text: '2024年，某某区财政局机关运行经费预算为48.50万元，比上年减少1.20万元。',
    path: ['三、机关运行经费安排情况'],
    place: { line: 2 },
  },
  {
    id: 'b3',
    kind: 'table',
    path: ['五、预算绩效信息', '1.信息化运维经费绩效目标表'],
    place: { line: 3 },
    table: {
      title: '1.信息化运维经费绩效目标表',
      headerRows: [['一级指标', '二级指标', '三级指标', '指标值']],
      columns: ['一级指标', '二级指标', '三级指标', '指标值'],
      rows: [['产出指标', '数量指标', '运维系统数量', '3套']],
      notes: [{ label: '绩效目标', text: '完成系统运维3套，系统正常运行率达到98%。' }],
    },
  },
];

describe('extractFacts', () => {
  it('numbers facts in document order across paragraphs, table notes and cells', () => {
    const facts = extractFacts(blocks, meta);
    expect(facts.map((fact) => [fact.id, fact.label, fact.text, fact.unit, fact.kind, fact.origin])).toEqual([
      ['demo-2024:f1', '机关运行经费预算', '48.50', '万元', 'value', 'prose'],
      ['demo-2024:f2', '机关运行经费预算', '1.20', '万元', 'change', 'prose'],
      ['demo-2024:f3', '系统运维', '3', '套', 'value', 'prose'],
      ['demo-2024:f4', '系统正常运行率', '98', '%', 'value', 'prose'],
      ['demo-2024:f5', '运维系统数量', '3', '套', 'value', 'table'],
    ]);
    expect(facts[1]).toMatchObject({ direction: 'decrease', basePeriod: '上年', period: 2024 });
    expect(facts[2]).toMatchObject({ tableTitle: '1.信息化运维经费绩效目标表', source: { blockId: 'b3' } });
    for (const fact of facts) {
      expect(factSchema.parse(fact)).toEqual(fact);
      expect(fact.docId).toBe('demo-2024');
    }
  });

  it('gives a paragraph opening with figures labelled only by their kind the line the paragraph before stated', () => {
    const path = ['2024年部门预算编制说明'];
    const paragraph = (id: string, text: string, section = path): Block => ({ id, kind: 'paragraph', text, path: section, place: { line: 1 } });
    const facts = extractFacts(
      [
        paragraph('p1', '12. “社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”24.31万元，主要用于行政单位离退休。'),
        paragraph('p2', '2023年当年预算执行数为20.30万元，2024年预算安排24.31万元，比2023年预算执行数增加19.75%。'),
        paragraph('p3', '2023年当年预算执行数为1.00万元。', ['名词解释']),
      ],
      meta,
    );
    const executed = facts.find((fact) => fact.text === '20.30');
    expect(executed?.context).toEqual(['社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）']);
    // Another section's paragraph continues no line of this one.
    expect(facts.find((fact) => fact.text === '1.00')?.context).toEqual([]);
  });
  it('returns no facts for a document without numbers', () => {
    expect(extractFacts([blocks[0]], meta)).toEqual([]);
    expect(extractFacts([], meta)).toEqual([]);
  });
});
