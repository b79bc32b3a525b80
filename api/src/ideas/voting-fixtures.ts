import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ManualClock } from '@crowdforge/api-platform';
import { DEFAULT_VOTING_RULES } from '@crowdforge/contracts';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';
import type { SignedInPerson } from '../testing/people';

export const DAY = 86_400_000;

/** The default rules (support, no limit), as a body for `PUT …/voting-rules` to override. */
export const SUPPORT = { ...DEFAULT_VOTING_RULES };

/**
 * Makes challenges that take ideas now and votes from tomorrow for a week, each with `ideas` ideas
 * submitted by `by` and the rules set before voting opens; `voters` join so that they may vote.
 */
export function votingChallenges(
  app: NestFastifyApplication,
  clock: ManualClock,
  setup: { organisationId: string; manager: SignedInPerson; author: SignedInPerson; voters: SignedInPerson[] },
) {
  const call = caller(app);
  const at = (offset: number) => new Date(clock.now().getTime() + offset).toISOString();
  return async (ideas: number, rules?: Record<string, unknown>, overrides = {}, by = setup.author) => {
    const challengeId = await publishedChallenge(app, setup.manager, setup.organisationId, {
      windows: [
        { kind: 'submission', opensAt: at(-DAY), closesAt: null },
        { kind: 'voting', opensAt: at(DAY), closesAt: at(8 * DAY) },
      ],
      ...overrides,
    });
    if (rules) {
      const answer = await call(setup.manager, 'PUT', `/challenges/${challengeId}/voting-rules`, rules);
      if (answer.statusCode !== 200) throw new Error(`rules refused: ${answer.body}`);
    }
    for (const person of new Set([by, ...setup.voters])) {
      await call(person, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    }
    const ideaIds: string[] = [];
    for (let index = 0; index < ideas; index++) {
      const idea = await call(by, 'POST', `/challenges/${challengeId}/ideas`, { title: `Tea idea ${index}` });
      const submitted = await call(by, 'POST', `/ideas/${idea.json().id}/submission`, {});
      if (submitted.statusCode !== 200) throw new Error(`submission refused: ${submitted.body}`);
      ideaIds.push(idea.json().id);
    }
    return { challengeId, ideaIds };
  };
}
