import { describe, expect, it } from 'vitest';
import type { AskRequest, AskResponse } from '../server/ask-contract.ts';
import type { GoldQuestion } from './question-schema.ts';
import { accuracy, runEval, type EvaluatedEngine } from './run-eval.ts';

const section = '四、财政拨款“三公”经费预算情况及增减变化原因';

function question(id: string, overrides: Partial<GoldQuestion>): GoldQuestion {
  return {
    id,
    set: 'demo',
    question: id,
    lang: 'zh',
    persona: 'public',
    kind: 'lookup',
    expect: { kind: 'numeric', amount: 0.5, unit: '万元', section },
    heldOut: false,
    ...overrides,
  };
}

function numeric(amount: number): AskResponse {
  return {
    kind: 'numeric',
    answer: '',
    lang: 'zh',
    value: { amount, unit: '万元', comparator: '=', display: '' },
    citations: [{ id: 'c', docId: 'doc-1', docTitle: 't', section: `${section} > 明细`, quote: 'q' }],
    checks: [],
  };
}

describe('runEval', () => {
  it('tallies per set and kind, split tuning vs held-out, and lists the misses', async () => {
    const asked: AskRequest[] = [];
    const engine: EvaluatedEngine = {
      async ask(request) {
        asked.push(request);
        if (request.question === 'right') return numeric(0.5);
        if (request.question === 'wrong') return numeric(12.3);
        if (request.question === 'broken') throw new Error('boom');
        return { kind: 'not_found', answer: '', lang: 'zh', citations: [], checks: [] };
      },
    };
    const report = await runEval({
      engine,
      questions: [
        question('right', { docId: 'seed-file' }),
        question('wrong', { heldOut: true }),
        question('abstain', { kind: 'not_found', expect: { kind: 'not_found' } }),
        question('shy', {}),
        question('broken', { kind: 'total' }),
      ],
      resolveDocId: (docId) => (docId === 'seed-file' ? 'doc-1' : undefined),
    });
    expect(asked[0]).toEqual({ question: 'right', docId: 'doc-1' });
    expect(report.overall).toMatchObject({
      questions: 5,
      numeric: { right: 1, total: 3 },
      section: { right: 2, total: 3 },
      abstention: { right: 1, total: 1 },
      wronglyAbstained: 1,
      errors: 1,
    });
    expect(report.bySet.demo.heldOut.numeric).toEqual({ right: 0, total: 1 });
    expect(report.byKind.total.tuning.errors).toBe(1);
    expect(report.misses.map((miss) => [miss.id, miss.failed])).toEqual([
      ['wrong', ['numeric']],
      ['shy', ['numeric', 'section', 'wrongly-abstained']],
      ['broken', ['error']],
    ]);
    expect(report.retrieval).toBeUndefined();
  });

  it('computes retrieval figures per mode and language when the engine can retrieve', async () => {
    const engine: EvaluatedEngine = {
      ask: async () => numeric(0.5),
      retrieve: async ({ mode }) =>
        mode === 'keyword'
          ? [{ id: 'r', docId: 'd', section: '八、名词解释', text: '', score: 1 }, { id: 'r2', docId: 'd', section, text: '', score: 0.5 }]
          : mode === 'vector'
            ? []
            : [{ id: 'r', docId: 'd', section, text: '', score: 1 }],
    };
    const report = await runEval({ engine, questions: [question('a', {}), question('b', { lang: 'en' })] });
    expect(report.retrieval?.hybrid.zh).toEqual({ cases: 1, recallAtK: 1, meanReciprocalRank: 1, k: 5 });
    expect(report.retrieval?.keyword.en).toEqual({ cases: 1, recallAtK: 1, meanReciprocalRank: 0.5, k: 5 });
    expect(report.retrieval?.vector.zh.recallAtK).toBe(0);
  });

  it('treats an empty check as met so a filtered run does not fail on it', () => {
    expect(accuracy({ right: 0, total: 0 })).toBe(1);
    expect(accuracy({ right: 19, total: 20 })).toBe(0.95);
  });
});
