import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import { MAX_MENTION_CANDIDATES, type MentionCandidate } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { namingFor } from '../authors/author-names';
import { IDEA_VISIBLE_SQL, IdeaAccessRule } from '../idea-access';

/** Spaces and hyphens part the words of a name: "jan" finds "Anna-Jan de Vries". */
const WORD_BREAKS_SQL = `regexp_replace(u.display_name, '[[:space:]-]+', ' ', 'g')`;

/**
 * Who may be mentioned in an idea's conversation, by the start of their name or of a word in it:
 * people who can see the idea among its authors, its commenters, the challenge's participants and
 * the members of the organisation running it — those already talking first, then the others by
 * name. Never the caller, deleted accounts or people who keep their name off ideas; and the
 * authors of an anonymous idea, or of one the caller reviews blind, are not known to be its authors
 * (the crowd may still find them among the participants, with everyone else).
 */
@Injectable()
export class MentionCandidates {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
  ) {}

  async find(principal: Principal, ideaId: string, prefix: string): Promise<MentionCandidate[]> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.access.require(this.entityManager, viewer, ideaId);
    const { idea, challenge } = access;
    const words = prefix.replace(/[\s-]+/g, ' ').trim();
    if (!words) return [];
    const { seesNames, anonymous } = namingFor(access);
    const authorsKnown = seesNames || !anonymous;
    return this.entityManager.query(
      `WITH pool AS (
         SELECT a.user_id, true AS talking FROM idea_authors a WHERE a.idea_id = $1 AND $4::boolean
         UNION ALL
         SELECT ic.author_id, true FROM idea_comments ic
         WHERE ic.idea_id = $1 AND ic.author_id IS NOT NULL AND ic.deleted_at IS NULL
           AND ($4::boolean OR NOT EXISTS (SELECT 1 FROM idea_authors a WHERE a.idea_id = $1 AND a.user_id = ic.author_id))
         UNION ALL
         SELECT p.user_id, false FROM challenge_participants p WHERE p.challenge_id = $2
         UNION ALL
         SELECT m.user_id, false FROM memberships m WHERE m.organisation_id = $3
       ), people AS (SELECT user_id, bool_or(talking) AS talking FROM pool GROUP BY user_id)
       SELECT u.id, u.display_name AS name
       FROM people JOIN users u ON u.id = people.user_id
       JOIN ideas i ON i.id = $1 JOIN challenges c ON c.id = i.challenge_id
       WHERE u.id <> $5 AND u.deleted_at IS NULL AND u.show_name_on_ideas
         AND (' ' || ${WORD_BREAKS_SQL}) ILIKE $6 ESCAPE '\\'
         AND ${IDEA_VISIBLE_SQL.visibleTo('u')}
       ORDER BY people.talking DESC, lower(u.display_name), u.id
       LIMIT $7`,
      [
        idea.id,
        idea.challengeId,
        challenge.row.organisationId,
        authorsKnown,
        principal.userId,
        `% ${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
        MAX_MENTION_CANDIDATES,
      ],
    );
  }
}
