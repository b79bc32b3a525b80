import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, RateLimiter, invalid, type RateLimit } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  assertNotSuspended,
  ChallengePolicy,
  ChallengesService,
  LicenceConsentRow,
  type ChallengeAccess,
  type Viewer,
} from '@crowdforge/api-challenges';
import type { IdeaDetail } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from './authors/idea-author.entity';
import type { CreateIdeaDto, IdeaFieldsDto, SubmitIdeaDto } from './dto/idea.dto';
import { addIdeaFollower } from './follow/idea-follows.service';
import { IdeaVersionRow } from './history/idea-version.entity';
import { IdeaStatusChangeRow } from './history/status-change.entity';
import { IdeaAccessRule } from './idea-access';
import { IdeaDetails } from './idea-details';
import { IdeaRow } from './idea.entity';
import { refreshIdeaSearch } from './search/idea-search';
import { fileFieldValues, ideaFieldErrors } from './idea-form-rules';
import { isEditable, isSubmissionOpen } from './idea-rules';

/** More new ideas than anyone writes by hand: a flood from one account is refused with 429. */
const IDEAS_PER_HOUR = (userId: string): RateLimit => ({
  key: `ideas:create:${userId}`,
  limit: 60,
  windowSeconds: 3600,
});

/** Writing an idea: a private draft, submitting it while the submission window is open, edits, withdrawing. */
@Injectable()
export class IdeasService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly details: IdeaDetails,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async create(
    principal: Principal,
    challengeId: string,
    key: string | null,
    input: CreateIdeaDto,
  ): Promise<IdeaDetail> {
    await this.rateLimiter.consume(IDEAS_PER_HOUR(principal.userId));
    const viewer = await this.policy.viewerFor(principal);
    const ideaId = await this.entityManager.transaction(async (manager) => {
      const challenge = await this.challenges.access(manager, viewer, challengeId, key);
      if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
      assertMayWrite(challenge);
      assertConsistent(challenge, input, false, {});
      const now = this.clock.now();
      const idea = await manager.save(
        manager.create(IdeaRow, {
          challengeId,
          createdById: principal.userId,
          status: 'draft',
          title: input.title,
          pitch: input.pitch ?? '',
          description: input.description ?? '',
          fields: input.fields ?? {},
          tags: input.tags ?? [],
          anonymous: input.anonymous ?? false,
          version: 0,
          createdAt: now,
          updatedAt: now,
          submittedAt: null,
        }),
      );
      await manager.insert(IdeaAuthorRow, { ideaId: idea.id, userId: principal.userId, joinedAt: now });
      await addIdeaFollower(manager, idea.id, principal.userId, now);
      await refreshIdeaSearch(manager, idea.id);
      await this.audit.append(
        { action: 'idea.drafted', objectType: 'idea', objectId: idea.id, data: { challengeId } },
        manager,
      );
      return idea.id;
    });
    return this.details.of(viewer, ideaId);
  }

  async update(principal: Principal, ideaId: string, input: IdeaFieldsDto): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.access.requireAuthor(manager, viewer, ideaId);
      const now = this.clock.now();
      if (!isEditable(idea.status, challenge, now))
        throw new ProblemException(409, 'conflict', 'This idea can no longer be edited: its review has begun.');
      const edit = definedOnly(input);
      if (edit.fields) edit.fields = { ...fileFieldValues(challenge.row.ideaForm, idea.fields), ...edit.fields };
      assertConsistent(challenge, { ...idea, ...edit }, idea.status !== 'draft', idea.fields);
      Object.assign(idea, edit, { updatedAt: now });
      if (idea.status !== 'draft') {
        idea.version += 1;
        await this.recordVersion(manager, idea, principal.userId, now);
      }
      await manager.save(idea);
      await refreshIdeaSearch(manager, idea.id);
      await this.audit.append(
        { action: 'idea.edited', objectType: 'idea', objectId: idea.id, data: { version: idea.version } },
        manager,
      );
    });
    return this.details.of(viewer, ideaId);
  }

  async submit(principal: Principal, ideaId: string, input: SubmitIdeaDto): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.access.requireAuthor(manager, viewer, ideaId);
      if (idea.status !== 'draft') throw new ProblemException(409, 'conflict', 'This idea was already submitted.');
      assertMayWrite(challenge);
      const now = this.clock.now();
      if (!isSubmissionOpen(challenge, now))
        throw new ProblemException(409, 'conflict', 'The challenge is not taking ideas now.');
      assertConsistent(challenge, idea, true, idea.fields);
      await this.recordConsent(manager, viewer, challenge, input.acceptLicenceVersion, now);
      Object.assign(idea, { status: 'submitted', submittedAt: now, updatedAt: now, version: 1 });
      await manager.save(idea);
      await this.recordVersion(manager, idea, principal.userId, now);
      await manager.insert(IdeaStatusChangeRow, {
        ideaId,
        from: 'draft',
        to: 'submitted',
        message: '',
        byId: principal.userId,
        at: now,
      });
      await this.audit.append(
        {
          action: 'idea.submitted',
          objectType: 'idea',
          objectId: ideaId,
          data: { licenceVersion: challenge.row.licenceVersion },
        },
        manager,
      );
    });
    return this.details.of(viewer, ideaId);
  }

  async withdraw(principal: Principal, ideaId: string): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea } = await this.access.requireAuthor(manager, viewer, ideaId);
      if (idea.status === 'draft' || idea.status === 'withdrawn' || idea.status === 'merged')
        throw new ProblemException(409, 'conflict', `A ${idea.status} idea cannot be withdrawn.`);
      const now = this.clock.now();
      await manager.insert(IdeaStatusChangeRow, {
        ideaId,
        from: idea.status,
        to: 'withdrawn',
        message: '',
        byId: principal.userId,
        at: now,
      });
      await manager.update(IdeaRow, { id: ideaId }, { status: 'withdrawn', updatedAt: now });
      await this.audit.append({ action: 'idea.withdrawn', objectType: 'idea', objectId: ideaId }, manager);
    });
    return this.details.of(viewer, ideaId);
  }

  async get(principal: Principal | null, ideaId: string, key: string | null): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.access.require(this.entityManager, viewer, ideaId, { key });
    return this.details.of(viewer, ideaId);
  }

  /** Consent to the current licence version: recorded once per person and version, asked for if missing. */
  private async recordConsent(
    manager: EntityManager,
    viewer: Viewer,
    challenge: ChallengeAccess,
    accepted: number | undefined,
    now: Date,
  ): Promise<void> {
    const version = challenge.row.licenceVersion;
    const where = { challengeId: challenge.row.id, userId: viewer.userId ?? '', licenceVersion: version };
    if (await manager.exists(LicenceConsentRow, { where })) return;
    if (accepted !== version) {
      throw invalid([
        {
          field: 'acceptLicenceVersion',
          messages: [`accept the current licence terms (version ${version}) before your idea is submitted`],
        },
      ]);
    }
    await manager.insert(LicenceConsentRow, { ...where, acceptedAt: now });
  }

  private async recordVersion(manager: EntityManager, idea: IdeaRow, editorId: string, now: Date): Promise<void> {
    const { title, pitch, description, fields, tags, anonymous } = idea;
    await manager.insert(IdeaVersionRow, {
      ideaId: idea.id,
      version: idea.version,
      snapshot: { title, pitch, description, fields, tags, anonymous },
      editedById: editorId,
      createdAt: now,
    });
  }
}

/** Only people who take part in a published challenge write ideas in it. */
function assertMayWrite(challenge: ChallengeAccess): void {
  assertNotSuspended(challenge.suspendedUntil);
  if (challenge.row.state !== 'published')
    throw new ProblemException(409, 'conflict', 'This challenge is not taking ideas.');
  if (!challenge.isParticipant)
    throw new ProblemException(403, 'forbidden', 'Join the challenge before you write an idea for it.');
}

function assertConsistent(
  challenge: ChallengeAccess,
  idea: Pick<IdeaRow, 'fields' | 'anonymous'> | IdeaFieldsDto,
  submitted: boolean,
  held: IdeaRow['fields'],
): void {
  const errors = ideaFieldErrors(challenge.row.ideaForm, idea.fields ?? {}, { requireAll: submitted, held });
  if (idea.anonymous && !challenge.row.allowAnonymous)
    errors.push({ field: 'anonymous', messages: ['this challenge does not take anonymous ideas'] });
  if (errors.length > 0) throw invalid(errors);
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
