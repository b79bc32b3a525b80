import { FlowNetwork } from './min-cost-flow';

/** An idea on the shortlist, to be reviewed. */
export interface ReviewIdea {
  id: string;
  /** Its topics; reviewers whose expertise names one of them are preferred (case aside). */
  tags?: readonly string[];
  /** Reviewers who may not review it: its authors and co-authors, and anyone who declared a conflict. */
  excluded: readonly string[];
}

export interface Reviewer {
  id: string;
  expertise?: readonly string[];
}

export interface ReviewAssignment {
  ideaId: string;
  reviewerId: string;
}

/** The people and ideas of a review round. */
export interface ReviewPool {
  ideas: readonly ReviewIdea[];
  reviewers: readonly Reviewer[];
}

export interface ReviewAssignmentRequest extends ReviewPool {
  /** k: how many distinct reviewers each idea gets. */
  reviewersPerIdea: number;
  /** Assignments already made, which are kept and count towards k and the loads (a top-up). */
  existing?: readonly ReviewAssignment[];
}

export interface AssignedReviewers {
  ok: true;
  /** Every assignment of the round, the existing ones included, by idea in input order. */
  assignments: ReviewAssignment[];
  /** The assignments this call made. */
  added: ReviewAssignment[];
  /** Ideas per reviewer, existing assignments included, for every reviewer in input order. */
  loads: Map<string, number>;
  /** How many assignments pair an idea with a reviewer whose expertise names one of its tags. */
  expertiseMatches: number;
}

/** Fewer reviewers than k: no idea can get k distinct ones. */
export interface TooFewReviewers {
  ok: false;
  reason: 'too-few-reviewers';
  message: string;
  reviewersPerIdea: number;
  reviewers: number;
}

/** Some ideas have fewer than k reviewers who may review them. */
export interface TooFewEligible {
  ok: false;
  reason: 'too-few-eligible';
  message: string;
  reviewersPerIdea: number;
  ideaIds: string[];
  /** For each of `ideaIds`, how many reviewers may review it. */
  eligible: number[];
}

/** Every idea could get k reviewers, but not with every load within one of the others. */
export interface Unbalanced {
  ok: false;
  reason: 'unbalanced';
  message: string;
  /** The loads a balanced round needs: ⌊T / R⌋ and ⌈T / R⌉ for T assignments and R reviewers. */
  minLoad: number;
  maxLoad: number;
  /** In the closest attempt, ideas left short of k reviewers by the load limit. */
  ideaIds: string[];
  /** Reviewers below `minLoad` in the closest attempt, or already above `maxLoad` before it. */
  reviewerIds: string[];
}

export type ReviewAssignmentResult = AssignedReviewers | TooFewReviewers | TooFewEligible | Unbalanced;

function indexById(items: readonly { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new RangeError(`each ${what} may be listed once, got ${item.id} twice`);
    index.set(item.id, i);
  });
  return index;
}

function lowerCased(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).map((word) => word.trim().toLowerCase()));
}

/** For each idea, for each reviewer (by index): 1 when the reviewer's expertise names one of its tags. */
function expertiseMatrix(pool: ReviewPool): Uint8Array[] {
  const expertise = pool.reviewers.map((reviewer) => lowerCased(reviewer.expertise));
  return pool.ideas.map((idea) => {
    const tags = [...lowerCased(idea.tags)];
    return Uint8Array.from(expertise, (known) => (tags.some((tag) => known.has(tag)) ? 1 : 0));
  });
}

/** For each idea, the indices of the reviewers it excludes. */
function exclusionSets(pool: ReviewPool, reviewerIndex: ReadonlyMap<string, number>): Set<number>[] {
  return pool.ideas.map((idea) => {
    const excluded = new Set<number>();
    for (const id of idea.excluded) {
      const index = reviewerIndex.get(id);
      if (index !== undefined) excluded.add(index);
    }
    return excluded;
  });
}

/** Reviewer indices per idea, checked: known idea and reviewer, no pair twice, none excluded. */
function assignedSets(
  assignments: readonly ReviewAssignment[],
  ideaIndex: ReadonlyMap<string, number>,
  reviewerIndex: ReadonlyMap<string, number>,
  excluded: readonly Set<number>[],
): Set<number>[] {
  const assigned = excluded.map(() => new Set<number>());
  for (const { ideaId, reviewerId } of assignments) {
    const idea = ideaIndex.get(ideaId);
    const reviewer = reviewerIndex.get(reviewerId);
    if (idea === undefined || reviewer === undefined) {
      throw new RangeError(`an assignment names an unknown idea or reviewer: ${ideaId}, ${reviewerId}`);
    }
    if (assigned[idea].has(reviewer)) throw new RangeError(`${reviewerId} is assigned to ${ideaId} twice`);
    if (excluded[idea].has(reviewer)) {
      throw new RangeError(`${reviewerId} is assigned to ${ideaId} but excluded from it; replace them first`);
    }
    assigned[idea].add(reviewer);
  }
  return assigned;
}

/** Reviewer indices stay below this, so that a sort key can carry one in its low bits. */
const INDEX_RANGE = 2 ** 20;
const IDEA_SEED = 0x9747b28c;
const REVIEWER_SEED = 0x1b873593;

/** murmur3's 32-bit hash of a string, then its finaliser: well-spread bits from similar ids. */
function hashId(id: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < id.length; i++) {
    hash = Math.imul(hash ^ id.charCodeAt(i), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return mixBits(hash);
}

function mixBits(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * The order in which an idea considers its eligible reviewers when several would do equally well:
 * a fixed pseudo-random shuffle per idea, from the ids. Taking them in input order instead gives
 * every idea of a batch the same few reviewers, which splits the round into blocks that never
 * share a reviewer, and then no model can tell a harsh block from a weak one.
 */
function preferenceOrder(ideaId: string, candidates: readonly number[], reviewerHashes: readonly number[]): number[] {
  const ideaHash = hashId(ideaId, IDEA_SEED);
  // The hash in the high bits, the reviewer's index (the tie-break) in the low: one numeric sort.
  const keys = new Float64Array(candidates.length);
  candidates.forEach(
    (reviewer, at) => (keys[at] = mixBits(ideaHash ^ reviewerHashes[reviewer]) * INDEX_RANGE + reviewer),
  );
  return Array.from(keys.sort(), (key) => key % INDEX_RANGE);
}

function refuseTooFewEligible(
  request: ReviewAssignmentRequest,
  excluded: readonly Set<number>[],
): TooFewEligible | null {
  const k = request.reviewersPerIdea;
  const ideaIds: string[] = [];
  const eligible: number[] = [];
  request.ideas.forEach((idea, i) => {
    const count = request.reviewers.length - excluded[i].size;
    if (count < k) {
      ideaIds.push(idea.id);
      eligible.push(count);
    }
  });
  if (ideaIds.length === 0) return null;
  const list = ideaIds.map((id, i) => `${id} (${eligible[i]})`).join(', ');
  return {
    ok: false,
    reason: 'too-few-eligible',
    message: `${ideaIds.length} idea(s) have fewer than ${k} reviewers who may review them: ${list}`,
    reviewersPerIdea: k,
    ideaIds,
    eligible,
  };
}

/** What `balancedFlow` needs besides the request, by idea and reviewer index. */
interface FlowInput {
  excluded: readonly Set<number>[];
  assigned: readonly Set<number>[];
  existingLoads: readonly number[];
  minLoad: number;
  maxLoad: number;
  matches: readonly Uint8Array[];
}

/** The reviewers added to each idea (ascending), or the ideas left short and the reviewers left under `minLoad`. */
interface FlowOutcome {
  added: number[][];
  shortIdeas: number[];
  underloaded: number[];
}

/**
 * The cheapest maximum flow: source → idea (capacity k less its existing reviewers) → eligible
 * reviewer (capacity 1, cost −1 on an expertise match) → sink. Each reviewer's edge to the sink is
 * split into the part up to ⌊T / R⌋, with a cost that outweighs all matches together, and the part
 * up to ⌈T / R⌉: the cheapest maximum flow fills every lower bound whenever any flow can (the
 * lower-bound transform), and among those flows makes the most matches.
 */
function balancedFlow(request: ReviewAssignmentRequest, input: FlowInput): FlowOutcome {
  const { ideas, reviewers, reviewersPerIdea: k } = request;
  const { excluded, assigned, existingLoads, minLoad, maxLoad, matches } = input;
  const reviewerHashes = reviewers.map((reviewer) => hashId(reviewer.id, REVIEWER_SEED));
  const blocked = new Uint8Array(reviewers.length);
  const candidates = ideas.map((idea, i) => {
    blocked.fill(0);
    for (const j of excluded[i]) blocked[j] = 1;
    for (const j of assigned[i]) blocked[j] = 1;
    const eligible: number[] = [];
    for (let j = 0; j < reviewers.length; j++) if (!blocked[j]) eligible.push(j);
    return preferenceOrder(idea.id, eligible, reviewerHashes);
  });
  const pairCount = candidates.reduce((sum, list) => sum + list.length, 0);
  const source = 0;
  const sink = ideas.length + reviewers.length + 1;
  const reviewerNode = (j: number) => ideas.length + 1 + j;
  const network = new FlowNetwork(sink + 1, ideas.length + pairCount + 2 * reviewers.length);
  const missing = ideas.map((_, i) => k - assigned[i].size);
  // Worth more than every possible match together, so lower bounds come first.
  const lowerBoundReward = missing.reduce((sum, count) => sum + count, 0) + 1;
  const ideaEdges = ideas.map((_, i) => network.addEdge(source, i + 1, missing[i], 0));
  const pairEdges = candidates.map((list, i) =>
    list.map((j) => network.addEdge(i + 1, reviewerNode(j), 1, matches[i][j] ? -1 : 0)),
  );
  const lowerEdges = reviewers.map((_, j) =>
    network.addEdge(reviewerNode(j), sink, Math.max(0, minLoad - existingLoads[j]), -lowerBoundReward),
  );
  reviewers.forEach((_, j) => network.addEdge(reviewerNode(j), sink, maxLoad - Math.max(minLoad, existingLoads[j]), 0));
  network.maximiseFlow(source, sink);
  return {
    added: candidates.map((list, i) =>
      list.filter((_, at) => network.flowOn(pairEdges[i][at]) > 0).sort((a, b) => a - b),
    ),
    shortIdeas: ideas.map((_, i) => i).filter((i) => network.flowOn(ideaEdges[i]) < missing[i]),
    underloaded: reviewers.map((_, j) => j).filter((j) => network.flowOn(lowerEdges[j]) < minLoad - existingLoads[j]),
  };
}

/**
 * Assigns k distinct reviewers to every idea, never one it excludes, keeping `existing`
 * assignments, so that reviewer loads (existing ones counted) differ by at most one; among such
 * assignments it makes as many as it can where the reviewer's expertise names one of the idea's
 * tags. Refuses with a reason when there are fewer than k reviewers, when some ideas have fewer
 * than k eligible ones, or when the exclusions allow no balanced assignment. Solved as a
 * cheapest maximum flow (see `balancedFlow`). Deterministic: where several reviewers would do as
 * well, each idea takes them in a fixed pseudo-random order (see `preferenceOrder`), not by chance.
 */
export function assignReviewers(request: ReviewAssignmentRequest): ReviewAssignmentResult {
  const { ideas, reviewers, reviewersPerIdea: k, existing = [] } = request;
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`reviewers per idea must be a whole number >= 0, got ${k}`);
  const ideaIndex = indexById(ideas, 'idea');
  const reviewerIndex = indexById(reviewers, 'reviewer');
  if (reviewers.length >= INDEX_RANGE) {
    throw new RangeError(`at most ${INDEX_RANGE - 1} reviewers, got ${reviewers.length}`);
  }
  const excluded = exclusionSets(request, reviewerIndex);
  const assigned = assignedSets(existing, ideaIndex, reviewerIndex, excluded);
  ideas.forEach((idea, i) => {
    if (assigned[i].size > k) throw new RangeError(`${idea.id} already has more than ${k} reviewers`);
  });
  const needed = ideas.length * k;
  if (needed > 0 && reviewers.length < k) {
    return {
      ok: false,
      reason: 'too-few-reviewers',
      message: `each idea needs ${k} distinct reviewers, but the round has ${reviewers.length}`,
      reviewersPerIdea: k,
      reviewers: reviewers.length,
    };
  }
  const tooFewEligible = refuseTooFewEligible(request, excluded);
  if (tooFewEligible) return tooFewEligible;

  const existingLoads = new Array<number>(reviewers.length).fill(0);
  for (const set of assigned) for (const reviewer of set) existingLoads[reviewer] += 1;
  const minLoad = reviewers.length > 0 ? Math.floor(needed / reviewers.length) : 0;
  const maxLoad = reviewers.length > 0 ? Math.ceil(needed / reviewers.length) : 0;
  const overloaded = reviewers.filter((_, j) => existingLoads[j] > maxLoad).map((reviewer) => reviewer.id);
  const unbalanced = (ideaIds: string[], reviewerIds: string[]): Unbalanced => ({
    ok: false,
    reason: 'unbalanced',
    message:
      `no assignment gives every reviewer ${minLoad === maxLoad ? minLoad : `${minLoad}–${maxLoad}`} ideas ` +
      `with these exclusions` +
      (reviewerIds.length > 0 ? `; out of range: ${reviewerIds.join(', ')}` : '') +
      (ideaIds.length > 0 ? `; short of reviewers: ${ideaIds.join(', ')}` : ''),
    minLoad,
    maxLoad,
    ideaIds,
    reviewerIds,
  });
  if (overloaded.length > 0) return unbalanced([], overloaded);

  const matches = expertiseMatrix(request);
  const flow = balancedFlow(request, { excluded, assigned, existingLoads, minLoad, maxLoad, matches });
  if (flow.shortIdeas.length > 0 || flow.underloaded.length > 0) {
    return unbalanced(
      flow.shortIdeas.map((i) => ideas[i].id),
      flow.underloaded.map((j) => reviewers[j].id),
    );
  }

  const assignments: ReviewAssignment[] = [];
  const added: ReviewAssignment[] = [];
  const loads = new Map(reviewers.map((reviewer) => [reviewer.id, 0]));
  let expertiseMatches = 0;
  ideas.forEach((idea, i) => {
    const chosen = flow.added[i];
    for (const j of chosen) added.push({ ideaId: idea.id, reviewerId: reviewers[j].id });
    for (const j of [...assigned[i], ...chosen]) {
      assignments.push({ ideaId: idea.id, reviewerId: reviewers[j].id });
      loads.set(reviewers[j].id, (loads.get(reviewers[j].id) ?? 0) + 1);
      if (matches[i][j]) expertiseMatches += 1;
    }
  });
  return { ok: true, assignments, added, loads, expertiseMatches };
}

export interface ReviewRound extends ReviewPool {
  assignments: readonly ReviewAssignment[];
}

export type ReviewerReplacement =
  | {
      ok: true;
      /** Who takes over. */
      reviewerId: string;
      /** The round's assignments with the replacement in the place of the one it replaces. */
      assignments: ReviewAssignment[];
    }
  | { ok: false; reason: 'not-assigned' | 'nobody-eligible' };

/**
 * Replaces `reviewerId` on `ideaId`, e.g. after they declared a conflict: the replacement is a
 * reviewer not already on the idea and not excluded from it, the least loaded first, then one
 * whose expertise names one of the idea's tags, then the first in input order. The one replaced is
 * never chosen, even if the idea does not (yet) exclude them.
 */
export function replaceReviewer(round: ReviewRound, ideaId: string, reviewerId: string): ReviewerReplacement {
  const at = round.assignments.findIndex(
    (assignment) => assignment.ideaId === ideaId && assignment.reviewerId === reviewerId,
  );
  const ideaAt = round.ideas.findIndex((idea) => idea.id === ideaId);
  if (at < 0 || ideaAt < 0) return { ok: false, reason: 'not-assigned' };
  const idea = round.ideas[ideaAt];
  const loads = new Map<string, number>();
  const onIdea = new Set<string>([reviewerId]);
  for (const assignment of round.assignments) {
    loads.set(assignment.reviewerId, (loads.get(assignment.reviewerId) ?? 0) + 1);
    if (assignment.ideaId === ideaId) onIdea.add(assignment.reviewerId);
  }
  const excluded = new Set(idea.excluded);
  const tags = [...lowerCased(idea.tags)];
  let best: { id: string; load: number; match: boolean } | null = null;
  for (const reviewer of round.reviewers) {
    if (onIdea.has(reviewer.id) || excluded.has(reviewer.id)) continue;
    const load = loads.get(reviewer.id) ?? 0;
    const known = lowerCased(reviewer.expertise);
    const match = tags.some((tag) => known.has(tag));
    if (best === null || load < best.load || (load === best.load && match && !best.match)) {
      best = { id: reviewer.id, load, match };
    }
  }
  if (best === null) return { ok: false, reason: 'nobody-eligible' };
  const assignments = round.assignments.map((assignment) => ({ ...assignment }));
  assignments[at] = { ideaId, reviewerId: best.id };
  return { ok: true, reviewerId: best.id, assignments };
}
