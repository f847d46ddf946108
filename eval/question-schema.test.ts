import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionSet, QuestionSetError } from './question-schema.ts';

const valid = {
  id: 'q1',
  set: 'demo',
  question: '公务接待费多少？',
  lang: 'zh',
  persona: 'public',
  kind: 'lookup',
  expect: { kind: 'numeric', amount: 0.5, unit: '万元', section: '四、财政拨款“三公”经费预算情况及增减变化原因' },
  heldOut: false,
};

describe('parseQuestionSet', () => {
  it('parses valid lines and skips blank ones', () => {
    const questions = parseQuestionSet({ fileName: 'sets/demo.tuning.jsonl', text: `${JSON.stringify(valid)}\n\n` });
    expect(questions).toHaveLength(1);
    expect(questions[0].expect.amount).toBe(0.5);
  });

  it('refuses a question whose heldOut flag or set does not match its file', () => {
    const text = JSON.stringify(valid);
    expect(() => parseQuestionSet({ fileName: 'demo.heldout.jsonl', text })).toThrow(/heldOut does not match/);
    expect(() => parseQuestionSet({ fileName: 'other.tuning.jsonl', text })).toThrow(/set "demo" in file of set "other"/);
  });

  it('refuses numeric gold without a unit, text gold without phrases, bad JSON and duplicate ids', () => {
    const noUnit = { ...valid, expect: { kind: 'numeric', amount: 1 } };
    const noPhrases = { ...valid, id: 'q2', expect: { kind: 'text' } };
    const text = [JSON.stringify(noUnit), JSON.stringify(noPhrases), '{oops', JSON.stringify(valid), JSON.stringify(valid)].join('\n');
    try {
      parseQuestionSet({ fileName: 'demo.tuning.jsonl', text });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuestionSetError);
      const issues = (error as QuestionSetError).issues;
      expect(issues).toContain('line 1: expect.amount: numeric expectations need amount and unit');
      expect(issues).toContain('line 2: expect.phrases: text expectations need at least one phrase');
      expect(issues).toContain('line 3: not JSON');
      expect(issues).toContain('duplicate id q1');
    }
  });

  it('refuses a not_found kind with an answerable expectation, and a file name without a split', () => {
    const mixed = { ...valid, kind: 'not_found' };
    expect(() => parseQuestionSet({ fileName: 'demo.tuning.jsonl', text: JSON.stringify(mixed) })).toThrow(/go together/);
    expect(() => parseQuestionSet({ fileName: 'demo.jsonl', text: '' })).toThrow(QuestionSetError);
  });
});

describe('the committed gold sets', () => {
  const folder = join(import.meta.dirname, 'sets');
  const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));

  it('all parse, and every set holds out at least a third of its questions', () => {
    const bySet = new Map<string, { tuning: number; heldOut: number }>();
    const ids = new Set<string>();
    for (const file of files) {
      for (const question of parseQuestionSet({ fileName: file, text: readFileSync(join(folder, file), 'utf8') })) {
        expect(ids.has(question.id), `duplicate id ${question.id}`).toBe(false);
        ids.add(question.id);
        const counts = bySet.get(question.set) ?? { tuning: 0, heldOut: 0 };
        if (question.heldOut) counts.heldOut += 1;
        else counts.tuning += 1;
        bySet.set(question.set, counts);
      }
    }
    expect(bySet.size).toBeGreaterThanOrEqual(4);
    for (const [set, counts] of bySet) {
      expect(counts.heldOut * 3, `${set} holds out ${counts.heldOut} of ${counts.tuning + counts.heldOut}`).toBeGreaterThanOrEqual(counts.heldOut + counts.tuning);
    }
  });
});
