import { describe, expect, it } from 'vitest';
import { staffingAsked } from './staffing-asked.ts';

describe('staffingAsked', () => {
  it('refuses a headcount or staffing establishment no candidate text states', () => {
    expect(staffingAsked('wanli street 2024 staff headcount / 编制数?', 'en', ['编制部门：万里街道办事处'])).toBe('staff headcount (编制数)');
    expect(staffingAsked('How many staff does the bureau have?', 'en', [''])).toBe('staff headcount (编制数)');
    expect(staffingAsked('万里街道2024年有多少工作人员？', 'zh', [''])).toBe('人员编制数');
  });
  it('leaves a count the text states, and staff as a word before another noun', () => {
    expect(staffingAsked('How many staff does the bureau have?', 'en', ['本单位核定编制45名，在职人员38人。'])).toBeUndefined();
    expect(staffingAsked('How many staff training sessions does the bureau plan?', 'en', [''])).toBeUndefined();
    expect(staffingAsked('How much are staff costs?', 'en', [''])).toBeUndefined();
  });
});

describe('staffingAsked on a headcount of others', () => {
  it('leaves the headcount of people a project hires', () => {
    expect(staffingAsked('what headcount of call-centre telephone operators does the bureau plan to hire?', 'en', [''])).toBeUndefined();
    expect(staffingAsked('what is the headcount of its staff?', 'en', [''])).toBe('staff headcount (编制数)');
  });
});
