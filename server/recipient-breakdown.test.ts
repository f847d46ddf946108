import { describe, expect, it } from 'vitest';
import { recipientBreakdownAsked } from './recipient-breakdown.ts';

describe('recipientBreakdownAsked', () => {
  it('finds what each recipient gets, or which recipients get it', () => {
    expect(recipientBreakdownAsked("How much does Wanli Street's 2024 budget give to each neighbourhood committee (居委会)?", 'en')).toBe('each neighbourhood committee');
    expect(recipientBreakdownAsked("How much does Wanli Street give each of its residents' committees for office costs?", 'en')).toBe("each of its residents' committees");
    expect(recipientBreakdownAsked("Which companies get the commission's small business money, and how much does each one get?", 'en')).toBe('Which companies');
    expect(recipientBreakdownAsked('万里街道给每个居委会多少办公经费？', 'zh')).toBe('每个居委会');
    expect(recipientBreakdownAsked('商务委的扶持资金给了哪些企业？', 'zh')).toBe('哪些企业');
    expect(recipientBreakdownAsked('标准化菜场管理经费里，每个菜市场分别补贴多少钱？', 'zh')).toBe('每个菜市场');
    expect(recipientBreakdownAsked('How much does each wet market get from the commission?', 'en')).toBe('each wet market');
    expect(recipientBreakdownAsked('因公出国（境）费安排了839万元，具体计划派几个出访团组、去哪些国家？', 'zh')).toBe('几个出访团组');
    expect(recipientBreakdownAsked('Which countries will the office’s delegations visit in 2025?', 'en')).toBe('Which countries');
    expect(recipientBreakdownAsked("Which companies will receive the Putuo Commerce Commission's 2025 SME-support funds?", 'en')).toBe('Which companies');
    expect(recipientBreakdownAsked('万里街道2024年部门预算里，街道社区事务受理服务中心这一家单位自己的预算是多少？', 'zh')).toBe('这一家单位自己的预算');
  });
  it('finds the supplier of a procured service asked (which company was contracted, 哪家公司在做)', () => {
    expect(recipientBreakdownAsked('Which company was contracted in 2022 to maintain the video platform?', 'en')).toBe('Which company was');
    expect(recipientBreakdownAsked('三级视频接访平台是哪家公司在做维护？', 'zh')).toBe('哪家公司');
    expect(recipientBreakdownAsked('中标单位是哪家？', 'zh')).toBe('中标单位');
    expect(recipientBreakdownAsked('How much is the contract for maintaining the video platform?', 'en')).toBeUndefined();
  });
  it('leaves a line of spending, and an average per person, alone', () => {
    expect(recipientBreakdownAsked('How much does Wanli Street spend on community services?', 'en')).toBeUndefined();
    expect(recipientBreakdownAsked('On average, how much is budgeted per person for the guards?', 'en')).toBeUndefined();
    expect(recipientBreakdownAsked('支持中小企业发展的资金有多少？', 'zh')).toBeUndefined();
    expect(recipientBreakdownAsked('商务委自己的预算是多少？', 'zh')).toBeUndefined();
  });

  it('reads a member institution named with its own budget (…中心单独的预算) as a breakdown no disclosure states', () => {
    expect(recipientBreakdownAsked('万里街道社区事务受理服务中心（就是办社保的那个大厅）2024年单独的预算是多少？', 'zh')).toBe('社区事务受理服务中心单独的预算');
    expect(recipientBreakdownAsked('万里街道2025年预算里，社区事务受理服务中心单独分到多少钱？', 'zh')).toBe('社区事务受理服务中心单独的钱');
    expect(recipientBreakdownAsked('市联合接访中心的保洁费是多少？', 'zh')).toBeUndefined();
  });
});

describe('recipientBreakdownAsked, one recipient pointed at', () => {
  it('names the market given money on its own, with or without the story that names it', () => {
    expect(recipientBreakdownAsked('我家楼下那个标准化菜场，商务委2025年单独给它补贴了多少钱？', 'zh')).toBe('那个标准化菜场');
    expect(recipientBreakdownAsked('商务委2025年单独给它补贴了多少钱？', 'zh')).toBe('单独给它补贴了多少');
    expect(recipientBreakdownAsked('商务委2025年给标准化菜场安排了多少钱？', 'zh')).toBeUndefined();
  });
});
