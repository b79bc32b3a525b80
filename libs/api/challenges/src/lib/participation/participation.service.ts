import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, unsafeTextReason, invalid } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { ChallengeDetail, EligibilityQuestion, FieldError } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengesService, notFound } from '../challenges.service';
import type { JoinChallengeDto } from '../dto/participation.dto';
import { LicenceConsentRow } from './licence-consent.entity';
import { ParticipantRow } from './participant.entity';

const MAX_ANSWER = 1000;

/** Joining a challenge: eligibility answers and explicit consent to the current licence version. */
@Injectable()
export class ParticipationService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async join(
    principal: Principal,
    challengeId: string,
    key: string | null,
    input: JoinChallengeDto,
  ): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const access = await this.challenges.access(manager, viewer, challengeId, key, true);
      if (!access) throw notFound();
      const { row } = access;
      if (!access.inAudience) throw new ProblemException(403, 'forbidden', 'This challenge is not open to you.');
      if (row.state !== 'published')
        throw new ProblemException(409, 'conflict', 'This challenge is not open for participants.');
      if (input.acceptLicenceVersion !== row.licenceVersion) {
        throw invalid([
          {
            field: 'acceptLicenceVersion',
            messages: [`accept the current licence terms (version ${row.licenceVersion}) to take part`],
          },
        ]);
      }
      const answers = checkedAnswers(row.eligibility, input.answers);
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(LicenceConsentRow)
        .values({ challengeId, userId: principal.userId, licenceVersion: row.licenceVersion, acceptedAt: now })
        .orIgnore()
        .execute();
      const joined = await manager
        .createQueryBuilder()
        .insert()
        .into(ParticipantRow)
        .values({ challengeId, userId: principal.userId, answers, joinedAt: now })
        .orIgnore()
        .returning('user_id')
        .execute();
      if (joined.raw.length === 0)
        throw new ProblemException(409, 'conflict', 'You already take part in this challenge.');
      await this.audit.append(
        {
          action: 'challenge.joined',
          objectType: 'challenge',
          objectId: challengeId,
          data: { licenceVersion: row.licenceVersion },
        },
        manager,
      );
    });
    return this.challenges.get(principal, challengeId, key);
  }
}

/** Only the challenge's questions, each answered in its kind; required ones answered. */
function checkedAnswers(
  questions: EligibilityQuestion[],
  answers: Record<string, unknown>,
): Record<string, string | boolean> {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((question) => question.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: `answers.${key}`, messages: ['this challenge asks no such question'] });
  }
  const checked: Record<string, string | boolean> = {};
  for (const question of questions) {
    const answer = answers[question.key];
    const field = `answers.${question.key}`;
    if (question.kind === 'confirm') {
      if (answer !== undefined && typeof answer !== 'boolean')
        errors.push({ field, messages: ['answer with true or false'] });
      else if (question.required && answer !== true) errors.push({ field, messages: [`confirm: ${question.prompt}`] });
      else if (answer !== undefined) checked[question.key] = answer;
    } else {
      if (answer !== undefined && (typeof answer !== 'string' || answer.length > MAX_ANSWER)) {
        errors.push({ field, messages: [`answer with text of at most ${MAX_ANSWER} characters`] });
      } else if (typeof answer === 'string' && unsafeTextReason(answer)) {
        errors.push({ field, messages: [`the answer ${unsafeTextReason(answer)}`] });
      } else if (question.required && (typeof answer !== 'string' || !answer.trim())) {
        errors.push({ field, messages: [`answer: ${question.prompt}`] });
      } else if (typeof answer === 'string') checked[question.key] = answer.trim();
    }
  }
  if (errors.length > 0) throw invalid(errors);
  return checked;
}
