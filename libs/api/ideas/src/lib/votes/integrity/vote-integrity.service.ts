import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  INTEGRITY_REPORT_LIMITS,
  NEW_ACCOUNT_DAYS,
  SUSPICIOUS_GROUP_ACCOUNTS,
  type GroupIdea,
  type IdeaVoteSources,
  type SuspiciousGroup,
  type VoteIntegrityReport,
} from '@crowdforge/contracts';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { VoteIntegrityAccess } from './integrity-access';

type CountedIdea = IdeaVoteSources & { ideas_with_votes: number };

interface GroupRow {
  origin: Buffer;
  accounts: number;
  ideas: GroupIdea[];
  group_count: number;
}

/**
 * Whether the reader sees the idea `i`: the organisers (the parameter is true) see every one, a
 * moderator what the challenge's audience sees (not withdrawn ideas).
 */
const SEEN = (allIdeas: string) => `(${allIdeas} OR i.status NOT IN ('draft', 'withdrawn'))`;

/** The challenge's votes (`$1`) on the ideas the reader sees (`$2`: all of them). */
const TOTALS_SQL = `
  SELECT count(*)::int AS votes, count(*) FILTER (WHERE v.origin IS NULL)::int AS without_origin
    FROM idea_votes v JOIN ideas i ON i.id = v.idea_id
   WHERE v.challenge_id = $1 AND ${SEEN('$2')}`;

/**
 * Per idea, the votes of established accounts against those of new or unverified ones (at the
 * time of the vote), where the most votes come from the latter first. `$2`: the days an account
 * counts as new; `$3`: how many ideas to list; `$4`: every idea, not only those the audience sees.
 */
const IDEA_SOURCES_SQL = `
  WITH counted AS (
    SELECT v.idea_id,
           count(*)::int AS votes,
           count(*) FILTER (WHERE v.created_at < u.created_at + make_interval(days => $2))::int AS new_accounts,
           count(*) FILTER (WHERE u.email_verified_at IS NULL OR u.email_verified_at > v.created_at)::int AS unverified,
           count(*) FILTER (WHERE v.created_at >= u.created_at + make_interval(days => $2)
                              AND u.email_verified_at <= v.created_at)::int AS established
      FROM idea_votes v JOIN users u ON u.id = v.voter_id
     WHERE v.challenge_id = $1
     GROUP BY v.idea_id
  )
  SELECT c.idea_id AS "ideaId", i.title, c.votes, c.established, c.new_accounts AS "newAccounts", c.unverified,
         count(*) OVER ()::int AS ideas_with_votes
    FROM counted c JOIN ideas i ON i.id = c.idea_id
   WHERE ${SEEN('$4')}
   ORDER BY (c.votes - c.established)::float / c.votes DESC, c.votes - c.established DESC, c.votes DESC, i.title, c.idea_id
   LIMIT $3`;

/**
 * Origins from which at least `$2` accounts voted for one idea, with the accounts that voted from
 * the origin at all and those ideas; most accounts first. `$3`: groups to list, `$4`: ideas per group,
 * `$5`: every idea, not only those the audience sees.
 */
const GROUPS_SQL = `
  WITH shared AS (
    SELECT v.origin, v.idea_id, count(*)::int AS votes
      FROM idea_votes v JOIN ideas i ON i.id = v.idea_id
     WHERE v.challenge_id = $1 AND v.origin IS NOT NULL AND ${SEEN('$5')}
     GROUP BY v.origin, v.idea_id HAVING count(*) >= $2
  ), totals AS (
    SELECT origin, sum(votes) AS votes FROM shared GROUP BY origin
  ), origins AS (
    SELECT pair.origin, count(*)::int AS accounts
      FROM (SELECT DISTINCT v.origin, v.voter_id FROM idea_votes v JOIN totals t ON t.origin = v.origin
             WHERE v.challenge_id = $1) pair
     GROUP BY pair.origin
  )
  SELECT o.origin, o.accounts, count(*) OVER ()::int AS group_count,
         (SELECT json_agg(json_build_object('ideaId', top.idea_id, 'title', top.title, 'votes', top.votes))
            FROM (SELECT s.idea_id, i.title, s.votes FROM shared s JOIN ideas i ON i.id = s.idea_id
                   WHERE s.origin = o.origin ORDER BY s.votes DESC, i.title, s.idea_id LIMIT $4) top) AS ideas
    FROM origins o JOIN totals t ON t.origin = o.origin
   ORDER BY o.accounts DESC, t.votes DESC, o.origin
   LIMIT $3`;

/**
 * The integrity report on a challenge's votes, for its organisers and the organisation's
 * moderators: counts by kind of account and groups of accounts voting from one origin, never who
 * voted for what. Every read is written to the audit log.
 */
@Injectable()
export class VoteIntegrityService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly access: VoteIntegrityAccess,
    private readonly audit: AuditService,
  ) {}

  async report(principal: Principal, challengeId: string): Promise<VoteIntegrityReport> {
    const { canManage: allIdeas } = await this.access.requireReportReader(principal, challengeId);
    const { ideas: ideaLimit, groups: groupLimit, ideasPerGroup } = INTEGRITY_REPORT_LIMITS;
    const [[totals], ideas, groups]: [{ votes: number; without_origin: number }[], CountedIdea[], GroupRow[]] =
      await Promise.all([
        this.entityManager.query(TOTALS_SQL, [challengeId, allIdeas]),
        this.entityManager.query(IDEA_SOURCES_SQL, [challengeId, NEW_ACCOUNT_DAYS, ideaLimit, allIdeas]),
        this.entityManager.query(GROUPS_SQL, [
          challengeId,
          SUSPICIOUS_GROUP_ACCOUNTS,
          groupLimit,
          ideasPerGroup,
          allIdeas,
        ]),
      ]);
    const report: VoteIntegrityReport = {
      challengeId,
      newAccountDays: NEW_ACCOUNT_DAYS,
      groupAccounts: SUSPICIOUS_GROUP_ACCOUNTS,
      votes: totals.votes,
      votesWithoutOrigin: totals.without_origin,
      ideas: ideas.map(({ ideaId, title, votes, established, newAccounts, unverified }) => ({
        ideaId,
        title,
        votes,
        established,
        newAccounts,
        unverified,
      })),
      ideasWithVotes: ideas[0]?.ideas_with_votes ?? 0,
      groups: groups.map(
        (group): SuspiciousGroup => ({
          label: originLabel(challengeId, group.origin),
          accounts: group.accounts,
          ideas: group.ideas,
        }),
      ),
      groupCount: groups[0]?.group_count ?? 0,
    };
    await this.audit.append({
      action: 'votes.integrity_report',
      objectType: 'challenge',
      objectId: challengeId,
      data: { ideasWithVotes: report.ideasWithVotes, groupCount: report.groupCount },
    });
    return report;
  }
}

/** A short name for an origin, stable within the challenge and unrelated to its name in any other. */
function originLabel(challengeId: string, origin: Buffer): string {
  return createHash('sha256').update(challengeId).update(origin).digest('hex').slice(0, 8);
}
