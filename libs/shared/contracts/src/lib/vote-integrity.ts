/** A vote counts as from a new account when the account was younger than this when it voted. */
export const NEW_ACCOUNT_DAYS = 7;
/** Accounts from one origin that voted for one idea before the report shows them as a group. */
export const SUSPICIOUS_GROUP_ACCOUNTS = 3;
/** The most ideas, groups, and ideas per group one integrity report lists. */
export const INTEGRITY_REPORT_LIMITS = { ideas: 100, groups: 50, ideasPerGroup: 20 } as const;

/**
 * One idea's votes by the kind of account that cast them: counts only, never who. `newAccounts`
 * and `unverified` may overlap; `established` is neither.
 */
export interface IdeaVoteSources {
  ideaId: string;
  title: string;
  votes: number;
  established: number;
  /** Votes from accounts younger than `NEW_ACCOUNT_DAYS` when they voted. */
  newAccounts: number;
  /** Votes from accounts whose email address was not verified when they voted. */
  unverified: number;
}

export interface GroupIdea {
  ideaId: string;
  title: string;
  /** Votes on the idea from the group's accounts. */
  votes: number;
}

/**
 * Accounts that voted from one origin (a keyed hash of the client address, or of its /64 for IPv6)
 * and, at least `SUSPICIOUS_GROUP_ACCOUNTS` of them, for the same ideas. The label is opaque and
 * differs from challenge to challenge; no address and no account is ever named.
 */
export interface SuspiciousGroup {
  label: string;
  /** Accounts that voted in the challenge from this origin. */
  accounts: number;
  ideas: GroupIdea[];
}

/** For organisers and the organisation's moderators; every read is audited. */
export interface VoteIntegrityReport {
  challengeId: string;
  newAccountDays: number;
  groupAccounts: number;
  /** Votes in the challenge, and those cast before origins were recorded (in no group). */
  votes: number;
  votesWithoutOrigin: number;
  /** Ideas with votes, those where the most votes come from new or unverified accounts first. */
  ideas: IdeaVoteSources[];
  ideasWithVotes: number;
  /** Most accounts first. */
  groups: SuspiciousGroup[];
  groupCount: number;
}
