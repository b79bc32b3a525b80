import { ProblemException } from '@crowdforge/api-platform';
import { DEFAULT_VOTING_RULES, THRESHOLD_MODES, type FieldError, type VotingRules } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { VotingRulesRow } from './voting-rules.entity';

/** A challenge's voting rules; the defaults (support, no limit) until its organisers set them. */
export async function rulesOf(manager: EntityManager, challengeId: string): Promise<VotingRules> {
  const row = await manager.findOne(VotingRulesRow, { where: { challengeId } });
  if (!row) return DEFAULT_VOTING_RULES;
  const { mode, voteLimit, authorsMayVote, tokenBudget, tokensPerIdea, blind, supportThreshold } = row;
  return { mode, voteLimit, authorsMayVote, tokenBudget, tokensPerIdea, blind, supportThreshold };
}

/**
 * Stores rules whose parts fit together: a token budget and cap in tokens mode and only there, a
 * support threshold only where votes are in favour or not (support, up/down).
 */
export async function saveRules(manager: EntityManager, challengeId: string, rules: VotingRules): Promise<VotingRules> {
  const tokens = rules.mode === 'tokens';
  const saved: VotingRules = {
    mode: rules.mode,
    voteLimit: rules.voteLimit,
    authorsMayVote: rules.authorsMayVote,
    tokenBudget: rules.tokenBudget ?? null,
    tokensPerIdea: rules.tokensPerIdea ?? null,
    blind: rules.blind ?? false,
    supportThreshold: rules.supportThreshold ?? null,
  };
  const errors = [
    ...(tokens ? tokenRuleErrors(saved) : unusedTokenErrors(saved)),
    ...thresholdErrors(saved),
    ...pairLimitErrors(saved),
  ];
  if (errors.length > 0)
    throw new ProblemException(400, 'validation_failed', 'These voting rules do not fit together.', errors);
  await manager.upsert(VotingRulesRow, { challengeId, ...saved }, ['challengeId']);
  return saved;
}

function tokenRuleErrors({ voteLimit, tokenBudget, tokensPerIdea }: VotingRules): FieldError[] {
  const errors: FieldError[] = [];
  if (voteLimit !== null)
    errors.push({
      field: 'voteLimit',
      messages: ['With tokens, the budget is the limit: leave the vote limit empty.'],
    });
  if (tokenBudget === null) errors.push({ field: 'tokenBudget', messages: ['Say how many tokens each person has.'] });
  if (tokensPerIdea === null)
    errors.push({ field: 'tokensPerIdea', messages: ['Say how many tokens one idea may get from one person.'] });
  else if (tokenBudget !== null && tokensPerIdea > tokenBudget)
    errors.push({ field: 'tokensPerIdea', messages: ['One idea cannot get more tokens than the whole budget.'] });
  return errors;
}

function thresholdErrors({ mode, supportThreshold }: VotingRules): FieldError[] {
  if (supportThreshold === null || THRESHOLD_MODES.includes(mode)) return [];
  return [
    { field: 'supportThreshold', messages: ['A threshold counts votes in favour: only with support or up/down.'] },
  ];
}

/** Pairs are put to a voter until none is left: a limit of ideas means nothing there. */
function pairLimitErrors({ mode, voteLimit }: VotingRules): FieldError[] {
  if (mode !== 'pairwise' || voteLimit === null) return [];
  return [{ field: 'voteLimit', messages: ['Pairs have no vote limit: leave it empty.'] }];
}

function unusedTokenErrors(rules: VotingRules): FieldError[] {
  return (['tokenBudget', 'tokensPerIdea'] as const)
    .filter((field) => rules[field] !== null)
    .map((field) => ({ field, messages: ['Tokens are only counted in tokens mode: leave this empty.'] }));
}
