import * as fc from 'fast-check';
import { DAY_MS, DEFAULT_TRENDING_HALF_LIFE_MS, trendingScore, trendingScoreFromBuckets } from './trending';

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
