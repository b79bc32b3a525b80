import { invalid } from '@crowdforge/api-platform';
import { weightedScore, type Scorecard } from '@crowdforge/domain';
import type { CriterionScore, EvaluationCriterion, FieldError, ScorecardCriterion } from '@crowdforge/contracts';

const DEFAULT_SCALE = { scaleMin: 1, scaleMax: 5 };

/** The brief's evaluation criteria as a scorecard, scored 1–5; "Overall" when the brief names none. */
export function scorecardFromCriteria(criteria: readonly EvaluationCriterion[]): ScorecardCriterion[] {
  const keys = new Set<string>();
  const fromBrief = criteria.map((criterion, index) => {
    const base = criterion.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30);
    const key = !base || keys.has(base) ? `${base || 'criterion'}-${index + 1}` : base;
    keys.add(key);
    return {
      key,
      name: criterion.name,
      guidance: criterion.guidance,
      weight: criterion.weight,
      ...DEFAULT_SCALE,
      commentBelow: null,
    };
  });
  return fromBrief.length > 0
    ? fromBrief
    : [{ key: 'overall', name: 'Overall', guidance: '', weight: 1, ...DEFAULT_SCALE, commentBelow: null }];
}

/** 400 for a scorecard whose keys repeat or whose scales are empty. */
export function assertScorecard(scorecard: readonly ScorecardCriterion[]): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  scorecard.forEach((criterion, index) => {
    if (seen.has(criterion.key)) errors.push({ field: `scorecard.${index}.key`, messages: ['keys must differ'] });
    seen.add(criterion.key);
    if (criterion.scaleMax <= criterion.scaleMin)
      errors.push({ field: `scorecard.${index}.scaleMax`, messages: ['scaleMax must be above scaleMin'] });
    const { commentBelow } = criterion;
    if (commentBelow !== null && (commentBelow <= criterion.scaleMin || commentBelow > criterion.scaleMax))
      errors.push({
        field: `scorecard.${index}.commentBelow`,
        messages: ['commentBelow must lie above scaleMin and at most scaleMax'],
      });
  });
  if (errors.length > 0) throw invalid(errors);
}

/** A complete review's weighted score, 0–100 (`weightedScore` of the domain library). */
export function weightedScoreOf(scorecard: readonly ScorecardCriterion[], scores: readonly CriterionScore[]): number {
  const weighting: Scorecard = scorecard.map(({ key, weight, scaleMin, scaleMax }) => ({
    key,
    weight,
    min: scaleMin,
    max: scaleMax,
  }));
  return weightedScore(weighting, Object.fromEntries(scores.map((entry) => [entry.criterion, entry.score])));
}

/**
 * 400 naming each score that does not fit the scorecard: an unknown or repeated criterion, a score
 * off the scale, and, when `complete`, a criterion left unscored or a low score without a comment.
 */
export function assertScores(
  scorecard: readonly ScorecardCriterion[],
  scores: readonly CriterionScore[],
  complete: boolean,
): void {
  const errors: FieldError[] = [];
  const byKey = new Map(scorecard.map((criterion) => [criterion.key, criterion]));
  const scored = new Set<string>();
  for (const [index, { criterion: key, score, comment }] of scores.entries()) {
    const criterion = byKey.get(key);
    const field = `scores.${index}`;
    if (!criterion) {
      errors.push({ field: `${field}.criterion`, messages: [`the scorecard has no criterion ${key}`] });
      continue;
    }
    if (scored.has(key)) {
      errors.push({ field: `${field}.criterion`, messages: [`${key} is scored twice`] });
      continue;
    }
    scored.add(key);
    if (score < criterion.scaleMin || score > criterion.scaleMax)
      errors.push({
        field: `${field}.score`,
        messages: [`${criterion.name} is scored from ${criterion.scaleMin} to ${criterion.scaleMax}`],
      });
    else if (complete && criterion.commentBelow !== null && score < criterion.commentBelow && !comment)
      errors.push({
        field: `${field}.comment`,
        messages: [`a score below ${criterion.commentBelow} on ${criterion.name} needs a comment`],
      });
  }
  if (complete) {
    for (const criterion of scorecard)
      if (!scored.has(criterion.key))
        errors.push({ field: 'scores', messages: [`${criterion.name} is not scored yet`] });
  }
  if (errors.length > 0) throw invalid(errors);
}
