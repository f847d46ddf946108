import type { Decimal } from '../ingest/decimal.ts';
import { multiplyDecimals } from '../ingest/decimal.ts';
import { moneyUnitExponents } from '../ingest/units.ts';

/** Converts a money amount between 元, 千元, 万元 and 亿元 exactly; counters of people into each other; other units only to themselves. */
// Counters of people: 39名 and 39人 are the same number of people.
const peopleCounters = new Set(['人', '名', '位']);

export function convertUnit(value: Decimal, from: string, to: string): Decimal | undefined {
  if (from === to || (peopleCounters.has(from) && peopleCounters.has(to))) return value;
  // Powers of ten relative to 元, so conversions are scale shifts: exact by construction.
  const fromExponent = moneyUnitExponents.get(from);
  const toExponent = moneyUnitExponents.get(to);
  if (fromExponent === undefined || toExponent === undefined) return undefined;
  const shift = fromExponent - toExponent;
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
