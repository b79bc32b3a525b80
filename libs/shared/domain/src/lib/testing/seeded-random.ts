import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// For the simulations in the specs: deterministic draws, every seed fixed.

export type Random = () => number;

/** Uniform draws in [0, 1) from a seeded generator. */
export function randomSource(seed: number): Random {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

// Local names: inside Jest's sandbox, each lookup of a global such as Math is slow.
const { cos, log, PI, sqrt } = Math;

/** Box–Muller: a standard normal draw from two uniform ones. */
export function normal(random: Random): number {
  return sqrt(-2 * log(1 - random())) * cos(2 * PI * random());
}
