import { describe, expect, it } from 'vitest';
import { withoutLeftOutNotes, withoutNoteBefore } from './left-out-notes.ts';

describe('withoutLeftOutNotes', () => {
  it('drops a bracketed note, 不算X, and a last clause X先不算', () => {
    expect(withoutLeftOutNotes('货物和服务两块加起来（不算工程）是多少')).toBe('货物和服务两块加起来是多少');
    expect(withoutLeftOutNotes('养车的钱——就是运行费，不算买新车——预算是多少')).toBe('养车的钱——就是运行费——预算是多少');
    expect(withoutLeftOutNotes('货物和服务两块加起来是多少？工程那块先不算。')).toBe('货物和服务两块加起来是多少？');
  });
  it('leaves a question without a note, and a remainder asked outright, as they are', () => {
    expect(withoutLeftOutNotes('三公经费是多少')).toBe('三公经费是多少');
    expect(withoutLeftOutNotes('除了出国以外的三公经费是多少')).toBe('除了出国以外的三公经费是多少');
  });
  it('drops only 不算X when asked for that form alone', () => {
    expect(withoutNoteBefore('货物和服务两块加起来是多少？工程那块先不算。')).toBe('货物和服务两块加起来是多少？工程那块先不算。');
    expect(withoutNoteBefore('养车的钱，不算买新车，预算是多少')).toBe('养车的钱，预算是多少');
  });
});
