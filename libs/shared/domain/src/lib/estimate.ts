/** Lower and upper ends of an interval. */
export interface Interval {
  lower: number;
  upper: number;
}

/** A score with the interval it is uncertain within: `lower <= score <= upper`. */
export interface Estimate extends Interval {
  score: number;
}

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.96;
