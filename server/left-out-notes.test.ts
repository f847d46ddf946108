import { describe, expect, it } from 'vitest';
import { withoutLeftOutNotes, withoutLeftOutNotesEn, withoutNoteBefore, withoutSetAside } from './left-out-notes.ts';

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

describe('withoutLeftOutNotesEn', () => {
  it('drops an English note of what a sum leaves out, in a clause or a bracket', () => {
    expect(withoutLeftOutNotesEn('what do goods and services add up to if you leave out construction works?')).toBe('what do goods and services add up to?');
    expect(withoutLeftOutNotesEn('Leaving construction works aside, what do goods and services add up to?')).toBe('what do goods and services add up to?');
    expect(withoutLeftOutNotesEn('Wanli 2025: leaving construction works aside, goods plus services?')).toBe('Wanli 2025: goods plus services?');
    expect(withoutLeftOutNotesEn('goods and services combined (excluding works)?')).toBe('goods and services combined?');
    expect(withoutLeftOutNotesEn('goods and services combined, not counting works, please')).toBe('goods and services combined, please');
    // The thing left out may stand between the verb and out; the and after the note opens nothing.
    expect(withoutLeftOutNotesEn('If you leave the works out and just add up goods and services procurement, how much is that?')).toBe('add up goods and services procurement, how much is that?');
    expect(withoutLeftOutNotesEn('Leaving the works out, what do goods and services come to?')).toBe('what do goods and services come to?');
  });
  it('leaves a question without such a note as it is', () => {
    expect(withoutLeftOutNotesEn('What do goods and works add up to?')).toBe('What do goods and works add up to?');
  });
});

describe('withoutSetAside', () => {
  it('drops what the rest is set against, in English and Chinese', () => {
    expect(withoutSetAside('Apart from salaries and basic running costs, the bureau has project money. What is it mainly for?')).toBe('the bureau has project money. What is it mainly for?');
    expect(withoutSetAside('除了发工资和日常办公，还有一千二百多万是项目上的钱。这部分花在哪些事情上？')).toBe('还有一千二百多万是项目上的钱。这部分花在哪些事情上？');
    expect(withoutSetAside('The bureau has project money on top of its basic running costs. What is it mainly going to?')).toBe('The bureau has project money. What is it mainly going to?');
  });
  it('keeps 除了X when nothing else follows it (a remainder asked outright)', () => {
    expect(withoutSetAside('除了基本支出以外，剩下多少？')).toBe('剩下多少？');
    expect(withoutSetAside('除了基本支出以外的钱有多少？')).toBe('除了基本支出以外的钱有多少？');
  });

  it('ends a 不算 note where a 、 opens what is kept', () => {
    expect(withoutLeftOutNotes('钱里面，不算养人和日常运转、专门拿去办具体事儿的那部分，占了多大比例？')).toBe('钱里面、专门拿去办具体事儿的那部分，占了多大比例？');
    // Items left out together stay one note.
    expect(withoutNoteBefore('一共多少钱，不算工资、社保？')).toBe('一共多少钱？');
  });
});

describe('withoutNoteBefore, the kind a question says it does not mean', () => {
  it('drops ，不是…的那种 after what is asked, and keeps a 不是 that asks', () => {
    expect(withoutNoteBefore('有多大比例是拿去做具体项目的，不是发工资、维持日常运转的那种？')).toBe('有多大比例是拿去做具体项目的？');
    expect(withoutNoteBefore('这笔钱是不是三公经费？')).toBe('这笔钱是不是三公经费？');
  });
});
