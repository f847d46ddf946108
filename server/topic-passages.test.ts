import { describe, expect, it } from 'vitest';
import type { Block, ParsedDocument } from '../ingest/model.ts';
import { asksDate, asksPlace, asksReason, datePassages, headedPassages, placePassages, reasonPassages, topicOf, topicPassages } from './topic-passages.ts';

const place = { page: 1 };
function documentOf(blocks: Block[]): ParsedDocument {
  return { meta: { id: 'd', title: '某某局2025年部门预算', unit: '某某局', year: 2025, kind: '预算', fileName: 'd.pdf' }, blocks, facts: [], chunks: [] };
}
const heading = (id: string, text: string, path: string[]): Block => ({ id, kind: 'heading', text, level: path.length, path, place });
const paragraph = (id: string, text: string, path: string[]): Block => ({ id, kind: 'paragraph', text, path, place });

const duties = ['某某局主要职能'];
const structure = ['某某局机构设置'];
const document = documentOf([
  heading('h1', '某某局主要职能', duties),
  paragraph('p1', '1、负责全区商务工作。', duties),
  paragraph('p2', '2、负责粮食流通。', duties),
  heading('h2', '某某局机构设置', structure),
  paragraph('p3', '机关设3个内设机构，包括：办公室、综合科、产业科。', structure),
  {
    id: 't1',
    kind: 'table',
    path: ['一、单位概况'],
    place,
    table: { title: '', unit: '', columns: ['单位名称', '单位名称', '经费保障形式'], headerRows: [], rows: [['某某局', '行政', '财政拨款（行政）']], notes: [] },
  } as Block,
]);

describe('topicOf', () => {
  it('reads questions about duties, structure and funding, in Chinese and English', () => {
    expect(topicOf('某某局主要负责哪些工作', 'zh')).toBe('duties');
    expect(topicOf('What does the commerce commission do?', 'en')).toBe('duties');
    expect(topicOf('某某局下面有哪些科室', 'zh')).toBe('structure');
    expect(topicOf('Which units are covered by the budget?', 'en')).toBe('structure');
    expect(topicOf("Which offices and centres are covered by Wanli Street's 2024 department budget?", 'en')).toBe('structure');
    expect(topicOf('What public institution belongs to the office?', 'en')).toBe('structure');
    expect(topicOf('How is the bureau funded?', 'en')).toBe('funding');
    expect(topicOf('经费来源是什么', 'zh')).toBe('funding');
  });
  it('leaves figure questions alone', () => {
    expect(topicOf('三公经费是多少', 'zh')).toBeUndefined();
    expect(topicOf('How much is spent on official cars?', 'en')).toBeUndefined();
    expect(topicOf('机关运行经费干什么用的', 'zh')).toBeUndefined();
    expect(topicOf('What are the funds of the office used for?', 'en')).toBeUndefined();
  });
});

describe('topicPassages', () => {
  it('quotes the section whose heading names the topic, in document order', () => {
    expect(topicPassages(document, 'duties')?.map((passage) => passage.blockId)).toEqual(['p1', 'p2']);
    expect(topicPassages(document, 'structure')?.map((passage) => passage.quote)).toEqual(['机关设3个内设机构，包括：办公室、综合科、产业科。']);
  });
  it('quotes a table row under a column that names the topic, with the header once', () => {
    expect(topicPassages(document, 'funding')).toEqual([
      { docId: 'd', blockId: 't1', quote: '单位名称 | 经费保障形式：某某局 | 行政 | 财政拨款（行政）', section: ['一、单位概况'], row: 0 },
    ]);
  });
  it('returns undefined when the document has no such section', () => {
    expect(topicPassages(documentOf([paragraph('p9', '三公经费1万元。', ['其他'])]), 'duties')).toBeUndefined();
  });
});

describe('asksReason and reasonPassages', () => {
  const place = ['四、“三公”经费预算情况'];
  const reasons = documentOf([
    paragraph('r1', '（一）因公出国（境）费0万元，与上年持平，主要原因是此部分预算由区外办统一安排。', place),
    paragraph('r2', '三公经费12.30万元。与上年相比减少10.48万元，主要原因是落实勤俭节约规定，压减公车运行经费。', place),
    paragraph('r3', '机关运行经费95.17万元。', place),
  ]);
  it('quotes one reason per line under the best one’s heading when each line’s reason is asked', () => {
    const each = reasonPassages(reasons, '因公出国（境）费和三公经费与上年相比的原因分别是什么', { each: true });
    expect(each?.map((passage) => passage.blockId)).toEqual(['r1', 'r2']);
    // Asked once, the best alone (or none: a sentence holds only half the question's words).
    expect(reasonPassages(reasons, '因公出国（境）费和三公经费与上年相比的原因分别是什么')?.length ?? 0).toBeLessThan(2);
  });
  it('reads why-questions in both languages', () => {
    expect(asksReason('出国经费为什么是0？', 'zh')).toBe(true);
    expect(asksReason('Why did spending rise?', 'en')).toBe(true);
    expect(asksReason('三公经费是多少', 'zh')).toBe(false);
  });
  it('quotes the reason sentence about what the question names, the subject possibly in the sentence before', () => {
    expect(reasonPassages(reasons, '因公出国（境）费为什么是0')?.[0].blockId).toBe('r1');
    // The reason sentence opens on the comparison; the sentence before it, naming the subject, is quoted with it.
    expect(reasonPassages(reasons, '三公经费为什么减少了')?.[0].quote).toBe('三公经费12.30万元。与上年相比减少10.48万元，主要原因是落实勤俭节约规定，压减公车运行经费。');
  });
  it('returns undefined when no reason sentence shares enough words', () => {
    expect(reasonPassages(reasons, '广告费为什么高')).toBeUndefined();
  });
});

describe('asksPlace and placePassages', () => {
  const table = {
    id: 't9',
    kind: 'table',
    path: ['五、预算绩效信息'],
    place: { page: 1 },
    table: { title: '办公用房租赁经费绩效目标表', unit: '', columns: ['一级指标', '三级指标', '指标值'], headerRows: [], rows: [['产出指标', '楼宇租赁数量', '租用市政府北侧裕华路226号1栋8层办公楼'], ['成本指标', '单位面积成本', '≤0.79元/平米/天']], notes: [] },
  } as Block;
  const withAddress = documentOf([paragraph('p1', '本单位负责信访工作。', ['一、职责']), table]);
  it('reads where-questions in both languages', () => {
    expect(asksPlace('租的那栋楼在什么地方？', 'zh')).toBe(true);
    expect(asksPlace('Where is the rented office?', 'en')).toBe(true);
    expect(asksPlace('租金多少', 'zh')).toBe(false);
    expect(asksPlace('机关运行经费主要用在哪些方面', 'zh')).toBe(false);
    // Where money goes is what it pays for: 花在哪几块, 钱都花在哪里.
    expect(asksPlace('项目钱主要花在哪几块？', 'zh')).toBe(false);
    expect(asksPlace('这笔钱都花在哪里了？', 'zh')).toBe(false);
    expect(asksPlace('接访中心在哪里？', 'zh')).toBe(true);
  });
  it('quotes the row that states an address, and nothing when the document has none', () => {
    expect(placePassages(withAddress, '租赁的办公楼')?.[0]).toMatchObject({ blockId: 't9', row: 0 });
    expect(placePassages(documentOf([paragraph('p1', '本单位负责信访工作。', ['一、职责'])]), '办公楼')).toBeUndefined();
  });
});

describe('asksDate and datePassages', () => {
  const assets = {
    id: 't4',
    kind: 'table',
    path: ['七、国有资产信息'],
    place: { page: 1 },
    table: { title: '固定资产占用情况表', unit: '万元', columns: ['项目', '数量'], headerRows: [], rows: [['车辆（台、辆）', '5']], notes: [{ label: '截止时间', text: '2021年12月31日' }] },
  } as Block;
  it('reads date questions in both languages, and not amounts', () => {
    expect(asksDate('Up to what date are the fixed assets counted?', 'en')).toBe(true);
    expect(asksDate('固定资产是截至什么时候的？', 'zh')).toBe(true);
    expect(asksDate('固定资产多少？', 'zh')).toBe(false);
    expect(asksDate('How much are the fixed assets worth?', 'en')).toBe(false);
  });
  it('quotes a sentence or a table note that states a full date', () => {
    expect(datePassages(documentOf([paragraph('p1', '本单位负责信访工作。', ['一、职责']), assets]), '固定资产')?.[0]).toMatchObject({ blockId: 't4', quote: '截止时间：2021年12月31日' });
    expect(datePassages(documentOf([paragraph('p1', '截至2024年8月31日，共有车辆8辆。', ['五、资产'])]), '车辆')?.[0].quote).toBe('截至2024年8月31日，共有车辆8辆。');
    expect(datePassages(documentOf([paragraph('p1', '本单位负责信访工作。', ['一、职责'])]), '车辆')).toBeUndefined();
  });
});

describe('headedPassages', () => {
  const project = '区政府督查及建议提案工作业务经费项目经费情况说明';
  const withProject = documentOf([
    paragraph('o', '主要推进重点工作所需的咨询、设计等业务支撑。', [project, '一、项目概述']),
    paragraph('m', '结合区政府重点工作推进情况，定期开展。', [project, '四、实施方案']),
    paragraph('c', '2025全年度。', [project, '五、实施周期']),
    paragraph('x', '车辆0辆。', ['其他相关情况说明', '五、国有资产占有使用情况']),
  ]);
  it('quotes the parts of a named section whose headings the question writes out, in document order', () => {
    const passages = headedPassages(withProject, '关于“区政府督查及建议提案工作业务经费”项目：该项目的实施周期是怎样规定的，实施方案又是如何安排的？');
    expect(passages?.map((passage) => passage.blockId)).toEqual(['m', 'c']);
  });
  it('quotes nothing when the section or its parts are not named', () => {
    expect(headedPassages(withProject, '该项目的实施周期是怎样规定的？')).toBeUndefined();
    expect(headedPassages(withProject, '区政府督查及建议提案工作业务经费花了多少？')).toBeUndefined();
  });
});
