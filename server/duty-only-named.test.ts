import { describe, expect, it } from 'vitest';
import type { Block, ParsedDocument } from '../ingest/model.ts';
import { dutyNamedOnlyInFunctions } from './duty-only-named.ts';

const place = { page: 1 };
const paragraph = (id: string, text: string, path: string[]): Block => ({ id, kind: 'paragraph', text, path, place });
function documentOf(blocks: Block[]): ParsedDocument {
  return { meta: { id: 'd', title: '某区商务委员会2025年单位预算', unit: '某区商务委员会', year: 2025, kind: '预算', fileName: 'd.pdf' }, blocks, facts: [], chunks: [] };
}
const document = documentOf([
  paragraph('p1', '负责推进本区商贸流通发展；落实粮食社会责任储备；牵头做好本区服务保障国际进口博览会工作。', ['某区商务委员会主要职能']),
  paragraph('p2', '“商贸事务”科目300万元，主要用于推进本区商贸流通发展。', ['2025年单位预算编制说明']),
  { id: 't1', kind: 'table', table: { title: '支出表', headerRows: [['项目', '金额']], columns: ['项目', '金额'], rows: [['商贸事务', '300']], notes: [] }, path: ['2025年单位预算编制说明'], place },
]);

describe('dutyNamedOnlyInFunctions', () => {
  it('returns the run of the question only the duties section holds', () => {
    expect(dutyNamedOnlyInFunctions('为落实粮食社会责任储备单独安排了多少预算资金', document)).toBe('落实粮食社会责任储备');
    expect(dutyNamedOnlyInFunctions('用于服务保障国际进口博览会的专项经费是多少', document)).toBe('服务保障国际进口博览会');
  });
  it('leaves a duty that a line or table elsewhere repeats, and short runs', () => {
    // 推进本区商贸流通发展 stands in the explanation of a line too.
    expect(dutyNamedOnlyInFunctions('推进本区商贸流通发展花了多少钱', document)).toBeUndefined();
    // Four characters (粮食储备 is not even a run of the duties) are no naming.
    expect(dutyNamedOnlyInFunctions('粮食储备花了多少', document)).toBeUndefined();
  });
  it('answers nothing for a document without a duties section', () => {
    expect(dutyNamedOnlyInFunctions('落实粮食社会责任储备多少钱', documentOf([paragraph('p', '落实粮食社会责任储备。', ['编制说明'])]))).toBeUndefined();
  });
});
