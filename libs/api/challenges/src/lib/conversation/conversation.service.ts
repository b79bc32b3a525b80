import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, invalid } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { AmendmentView, AnnouncementView, ChallengeQuestionView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengesService, notFound, type ChallengeAccess } from '../challenges.service';
import type {
  AcceptAmendmentDto,
  AnnouncementDto,
  AnswerDto,
  AskQuestionDto,
  DeclineAmendmentDto,
  SuggestAmendmentDto,
} from '../dto/conversation.dto';
import { ChallengeNotices } from '../follow/challenge-notices';
import { addFollower } from '../follow/follow.service';
import { rendered } from '../views';
import { AmendmentRow } from './amendment.entity';
import { AnnouncementRow } from './announcement.entity';
import { paragraphsOf, replaceParagraph } from './paragraphs';
import { QuestionRow } from './question.entity';

const FORMER_MEMBER = 'Former member';

/** The brief as a conversation: questions and answers, suggested amendments, announcements. */
@Injectable()
export class ConversationService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly notices: ChallengeNotices,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async questions(
    principal: Principal | null,
    challengeId: string,
    key: string | null,
  ): Promise<ChallengeQuestionView[]> {
    await this.visible(principal, challengeId, key);
    const rows = await this.entityManager.find(QuestionRow, {
      where: { challengeId },
      relations: { author: true, answeredBy: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return rows.map(questionView);
  }

  async ask(
    principal: Principal,
    challengeId: string,
    key: string | null,
    input: AskQuestionDto,
  ): Promise<ChallengeQuestionView> {
    const id = await this.entityManager.transaction(async (manager) => {
      await this.requireVoice(manager, principal, challengeId, key);
      const now = this.clock.now();
      const row = await manager.save(
        manager.create(QuestionRow, { challengeId, authorId: principal.userId, body: input.body, createdAt: now }),
      );
      await addFollower(manager, challengeId, principal.userId, now);
      await this.audit.append(
        {
          action: 'challenge.question_asked',
          objectType: 'challenge',
          objectId: challengeId,
          data: { questionId: row.id },
        },
        manager,
      );
      return row.id;
    });
    return this.question(id);
  }

  async answer(
    principal: Principal,
    challengeId: string,
    questionId: string,
    input: AnswerDto,
  ): Promise<ChallengeQuestionView> {
    await this.entityManager.transaction(async (manager) => {
      const { row: challenge } = await this.requireOrganiser(manager, principal, challengeId);
      const question = await manager.findOneBy(QuestionRow, { id: questionId, challengeId });
      if (!question) throw new ProblemException(404, 'not_found', 'No such question.');
      await manager.update(
        QuestionRow,
        { id: questionId },
        { answer: input.body, answeredById: principal.userId, answeredAt: this.clock.now() },
      );
      await this.audit.append(
        { action: 'challenge.question_answered', objectType: 'challenge', objectId: challengeId, data: { questionId } },
        manager,
      );
      await this.notices.send(manager, {
        challengeId,
        type: 'question_answered',
        title: {
          en: `A question about “${challenge.title}” was answered`,
          nl: `Een vraag over “${challenge.title}” is beantwoord`,
        },
        body: { en: question.body.slice(0, 300), nl: question.body.slice(0, 300) },
        anchor: '#questions',
        audience: 'followers',
        alsoTell: question.authorId ? [question.authorId] : [],
        actorId: principal.userId,
      });
    });
    return this.question(questionId);
  }

  async amendments(principal: Principal | null, challengeId: string, key: string | null): Promise<AmendmentView[]> {
    await this.visible(principal, challengeId, key);
    const rows = await this.entityManager.find(AmendmentRow, {
      where: { challengeId },
      relations: { author: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return rows.map(amendmentView);
  }

  async suggest(
    principal: Principal,
    challengeId: string,
    key: string | null,
    input: SuggestAmendmentDto,
  ): Promise<AmendmentView> {
    const id = await this.entityManager.transaction(async (manager) => {
      const { row: challenge } = await this.requireVoice(manager, principal, challengeId, key);
      const paragraphs = paragraphsOf(challenge.brief[input.section]);
      if (input.paragraph >= paragraphs.length) {
        throw invalid([
          { field: 'paragraph', messages: [`the ${input.section} has ${paragraphs.length} paragraph(s)`] },
        ]);
      }
      const original = paragraphs[input.paragraph];
      if (original === input.proposed)
        throw invalid([{ field: 'proposed', messages: ['suggest a change to the paragraph'] }]);
      const now = this.clock.now();
      const row = await manager.save(
        manager.create(AmendmentRow, { challengeId, authorId: principal.userId, ...input, original, createdAt: now }),
      );
      await addFollower(manager, challengeId, principal.userId, now);
      await this.audit.append(
        {
          action: 'challenge.amendment_suggested',
          objectType: 'challenge',
          objectId: challengeId,
          data: { amendmentId: row.id },
        },
        manager,
      );
      return row.id;
    });
    return this.amendment(id);
  }

  /** Takes the suggestion into the brief as a new revision; refused if the paragraph changed meanwhile. */
  async accept(
    principal: Principal,
    challengeId: string,
    amendmentId: string,
    input: AcceptAmendmentDto,
  ): Promise<AmendmentView> {
    await this.entityManager.transaction(async (manager) => {
      const { row: challenge } = await this.requireOrganiser(manager, principal, challengeId);
      const amendment = await this.openAmendment(manager, challengeId, amendmentId);
      if (paragraphsOf(challenge.brief[amendment.section])[amendment.paragraph] !== amendment.original) {
        throw new ProblemException(
          409,
          'conflict',
          'That paragraph has changed since the suggestion; it cannot be taken in as it is.',
        );
      }
      const author = amendment.author?.displayName ?? FORMER_MEMBER;
      await this.challenges.change(
        manager,
        challenge,
        {
          brief: {
            [amendment.section]: replaceParagraph(
              challenge.brief[amendment.section],
              amendment.paragraph,
              amendment.proposed,
            ),
          },
          changeSummary: input.changeSummary ?? `Took in a suggestion by ${author} on the ${amendment.section}`,
        },
        principal.userId,
      );
      await this.decide(
        manager,
        principal,
        amendment,
        'accepted',
        input.response ?? null,
        challenge.revision,
        challenge.title,
      );
    });
    return this.amendment(amendmentId);
  }

  async decline(
    principal: Principal,
    challengeId: string,
    amendmentId: string,
    input: DeclineAmendmentDto,
  ): Promise<AmendmentView> {
    await this.entityManager.transaction(async (manager) => {
      const { row: challenge } = await this.requireOrganiser(manager, principal, challengeId);
      const amendment = await this.openAmendment(manager, challengeId, amendmentId);
      await this.decide(manager, principal, amendment, 'declined', input.response, null, challenge.title);
    });
    return this.amendment(amendmentId);
  }

  async announcements(
    principal: Principal | null,
    challengeId: string,
    key: string | null,
  ): Promise<AnnouncementView[]> {
    await this.visible(principal, challengeId, key);
    const rows = await this.entityManager.find(AnnouncementRow, {
      where: { challengeId },
      relations: { author: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map(announcementView);
  }

  async announce(principal: Principal, challengeId: string, input: AnnouncementDto): Promise<AnnouncementView> {
    const id = await this.entityManager.transaction(async (manager) => {
      const { row: challenge } = await this.requireOrganiser(manager, principal, challengeId);
      if (challenge.state === 'draft')
        throw new ProblemException(409, 'conflict', 'Publish the challenge before announcing anything.');
      const row = await manager.save(
        manager.create(AnnouncementRow, {
          challengeId,
          authorId: principal.userId,
          ...input,
          createdAt: this.clock.now(),
        }),
      );
      await this.audit.append(
        {
          action: 'challenge.announced',
          objectType: 'challenge',
          objectId: challengeId,
          data: { announcementId: row.id },
        },
        manager,
      );
      await this.notices.send(manager, {
        challengeId,
        type: 'announcement',
        title: { en: `${challenge.title}: ${input.title}`, nl: `${challenge.title}: ${input.title}` },
        body: { en: input.body.slice(0, 300), nl: input.body.slice(0, 300) },
        anchor: '#announcements',
        audience: 'followers_and_participants',
        actorId: principal.userId,
      });
      return row.id;
    });
    return announcementView(
      await this.entityManager.findOneOrFail(AnnouncementRow, { where: { id }, relations: { author: true } }),
    );
  }

  private async decide(
    manager: EntityManager,
    principal: Principal,
    amendment: AmendmentRow,
    state: 'accepted' | 'declined',
    response: string | null,
    revision: number | null,
    title: string,
  ): Promise<void> {
    await manager.update(
      AmendmentRow,
      { id: amendment.id },
      { state, response, revision, decidedById: principal.userId, decidedAt: this.clock.now() },
    );
    await this.audit.append(
      {
        action: `challenge.amendment_${state}`,
        objectType: 'challenge',
        objectId: amendment.challengeId,
        data: { amendmentId: amendment.id },
      },
      manager,
    );
    if (!amendment.authorId) return;
    const accepted = state === 'accepted';
    await this.notices.send(manager, {
      challengeId: amendment.challengeId,
      type: 'amendment_decided',
      title: {
        en: `Your suggestion for “${title}” was ${accepted ? 'taken in' : 'declined'}`,
        nl: `Je voorstel voor “${title}” is ${accepted ? 'overgenomen' : 'afgewezen'}`,
      },
      body: {
        en: response ?? (accepted ? `It is part of revision ${revision}.` : ''),
        nl: response ?? (accepted ? `Het staat in versie ${revision}.` : ''),
      },
      anchor: '#amendments',
      alsoTell: [amendment.authorId],
      actorId: principal.userId,
    });
  }

  private async visible(principal: Principal | null, challengeId: string, key: string | null): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    if (!(await this.challenges.access(this.entityManager, viewer, challengeId, key))) throw notFound();
  }

  /** Asking and suggesting: the challenge's audience (and its organisers) while it is published. */
  private async requireVoice(
    manager: EntityManager,
    principal: Principal,
    challengeId: string,
    key: string | null,
  ): Promise<ChallengeAccess> {
    const access = await this.challenges.access(manager, await this.policy.viewerFor(principal), challengeId, key);
    if (!access) throw notFound();
    if (!access.inAudience && !access.canManage)
      throw new ProblemException(403, 'forbidden', 'This challenge is not open to you.');
    if (access.row.state !== 'published')
      throw new ProblemException(
        409,
        'conflict',
        'The brief is open for questions and suggestions only while the challenge is published.',
      );
    return access;
  }

  private async requireOrganiser(
    manager: EntityManager,
    principal: Principal,
    challengeId: string,
  ): Promise<ChallengeAccess> {
    return this.challenges.requireManageable(manager, await this.policy.viewerFor(principal), challengeId);
  }

  private async openAmendment(manager: EntityManager, challengeId: string, amendmentId: string): Promise<AmendmentRow> {
    const amendment = await manager.findOne(AmendmentRow, {
      where: { id: amendmentId, challengeId },
      relations: { author: true },
    });
    if (!amendment) throw new ProblemException(404, 'not_found', 'No such suggestion.');
    if (amendment.state !== 'open')
      throw new ProblemException(409, 'conflict', `This suggestion was already ${amendment.state}.`);
    return amendment;
  }

  private async question(id: string): Promise<ChallengeQuestionView> {
    return questionView(
      await this.entityManager.findOneOrFail(QuestionRow, {
        where: { id },
        relations: { author: true, answeredBy: true },
      }),
    );
  }

  private async amendment(id: string): Promise<AmendmentView> {
    return amendmentView(
      await this.entityManager.findOneOrFail(AmendmentRow, { where: { id }, relations: { author: true } }),
    );
  }
}

function questionView(row: QuestionRow): ChallengeQuestionView {
  return {
    id: row.id,
    body: row.body,
    author: row.author?.displayName ?? FORMER_MEMBER,
    createdAt: row.createdAt.toISOString(),
    answer:
      row.answer !== null && row.answeredAt
        ? {
            body: rendered(row.answer),
            by: row.answeredBy?.displayName ?? FORMER_MEMBER,
            at: row.answeredAt.toISOString(),
          }
        : null,
  };
}

function amendmentView(row: AmendmentRow): AmendmentView {
  return {
    id: row.id,
    section: row.section,
    paragraph: row.paragraph,
    original: row.original,
    proposed: row.proposed,
    rationale: row.rationale,
    author: row.author?.displayName ?? FORMER_MEMBER,
    createdAt: row.createdAt.toISOString(),
    state: row.state,
    response: row.response,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    revision: row.revision,
  };
}

function announcementView(row: AnnouncementRow): AnnouncementView {
  return {
    id: row.id,
    title: row.title,
    body: rendered(row.body),
    author: row.author?.displayName ?? FORMER_MEMBER,
    createdAt: row.createdAt.toISOString(),
  };
}
