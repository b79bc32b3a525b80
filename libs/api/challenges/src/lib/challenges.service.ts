import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, Environment, ProblemException, invalid } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  BRIEF_SECTIONS,
  type BriefSection,
  type ChallengeDetail,
  type ChallengeRevisionDetail,
  type ChallengeRevisionSummary,
  type ChallengeStage,
} from '@crowdforge/contracts';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ChallengeFigures } from './browse/challenge-figures';
import { refreshSearchDocument } from './browse/search-document';
import { ChallengeNotices } from './follow/challenge-notices';
import { assertConsistentInput, publicationGaps } from './brief-rules';
import { ChallengeRow } from './challenge.entity';
import { ChallengePolicy, POLICY_SQL, policyParameters, type Viewer } from './challenge-policy';
import type { ChallengeFieldsDto, CreateChallengeDto, UpdateChallengeDto } from './dto/challenge-input.dto';
import { STANDARD_LICENCE_TERMS } from './licences';
import { snapshotOf } from './revisions/brief-snapshot';
import { changesBetween } from './revisions/revision-diff';
import { RevisionRow } from './revisions/revision.entity';
import { toDetail } from './views';
import { SUSPENDED_UNTIL_SQL } from './suspensions/suspension-rule';
import { STAGE_SQL } from './windows/phase-rules';
import { PhaseWindowRow } from './windows/phase-window.entity';

const EMPTY_BRIEF = Object.fromEntries(BRIEF_SECTIONS.map((section) => [section, ''])) as Record<BriefSection, string>;

/** What the policy says about one challenge for one viewer. */
export interface ChallengeAccess {
  row: ChallengeRow;
  stage: ChallengeStage;
  canManage: boolean;
  /** The organisers and the moderators of the challenge. */
  canModerate: boolean;
  inAudience: boolean;
  isParticipant: boolean;
  /** When the viewer's suspension from the challenge's organisation ends; null when not suspended. */
  suspendedUntil: Date | null;
}

@Injectable()
export class ChallengesService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly figures: ChallengeFigures,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly environment: Environment,
    private readonly notices: ChallengeNotices,
  ) {}

  async create(principal: Principal, organisationId: string, input: CreateChallengeDto): Promise<ChallengeDetail> {
    assertConsistentInput(input);
    const id = await this.entityManager.transaction(async (manager) => {
      const row = manager.create(ChallengeRow, {
        organisationId,
        createdById: principal.userId,
        title: input.title,
        brief: EMPTY_BRIEF,
        licenceText: STANDARD_LICENCE_TERMS.cc_by_4,
      });
      this.apply(row, input);
      const saved = await manager.save(row);
      if (input.windows) await this.writeWindows(manager, saved.id, input.windows);
      await refreshSearchDocument(manager, saved.id);
      await this.audit.append(
        { action: 'challenge.created', objectType: 'challenge', objectId: saved.id, data: { organisationId } },
        manager,
      );
      return saved.id;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, challengeId: string, input: UpdateChallengeDto): Promise<ChallengeDetail> {
    assertConsistentInput(input);
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { row } = await this.requireManageable(manager, viewer, challengeId);
      await this.change(manager, row, input, principal.userId);
    });
    return this.get(principal, challengeId);
  }

  /**
   * An organiser's change to a locked challenge. A draft changes freely; a published brief only
   * as a numbered revision with a summary, followers told; a new licence text needs new consent.
   */
  async change(manager: EntityManager, row: ChallengeRow, input: UpdateChallengeDto, actorId: string): Promise<void> {
    if (row.state === 'closed') throw new ProblemException(409, 'conflict', 'A closed challenge can no longer change.');
    const published = row.state === 'published';
    if (published && !input.changeSummary) {
      throw invalid([
        { field: 'changeSummary', messages: ['a published brief changes by revision: say what changed and why'] },
      ]);
    }
    const licenceBefore = `${row.licenceKind}\n${row.licenceText}`;
    this.apply(row, input);
    if (published && `${row.licenceKind}\n${row.licenceText}` !== licenceBefore) row.licenceVersion += 1;
    if (published) row.revision += 1;
    await manager.save(row);
    if (input.windows) await this.writeWindows(manager, row.id, input.windows);
    await refreshSearchDocument(manager, row.id);
    await this.audit.append(
      {
        action: published ? 'challenge.revised' : 'challenge.updated',
        objectType: 'challenge',
        objectId: row.id,
        data: { fields: Object.keys(input), revision: row.revision },
      },
      manager,
    );
    if (!published) return;
    const summary = input.changeSummary ?? '';
    await this.addRevision(manager, row, summary, actorId);
    await this.notices.send(manager, {
      challengeId: row.id,
      type: 'brief_revision',
      title: {
        en: `The brief of “${row.title}” was revised`,
        nl: `De uitdaging “${row.title}” is herzien`,
      },
      body: { en: `Revision ${row.revision}: ${summary}`, nl: `Versie ${row.revision}: ${summary}` },
      anchor: '#revisions',
      audience: 'followers',
      actorId,
    });
  }

  /** A new draft in the same organisation with the brief of an earlier challenge (its windows left to set). */
  async copy(principal: Principal, challengeId: string): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.access(this.entityManager, viewer, challengeId, null);
    if (!access) throw notFound();
    const source = access.row;
    if (!viewer.isPlatformAdmin && !viewer.managerOf.includes(source.organisationId)) {
      throw new ProblemException(
        403,
        'forbidden',
        'Only managers of the organisation may start a challenge from this one.',
      );
    }
    return this.create(principal, source.organisationId, {
      ...snapshotOf(source),
      title: `Copy of ${source.title}`.slice(0, 160),
      licence: { kind: source.licenceKind, text: source.licenceText },
      language: source.language,
      onBehalfOf: source.onBehalfOf,
      audience: source.audience,
      invitedEmails: source.invitedEmails,
      invitedDomains: source.invitedDomains,
      ideaVisibility: source.ideaVisibility,
      allowAnonymous: source.allowAnonymous,
      eligibility: source.eligibility,
    });
  }

  async publish(principal: Principal, challengeId: string): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { row } = await this.requireManageable(manager, viewer, challengeId);
      if (row.state !== 'draft') throw new ProblemException(409, 'conflict', 'Only a draft can be published.');
      const gaps = publicationGaps(row, await manager.countBy(PhaseWindowRow, { challengeId }));
      if (gaps.length > 0) {
        throw new ProblemException(
          422,
          'validation_failed',
          `The brief is not ready: ${gaps.map((gap) => gap.messages[0]).join('; ')}.`,
          gaps,
        );
      }
      row.state = 'published';
      row.publishedAt = this.clock.now();
      await manager.save(row);
      await this.addRevision(manager, row, 'Published', principal.userId);
      await this.audit.append({ action: 'challenge.published', objectType: 'challenge', objectId: row.id }, manager);
    });
    return this.get(principal, challengeId);
  }

  async get(principal: Principal | null, challengeId: string, key: string | null = null): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    return this.detail(viewer, access);
  }

  async revisions(
    principal: Principal | null,
    challengeId: string,
    key: string | null,
  ): Promise<ChallengeRevisionSummary[]> {
    const viewer = await this.policy.viewerFor(principal);
    if (!(await this.access(this.entityManager, viewer, challengeId, key))) throw notFound();
    const revisions = await this.entityManager.find(RevisionRow, {
      where: { challengeId },
      relations: { author: true },
      order: { number: 'DESC' },
      take: 200,
    });
    return revisions.map(revisionSummary);
  }

  /** One revision with what it changed since the one before, word by word. */
  async revision(
    principal: Principal | null,
    challengeId: string,
    number: number,
    key: string | null,
  ): Promise<ChallengeRevisionDetail> {
    const viewer = await this.policy.viewerFor(principal);
    if (!(await this.access(this.entityManager, viewer, challengeId, key))) throw notFound();
    const [previous, revision] = await Promise.all([
      this.entityManager.findOneBy(RevisionRow, { challengeId, number: number - 1 }),
      this.entityManager.findOne(RevisionRow, { where: { challengeId, number }, relations: { author: true } }),
    ]);
    if (!revision) throw new ProblemException(404, 'not_found', 'No such revision.');
    return {
      ...revisionSummary(revision),
      changes: previous ? changesBetween(previous.snapshot, revision.snapshot) : [],
    };
  }

  /** The challenge as the viewer may see it, or null: one query with the policy's verdicts. */
  async access(
    manager: EntityManager,
    viewer: Viewer,
    challengeId: string,
    key: string | null,
    lock = false,
  ): Promise<ChallengeAccess | null> {
    const query = manager
      .createQueryBuilder(ChallengeRow, 'c')
      .leftJoinAndSelect('c.organisation', 'organisation')
      .leftJoinAndSelect('c.windows', 'windows')
      .addSelect(POLICY_SQL.organiser, 'can_manage')
      .addSelect(POLICY_SQL.moderator, 'can_moderate')
      .addSelect(SUSPENDED_UNTIL_SQL, 'suspended_until')
      .addSelect(POLICY_SQL.audience, 'in_audience')
      .addSelect(POLICY_SQL.participant, 'is_participant')
      .addSelect(STAGE_SQL, 'stage')
      .where('c.id = :challengeId', { challengeId })
      .andWhere(POLICY_SQL.visible)
      .setParameters({ ...policyParameters(viewer, key), now: this.clock.now() });
    if (lock) query.setLock('pessimistic_write', undefined, ['c']);
    const { entities, raw } = await query.getRawAndEntities();
    const row = entities[0];
    if (!row) return null;
    const verdicts = raw[0] as {
      can_manage: boolean;
      can_moderate: boolean;
      suspended_until: Date | null;
      in_audience: boolean;
      is_participant: boolean;
      stage: ChallengeStage;
    };
    return {
      row,
      stage: verdicts.stage,
      canManage: verdicts.can_manage,
      canModerate: verdicts.can_moderate,
      inAudience: verdicts.in_audience,
      isParticipant: verdicts.is_participant,
      suspendedUntil: verdicts.suspended_until,
    };
  }

  /** Locks the challenge for a change by someone who manages it: 404 for those who cannot see it, 403 for the rest. */
  async requireManageable(manager: EntityManager, viewer: Viewer, challengeId: string): Promise<ChallengeAccess> {
    const access = await this.access(manager, viewer, challengeId, null, true);
    if (!access) throw notFound();
    if (!access.canManage)
      throw new ProblemException(403, 'forbidden', 'Only the organisers of this challenge may do this.');
    return access;
  }

  async detail(viewer: Viewer, access: ChallengeAccess): Promise<ChallengeDetail> {
    const { row } = access;
    const personal = viewer.userId ? await this.personalFacts(row.id, viewer.userId) : null;
    const figures = (await this.figures.of([row.id], viewer)).get(row.id) ?? null;
    return toDetail(
      row,
      { stage: access.stage, figures, now: this.clock.now() },
      {
        canManage: access.canManage,
        canTakePart: viewer.userId !== null && row.state === 'published' && access.inAudience && !access.isParticipant,
        isParticipant: access.isParticipant,
        acceptedLicenceVersion: personal?.acceptedLicenceVersion ?? null,
        isFollowing: personal?.isFollowing ?? false,
      },
      this.environment.PUBLIC_URL,
    );
  }

  private async personalFacts(
    challengeId: string,
    userId: string,
  ): Promise<{ acceptedLicenceVersion: number | null; isFollowing: boolean }> {
    const [row]: { version: number | null; following: boolean }[] = await this.entityManager.query(
      `SELECT (SELECT max(licence_version) FROM licence_consents WHERE challenge_id = $1 AND user_id = $2) AS version,
              EXISTS (SELECT 1 FROM challenge_followers WHERE challenge_id = $1 AND user_id = $2) AS following`,
      [challengeId, userId],
    );
    return { acceptedLicenceVersion: row?.version ?? null, isFollowing: row?.following ?? false };
  }

  private apply(row: ChallengeRow, input: ChallengeFieldsDto & { title?: string }): void {
    if (input.title !== undefined) row.title = input.title;
    if (input.tagline !== undefined) row.tagline = input.tagline;
    if (input.language !== undefined) row.language = input.language;
    if (input.brief !== undefined) row.brief = { ...row.brief, ...input.brief };
    if (input.objectiveTarget !== undefined) row.objectiveTarget = input.objectiveTarget;
    if (input.criteria !== undefined)
      row.criteria = input.criteria.map(({ name, guidance, weight }) => ({ name, guidance, weight }));
    if (input.licence !== undefined) {
      row.licenceKind = input.licence.kind;
      row.licenceText =
        input.licence.kind === 'custom' || input.licence.text.trim()
          ? input.licence.text
          : STANDARD_LICENCE_TERMS[input.licence.kind];
    }
    if (input.sponsor !== undefined)
      row.sponsor = input.sponsor && { name: input.sponsor.name, title: input.sponsor.title };
    if (input.contacts !== undefined)
      row.contacts = input.contacts.map(({ name, role, email }) => ({ name, role, email: email ?? null }));
    if (input.themes !== undefined) row.themes = [...new Set(input.themes)];
    if (input.onBehalfOf !== undefined) {
      row.onBehalfOf = input.onBehalfOf && {
        name: input.onBehalfOf.name,
        logoUrl: input.onBehalfOf.logoUrl ?? null,
        brandColour: input.onBehalfOf.brandColour ?? null,
      };
    }
    if (input.audience !== undefined) row.audience = input.audience;
    if (row.audience === 'unlisted' && !row.unlistedToken) row.unlistedToken = randomBytes(24).toString('base64url');
    if (input.invitedEmails !== undefined) row.invitedEmails = [...new Set(input.invitedEmails)];
    if (input.invitedDomains !== undefined) row.invitedDomains = [...new Set(input.invitedDomains)];
    if (input.ideaVisibility !== undefined) row.ideaVisibility = input.ideaVisibility;
    if (input.allowAnonymous !== undefined) row.allowAnonymous = input.allowAnonymous;
    if (input.eligibility !== undefined) {
      row.eligibility = input.eligibility.map(({ key, kind, prompt, required }) => ({ key, kind, prompt, required }));
    }
    if (input.ideaForm !== undefined) {
      row.ideaForm = input.ideaForm.map(({ key, kind, label, help, required, options }) => ({
        key,
        kind,
        label,
        help,
        required,
        options,
      }));
    }
  }

  /** Replaces the windows; a window moved into the future is announced again when it opens or closes. */
  private async writeWindows(
    manager: EntityManager,
    challengeId: string,
    windows: NonNullable<ChallengeFieldsDto['windows']>,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.query(`DELETE FROM phase_windows WHERE challenge_id = $1 AND NOT (kind = ANY($2))`, [
      challengeId,
      windows.map((window) => window.kind),
    ]);
    for (const window of windows) {
      await manager.query(
        `INSERT INTO phase_windows (challenge_id, kind, opens_at, closes_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (challenge_id, kind) DO UPDATE SET
           opens_at = excluded.opens_at,
           closes_at = excluded.closes_at,
           opened_at = CASE WHEN excluded.opens_at > $5 THEN NULL ELSE phase_windows.opened_at END,
           closed_at = CASE WHEN excluded.closes_at IS NULL OR excluded.closes_at > $5 THEN NULL ELSE phase_windows.closed_at END`,
        [challengeId, window.kind, new Date(window.opensAt), window.closesAt ? new Date(window.closesAt) : null, now],
      );
    }
  }

  private async addRevision(
    manager: EntityManager,
    row: ChallengeRow,
    summary: string,
    authorId: string,
  ): Promise<void> {
    await manager.insert(RevisionRow, {
      challengeId: row.id,
      number: row.revision,
      summary,
      snapshot: snapshotOf(row),
      authorId,
      createdAt: this.clock.now(),
    });
  }
}

function revisionSummary(revision: RevisionRow): ChallengeRevisionSummary {
  return {
    number: revision.number,
    summary: revision.summary,
    createdAt: revision.createdAt.toISOString(),
    author: revision.author?.displayName ?? '',
  };
}

export function notFound(): ProblemException {
  return new ProblemException(404, 'not_found', 'No such challenge.');
}
