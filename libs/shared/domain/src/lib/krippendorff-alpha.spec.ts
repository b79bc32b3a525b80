import * as fc from 'fast-check';
import { type AlphaMetric, krippendorffAlpha } from './krippendorff-alpha';

/** Rows are observers, columns units, null a missing value. */
type ReliabilityData = (number | null)[][];

function unitsOf(observers: ReliabilityData): (number | null)[][] {
  return observers[0].map((_, unit) => observers.map((row) => row[unit]));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing
// values: 4 observers, 12 units; unit 12 has a single value and cannot be paired.
const _ = null;
const PUBLISHED_EXAMPLE: ReliabilityData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe('krippendorffAlpha', () => {
  it.each<[AlphaMetric, number]>([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('reproduces the published %s alpha, %s', (metric, published) => {
    expect(krippendorffAlpha(unitsOf(PUBLISHED_EXAMPLE), metric)).toBeCloseTo(published, 3);
  });

  it('is 1 for perfect agreement, whatever the metric', () => {
    const units = [[1, 1, 1], [3, 3], [5, 5, null, 5], [2]];
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(units, metric)).toBe(1);
    }
  });

  it('is below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 5],
          [5, 1],
          [1, 5],
        ],
        'interval',
      ),
    ).toBeLessThan(0);
  });

  it('does not depend on the order of units or of the values within a unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 6 })), { maxLength: 5 }), { maxLength: 12 }),
        fc.constantFrom<AlphaMetric>('nominal', 'ordinal', 'interval', 'ratio'),
        (units, metric) => {
          const shuffled = [...units].reverse().map((unit) => [...unit].reverse());
          const alpha = krippendorffAlpha(units, metric);
          const again = krippendorffAlpha(shuffled, metric);
          if (alpha === null) expect(again).toBeNull();
          else expect(again).toBeCloseTo(alpha, 9);
        },
      ),
    );
  });

  it('is undefined without two pairable values or without any variation', () => {
    expect(krippendorffAlpha([])).toBeNull();
    expect(krippendorffAlpha([[1], [2, null]])).toBeNull();
    expect(
      krippendorffAlpha([
        [3, 3],
        [3, 3, 3],
      ]),
    ).toBeNull();
  });

  it('is 0 when all values are in one unit, where observed and expected disagreement are the same', () => {
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha([[0, 1, 2, 2, 7]], metric)).toBeCloseTo(0, 12);
    }
  });

  it('refuses values it cannot compare', () => {
    expect(() => krippendorffAlpha([[1, NaN]])).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, -2]], 'ratio')).toThrow(RangeError);
  });
});
