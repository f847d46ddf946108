import { describe, expect, it } from 'vitest';
import { chunkSearchText, makeChunks, splitLongText } from './make-chunks.ts';
import type { Block } from './model.ts';

const section1 = ['一、收入预算'];
const section2 = ['二、支出预算'];
const section2a = ['二、支出预算', '（一）基本支出'];

function paragraph(id: string, text: string, path: string[]): Block {
  return { id, kind: 'paragraph', text, path, place: {} };
}

function heading(id: string, text: string, path: string[]): Block {
  return { id, kind: 'heading', text, level: path.length, path, place: {} };
}

describe('makeChunks', () => {
  it('groups short paragraphs of one heading path and starts anew at each heading', () => {
    const blocks: Block[] = [
      heading('b0', '一、收入预算', section1),
      paragraph('b1', '2022年预算收入2115.46万元。', section1),
      paragraph('b2', '其中一般公共预算收入2115.46万元。', section1),
      heading('b3', '二、支出预算', section2),
      paragraph('b4', '支出预算2115.46万元。', section2),
      heading('b5', '（一）基本支出', section2a),
      paragraph('b6', '基本支出881.31万元。', section2a),
    ];
    expect(makeChunks(blocks, 'doc')).toEqual([
      { id: 'doc:c0', docId: 'doc', kind: 'passage', section: section1, blockIds: ['b1', 'b2'], text: '2022年预算收入2115.46万元。\n其中一般公共预算收入2115.46万元。' },
      { id: 'doc:c1', docId: 'doc', kind: 'passage', section: section2, blockIds: ['b4'], text: '支出预算2115.46万元。' },
      { id: 'doc:c2', docId: 'doc', kind: 'passage', section: section2a, blockIds: ['b6'], text: '基本支出881.31万元。' },
    ]);
  });

  it('never groups paragraphs of different paths even without a heading between them', () => {
    const blocks: Block[] = [paragraph('b1', '甲。', section1), paragraph('b2', '乙。', section2)];
    expect(makeChunks(blocks, 'd').map((chunk) => chunk.blockIds)).toEqual([['b1'], ['b2']]);
  });

  it('starts a new passage when the next paragraph would pass about 400 characters', () => {
    const blocks: Block[] = [paragraph('b1', '甲'.repeat(300), section1), paragraph('b2', '乙'.repeat(150), section1), paragraph('b3', '丙'.repeat(50), section1)];
    expect(makeChunks(blocks, 'd').map((chunk) => chunk.blockIds)).toEqual([['b1'], ['b2', 'b3']]);
  });

  it('keeps a 700-character paragraph whole and cuts a 1000-character one at sentence ends', () => {
    const medium = '中'.repeat(699) + '。';
    const sentence = '经费'.repeat(99) + '。'; // 199 characters
    const long = sentence.repeat(5) + '结尾'; // 997 characters
    const chunks = makeChunks([paragraph('b1', medium, section1), paragraph('b2', long, section1)], 'd');
    expect(chunks[0].text).toBe(medium);
    expect(chunks.slice(1).map((chunk) => chunk.text)).toEqual([sentence.repeat(2), sentence.repeat(2), sentence + '结尾']);
    expect(chunks.slice(1).every((chunk) => chunk.blockIds[0] === 'b2')).toBe(true);
  });

  it('makes one sentence-like chunk per table row, and a passage for the table notes', () => {
    const table: Block = {
      id: 't1',
      kind: 'table',
      path: ['四、三公经费'],
      place: {},
      table: {
        title: '财政拨款“三公”经费预算表',
        unit: '万元',
        headerRows: [['项目', '预算数']],
        columns: ['项目', '预算数'],
        rows: [
          ['公务用车购置及运维费', '11.80'],
          ['', ''],
          ['公务接待费', ''],
        ],
        notes: [{ label: '绩效目标', text: '保障信访工作正常运转。' }],
      },
    };
    expect(makeChunks([table], 'd')).toEqual([
      {
        id: 'd:c0',
        docId: 'd',
        kind: 'row',
        section: ['四、三公经费'],
        blockIds: ['t1'],
        text: '财政拨款“三公”经费预算表（单位：万元）：项目 公务用车购置及运维费；预算数 11.80',
        table: { blockId: 't1', row: 0, title: '财政拨款“三公”经费预算表' },
      },
      {
        id: 'd:c1',
        docId: 'd',
        kind: 'row',
        section: ['四、三公经费'],
        blockIds: ['t1'],
        text: '财政拨款“三公”经费预算表（单位：万元）：项目 公务接待费',
        table: { blockId: 't1', row: 2, title: '财政拨款“三公”经费预算表' },
      },
      { id: 'd:c2', docId: 'd', kind: 'passage', section: ['四、三公经费'], blockIds: ['t1'], text: '绩效目标：保障信访工作正常运转。' },
    ]);
  });

  it('joins a cell broken over lines: nothing between Han characters, a space elsewhere', () => {
    const table: Block = {
      id: 't1',
      kind: 'table',
      path: ['绩效指标'],
      place: {},
      table: { title: '指标表', headerRows: [], columns: ['三级\n指标', '指标值'], rows: [['信访事项\n受理数量', '≥\n19000 件']], notes: [] },
    };
    expect(makeChunks([table], 'd')[0].text).toBe('指标表：三级指标 信访事项受理数量；指标值 ≥ 19000 件');
  });

  it('titles an untitled table after its heading', () => {
    const table: Block = {
      id: 't1',
      kind: 'table',
      path: ['一、机构设置'],
      place: {},
      table: { title: '', headerRows: [], columns: ['单位名称'], rows: [['廊坊市信访局']], notes: [] },
    };
    expect(makeChunks([table], 'd')[0].text).toBe('一、机构设置：单位名称 廊坊市信访局');
  });

  it('returns nothing for no blocks or only empty paragraphs', () => {
    expect(makeChunks([], 'd')).toEqual([]);
    expect(makeChunks([paragraph('b1', '  ', section1)], 'd')).toEqual([]);
  });

  it('loses no paragraph text and duplicates none (property over random documents)', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const alphabet = '预算支出收入经费公务用车万元。，；2022.5';
    for (let trial = 0; trial < 200; trial++) {
      const blocks: Block[] = [];
      const paths = [section1, section2, section2a];
      let path = paths[0];
      const count = Math.floor(random() * 30);
      for (let index = 0; index < count; index++) {
        if (random() < 0.2) {
          path = paths[Math.floor(random() * paths.length)];
          blocks.push(heading(`h${index}`, path.at(-1)!, path));
        }
        const length = 1 + Math.floor(random() * (random() < 0.1 ? 2500 : 300));
        let text = '';
        for (let position = 0; position < length; position++) text += alphabet[Math.floor(random() * alphabet.length)];
        blocks.push(paragraph(`p${index}`, text.trim() || '空', path));
      }
      const chunks = makeChunks(blocks, 'doc');
      const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
      // Rebuild every paragraph from the chunks that name it: grouped paragraphs are joined by a newline, pieces of
      // a cut paragraph follow each other with nothing between.
      const rebuilt = new Map<string, string>();
      for (const chunk of chunks) {
        expect(chunk.text.length).toBeGreaterThan(0);
        const texts = chunk.blockIds.length === 1 ? [chunk.text] : chunk.text.split('\n');
        expect(texts).toHaveLength(chunk.blockIds.length);
        chunk.blockIds.forEach((blockId, index) => rebuilt.set(blockId, (rebuilt.get(blockId) ?? '') + texts[index]));
        const sections = new Set(chunk.blockIds.map((blockId) => paragraphs.find((block) => block.id === blockId)!.path.join('>')));
        expect(sections.size).toBe(1);
      }
      expect([...rebuilt.keys()]).toEqual(paragraphs.map((block) => block.id));
      for (const block of paragraphs) expect(rebuilt.get(block.id)).toBe(block.kind === 'paragraph' ? block.text.trim() : '');
      expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(chunks.length);
    }
  });
});

describe('splitLongText', () => {
  it('cuts a run with no sentence end into pieces that concatenate back', () => {
    const text = '无'.repeat(2000);
    const pieces = splitLongText(text);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(800);
  });
});

describe('chunkSearchText', () => {
  it('puts the nearest heading in front of a passage but not of a row', () => {
    const base = { id: 'd:c0', docId: 'd', blockIds: ['b1'], section: ['二、支出预算', '（一）基本支出'] };
    expect(chunkSearchText({ ...base, kind: 'passage', text: '881.31万元。' })).toBe('（一）基本支出\n881.31万元。');
    expect(chunkSearchText({ ...base, kind: 'row', text: '表：项目 甲', table: { blockId: 'b1', row: 0, title: '表' } })).toBe('表：项目 甲');
  });
});
