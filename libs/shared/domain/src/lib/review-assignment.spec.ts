import * as fc from 'fast-check';
import {
  assignReviewers,
  replaceReviewer,
  type ReviewAssignment,
  type ReviewAssignmentRequest,
  type ReviewIdea,
  type Reviewer,
} from './review-assignment';

const TAGS = ['ai', 'bio', 'energy'];

/**
 * A random round: reviewers r0…, ideas i0… with random tags, expertise and exclusions, and some
 * existing assignments that respect them (at most k per idea, none excluded). With `eligible`,
 * every idea keeps at least k eligible reviewers and the exclusions pile up on the first
 * reviewers, so refusals are for balance alone and common.
 */
function rounds(maxIdeas: number, maxReviewers: number, eligible = false): fc.Arbitrary<ReviewAssignmentRequest> {
  return fc
    .record({
      ideaCount: fc.integer({ min: 1, max: maxIdeas }),
      reviewerCount: fc.integer({ min: 1, max: maxReviewers }),
      k: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ ideaCount, reviewerCount: drawn, k }) => {
      const reviewerCount = eligible ? Math.max(drawn, k) : drawn;
      const reviewerIds = Array.from({ length: reviewerCount }, (_, j) => `r${j}`);
      const excludable = eligible ? reviewerIds.slice(0, reviewerCount - k) : reviewerIds;
      const reviewer = (id: string): fc.Arbitrary<Reviewer> =>
        fc.subarray(TAGS).map((expertise) => ({ id, expertise }));
      const idea = (id: string): fc.Arbitrary<ReviewIdea> =>
        fc
          .record({
            tags: fc.subarray(TAGS),
            excluded: fc.subarray(excludable, { maxLength: Math.min(3, excludable.length) }),
          })
          .map(({ tags, excluded }) => ({ id, tags, excluded }));
      return fc.record({
        reviewers: fc.tuple(...reviewerIds.map(reviewer)),
        ideas: fc.tuple(...Array.from({ length: ideaCount }, (_, i) => idea(`i${i}`))),
        reviewersPerIdea: fc.constant(k),
        existingPicks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      });
    })
    .map(({ reviewers, ideas, reviewersPerIdea, existingPicks }) => {
      const existing: ReviewAssignment[] = [];
      if (ideas.length > 0 && reviewers.length > 0) {
        for (const [a, b] of existingPicks) {
          const idea = ideas[a % ideas.length];
          const reviewerId = reviewers[b % reviewers.length].id;
          const onIdea = existing.filter((assignment) => assignment.ideaId === idea.id);
          if (
            !idea.excluded.includes(reviewerId) &&
            onIdea.length < reviewersPerIdea &&
            !onIdea.some((assignment) => assignment.reviewerId === reviewerId)
          ) {
            existing.push({ ideaId: idea.id, reviewerId });
          }
        }
      }
      return { ideas, reviewers, reviewersPerIdea, existing };
    });
}

function matches(idea: ReviewIdea, reviewer: Reviewer): boolean {
  return (idea.tags ?? []).some((tag) => (reviewer.expertise ?? []).includes(tag));
}

/** Every k-subset of `items`, as arrays. */
function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, k - 1).map((subset) => [first, ...subset]), ...subsets(rest, k)];
}

/**
 * Exhaustive search over every assignment that keeps the existing ones and gives each idea k
 * distinct, non-excluded reviewers: does one exist, does a balanced one, and the most expertise
 * matches a balanced one can have.
 */
function bruteForce({ ideas, reviewers, reviewersPerIdea: k, existing = [] }: ReviewAssignmentRequest) {
  const options = ideas.map((idea) => {
    const kept = existing.filter((a) => a.ideaId === idea.id).map((a) => a.reviewerId);
    const free = reviewers.map((r) => r.id).filter((id) => !idea.excluded.includes(id) && !kept.includes(id));
    return subsets(free, k - kept.length).map((added) => [...kept, ...added]);
  });
  let feasible = false;
  let bestBalancedMatches = -1;
  const loads = new Map(reviewers.map((r) => [r.id, 0]));
  const visit = (i: number, matchCount: number) => {
    if (i === ideas.length) {
      feasible = true;
      const values = [...loads.values()];
      if (values.length === 0 || Math.max(...values) - Math.min(...values) <= 1) {
        bestBalancedMatches = Math.max(bestBalancedMatches, matchCount);
      }
      return;
    }
    for (const chosen of options[i]) {
      for (const id of chosen) loads.set(id, (loads.get(id) ?? 0) + 1);
      const gained = chosen.filter((id) => matches(ideas[i], reviewers.find((r) => r.id === id) as Reviewer)).length;
      visit(i + 1, matchCount + gained);
      for (const id of chosen) loads.set(id, (loads.get(id) ?? 0) - 1);
    }
  };
  visit(0, 0);
  return { feasible, balanced: bestBalancedMatches >= 0, bestBalancedMatches };
}

/** The rules every successful assignment keeps. */
function expectValid(request: ReviewAssignmentRequest, assignments: readonly ReviewAssignment[]) {
  const k = request.reviewersPerIdea;
  for (const idea of request.ideas) {
    const reviewerIds = assignments.filter((a) => a.ideaId === idea.id).map((a) => a.reviewerId);
    expect(reviewerIds).toHaveLength(k);
    expect(new Set(reviewerIds).size).toBe(k);
    for (const id of reviewerIds) {
      expect(idea.excluded).not.toContain(id);
      expect(request.reviewers.some((reviewer) => reviewer.id === id)).toBe(true);
    }
  }
  for (const kept of request.existing ?? []) expect(assignments).toContainEqual(kept);
  const loads = request.reviewers.map((r) => assignments.filter((a) => a.reviewerId === r.id).length);
  if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
}

describe('assignReviewers', () => {
  it('gives every idea k distinct eligible reviewers, keeps existing ones, and loads within one', () => {
    fc.assert(
      fc.property(rounds(12, 8), (request) => {
        const result = assignReviewers(request);
        if (!result.ok) return;
        expectValid(request, result.assignments);
        expect(result.assignments).toHaveLength(request.ideas.length * request.reviewersPerIdea);
        expect(result.added).toHaveLength(result.assignments.length - (request.existing ?? []).length);
        expect([...result.loads.keys()]).toEqual(request.reviewers.map((r) => r.id));
        for (const [id, load] of result.loads) {
          expect(load).toBe(result.assignments.filter((a) => a.reviewerId === id).length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses exactly when exhaustive search finds no valid (or no balanced) assignment, and maximises matches', () => {
    fc.assert(
      fc.property(fc.oneof(rounds(4, 4), rounds(4, 4, true)), (request) => {
        const result = assignReviewers(request);
        const truth = bruteForce(request);
        if (result.ok) {
          expect(truth.balanced).toBe(true);
          expect(result.expertiseMatches).toBe(truth.bestBalancedMatches);
        } else if (result.reason === 'unbalanced') {
          expect(truth.feasible).toBe(true);
          expect(truth.balanced).toBe(false);
        } else {
          expect(truth.feasible).toBe(false);
        }
      }),
      // Typically some 40 of the 800 runs are refused as unbalanced, some 280 for too few (eligible) reviewers.
      { numRuns: 800 },
    );
  });

  it('is deterministic and draws no random numbers', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    try {
      fc.assert(
        fc.property(rounds(10, 6), (request) => {
          expect(assignReviewers(request)).toEqual(assignReviewers(structuredClone(request)));
        }),
        { numRuns: 50 },
      );
    } finally {
      random.mockRestore();
    }
  });

  const reviewers = (count: number): Reviewer[] => Array.from({ length: count }, (_, j) => ({ id: `r${j}` }));
  const ideas = (count: number, excluded: string[] = []): ReviewIdea[] =>
    Array.from({ length: count }, (_, i) => ({ id: `i${i}`, excluded }));

  it('refuses a round with fewer reviewers than each idea needs', () => {
    const result = assignReviewers({ ideas: ideas(2), reviewers: reviewers(2), reviewersPerIdea: 3 });
    expect(result).toMatchObject({ ok: false, reason: 'too-few-reviewers', reviewersPerIdea: 3, reviewers: 2 });
  });

  it('names the ideas with fewer than k eligible reviewers', () => {
    const round = {
      ideas: [
        { id: 'fine', excluded: ['r0'] },
        { id: 'crowded', excluded: ['r0', 'r1', 'r2'] },
        { id: 'conflicted', excluded: ['r1', 'r3'] },
      ],
      reviewers: reviewers(4),
      reviewersPerIdea: 3,
    };
    const result = assignReviewers(round);
    expect(result).toMatchObject({
      ok: false,
      reason: 'too-few-eligible',
      ideaIds: ['crowded', 'conflicted'],
      eligible: [1, 2],
    });
    if (!result.ok) expect(result.message).toContain('crowded (1)');
  });

  it('refuses when the exclusions leave no balanced assignment, naming who is out of range', () => {
    // Both ideas may only go to r0, so r1 would review nothing while r0 reviews two.
    const result = assignReviewers({ ideas: ideas(2, ['r1']), reviewers: reviewers(2), reviewersPerIdea: 1 });
    expect(result).toMatchObject({ ok: false, reason: 'unbalanced', minLoad: 1, maxLoad: 1, reviewerIds: ['r1'] });
  });

  it('refuses a top-up when a reviewer already has more than a balanced share', () => {
    const existing = ['i0', 'i1', 'i2'].map((ideaId) => ({ ideaId, reviewerId: 'r0' }));
    // With k = 3 everyone reviews all three ideas; with k = 2, r0 is one over.
    const result = assignReviewers({ ideas: ideas(3), reviewers: reviewers(3), reviewersPerIdea: 3, existing });
    expect(result.ok).toBe(true);
    const tooMany = assignReviewers({ ideas: ideas(3), reviewers: reviewers(3), reviewersPerIdea: 2, existing });
    expect(tooMany).toMatchObject({ ok: false, reason: 'unbalanced', minLoad: 2, maxLoad: 2, reviewerIds: ['r0'] });
  });

  it('tops a round up: existing assignments are kept and count towards k and the loads', () => {
    const existing = [
      { ideaId: 'i0', reviewerId: 'r0' },
      { ideaId: 'i1', reviewerId: 'r0' },
    ];
    const result = assignReviewers({ ideas: ideas(4), reviewers: reviewers(4), reviewersPerIdea: 2, existing });
    if (!result.ok) throw new Error(result.message);
    expect(result.assignments.slice(0, 1)).toEqual([existing[0]]);
    expect(result.added).toHaveLength(6);
    expect(result.added.some((a) => a.reviewerId === 'r0')).toBe(false);
    expect([...result.loads.values()]).toEqual([2, 2, 2, 2]);
  });

  it('prefers reviewers whose expertise names a tag of the idea, regardless of case', () => {
    const result = assignReviewers({
      ideas: [
        { id: 'battery', tags: ['Energy'], excluded: [] },
        { id: 'vaccine', tags: ['bio'], excluded: [] },
      ],
      reviewers: [
        { id: 'biologist', expertise: ['bio'] },
        { id: 'engineer', expertise: ['energy'] },
      ],
      reviewersPerIdea: 1,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.assignments).toEqual([
      { ideaId: 'battery', reviewerId: 'engineer' },
      { ideaId: 'vaccine', reviewerId: 'biologist' },
    ]);
    expect(result.expertiseMatches).toBe(2);
  });

  it('puts balance before expertise', () => {
    const result = assignReviewers({
      ideas: ['a', 'b', 'c', 'd'].map((id) => ({ id, tags: ['ai'], excluded: [] })),
      reviewers: [{ id: 'expert', expertise: ['ai'] }, { id: 'generalist' }],
      reviewersPerIdea: 1,
    });
    if (!result.ok) throw new Error(result.message);
    expect(Object.fromEntries(result.loads)).toEqual({ expert: 2, generalist: 2 });
    expect(result.expertiseMatches).toBe(2);
  });

  it('spreads reviewers so the round does not split into blocks that share nobody', () => {
    // 60 ideas, 12 reviewers, 3 each: taking reviewers in input order would give 4 separate blocks.
    const result = assignReviewers({ ideas: ideas(60), reviewers: reviewers(12), reviewersPerIdea: 3 });
    if (!result.ok) throw new Error(result.message);
    const linked = new Set(['r0']);
    for (let grown = true; grown; ) {
      grown = false;
      for (const idea of ideas(60)) {
        const onIdea = result.assignments.filter((a) => a.ideaId === idea.id).map((a) => a.reviewerId);
        if (onIdea.some((id) => linked.has(id)) && onIdea.some((id) => !linked.has(id))) {
          for (const id of onIdea) linked.add(id);
          grown = true;
        }
      }
    }
    expect(linked.size).toBe(12);
  });

  it('refuses input it cannot trust', () => {
    const base = { ideas: ideas(2), reviewers: reviewers(3), reviewersPerIdea: 1 };
    expect(() => assignReviewers({ ...base, reviewersPerIdea: 1.5 })).toThrow(RangeError);
    expect(() => assignReviewers({ ...base, reviewers: [{ id: 'r0' }, { id: 'r0' }] })).toThrow(RangeError);
    expect(() => assignReviewers({ ...base, existing: [{ ideaId: 'nope', reviewerId: 'r0' }] })).toThrow(RangeError);
    const excluded = { ...base, ideas: [{ id: 'i0', excluded: ['r0'] }] };
    expect(() => assignReviewers({ ...excluded, existing: [{ ideaId: 'i0', reviewerId: 'r0' }] })).toThrow(RangeError);
    const twice = [
      { ideaId: 'i0', reviewerId: 'r0' },
      { ideaId: 'i0', reviewerId: 'r1' },
    ];
    expect(() => assignReviewers({ ...base, existing: twice })).toThrow(RangeError);
  });
});

describe('replaceReviewer', () => {
  const round = {
    ideas: [
      { id: 'solar', tags: ['energy'], excluded: ['ann'] },
      { id: 'wind', tags: ['energy'], excluded: [] },
      { id: 'tidal', tags: ['energy'], excluded: [] },
    ],
    reviewers: [{ id: 'ann' }, { id: 'bob' }, { id: 'cy', expertise: ['Energy'] }, { id: 'dee' }, { id: 'eve' }],
    assignments: [
      { ideaId: 'solar', reviewerId: 'bob' },
      { ideaId: 'solar', reviewerId: 'eve' },
      { ideaId: 'wind', reviewerId: 'ann' },
      { ideaId: 'wind', reviewerId: 'cy' },
      { ideaId: 'tidal', reviewerId: 'dee' },
      { ideaId: 'tidal', reviewerId: 'cy' },
    ],
  };

  it('takes the least loaded eligible reviewer, in the place of the one replaced', () => {
    // ann is excluded from solar, eve already on it; cy and dee are loaded 2 and 1.
    const result = replaceReviewer(round, 'solar', 'bob');
    expect(result).toEqual({
      ok: true,
      reviewerId: 'dee',
      assignments: round.assignments.map((a, i) => (i === 0 ? { ideaId: 'solar', reviewerId: 'dee' } : a)),
    });
  });

  it('among the least loaded, prefers expertise, then input order', () => {
    const even = { ...round, assignments: round.assignments.filter((a) => a.ideaId !== 'tidal') };
    // Without tidal: ann 1, bob 1, cy 1, dee 0, eve 1. Replacing eve on solar: dee (load 0) first.
    expect(replaceReviewer(even, 'solar', 'eve')).toMatchObject({ ok: true, reviewerId: 'dee' });
    const withDee = { ...even, assignments: [...even.assignments, { ideaId: 'tidal', reviewerId: 'dee' }] };
    // All at 1 now, ann excluded: cy has the expertise.
    expect(replaceReviewer(withDee, 'solar', 'eve')).toMatchObject({ ok: true, reviewerId: 'cy' });
    const noExpert = { ...withDee, reviewers: withDee.reviewers.map((r) => ({ id: r.id })) };
    expect(replaceReviewer(noExpert, 'solar', 'eve')).toMatchObject({ ok: true, reviewerId: 'cy' });
    expect(replaceReviewer(noExpert, 'wind', 'cy')).toMatchObject({ ok: true, reviewerId: 'bob' });
  });

  it('says why when it cannot replace', () => {
    expect(replaceReviewer(round, 'solar', 'cy')).toEqual({ ok: false, reason: 'not-assigned' });
    expect(replaceReviewer(round, 'geothermal', 'bob')).toEqual({ ok: false, reason: 'not-assigned' });
    const small = { ...round, reviewers: round.reviewers.filter((r) => ['ann', 'bob', 'eve'].includes(r.id)) };
    expect(replaceReviewer(small, 'solar', 'bob')).toEqual({ ok: false, reason: 'nobody-eligible' });
  });

  it('never picks someone excluded, already on the idea, or the one replaced', () => {
    fc.assert(
      fc.property(rounds(8, 6), fc.nat(), (request, pick) => {
        const assigned = assignReviewers(request);
        if (!assigned.ok || assigned.assignments.length === 0) return;
        const { ideaId, reviewerId } = assigned.assignments[pick % assigned.assignments.length];
        const state = { ...request, assignments: assigned.assignments };
        const result = replaceReviewer(state, ideaId, reviewerId);
        const idea = request.ideas.find((i) => i.id === ideaId) as ReviewIdea;
        const onIdea = assigned.assignments.filter((a) => a.ideaId === ideaId).map((a) => a.reviewerId);
        const eligible = request.reviewers.filter((r) => !idea.excluded.includes(r.id) && !onIdea.includes(r.id));
        if (!result.ok) {
          expect(result.reason).toBe('nobody-eligible');
          expect(eligible).toEqual([]);
          return;
        }
        expect(eligible.map((r) => r.id)).toContain(result.reviewerId);
        const loadOf = (id: string) => assigned.loads.get(id) ?? 0;
        expect(loadOf(result.reviewerId)).toBe(Math.min(...eligible.map((r) => loadOf(r.id))));
        expect(result.assignments).toHaveLength(assigned.assignments.length);
      }),
      { numRuns: 200 },
    );
  });
});
