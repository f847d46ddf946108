import { describe, expect, it } from 'vitest';
import { unitAliasesIn, withUnitAliasesNamed, withUnitNameSlipsMended } from './unit-aliases.ts';

const commerce = '上海市普陀区商务委员会是主管全区产业经济的区政府工作部门，为正处级，加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。';
const office = '上海市普陀区人民政府办公室…，加挂上海市普陀区人民政府研究室、上海市普陀区人民政府外事办公室牌子。';

describe('unitAliasesIn and withUnitAliasesNamed', () => {
  it('reads the other names a unit works under, with the committee or office short forms', () => {
    const aliases = unitAliasesIn(commerce, '上海市普陀区商务委员会').map((alias) => alias.alias);
    expect(aliases).toEqual(expect.arrayContaining(['普陀区经济委员会', '经委', '普陀区粮食和物资储备局']));
    expect(unitAliasesIn(office, '上海市普陀区人民政府办公室').map((alias) => alias.alias)).toEqual(expect.arrayContaining(['外事办公室', '外办']));
  });
  it('writes another name as the unit, a bare short form only after a place', () => {
    const aliases = [...unitAliasesIn(commerce, '上海市普陀区商务委员会'), ...unitAliasesIn(office, '上海市普陀区人民政府办公室')];
    expect(withUnitAliasesNamed('普陀区经委2025年的三公经费', aliases)).toBe('普陀区商务委员会2025年的三公经费');
    expect(withUnitAliasesNamed('区外办2025年因公出国费', aliases)).toBe('区人民政府办公室2025年因公出国费');
    expect(withUnitAliasesNamed('经委是什么', aliases)).toBe('经委是什么');
    expect(withUnitAliasesNamed('普陀区经济委员会的预算', aliases)).toBe('上海市普陀区商务委员会的预算');
  });
});

describe('withUnitNameSlipsMended', () => {
  const sounds: Record<string, string> = { 到: 'dao', 道: 'dao', 街: 'jie', 里: 'li', 万: 'wan', 办: 'ban', 的: 'de' };
  const romanize = (character: string) => sounds[character];
  it('writes a homophone after three characters of a unit’s name as the name’s character', () => {
    expect(withUnitNameSlipsMended('万里街到25年车辆购置几辆', ['上海市普陀区人民政府万里街道办事处'], romanize)).toBe('万里街道25年车辆购置几辆');
  });
  it('leaves a character of another sound, and a run too short to say the unit is meant', () => {
    expect(withUnitNameSlipsMended('万里街的车辆', ['上海市普陀区人民政府万里街道办事处'], romanize)).toBe('万里街的车辆');
    expect(withUnitNameSlipsMended('街到哪里', ['上海市普陀区人民政府万里街道办事处'], romanize)).toBe('街到哪里');
  });
});
