/**
 * Exact decimal arithmetic for document amounts: a value is an integer count of 10^-scale units, so
 * 19.366000000000003 can never appear in an answer. Division rounds half away from zero at a chosen scale.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const decimalPattern = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Parses "1,234.50", "96,282,213.44", "-3", "0.5". Returns undefined for anything else. */
export function parseDecimal(text: string): Decimal | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  const match = decimalPattern.exec(cleaned);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function addDecimals(...values: Decimal[]): Decimal {
  const scale = Math.max(0, ...values.map((value) => value.scale));
  return { units: values.reduce((sum, value) => sum + rescale(value, scale), 0n), scale };
}

export function subtractDecimals(left: Decimal, right: Decimal): Decimal {
  const scale = Math.max(left.scale, right.scale);
  return { units: rescale(left, scale) - rescale(right, scale), scale };
}

export function multiplyDecimals(left: Decimal, right: Decimal): Decimal {
  return { units: left.units * right.units, scale: left.scale + right.scale };
}

/** left / right rounded half away from zero to `scale` digits. Undefined when right is zero. */
export function divideDecimals(left: Decimal, right: Decimal, scale: number): Decimal | undefined {
  if (right.units === 0n) return undefined;
  // left.units/10^ls / (right.units/10^rs) * 10^scale = left.units * 10^(rs+scale) / (right.units * 10^ls)
  const numerator = left.units * 10n ** BigInt(right.scale + scale);
  const denominator = right.units * 10n ** BigInt(left.scale);
  const negative = numerator < 0n !== denominator < 0n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  let quotient = absNumerator / absDenominator;
  if ((absNumerator % absDenominator) * 2n >= absDenominator) quotient += 1n;
  return { units: negative ? -quotient : quotient, scale };
}

/** Same value at a different scale, rounding half away from zero when digits are dropped. */
export function roundDecimal(value: Decimal, scale: number): Decimal {
  if (scale >= value.scale) return { units: rescale(value, scale), scale };
  return divideDecimals(value, { units: 1n, scale: 0 }, scale) as Decimal;
}

export function compareDecimals(left: Decimal, right: Decimal): number {
  const difference = subtractDecimals(left, right).units;
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

export function formatDecimal(value: Decimal, options: { grouping?: boolean } = {}): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  let whole = value.scale > 0 ? digits.slice(0, -value.scale) : digits;
  const fraction = value.scale > 0 ? digits.slice(-value.scale) : '';
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
