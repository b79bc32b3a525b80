// Comparisons with a constant instead of Number.isFinite: also false for NaN and ±Infinity, and
// cheap inside Node's vm contexts (Jest), where calls to global built-ins are not inlined.
const LARGEST = Number.MAX_VALUE;

/** Throws unless `value` is a finite number of at least 0 (a count, a weight, a sum of tokens). */
export function assertNonNegative(name: string, value: number): void {
  if (!(value >= 0 && value <= LARGEST)) throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
}

/** Throws unless `value` is a finite number above 0 (a strength, a half-life, a quantile). */
export function assertPositive(name: string, value: number): void {
  if (!(value > 0 && value <= LARGEST)) throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}
