import { assertNonNegative, assertPositive } from './checks';
import { type Estimate, Z_95 } from './estimate';
import { wilsonInterval } from './wilson';

/**
 * Support for an idea as a rate among the people it was shown to, scored by the Wilson lower
 * bound: an idea shown less often is neither buried nor lifted by its exposure, only held to the
 * evidence it has. A support from someone the idea was not recorded as shown to (a shared link)
 * still counts as an exposure, so `supports` may exceed `exposures`.
 */
export function supportRateEstimate(supports: number, exposures: number, z: number = Z_95): Estimate {
  assertNonNegative('exposures', exposures);
  const interval = wilsonInterval(supports, Math.max(exposures, supports) - supports, z);
  return { score: interval.lower, ...interval };
}

/**
 * Support as a plain count, for challenges that do not record what each person was shown. The
 * interval is the Poisson score interval of the count, so 0 supports reads [0, z²], not [0, 0].
 */
export function supportCountEstimate(supports: number, z: number = Z_95): Estimate {
  assertNonNegative('supports', supports);
  assertPositive('z', z);
  const centre = supports + (z * z) / 2;
  const spread = z * Math.sqrt(supports + (z * z) / 4);
  return { score: supports, lower: Math.max(0, centre - spread), upper: centre + spread };
}
