import * as fc from 'fast-check';
import {
  DAY_MS,
  DEFAULT_TRENDING_HALF_LIFE_MS,
  trendingKey,
  trendingScore,
  trendingScoreFromBuckets,
} from './trending';

const HOUR_MS = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 4, 20, 15);
const age = fc.integer({ min: 0, max: 60 * DAY_MS });
const value = fc.integer({ min: 1, max: 100 });

describe('trendingScore', () => {
  it('halves a vote per half-life, 48 hours by default', () => {
    expect(DEFAULT_TRENDING_HALF_LIFE_MS).toBe(48 * HOUR_MS);
    expect(trendingScore([{ at: NOW, value: 3 }], NOW)).toBe(3);
    expect(trendingScore([{ at: NOW - 48 * HOUR_MS, value: 1 }], NOW)).toBeCloseTo(0.5, 12);
    expect(trendingScore([{ at: NOW - 24 * HOUR_MS, value: 1 }], NOW, 12 * HOUR_MS)).toBeCloseTo(0.25, 12);
  });

  it('counts a vote stamped after now as new', () => {
    expect(trendingScore([{ at: NOW + HOUR_MS, value: 2 }], NOW)).toBe(2);
  });

  it('gives an older vote less weight, and a score less as time passes', () => {
    fc.assert(
      fc.property(value, age, age, (worth, younger, older) => {
        fc.pre(younger <= older);
        const scoreAt = (ageMs: number) => trendingScore([{ at: NOW - ageMs, value: worth }], NOW);
        expect(scoreAt(older)).toBeLessThanOrEqual(scoreAt(younger));
        expect(trendingScore([{ at: NOW, value: worth }], NOW + older)).toBeLessThanOrEqual(
          trendingScore([{ at: NOW, value: worth }], NOW + younger),
        );
      }),
    );
  });

  it('adds up the votes', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: age.map((ms) => NOW - ms), value })), (votes) => {
        const separately = votes.reduce((sum, vote) => sum + trendingScore([vote], NOW), 0);
        expect(trendingScore(votes, NOW)).toBeCloseTo(separately, 9);
      }),
    );
  });

  it('refuses a half-life that is not a positive duration', () => {
    expect(() => trendingScore([], NOW, 0)).toThrow(RangeError);
  });
});

describe('trendingScoreFromBuckets', () => {
  it('ages a past day from its middle and today from the middle of what has passed of it', () => {
    const today = NOW - 15 * HOUR_MS;
    const yesterday = today - DAY_MS;
    expect(trendingScoreFromBuckets([{ start: yesterday, total: 4 }], NOW)).toBeCloseTo(
      trendingScore([{ at: yesterday + 12 * HOUR_MS, value: 4 }], NOW),
      12,
    );
    expect(trendingScoreFromBuckets([{ start: today, total: 4 }], NOW)).toBeCloseTo(
      trendingScore([{ at: today + 7.5 * HOUR_MS, value: 4 }], NOW),
      12,
    );
  });

  it('stays close to the score of the single votes it groups', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: age.map((ms) => NOW - ms), value }), { minLength: 1 }), (votes) => {
        const totals = new Map<number, number>();
        for (const vote of votes) {
          const start = Math.floor(vote.at / DAY_MS) * DAY_MS;
          totals.set(start, (totals.get(start) ?? 0) + vote.value);
        }
        const buckets = [...totals].map(([start, total]) => ({ start, total }));
        const exact = trendingScore(votes, NOW);
        // Within a day a vote's weight changes by at most a factor 2^(12 h / 48 h) either way.
        expect(trendingScoreFromBuckets(buckets, NOW)).toBeLessThanOrEqual(exact * 2 ** 0.25 + 1e-9);
        expect(trendingScoreFromBuckets(buckets, NOW)).toBeGreaterThanOrEqual(exact * 2 ** -0.25 - 1e-9);
      }),
    );
  });
});

describe('trendingKey', () => {
  const HOUR = 3_600_000;
  const bucketsOf = (votes: [number, number][]) => votes.map(([start, total]) => ({ start, total }));

  it('orders ideas as the decayed score does at any later moment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 50 })), { minLength: 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 50 })), { minLength: 1 }),
        fc.integer({ min: 2000, max: 5000 }),
        (a, b, nowHour) => {
          const first = bucketsOf(a.map(([hour, total]) => [hour * HOUR, total]));
          const second = bucketsOf(b.map(([hour, total]) => [hour * HOUR, total]));
          const now = nowHour * HOUR;
          const byScore =
            trendingScoreFromBuckets(first, now, undefined, HOUR) -
            trendingScoreFromBuckets(second, now, undefined, HOUR);
          const byKey = trendingKey(first, HOUR) - trendingKey(second, HOUR);
          if (Math.abs(byScore) > 1e-9 * Math.max(1, Math.abs(byScore)))
            expect(Math.sign(byKey)).toBe(Math.sign(byScore));
        },
      ),
    );
  });

  it('stays finite for votes in the present and is 0 without weight', () => {
    const now = Date.UTC(2026, 11, 5);
    expect(Number.isFinite(trendingKey(bucketsOf([[now, 1_000_000]]), HOUR))).toBe(true);
    expect(trendingKey([], HOUR)).toBe(0);
    expect(trendingKey(bucketsOf([[now, 0]]), HOUR)).toBe(0);
  });

  it('counts a vote one half-life newer as much as two older ones', () => {
    const halfLife = 48 * HOUR;
    expect(trendingKey(bucketsOf([[halfLife, 1]]), HOUR)).toBeCloseTo(trendingKey(bucketsOf([[0, 2]]), HOUR), 9);
  });
});
