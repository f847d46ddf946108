import { describe, expect, it } from 'vitest';
import { withoutPurposeClause } from './without-purpose-clause.ts';

describe('withoutPurposeClause', () => {
  it('drops what a counted thing is for at the end of a count question', () => {
    expect(withoutPurposeClause('廊坊信访局2022年打算请多少个话务员来接电话？')).toBe('廊坊信访局2022年打算请多少个话务员？');
    expect(withoutPurposeClause('准备买几辆车去执法')).toBe('准备买几辆车');
  });
  it('keeps 来/去 when it is what is counted, or not at the end', () => {
    expect(withoutPurposeClause('每年有多少人来访？')).toBe('每年有多少人来访？');
    expect(withoutPurposeClause('多少个话务员来接电话的经费是多少')).toBe('多少个话务员来接电话的经费是多少');
    expect(withoutPurposeClause('这笔钱用来干什么')).toBe('这笔钱用来干什么');
    // 这几项 points back, and a clause that asks (一共预算了多少钱) is no purpose.
    expect(withoutPurposeClause('出国、公车、接待这几项加起来一共预算了多少钱？')).toBe('出国、公车、接待这几项加起来一共预算了多少钱？');
  });

  it('drops what counted people do after them, without 来 too, before a closing particle', () => {
    expect(withoutPurposeClause('预算里到底请了多少个话务员接电话啊？')).toBe('预算里到底请了多少个话务员啊？');
    expect(withoutPurposeClause('聘请了多少名保安？')).toBe('聘请了多少名保安？');
  });

  it('keeps the use after money asked (多少钱用来…), which names the money', () => {
    expect(withoutPurposeClause('安排了多少钱用来支持中小企业发展？')).toBe('安排了多少钱用来支持中小企业发展？');
  });
});
