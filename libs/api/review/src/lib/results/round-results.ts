import {
  cutoffStability,
  fitReviewerEffects,
  krippendorffAlpha,
  summariseIdeaScores,
  type ReviewScore,
} from '@crowdforge/domain';
import type {
  CriterionAverage,
  CriterionScore,
  IdeaReviewResult,
  IdeaStatus,
  ReviewerSummary,
  RoundResults,
  ScorecardCriterion,
} from '@crowdforge/contracts';

export interface ResultInputs {
  roundId: string;
  scorecard: ScorecardCriterion[];
  ideas: { id: string; title: string; status: IdeaStatus; voteScore: number }[];
  reviews: {
    ideaId: string;
    reviewerId: string;
    state: string;
    scores: CriterionScore[];
    weightedScore: number | null;
  }[];
  reviewers: { userId: string; displayName: string }[];
  decisions: Map<string, NonNullable<IdeaReviewResult['decision']>>;
  cutoff: number;
}

/**
 * A round's results from its reviews: per idea the raw weighted scores, the score with each
 * reviewer's bias taken out (the domain's reviewer-effects model), the rank by it beside the
 * crowd's, the average per criterion, disagreement and how firmly it sits above or below the
 * cut-off; per round the reviewers' agreement (Krippendorff's alpha, interval).
 */
export function roundResults(inputs: ResultInputs): RoundResults {
  const submitted = inputs.reviews.filter(
    (review): review is ResultInputs['reviews'][number] & { weightedScore: number } =>
      review.state === 'submitted' && review.weightedScore !== null,
  );
  const scores: ReviewScore[] = submitted.map((review) => ({
    ideaId: review.ideaId,
    reviewerId: review.reviewerId,
    score: review.weightedScore,
  }));
  const fit = scores.length > 0 ? fitReviewerEffects(scores) : null;
  const adjusted = new Map(fit?.ideas.map((idea) => [idea.ideaId, idea]));
  const biases = new Map(fit?.reviewers.map((reviewer) => [reviewer.reviewerId, reviewer.bias]));
  const stability = new Map(
    cutoffStability(
      [...adjusted.values()].map((idea) => ({ ideaId: idea.ideaId, scores: idea.normalisedScores })),
      Math.min(inputs.cutoff, Math.max(adjusted.size, 1)),
    ).map((chance) => [chance.ideaId, chance.probability]),
  );
  const crowdRank = ranks(inputs.ideas.map((idea) => [idea.id, idea.voteScore]));
  const reviewRank = ranks([...adjusted.values()].map((idea) => [idea.ideaId, idea.score]));

  const ideas: IdeaReviewResult[] = inputs.ideas.map((idea) => {
    const own = submitted.filter((review) => review.ideaId === idea.id);
    const summary = summariseIdeaScores(own.map((review) => review.weightedScore));
    const fitted = adjusted.get(idea.id);
    return {
      ideaId: idea.id,
      title: idea.title,
      status: idea.status,
      crowd: { voteScore: idea.voteScore, rank: crowdRank.get(idea.id) ?? inputs.ideas.length },
      reviews: {
        assigned: inputs.reviews.filter((review) => review.ideaId === idea.id && review.state !== 'conflict').length,
        submitted: own.length,
      },
      raw: summary && {
        count: summary.count,
        mean: summary.mean,
        median: summary.median,
        spread: summary.standardDeviation,
        min: summary.min,
        max: summary.max,
      },
      normalised: fitted?.score ?? null,
      rank: reviewRank.get(idea.id) ?? null,
      criteria: criterionAverages(inputs.scorecard, own),
      highDisagreement: fitted?.highDisagreement ?? false,
      cutoffProbability: stability.get(idea.id) ?? null,
      decision: inputs.decisions.get(idea.id) ?? null,
    };
  });
  ideas.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.crowd.rank - b.crowd.rank);

  const reviewers: ReviewerSummary[] = inputs.reviewers.map((reviewer) => ({
    userId: reviewer.userId,
    displayName: reviewer.displayName,
    submitted: submitted.filter((review) => review.reviewerId === reviewer.userId).length,
    bias: biases.get(reviewer.userId) ?? null,
  }));
  const units = inputs.ideas.map((idea) =>
    submitted.filter((review) => review.ideaId === idea.id).map((review) => review.weightedScore),
  );
  return {
    roundId: inputs.roundId,
    agreement: krippendorffAlpha(units, 'interval'),
    cutoff: inputs.cutoff,
    ideas,
    reviewers,
  };
}

/** The mean score per criterion over the given reviews; empty without any. */
export function criterionAverages(
  scorecard: readonly ScorecardCriterion[],
  reviews: readonly { scores: CriterionScore[] }[],
): CriterionAverage[] {
  if (reviews.length === 0) return [];
  return scorecard.map((criterion) => {
    const given = reviews.flatMap((review) =>
      review.scores.filter((score) => score.criterion === criterion.key).map((score) => score.score),
    );
    return {
      criterion: criterion.key,
      name: criterion.name,
      mean: given.reduce((sum, score) => sum + score, 0) / Math.max(given.length, 1),
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
    };
  });
}

/** Rank from 1 by value, highest first; equal values share the better rank. */
function ranks(entries: [string, number][]): Map<string, number> {
  const sorted = [...entries].sort((a, b) => b[1] - a[1]);
  const rank = new Map<string, number>();
  sorted.forEach(([id, value], index) => {
    const previous = sorted[index - 1];
    rank.set(id, previous && previous[1] === value ? (rank.get(previous[0]) as number) : index + 1);
  });
  return rank;
}
