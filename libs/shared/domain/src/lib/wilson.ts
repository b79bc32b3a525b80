import { assertNonNegative, assertPositive } from './checks';
import { type Interval, Z_95 } from './estimate';

/**
 * Wilson score interval for the share of up votes. Unlike the plain ratio it stays honest for
 * few votes: 1 up and 0 down gives [0.21, 1], not a certain 100%. No votes give [0, 1].
 */
export function wilsonInterval(ups: number, downs: number, z: number = Z_95): Interval {
  assertNonNegative('ups', ups);
  assertNonNegative('downs', downs);
  assertPositive('z', z);
  const n = ups + downs;
  if (n === 0) return { lower: 0, upper: 1 };
  const ratio = ups / n;
  const z2 = z * z;
  const centre = ratio + z2 / (2 * n);
  const spread = z * Math.sqrt((ratio * (1 - ratio)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  // Rounding may push an end a hair past the ratio or out of [0, 1]; the bounds are exact there.
  return {
    lower: Math.max(0, Math.min(ratio, (centre - spread) / scale)),
    upper: Math.min(1, Math.max(ratio, (centre + spread) / scale)),
  };
}

/** The share of up votes we are 95% (for the default `z`) sure of: a fair ranking key for few votes. */
export function wilsonLowerBound(ups: number, downs: number, z: number = Z_95): number {
  return wilsonInterval(ups, downs, z).lower;
}
