import { describe, expect, it } from 'vitest';
import { formatHundredths, generateDisclosures, seededRandom } from './generate-disclosures.ts';

function hundredths(text: string): number {
  const [whole, fraction = '0'] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function amountAfter(text: string, label: string): number {
  const match = new RegExp(`${label}(\\d+\\.\\d{2})万元`).exec(text);
  if (!match) throw new Error(`no ${label} in text`);
  return hundredths(match[1]);
}

describe('seededRandom and formatHundredths', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const values = Array.from({ length: 100 }, () => first());
    expect(values).toEqual(Array.from({ length: 100 }, () => second()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it('writes hundredths the way the documents do', () => {
    expect(formatHundredths(88131)).toBe('881.31');
    expect(formatHundredths(50)).toBe('0.50');
    expect(formatHundredths(0)).toBe('0.00');
    expect(formatHundredths(-59570)).toBe('-595.70');
  });
});

describe('generateDisclosures', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDisclosures({ count: 5, seed: 7 })).toEqual(generateDisclosures({ count: 5, seed: 7 }));
    expect(generateDisclosures({ count: 5, seed: 7 })[0].text).not.toBe(generateDisclosures({ count: 5, seed: 8 })[0].text);
  });

  it('gives unique file names and varies units and years', () => {
    const disclosures = generateDisclosures({ count: 200, seed: 1 });
    expect(new Set(disclosures.map((disclosure) => disclosure.fileName)).size).toBe(200);
    expect(new Set(disclosures.map((disclosure) => disclosure.figures.unit)).size).toBeGreaterThan(50);
    expect(new Set(disclosures.map((disclosure) => disclosure.figures.year)).size).toBeGreaterThan(3);
  });

  it('writes totals that add up, read back from the text itself', () => {
    for (const { text, figures } of generateDisclosures({ count: 50, seed: 3 })) {
      const income = amountAfter(text, '年预算收入');
      const basic = amountAfter(text, '其中基本支出');
      const personnel = amountAfter(text, '人员类项目经费');
      const running = amountAfter(text, '运转类公用项目经费');
      const project = amountAfter(text, '特定目标类项目支出');
      expect(basic).toBe(personnel + running);
      expect(income).toBe(basic + project);
      const threePublic = amountAfter(text, '经费预算安排');
      const parts = amountAfter(text, '因公出国（境）费') + amountAfter(text, '公务用车购置及运维费') + amountAfter(text, '公务接待费');
      expect(threePublic).toBe(parts);
      expect(amountAfter(text, '公务用车购置及运维费')).toBe(amountAfter(text, '公务用车购置费为') + amountAfter(text, '公务用车运维费'));
      const procurementTotal = amountAfter(text, '安排政府采购预算');
      expect(procurementTotal).toBe(figures.procurement.reduce((sum, amount) => sum + amount, 0));
      expect(amountAfter(text, '固定资产金额为')).toBe(figures.vehicleValue + figures.otherAssetValue);
    }
  });

  it('uses the .docx text-export shape: tab-led cells, blank lines between rows, numbered headings', () => {
    const [{ text }] = generateDisclosures({ count: 1, seed: 11 });
    expect(text).toContain('\n二、单位预算安排的总体情况\n');
    expect(text).toContain('\n四、财政拨款“三公”经费预算情况及增减变化原因\n');
    expect(text).toMatch(/\n\t单位名称\n\t单位性质\n\t单位级别\n\t经费保障形式\n\n\t/);
    expect(text).toMatch(/\n\t部门\n产出\n/);
  });

  it('gives nothing for zero and refuses a negative or fractional count', () => {
    expect(generateDisclosures({ count: 0, seed: 1 })).toEqual([]);
    expect(() => generateDisclosures({ count: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateDisclosures({ count: 1.5, seed: 1 })).toThrow(RangeError);
  });
});
