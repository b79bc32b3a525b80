import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ComparisonAnswer,
  ComparisonRecorded,
  IdeaRanking,
  MyVotes,
  PairPrompt,
  VoteIntegrityReport,
  VotingOverview,
  VotingRules,
} from '@crowdforge/contracts';
import { injectApiV1, ownErrors, segment } from '@crowdforge/web-identity-data';
import type { Observable } from 'rxjs';

/** Voting: the caller's votes in a challenge, casting, changing or taking back a vote, and the rules. */
@Injectable({ providedIn: 'root' })
export class VotesApi {
  private readonly http = inject(HttpClient);
  private readonly api = injectApiV1();

  mine(challengeId: string): Observable<MyVotes> {
    return this.http.get<MyVotes>(`${this.api}/challenges/${segment(challengeId)}/my-votes`, ownErrors());
  }

  /** Casts or changes the vote (support 1, ±1, stars, tokens), or takes it back (`null`). */
  vote(ideaId: string, value: number | null): Observable<MyVotes> {
    const url = `${this.api}/ideas/${segment(ideaId)}/vote`;
    return value === null
      ? this.http.delete<MyVotes>(url, ownErrors())
      : this.http.put<MyVotes>(url, { value }, ownErrors());
  }

  overview(challengeId: string, key: string | null): Observable<VotingOverview> {
    return this.http.get<VotingOverview>(`${this.api}/challenges/${segment(challengeId)}/voting`, {
      ...ownErrors(),
      ...(key && { params: { key } }),
    });
  }

  /** The ideas in the running with the ranks their uncertainty allows, and who is in the top `k`. */
  ranking(challengeId: string, k: number, key: string | null): Observable<IdeaRanking> {
    return this.http.get<IdeaRanking>(`${this.api}/challenges/${segment(challengeId)}/ranking`, {
      ...ownErrors(),
      params: { k, ...(key && { key }) },
    });
  }

  /** The next pair for the caller to compare (the same one until answered); null when none is left. */
  nextPair(challengeId: string): Observable<PairPrompt | null> {
    return this.http.get<PairPrompt | null>(`${this.api}/challenges/${segment(challengeId)}/pair`, ownErrors());
  }

  /** Answers a pair; sending the same answer again records it once. */
  compare(challengeId: string, answer: ComparisonAnswer): Observable<ComparisonRecorded> {
    return this.http.post<ComparisonRecorded>(
      `${this.api}/challenges/${segment(challengeId)}/comparisons`,
      answer,
      ownErrors(),
    );
  }

  setRules(challengeId: string, rules: VotingRules): Observable<VotingRules> {
    return this.http.put<VotingRules>(
      `${this.api}/challenges/${segment(challengeId)}/voting-rules`,
      rules,
      ownErrors(),
    );
  }

  /** The integrity report (organisers and moderators); each read is audited. */
  integrity(challengeId: string): Observable<VoteIntegrityReport> {
    return this.http.get<VoteIntegrityReport>(
      `${this.api}/challenges/${segment(challengeId)}/voting/integrity`,
      ownErrors(),
    );
  }

  /** Where the organisers download the recount ledger once voting has closed. */
  ledgerUrl(challengeId: string): string {
    return `${this.api}/challenges/${segment(challengeId)}/voting/ledger`;
  }
}
