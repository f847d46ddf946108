import type { Decimal } from '../ingest/decimal.ts';
import { multiplyDecimals } from '../ingest/decimal.ts';

// Powers of ten relative to 元, so conversions are scale shifts: exact by construction.
const moneyExponent: Record<string, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

export function canConvert(from: string, to: string): boolean {
  return from === to || (from in moneyExponent && to in moneyExponent);
}

/** Converts a money amount between 元, 千元, 万元 and 亿元 exactly; other units only to themselves. */
export function convertUnit(value: Decimal, from: string, to: string): Decimal | undefined {
  if (from === to) return value;
  if (!(from in moneyExponent) || !(to in moneyExponent)) return undefined;
  const shift = moneyExponent[from] - moneyExponent[to];
  if (shift >= 0) return multiplyDecimals(value, { units: 10n ** BigInt(shift), scale: 0 });
  return { units: value.units, scale: value.scale - shift };
}

/** Drops trailing zeros beyond `minimumScale` digits (9628.221344000 -> 9628.221344, 118000.00 stays at 2). */
export function trimDecimal(value: Decimal, minimumScale: number): Decimal {
  let { units, scale } = value;
  while (scale > minimumScale && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}
