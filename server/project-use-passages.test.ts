import { describe, expect, it } from 'vitest';
import type { Block, ParsedDocument } from '../ingest/model.ts';
import { projectUsePassages, usePassagesByAmount } from './project-use-passages.ts';

const place = { page: 1 };
function documentOf(blocks: Block[]): ParsedDocument {
  return { meta: { id: 'd', title: '某某区政府办公室2025年部门预算', unit: '某某区政府办公室', year: 2025, kind: '预算', fileName: 'd.pdf' }, blocks, facts: [], chunks: [] };
}
const paragraph = (id: string, text: string, path: string[]): Block => ({ id, kind: 'paragraph', text, path, place });

const supervision = '区政府督查及建议提案工作业务经费项目经费情况说明';
const archives = '档案数字化加工经费项目经费情况说明';
const document = documentOf([
  paragraph('p1', '主要推进年度重点工作、人大代表建议政协提案办理等工作所需的咨询、设计、调查等业务支撑。', [supervision, '一、项目概述']),
  paragraph('p2', '根据相关文件立项。', [supervision, '二、立项依据']),
  paragraph('p3', '主要用于馆藏档案的数字化扫描和著录。', [archives, '一、项目概述']),
]);
// A generic heading leaves the project named by its overview.
const generic = documentOf([
  paragraph('g1', '由街道办事处建设的社区公共服务中心新建工程，位于真金路。', ['项目经费情况说明', '一、项目概况']),
  paragraph('g2', '建成后作为社区事务受理、社区管理、社区文化艺术活动场所。更有效地整合资源，为周边居民提供生活配套设施。', ['项目经费情况说明', '七、绩效目标']),
]);

describe('projectUsePassages', () => {
  it('quotes the use sentences of the project the question names by its own words', () => {
    const passages = projectUsePassages(document, '办理代表建议和政协提案的那笔业务经费主要花在哪些事情上');
    expect(passages?.map((passage) => passage.blockId)).toEqual(['p1']);
    expect(projectUsePassages(document, '档案数字化的钱用来干什么')?.[0]?.quote).toBe('主要用于馆藏档案的数字化扫描和著录。');
  });
  it('names a project under a generic heading by the opening of its overview', () => {
    // The sentence of what it provides for whom is a use too.
    expect(projectUsePassages(generic, '那个社区公共服务中心建成以后是干什么用的')?.map((passage) => passage.quote)).toEqual([
      '建成后作为社区事务受理、社区管理、社区文化艺术活动场所。',
      '更有效地整合资源，为周边居民提供生活配套设施。',
    ]);
  });
  it('answers nothing when no project is named clearly', () => {
    expect(projectUsePassages(document, '这笔业务经费用来干什么')).toBeUndefined();
    expect(projectUsePassages(documentOf([]), '建议提案经费用来干什么')).toBeUndefined();
  });
});

describe('usePassagesByAmount', () => {
  const sentence = '13. “资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款)其他支持中小企业发展和管理支出（项）”29,381.00万元，主要用于支持中小企业发展和管理。';
  const fact = (id: string, text: string, amount: number, blockId: string) => ({
    id, label: '其他支持中小企业发展和管理支出', text, amount, unit: '万元', comparator: '=' as const, docId: 'd', section: ['2025年单位预算编制说明'],
    source: { blockId, quote: sentence }, origin: 'prose' as const, kind: 'value' as const, context: [],
  });
  const withFacts: ParsedDocument = {
    ...documentOf([paragraph('b1', sentence, ['2025年单位预算编制说明']), paragraph('b2', '5. 科技条件专项1,720.00万元，主要用于政策扶持资金支出。', ['2025年单位预算编制说明'])]),
    facts: [fact('f1', '29381.00', 29381, 'b1'), { ...fact('f2', '1720.00', 1720, 'b2'), source: { blockId: 'b2', quote: '' } }],
  };
  it('quotes the one sentence stating the amount the asker names, with its use', () => {
    expect(usePassagesByAmount(withFacts, 'It has one huge line of about 293.8 million yuan. What is that money meant to be used for?')?.map((passage) => passage.blockId)).toEqual(['b1']);
    expect(usePassagesByAmount(withFacts, '那笔一千七百多万是干什么用的')?.map((passage) => passage.blockId)).toEqual(['b2']);
  });
  it('answers nothing when no amount is stated or none matches', () => {
    expect(usePassagesByAmount(withFacts, '这笔钱主要用于什么')).toBeUndefined();
    expect(usePassagesByAmount(withFacts, 'What is the 5 million yuan line for?')).toBeUndefined();
  });
});
